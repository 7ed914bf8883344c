"""Headings of old notices: which lines are headings and which section kind each one names.

Finnish and Swedish notices copied from templates over the years word their headings in many
ways: numbered ("1.", "1)", "1.1", "IV.", "B)"), as markdown ("## Evästeet"), UPPERCASE, as
questions ("Mihin käytämme henkilötietojasi?", "Vem ansvarar för dina personuppgifter?"), as
imperatives ("Ota yhteyttä rekisterinpitäjään", "Käytä oikeuksiasi"), ending in a colon, in the
wording of the repealed Henkilötietolaki 523/1999 ("Rekisterin pitäjä", "Tietojen
säännönmukaiset luovutukset", "Tarkastusoikeus") and with typos.

``VOCABULARY`` maps wordings to the section kinds of ``sections.py`` with a strength: a strong
wording names its kind (confidence 1.0); a weak one only suggests it (confidence 0.5), and the
importer keeps such a heading as ``other`` with a note naming the likely kind.
"""

import functools
import re
from dataclasses import dataclass

TITLE = "title"
COOKIES = "cookies"
STRONG = 1.0
WEAK = 0.5
# A heading whose kind is less certain than this is kept as ``other`` with a note.
CONFIDENT = 0.75

_NOT_A_PERSONS_RIGHT = r"(?<!kaytto)(?<!kulku)(?<!tekijan)(?<!hovi)(?<!kayttaja)"
# kind: (strong wordings, weak wordings), as patterns on the folded heading (see ``fold``:
# lowercase, no umlauts, so a heading typed without ä/ö/å matches too). Finnish first, then
# Swedish. A heading naming several kinds maps to the one it names first.
VOCABULARY = {
    TITLE: (
        [
            r"(tietosuoja|rekisteri|yksityisyyden ?suoja|henkilorekisteri)\w*\W*seloste$",
            r"^(tietosuoja|rekisteri|henkilorekisteri)\w* ?seloste\b",
            r"tietosuojakaytanto",
            r"tietosuojailmoitus",
            r"(dataskydds|register|integritets)(beskrivning|policy|meddelande)",
            r"^integritetsskydd\b",
        ],
        [],
    ),
    "controller": (
        [
            r"rekisteri ?n? ?pitaja",  # also the typo "rekisterin pitäjä"
            r"rekisterinpidosta vastaa",
            r"kuka vastaa",
            r"(tietojen|tietojesi|henkilotietojen|henkilotietojesi) kasittelysta vastaa",
            r"^(yrityksen |meidan )?yhteystiedot$",
            r"rekisterin yllapitaja",
            r"personuppgiftsansvarig",
            # (round 32) a translator's calques of "personuppgiftsansvarig":
            # "Henkilötietojen vastuullinen käsittelijä", "Tietojen vastuullinen"
            r"vastuullinen (kasittelija|taho)",
            r"^(henkilo)?tietojen vastuullinen$",
            r"registeransvarig",
            r"registerforare",
            r"vem ansvarar",
            r"vem behandlar",
            r"kuka kasittelee",
            r"rekisterinpitajan tiedot",
            r"vem ar (personuppgifts)?ansvarig",
            r"(kuka|keita) olemme",
            r"tietoa meista",
            r"vem vi ar",
            r"^om oss$",
        ],
        [r"yhteystiedot", r"kontaktuppgifter", r"yrityksen tiedot"],
    ),
    "contact_person": (
        [
            r"yhteyshenkilo",
            r"rekisteri ?asioista vastaava",
            r"(kenee?n|kehen|mihin) (voi\w*|voin|voit|voitte) ottaa yhteytta",
            r"yhteydenotot",
            r"yhteydenott?o",
            r"yhteystiedot tietosuoja",
            r"vastuuhenkilo",
            r"kontaktperson",
            r"kontakt i (register|dataskydds)",
            r"vem kan (jag|du) kontakta",
        ],
        [r"ota yhteytta", r"kontakta oss"],
    ),
    "dpo": ([r"tietosuojavastaa", r"data protection officer", r"dataskyddsombud"], []),
    "register_name": (
        [r"rekisterin ni(mi|mitys|me)", r"^nimi$", r"registrets (namn|benamning)"],
        [],
    ),
    "data_subjects": (
        [
            r"^rekisteroidyt\b",
            r"rekisteroityjen (ryhmat|piiri|ryhma)",
            r"keita .*koske",
            r"kenen (henkilo)?tietoja",
            r"^(de )?registrerade$",
            r"(kategorier av|grupper av) registrerade",
            r"registrerade personer",
        ],
        [],
    ),
    "purposes": (
        [
            r"tarkoitu",  # tarkoitus, käyttötarkoitus, tarkoituksiin
            # "we", "I" and the passive alike: a sole trader writes "Miksi käsittelen tietojasi?"
            r"mihin (kaytamme|kaytan|kaytetaan|kasittelemme|kasittelen|tietoja|henkilotietoja|"
            r"tietojasi|tietojanne)",
            r"miksi (keraamme|keraan|kerataan|kasittelemme|kasittelen|kasitellaan|tarvitsemme|"
            r"tarvitsen|tarvitaan)",
            r"nain kaytamme",
            r"(henkilo)?tietojen kaytto\b",
            r"tietojen kayttaminen",
            r"kaytamme (henkilo)?tietoj",
            r"mita varten",
            r"miten (?!.*evaste)(\w+ )?(\w+ )?kayt(amme|etaan)",
            r"andamal",
            r"varfor (?!.*(kak|cookie))(behandlar|behandlas|samlar|samlas|anvander|anvands|behover|"
            r"behovs)",
            r"anvander vi (dina )?(person)?uppgift",
            # a question with the subject first: "Miksi tietojasi käsitellään?", "Vad används
            # uppgifterna till?", "Varför sparar vi dina uppgifter?"
            r"miksi (?!.*(evaste|cookie)).*(kasitel|kerat|keraa|kayt|tarvit|tallenn)",
            r"vad (anvands|behovs|behandlas) (?!.*(kak|cookie)).*till",
            # (round 16) the person after the verb: "Vad använder jag uppgifterna till?",
            # "Vad behöver vi dina uppgifter till?", "What do I use your data for?"
            r"vad (anvander|behover|behandlar) (jag|vi) (?!.*(kak|cookie)).*till",
            r"what do (i|we) (use|need|process) (?!.*cookie).*for",
            r"varfor (?!.*(kak|cookie)).*(behandl|samla|anvand|behov|spara)",
        ],
        [r"henkilotietojen kasittely$", r"tietojen kasittely$"],
    ),
    "legal_basis": (
        [
            r"oikeusperust",
            r"peruste\b",
            r"perusteet",
            r"milla perusteella",
            r"milla oikeudella",
            r"med vilken ratt",
            r"pa vilken grund",
            r"lainmukaisuus",
            r"rattslig grund",
            r"laglig grund",
            r"grund(en)? for behandling",
        ],
        [],
    ),
    "data_content": (
        [
            r"tietosisal",
            r"kasiteltavat (henkilo)?tied",
            r"rekisteroitavat\b",
            r"tallennettav",
            r"tallennetaan",
            r"henkilotietoryhm",
            r"tietoryhmat",
            r"(mita|millaisia|mitka) (henkilo)?tietoja",
            r"rekisterin sisaltamat",
            r"kerattavat (henkilo)?tied",
            r"keraamme",
            # A bare "Tiedot:" / "Uppgifter:" over a list of data: the whole heading, no more.
            r"^(henkilo)?tiedot$",
            r"^(person)?uppgifter(na)?$",
            r"registrets (data)?innehall",
            r"vilka (person)?uppgifter (behandla|samla|registrera|sparar)",
            r"(kategorier|typer) av personuppgifter",
            r"personuppgifter som (behandlas|samlas)",
            r"^uppgifter som (behandlas|samlas|registreras|sparas)",
            # (round 32) a sole trader's and the passive too: "Tiedot, joita käsittelen"
            r"tiedot,? joita (kasittel|kera|tallenn)\w*",
            r"rekisterin sisalto",
            r"vilka (person)?uppgifter\b",
            r"uppgifter (som )?(vi|jag) (behandlar|samlar|sparar)",
            # (round 28) whose data and which: "Vems uppgifter och vilka", "Keiden tietoja ja
            # mitä"
            r"vems (person)?uppgifter",
            r"(keiden|kenen) (henkilo)?tiet",
        ],
        [r"^(kasiteltavat )?(henkilo)?tiedot$", r"^uppgifter$"],
    ),
    "sources": (
        [
            r"tietolahte",
            r"mista .*(tiedot|tietoja|saa|saamme|keraamme)",
            r"tietojen lahteet",
            r"^lahteet$",
            r"uppgiftskall",
            r"varifran (far|kommer|samlar|hamtar)",
            r"\bkallor\b",
            r"alkupera",
            r"var far vi",
            r"hur samlar vi",
            # a reader's question: "Var får ni uppgifterna ifrån?", "Mistä saatte tietoni?"
            r"var far (ni|jag|du|studion|foretaget|mottagningen)\b",
            r"uppgift\w* ifran",
            # (round 28) "Var uppgifterna kommer ifrån", "Mistä tiedot tulevat"
            r"uppgift\w* kommer ifran",
            r"mista tiedot tulevat",
            r"mista (saatte|saat|tietoni|tietosi|tietoja)",
            r"where do (you|we) get",
        ],
        [],
    ),
    "recipients": (
        [
            # a compound of another handing-over ("avainluovutus", a key handed over) is no
            # disclosure; "tietoluovutukset" is
            r"(?:(?<![a-z])|(?<=tieto))luovut",
            r"vastaanottaj",
            r"kenelle",
            r"jaetaanko",
            r"tietojen jakaminen",
            r"mottagare",
            r"utlamna",
            r"vem delar vi",
            r"delar vi",
            r"vem (far|kan) ta del",
            r"kuka (voi|saa) (nahda|kasitella|kayttaa)",
            r"kenella on paasy",
            r"vem kan se",
            r"vem (far|ser) (\w+ )?(uppgift|dem\b)",
            r"kuka (saa|nakee) (\w+ )?tie",
            r"vem har tillgang",
            # (round 28) "Vem som ser uppgifterna", "Vem som får se dem"
            r"vem som (ser|far se|kan se|far ta del|har tillgang)",
        ],
        [r"jakaminen", r"(?<!in)delning"],  # not "gruppindelning"
    ),
    "processors": (
        [
            r"kasittelijat",
            r"(?<!kuvan)kasittelija\b",  # not "kuvankäsittelijä", an image editor
            r"tietojarjestelm",
            r"alihankkij",
            r"palveluntarjoaj",
            r"kaytettavat (jarjestelmat|palvelut)",
            r"personuppgiftsbitrad",
            r"bitraden",
        ],
        [],
    ),
    "transfers": (
        [
            r"siirr\w* .*(eu|eta|ulkopuol|kolmansiin maihin)",
            r"ulkopuolelle",
            # not a bank transfer or an appointment moved ("tilisiirto", "ajansiirto",
            # "banköverföring", "betalningsöverföring")
            r"(?<!tili)(?<!pankki)(?<!ajan)(?<!aika)(?<!maksu)siirto",
            r"\bsiirrot\b",
            r"(?<!bank)(?<!betalnings)(?<!pengar)overfor",
            r"utanfor (eu|ees)",
            r"tredje land",
            # "EU/ETA:", "EU ja ETA": the whole heading names the area data may leave.
            r"^(eu|eta|ety|ees)( (ja|tai|och|eller))? (eu|eta|ety|ees)$",
        ],
        [],
    ),
    "retention": (
        [
            r"sailytysai",
            r"sailyt",
            r"sailyv",
            r"kuinka (kauan|pitkaan)",
            r"nain kauan",
            # (round 17) "Näin pitkään tiedot pysyvät", "Kauanko tietoja pidetään?", "Så länge
            # finns uppgifterna kvar"
            r"nain pitkaan",
            r"miten (kauan|pitkaan)",
            r"\bkauanko\b",
            r"^sa lange\b",
            r"kasittelyn kesto",
            r"tietojen poistaminen",
            r"lagringstid",
            r"\blagring",
            r"hur lange",
            r"bevarande",
            r"sparas",
        ],
        [r"arkistointi", r"poistaminen", r"radering"],
    ),
    "security": (
        [
            # (round 17) at a word's start: "Rekisterin suojaus", not "nimikesuojattu" in a
            # practitioner's title line
            r"(?<![a-z])suojau",
            r"(?<![a-z])suojaa",
            r"(?<![a-z])suojata",
            r"(?<![a-z])suojat",
            r"tietoturva",
            r"\bskydd\b",
            r"skyddar",
            r"skydd av",
            r"sakerhet",
            r"hur skyddas",
        ],
        [],
    ),
    "rights": (
        [
            # A right of the person, not an access right to a system or premises, copyright or
            # a court in an address ("käyttöoikeudet", "kulkuoikeus", "tekijänoikeudet",
            # "Hovioikeudenpuistikko").
            _NOT_A_PERSONS_RIGHT + r"oikeud",
            r"\boikeus",  # tarkastusoikeus via "tarkastus"; kielto-oikeus, valitusoikeus
            _NOT_A_PERSONS_RIGHT + r"oikeus\b",
            _NOT_A_PERSONS_RIGHT + r"oikeuksi",
            r"\boikeute(si|nne)\b",
            r"tarkastus",
            r"tarkastami",
            r"kielto",
            r"suostumuksen peru",
            r"valitu[sk]",  # valitus, valituksen; not "valitut palvelut" (the chosen)
            r"rattighet",
            r"\bratt (till|att)\b",
            # (round 30) the Swedish old template's "Granskningsrätt" (the Finnish
            # "Tarkastusoikeus"), "Registerutdrag"
            r"granskningsratt",
            r"registerutdrag",
            r"insyn",
            r"(?<!be)rattelse",  # not "terapiberättelser", therapy reports
            r"klagomal",
            # a reader's question: "Mitä voit pyytää", "Vad kan du begära?", "What you can ask"
            r"^mita voi(t|tte) pyytaa",
            r"^vad kan (du|ni) (begara|be om)",
            r"^what (you can|can you) (ask|request)",
            # "Det här kan du göra", "Vad kan du göra?", "Mitä voit tehdä?", "Näin voit
            # vaikuttaa tietoihisi"
            r"^(det har|detta) kan (du|ni) (gora|be (mig|oss) om)$",
            # (round 18) "Det här kan du begära", "Tätä voit vaatia"
            r"^(det har|detta|sadant|allt detta) kan (du|ni) (begara|krava|be om)$",
            # a reader's wish about their data: "Om du vill veta, ändra eller ta bort", "Jos
            # haluat tietää, korjata tai poistaa", "If you want to see, correct or delete"
            r"^om (du|ni) vill (veta|se|andra|ratta|ta bort|radera|flytta|fa en kopia)\b",
            r"^jos halua(t|tte) (tietaa|nahda|korjata|poistaa|siirtaa|tarkastaa)\b",
            r"^if you (want|wish) to (know|see|correct|change|delete|erase|move)\b",
            r"^(tata|naita|tallaista) voi(t|tte) vaatia$",
            r"^(tata|naita) voi(t|tte) pyytaa",
            # "Vad får du bestämma?", "Mitä saat päättää?"
            r"^vad far (du|ni) bestamma",
            # "Vad kan jag be dig om?", "Vad du kan be oss om", "Mitä voin pyytää sinulta?"
            r"^vad (kan )?(jag|du|ni) (kan )?be (dig|mig|oss|er) om",
            r"^mita voi(n|t|tte|mme) pyytaa (sinulta|teilta|minulta|meilta)",
            r"^mita saa(t|tte) paattaa",
            r"^vad kan (du|ni) gora",
            r"^mita voi(t|tte) (itse )?tehda",
            # (round 17) the reader's own question: "Mitä voin itse tehdä?", "Vad kan jag göra?"
            r"^mita voi(n|mme) (itse )?tehda",
            r"^vad kan (jag|vi) (sjalv |sjalva )?gora",
            r"^what can (i|we) do",
            r"^nain voi(t|tte) vaikuttaa",
            r"^what you can do$",
            # a reader's question about one right: "Kan jag få se vad du har antecknat om mig?",
            # "Voinko pyytää, että tietoni poistetaan?", "Saanko nähdä tietoni?"
            r"^(kan|far) (jag|man|vi) (fa )?(se|ta del|radera|rada|ta med|flytta|ratta|begransa"
            r"|fa (mina|vara) uppgifter)",
            r"^(voinko|saanko|voimmeko) (nahda|pyytaa|poistaa|poistattaa|siirtaa|korjata|korjauttaa"
            r"|tarkastaa|rajoittaa|vieda|kieltaa)",
        ],
        [],
    ),
    "automated_decisions": (
        [
            r"automaatti",
            r"profiloin",
            r"automatiserat",
            r"profilering",
            # "Fattar ni automatiska beslut?"
            r"automatiska beslut",
            r"profilerar",
        ],
        [],
    ),
    "cookies": (
        [
            r"evaste",
            r"cookie",
            r"seurantatekniik",
            r"\bkak(or|a|an|orna)\b",
            # "DEL 2 – KAKPOLICY", "Kakpolicy"
            r"kakpolic",
            r"analytiik",
            r"analytics",
            r"kavijaseuran",
            r"seurantatyokalu",
            r"webbanalys",
            r"besoksstatistik",
        ],
        [],
    ),
    "logs": (
        [r"lokitied", r"^lokit$", r"\blokit\b", r"loggdata", r"loggar\b", r"ip osoit"],
        [],
    ),
    "legislation": ([r"lainsaadanto", r"sovellettava laki", r"tillamplig lag"], []),
    "changes": (
        [
            # changes of the notice, not of prices or hours ("hinnanmuutokset",
            # "tuntimuutokset", "prisändringar", "schemaändringar")
            r"(?<![a-z])muutokset",
            r"(?<![a-z])muutoksista",
            r"selosteen muuttami",
            r"selosteen paivit",
            r"paivitykset",
            r"(?<![a-z])andringar",
            r"uppdateringar",
            # a reader's question: "Ändras beskrivningen?", "Muuttuuko seloste?"
            r"^andras (beskrivningen|policyn|den)",
            r"^muuttuu(ko)? (seloste|tama)",
        ],
        [],
    ),
}
# One alternation per kind and strength: a heading is matched against ~40 patterns, not ~170.
_COMPILED = [
    (re.compile("|".join(f"(?:{pattern})" for pattern in patterns)), kind, strength)
    for kind, (strong, weak) in VOCABULARY.items()
    for patterns, strength in ((strong, STRONG), (weak, WEAK))
    if patterns
]

# Heading markers: "1.", "1)", "1.2", "IV.", "b)", "§ 3", "## ".
ROMAN = r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})"
MARKER_RE = re.compile(
    r"^(?:(?P<markdown>#{1,6})\s+"
    r"|§\s*(?P<section>\d{1,2})\.?\s+"
    r"|(?P<decimal>\d{1,2}(?:\.\d{1,2})+)\.?\s+"
    r"|(?P<number>\d{1,2})(?:\s*[.)]\s*(?=[^\W\d_])|\s+(?=[A-ZÅÄÖ][a-zåäö]))"
    r"|(?P<roman>" + ROMAN + r")\s*[.)]\s+"
    r"|(?P<letter>[a-zA-Z])\s*[.)]\s+)"
    r"(?P<rest>\S.*)$"
)
# A line in bold, as markdown writes a heading-like line: "**Rekisterinpitäjä**".
BOLD_LINE_RE = re.compile(r"^(\*\*|__)(?P<rest>[^*_]{2,100}?)\1:?$")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
_FOLD = str.maketrans({"ä": "a", "ö": "o", "å": "a", "é": "e", "ü": "u"})


_PUNCTUATION_RE = re.compile(r"[^\w\s?]")
_SPACES_RE = re.compile(r"\s+")


def fold(value):
    """Lowercase, no umlauts, punctuation as spaces: the form the patterns match."""
    value = value.lower().translate(_FOLD)
    value = _PUNCTUATION_RE.sub(" ", value)
    return _SPACES_RE.sub(" ", value).strip()


def _roman(value):
    total = 0
    for index, char in enumerate(value):
        number = _ROMAN_VALUES[char]
        following = _ROMAN_VALUES[value[index + 1]] if index + 1 < len(value) else 0
        total += -number if number < following else number
    return total


@functools.lru_cache(maxsize=4096)
def heading_match(heading):
    """(kind, confidence) of the wording of a heading; (None, 0) when it names nothing.

    ``TITLE`` is the notice's own title. A heading naming purposes and legal basis together
    ("Käsittelyn tarkoitus ja oikeusperuste") maps to purposes: that section holds a legal
    basis per purpose, so nothing of the heading's meaning is lost.
    """
    folded = fold(heading).rstrip(" ?")
    matches = []
    for pattern, kind, strength in _COMPILED:
        match = pattern.search(folded)
        if match:
            matches.append((-strength, match.start(), -len(match.group(0)), kind))
    if not matches:
        return None, 0.0
    strong = {kind for strength, _start, _length, kind in matches if strength == -STRONG}
    if {"purposes", "legal_basis"} <= strong:
        return "purposes", STRONG
    best = min(matches)
    return best[3], -best[0]


@functools.lru_cache(maxsize=4096)
def heading_kinds(heading):
    """Every section kind a heading names strongly, in the order it names them
    ("Tietosisältö ja tietojen luovutukset" names data content and recipients)."""
    folded = fold(heading).rstrip(" ?")
    found = []
    for pattern, kind, strength in _COMPILED:
        if strength != STRONG or kind == TITLE:
            continue
        match = pattern.search(folded)
        if match:
            found.append((match.start(), kind))
    return tuple(dict.fromkeys(kind for _start, kind in sorted(found)))


def heading_kind(heading):
    """The section kind a heading names, ``TITLE`` for the notice's own title, or None."""
    kind, confidence = heading_match(heading)
    return kind if confidence >= CONFIDENT else None


@dataclass
class Heading:
    text: str  # as written, without its marker
    kind: str | None  # None: maps to nothing, imported as an ``other`` section
    number: int | None = None
    confidence: float = STRONG
    likely: str | None = None  # the kind a low-confidence heading probably names
    body: str = ""  # "Rekisterinpitäjä: Firma Oy" has its first line of text on it


def split_marker(text):
    """(style, ordinal, rest) of a line with a heading marker, else (None, None, text).

    Styles: "number" (1. / 1)), "decimal" (1.2), "roman" (IV.), "letter" (b)), "section"
    (§ 3), "markdown" (## ).
    """
    bold = BOLD_LINE_RE.match(text)
    if bold:
        return "markdown", None, bold.group("rest").strip()  # "**Rekisterinpitäjä**"
    match = MARKER_RE.match(text)
    if not match:
        return None, None, text
    rest = match.group("rest").strip()
    if match.group("markdown"):
        return "markdown", None, rest  # the level of a markdown heading is no ordinal
    if match.group("section"):
        return "section", int(match.group("section")), rest
    if match.group("decimal"):
        return "decimal", int(match.group("decimal").split(".")[-1]), rest
    if match.group("number"):
        return "number", int(match.group("number")), rest
    if match.group("roman"):
        return "roman", _roman(match.group("roman")), rest
    letter = match.group("letter")
    return "letter", ord(letter.lower()) - ord("a") + 1, rest


def split_number(text):
    """(ordinal, rest) of a line with a heading marker such as "3) Rekisterin nimi"."""
    _style, ordinal, rest = split_marker(text)
    return ordinal, rest


def _heading_shaped(text):
    """Short, not a sentence, not a label with a value, not an address line.

    A short line ending in a colon ("Rekisterinpitäjä:", "Säilytys:") is heading-shaped; the
    detector still asks it to name a kind, so "Lakisääteinen velvoite:" stays in the text.
    """
    if len(text) > 100 or len(text.split()) > 14:
        return False
    if text[:1].islower():
        # "vuoden kuluttua viimeisestä käynnistä. Laskut säilytetään …": a line that goes on
        # in lowercase is the rest of a wrapped sentence, not a heading.
        return False
    if text.endswith(":") and len(text.split()) <= 6:
        return fold(text) != "yhteystiedot" and not re.search(r"@|\d{3}", text)
    if re.search(r"[a-zåäö][.!?]\s+[A-ZÅÄÖ]", text):
        # "Saatan muokata tätä tekstiä. En ilmoita muutoksista erikseen, joten kurkkaa sivua
        # aina": a sentence ends inside the line, so it is text (a wrapped paragraph's first
        # line), not a heading.
        return False
    if text.endswith((".", ":", ";", ",")) and not text.endswith("..."):
        return False
    if re.search(r"@|\(at\)|\[at\]|https?://|:\s|\||\t|;", text):
        return False
    if "_" in text.split()[0]:
        return False  # a cookie's name ("_ga", "cookie_consent") starts a declaration
    if re.search(r"\b\d{5}\s+[A-ZÅÄÖ][a-zåäö]", text):
        # "Hovioikeudenpuistikko 15, 65100 Vaasa": a postal code and its town, an address
        # line whatever words the street's name holds ("oikeu" names no rights here)
        return False
    return True


def _plain_shaped(text):
    """A heading that names no kind: a few capitalised words, no figures, no punctuation."""
    return (
        _heading_shaped(text)
        and len(text.split()) <= 6
        and text[:1].isupper()
        and not re.search(r"[\d,;:.()/]", text)
    )


def is_uppercase(text):
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


INLINE_RE = re.compile(r"^(?P<label>[^\W\d][^:]{2,60}?):\s+(?P<body>\S.*)$")


def _inline_heading(text):
    """("Rekisterinpitäjä", "Firma Oy, …") of a line that gives a heading and its text."""
    match = INLINE_RE.match(text)
    if not match or len(match.group("label").split()) > 6:
        return None
    kind, confidence = heading_match(match.group("label"))
    if kind in (None, TITLE) or confidence < CONFIDENT:
        return None
    return match.group("label"), match.group("body"), kind


def _without_full_stop(text):
    """A marked heading written as a sentence, "1. Rekisterinpitäjä.", without its full stop."""
    if text.endswith(".") and not text.endswith("..") and len(text.split()) <= 8:
        return text[:-1].rstrip()
    return text


def marker_style(lines):
    """The marker style of the notice's headings, or None: the style of two or more lines
    that name a kind."""
    counts = {}
    for line in lines:
        style, _ordinal, rest = split_marker(line.text)
        rest = _without_full_stop(rest)
        if style is None or not _heading_shaped(rest):
            continue
        if heading_kind(rest) not in (None, TITLE):
            counts[style] = counts.get(style, 0) + 1
    best = max(counts.items(), key=lambda item: item[1], default=(None, 0))
    return best[0] if best[1] >= 2 else None


def _inline_style(lines):
    """Whether the notice writes "Heading: text" lines (three or more that name a kind)."""
    count = 0
    for line in lines:
        if line.after_blank and _inline_heading(line.text):
            count += 1
            if count >= 3:
                return True
    return False


class HeadingDetector:
    """Decides line by line whether a line starts a section.

    In a notice that marks its headings ("1.", "IV.", "b)", "##") only marked lines of that
    style are headings, and a marked line that names no kind is a heading only when it
    continues the numbering: "1. Fyysinen aineisto" inside section 12 is a sub-heading of that
    section. In an unmarked notice a heading is a short line after a blank line that names a
    kind, or is UPPERCASE, or asks a question; in a notice whose headings sit directly on their
    text, a short capitalised line there is a heading too.
    """

    def __init__(self, lines):
        self.style = marker_style(lines)
        self.inline = self.style is None and _inline_style(lines)
        # Text copied without blank lines ("one paragraph per line") cannot rely on them.
        self.blank_lines_separate = sum(line.after_blank for line in lines) >= len(lines) / 4
        self.tight = self._tight(lines)
        self.last_number = None
        self.started = False  # a heading naming a kind has been seen: the preamble is over
        self.current_kind = None
        self.body_lines = 0  # lines of text since the last heading

    def _tight(self, lines):
        """Whether the notice's headings sit directly on their text (no blank line after)."""
        tight = total = 0
        for index, line in enumerate(lines[:-1]):
            if line.after_blank and _heading_shaped(line.text):
                if heading_kind(line.text) not in (None, TITLE):
                    total += 1
                    tight += not lines[index + 1].after_blank
        return self.blank_lines_separate and total >= 3 and tight >= total * 0.6

    def detect(self, line, next_line=None):
        """The ``Heading`` that ``line`` is, or None for a line of text."""
        if (line.bullet and not MARKER_RE.match(line.text)) or line.cells:
            heading = None
        elif self.style is not None:
            heading = self._marked(line)
        elif self.inline and line.after_blank and _inline_heading(line.text):
            label, body, kind = _inline_heading(line.text)
            heading = Heading(label, kind, body=body)
        else:
            heading = self._unmarked(line, next_line)
        if heading is not None:
            self.current_kind = heading.kind
            self.started = self.started or heading.kind is not None or heading.likely is not None
            self.last_number = heading.number or self.last_number
            self.body_lines = 0
        else:
            self.body_lines += 1
        return heading

    def _marked(self, line):
        style, number, rest = split_marker(line.text)
        if style is None and self._cookie_appendix(line):
            # (round 31) a cookie plugin's text pasted after a numbered notice ("9. Muutokset",
            # then "Evästeet" over the banner's words and the cookie table): its own section
            return Heading(line.text, COOKIES, confidence=CONFIDENT)
        if style == self.style:
            rest = _without_full_stop(rest)
        if style != self.style or not _heading_shaped(rest):
            return None
        kind, confidence = heading_match(rest)
        if kind == TITLE:
            return None
        if number is None:  # markdown: every heading of the style is a heading
            if kind is None or confidence < CONFIDENT:
                return Heading(rest, None, None, confidence, likely=kind) if self.started else None
            return Heading(rest, kind, None, confidence)
        if kind is None or confidence < CONFIDENT:
            # Names nothing: a section of its own ("13. Vaitiolovelvollisuus") only when it
            # continues the numbering; "1. Fyysinen aineisto" in section 12 is a sub-heading.
            continues = self.last_number is not None and number == self.last_number + 1
            if not (continues and self.started) or rest.endswith(":"):
                return None
            return Heading(rest, None, number, confidence, likely=kind)
        if self.last_number is not None and number <= self.last_number:
            return None  # a numbered list restarting inside a section
        return Heading(rest, kind, number, confidence)

    def _cookie_appendix(self, line):
        """Whether an unmarked line of a marked notice is a cookie heading of its own: after a
        blank line, short, naming cookies with confidence, outside a cookie section."""
        text = line.text
        if not (line.after_blank and self.started and self.current_kind != COOKIES):
            return False
        if line.indented or len(text.split()) > 3 or text.endswith((":", ".")):
            return False
        kind, confidence = heading_match(text)
        return kind == COOKIES and confidence >= CONFIDENT

    def _unmarked(self, line, next_line):
        text = line.text
        style, _number, rest = split_marker(text)
        if style == "markdown":
            text = rest  # a lone "# Otsikko" in a notice not written in markdown
        elif style is not None or line.indented:
            # A numbered or indented line here is a sub-heading or a list, never a section.
            return None
        if self.blank_lines_separate and not line.after_blank:
            # A notice separated by blank lines may still set one heading straight under a
            # paragraph ("… (6 art. 1 b).", then "Käsiteltävät tiedot" over its list): a short
            # line that names a new section with confidence is a heading there too.
            kind, confidence = heading_match(text) if _heading_shaped(text) else (None, 0)
            if not (
                kind not in (None, TITLE)
                and confidence >= CONFIDENT
                and kind != self.current_kind
                and self.body_lines
                and next_line is not None
                and len(text.split()) <= 5
                and not text.endswith((".", ",", ";", ":"))
            ):
                return None
            return Heading(text, kind, confidence=confidence)
        if not _heading_shaped(text):
            return None
        if (
            next_line is not None
            and not next_line.after_blank
            and next_line.text[:1].isalpha()
            and next_line.text[:1].islower()
            and not text.endswith(("?", ":", "!"))
            # A heading over lowercase lines ("Evästeet" over "csrftoken – …", "Kerättävät
            # tiedot" over "nimi, osoite") is shorter than a wrapped paragraph's lines.
            and len(text) >= 50
            and "," in text
            and len(next_line.text) >= 40
        ):
            # "Sinulla on oikeus tarkastaa tietosi, korjauttaa ne, pyytää niiden" followed by
            # "poistamista …": a hard-wrapped sentence's first line, not a heading over its text.
            return None
        kind, confidence = heading_match(text)
        if kind == TITLE:
            return None
        if kind is not None and confidence >= CONFIDENT:
            if text.endswith(":") and kind == self.current_kind:
                return None  # "Välttämättömät evästeet:" inside the cookie section
            return Heading(text, kind, confidence=confidence)
        if not self.started or text.endswith(":"):
            return None
        if is_uppercase(text) or text.endswith("?"):
            return Heading(text, None, confidence=confidence, likely=kind)
        followed = next_line is not None and not next_line.after_blank
        if self.tight and followed and self.body_lines and _plain_shaped(text):
            return Heading(text, None, confidence=confidence, likely=kind)
        if (
            kind is not None
            and self.blank_lines_separate
            and self.body_lines
            and _plain_shaped(text)
        ):
            return Heading(text, None, confidence=confidence, likely=kind)
        return None
