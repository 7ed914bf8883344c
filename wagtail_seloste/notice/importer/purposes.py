"""Purposes and their legal bases (GDPR Art 6(1), 13(1)(c)–(d)) in an old notice.

A purpose is a list item of the purposes section, a line "Sopimus: ajanvaraukset", or the
section's only paragraph. Its legal basis is the one the item names; else one named in the
legal-basis section by a line that shares words with the purpose; else, when the notice has
one purpose and names one basis, that basis. What cannot be attached (two bases fit equally
well, or none is named) is left empty, so the completeness check asks the owner.
"""

import re

from ..legal_bases import cited_bases, names_a_law_alone
from ..sentences import split
from .headings import fold

# Folded wordings (see ``headings.fold``) of the Art 6(1) bases, (a)–(f).
LEGAL_BASIS_RE = [
    # (round 32) and a translator's calque: "legitiimi etu", "legitiimi intressi", "legitimt
    # intresse"
    (
        "f",
        re.compile(
            r"oikeutet\w*\s+et[uue]\w*|berattiga\w*\s+intresse\w*|legitiimi\w*\s+(?:et[uue]\w*|intressi\w*)"
            r"|legitim\w*\s+intresse\w*"
        ),
    ),
    (
        "c",
        re.compile(
            r"lakisaat\w*|lakiin perustuv\w*|laissa saadet\w*|lain velvoit\w*|"
            r"kirjanpitovelvoit\w*|lakisaateis\w*|rattslig\w* forpliktelse\w*|lagstadga\w*|"
            r"lagkrav\w*|bokforingslagen|"
            # "lagen om patientens ställning (785/1992) kräver det", "laki velvoittaa meitä"
            r"\b(?:laki|lain|lagen|lag)\b[^.]{0,80}?\b(?:velvoitta\w*|edellytta\w*|vaati\w*|"
            r"kraver|alagger|forpliktar)\b"
        ),
    ),
    ("a", re.compile(r"suostum\w*|samtyck\w*")),
    # "vårdavtalet", "kundavtal": a contract in a compound too (not the processor agreement).
    # "Asiakassuhteen perusteella" is the repealed Henkilötietolaki's "asiallinen yhteys"; a
    # client relationship is a contract for services (Art 6(1)(b)), so it is read as one.
    (
        "b",
        re.compile(
            r"sopimu\w*|sopimuks\w*|(?<!bitrades)avtal(?!at\b)\w*|"
            r"asiakassuhteen\s+(?:perusteella|nojalla)|asiakassuhteeseen\s+perustu\w*|"
            r"(?:pa\s+grund\s+av|grundar\s+sig\s+pa)\s+kundforhallandet"
        ),
    ),
    ("d", re.compile(r"elintarke\w*|vitala intressen")),
    ("e", re.compile(r"yleisen edun\w*|julkisen vallan\w*|allmant intresse|myndighetsutovning")),
]
# Bookkeeping and invoicing rest on the law (Kirjanpitolaki 1336/1997, GDPR Art 6(1)(c)),
# whatever basis an old notice put on its other purposes.
BOOKKEEPING_RE = re.compile(r"kirjanpi|laskutu|laskuj|tilinpaato|bokfor|faktur|kvitto|kuitti")
# "1. Ajanvaraus", "2) Laskutus", "a) Palautekysely": a numbered or lettered item.
ITEM_RE = re.compile(r"^(?:\d{1,2}\s*[.)]|[a-h]\))\s+\S")
SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])")
# The lines of other sections a purpose is compared with: enough for any notice, and a bound
# that keeps a long notice's import linear.
MAX_BASIS_SENTENCES = 200
# The interest a purpose on legitimate interest names after it: "(oikeutettu etu: …)",
# "oikeutettu etumme on …", "oikeutetun etumme perusteella: haluamme …".
LEGITIMATE_INTEREST_RE = re.compile(
    r"(?:oikeutet\w*\s+et\w*|berättigat?\w*\s+intresse\w*|legitimate\s+interests?"
    r"|legitiimi\w*\s+(?:et\w*|intressi\w*)|legitimt?\s+intresse\w*)"
    r"(?:\s+(?:perusteella|nojalla))?\s*(?:on|är|is|:|–|-|att|to|in"
    # "oikeutettu etumme kehittää palvelua": the interest as the infinitive that follows
    r"|(?=\w+(?:aa|ää|da|dä|ta|tä|la|lä|ra|rä|na|nä)\s+\w))"
    r"\s*(?P<interest>[^)]+?)\)?\.?$",
    re.IGNORECASE,
)
BASIS_LABEL_RE = re.compile(r"^(?P<label>[^:]{3,40}):\s*(?P<purpose>\S.*)$")


def legal_bases(text):
    """The bases ("a"–"f") a text names, in the order it names them, in words or by article
    ("6 art. 1 b")."""
    folded = fold(text)
    found = []
    for key, pattern in LEGAL_BASIS_RE:
        match = pattern.search(folded)
        if match:
            found.append((match.start(), key))
    for start, key in cited_bases(folded):
        if key not in (k for _s, k in found):
            found.append((start, key))
    return [key for _start, key in sorted(found)]


def _stems(text, length):
    words = fold(text).split()
    return {word[:length] for word in words if len(word) >= 5 and not legal_bases(word)}


def _overlap(purpose, line):
    """How much a line talks about a purpose: shared words, long stems, then short stems."""
    return tuple(len(_stems(purpose, n) & _stems(line, n)) for n in (None, 8, 6))


def _purpose(text, basis):
    interest = ""
    if basis == "f":
        match = LEGITIMATE_INTEREST_RE.search(text)
        if match:
            interest = match.group("interest").strip()
    return {"purpose": text, "legal_basis": basis, "legitimate_interest": interest}


def sentences(text):
    return [part for part in split(text.strip(), SENTENCE_RE) if part]


# Words that frame a purpose without naming one ("Asiakkaiden laskutus", "Kuittien ja laskujen
# säilyttäminen", "Rekisterin käyttötarkoitus on laskutus").
FRAMING_RE = re.compile(
    r"^(?:ja|seka|tai|on|ovat|och|samt|eller|ar|and|or|is|the|of|varten|for|sek|"
    r"(?:kaytto)?tarkoitu\w*|rekister\w*|asiakasrekister\w*|(?:henkilo)?tiedo\w*|tietoj\w*|"
    r"kasittel\w*|hoitaminen|hoitamiseksi|hoito|sailyt\w*|asiakkaiden|asiakkaan|asiakas|"
    r"kunde\w*|kunders?|andamal\w*|hantering\w*|bevar\w*|\d+|"
    # "Laskutus perustuu kirjanpitolakiin", "Bokföring enligt lag".
    r"perustu\w*|peruste\w*|nojalla|mukaan|mukaise\w*|edellyt\w*|vaati\w*|velvoit\w*|lai\w*|"
    r"laki\w*|grundar|sig|pa|enligt|krav\w*|lag\w*)$"
)


def bookkeeping_only(text):
    """Whether a few words name invoicing or bookkeeping and nothing else: "Laskutus ja
    kirjanpito", not "asiakassuhteiden hoito, yhteydenpito ja laskutus" (a list of purposes
    is not on the law because one of them is)."""
    words = fold(text).split()
    if len(words) > 8 or not BOOKKEEPING_RE.search(" ".join(words)):
        return False
    return all(BOOKKEEPING_RE.search(word) or FRAMING_RE.match(word) for word in words)


def _named_basis(text, bookkeeping=True):
    """The one basis a text names, "c" for bookkeeping in a few words (unless ``bookkeeping``
    is false: ``attach_bases`` then reads what the notice says of it), else ""."""
    bases = legal_bases(text)
    if len(bases) == 1:
        return bases[0]
    if bookkeeping and not bases and bookkeeping_only(text):
        return "c"
    return ""


# What a sentence that only states a basis says besides the basis ("Käsittely perustuu
# sopimukseen.", "Oikeusperusteena on suostumus.", "Behandlingen grundar sig på avtal.").
BARE_WORDS_RE = re.compile(
    r"\b(?:(?:henkilo)?tietojen|kasittely\w*|perustuu|perustuvat|oikeusperuste\w*|peruste\w*|on|ovat|"
    r"rekisterinpitajan|rekisteroidyn|asiakkaan|kanssa|tehty\w*|mukaisesti|behandlingen|grundar|"
    r"sig|pa|ar|sker|med|stod|av|rattslig\w* grund\w*|och|ja|seka|tai|eller)\b"
)


# A sentence whose subject is the legal basis ("Käsittelyn oikeusperusteena on …", "Käsittely
# perustuu …", "Behandlingen grundar sig på …", "The legal basis is …") states the basis of what
# was said before it, however many bases it names.
BASIS_STATEMENT_RE = re.compile(
    r"^(?:(?:henkilo)?tietojen\s+)?(?:kasittelyn\s+)?oikeusperuste\w*\b"
    r"|^(?:(?:henkilo)?tietojen\s+)?kasittely\s+perustuu\b"
    r"|^behandlingen\s+(?:grundar|baseras|bygger)\b|^(?:den\s+)?rattsliga?\s+grunde?n?\b"
    r"|^the\s+(?:legal|lawful)\s+bas[ie]s\b"
    # a basis labelled after its item ("Markkinointi. Peruste: oikeutettu etu, koska …",
    # "Nyhetsbrev. Grunden är ditt samtycke."), with the reason given after it
    r"|^peruste\w*\b|^grunde?n?\b|^basis\b"
    # "Sen peruste on …", "Tämän käsittelyn oikeusperuste on …", "Grunden för detta är …",
    # "Its basis is …": the basis of what the sentence before described
    r"|^(?:sen|niiden|taman|naiden)\s+(?:kasittelyn\s+)?(?:oikeus)?peruste\w*\b"
    r"|^grunden\s+for\s+(?:detta|det|den|dem|dessa)\b|^its\s+(?:legal\s+)?basis\b"
    # "Tämä perustuu …", "Se on lakisääteinen velvoite", "Detta grundar sig på …", "This is
    # based on …": a pronoun for what the sentence before said, then its basis.
    r"|^(?:tama|tamakin|se|nama|ne)\s+(?:perustuu|perustuvat|on|ovat|tapahtuu|tehdaan)\b"
    r"|^(?:detta|det|dessa)\s+(?:grundar|baseras|bygger|sker|ar|gors)\b"
    r"|^(?:this|that|these)\s+(?:is|are|rests?)\b"
)
# A sentence that denies ("Suostumus ei ole varauksen ehto.", "Samtycke krävs inte.") says
# something about the purpose before it; it is no purpose of its own.
NEGATION_RE = re.compile(r"\b(?:ei|eivat|emme|en|et|ette|inte|ej|aldrig|not|never)\b")


def _bare(sentence, before=""):
    """Whether a sentence only states a basis for the sentence ``before`` it: besides the basis
    it says nothing, or only repeats words of that sentence ("Tilausten käsittely perustuu
    sopimukseen." after "Käsittelemme tietoja tilausten toimittamiseen."), or it is a statement
    of the bases ("Käsittelyn oikeusperusteena on sopimus sekä kirjanpitolain mukainen
    lakisääteinen velvoite.")."""
    folded = fold(sentence)
    if before and legal_bases(sentence) and BASIS_STATEMENT_RE.match(folded):
        return True
    for _key, pattern in LEGAL_BASIS_RE:
        folded = pattern.sub(" ", folded)
    rest = BARE_WORDS_RE.sub(" ", folded).strip(" ?").split()
    if not rest:
        return True
    stems = {word[:5] for word in fold(before).split()}
    return bool(before) and all(word[:5] in stems for word in rest)


# A sentence that speaks of the data before it by a pronoun in its first words.
_PRONOUN_RE = re.compile(
    r"^(\w+ )?(niita|niiden|niihin|niilla|ne|naita|naiden|sita|sen|tata|taman|dem|de|dessa"
    r"|det|detta|them|these|it|this)\b"
)
# "Ennen ja jälkeen -kuvat: suostumuksesi.": a purpose's name, a colon and its basis.
_LABELLED_BASIS_RE = re.compile(r"^[^:.]{2,60}:\s*[^:]{2,80}$")


def _sentence_purposes(text, parts):
    """One purpose per sentence; a sentence that only states a basis gives it to the one
    before it, and a paragraph of one purpose stays one purpose."""
    bare = [_bare(part, parts[index - 1] if index else "") for index, part in enumerate(parts)]
    content = [part for part, is_bare in zip(parts, bare, strict=True) if not is_bare]
    # (round 27) a paragraph in which one sentence names the basis is one purpose told in
    # several sentences ("Myyn lahjakortteja. Ostajan nimi … tarvitaan kortin toimittamiseen;
    # peruste on kauppasopimus. Lahjakortin tiedot poistan, kun kortti on käytetty."), not a
    # purpose per sentence, the others left without a basis
    one_basis = sum(bool(_named_basis(part)) for part in parts) == 1
    if len(content) <= 1 or (one_basis and len(set(legal_bases(text))) == 1):
        bases = list(dict.fromkeys(legal_bases(text)))
        return [_purpose(text, bases[0] if len(bases) == 1 else _named_basis(text))]
    purposes = []
    for part, is_bare in zip(parts, bare, strict=True):
        basis = _named_basis(part)
        if purposes and not is_bare and NEGATION_RE.search(fold(part)):
            purposes[-1]["purpose"] += " " + part
            continue
        if (
            purposes
            and not basis
            and not legal_bases(part)
            and purposes[-1]["legal_basis"]
            and _LABELLED_BASIS_RE.match(purposes[-1]["purpose"])
        ):
            # "Ennen ja jälkeen -kuvat: suostumuksesi. Kuvilla seuraan huoltojen tulosta …":
            # what follows a purpose labelled with its basis tells more of it
            purposes[-1]["purpose"] += " " + part
            continue
        # "Kirjaamme nimesi … Tarvitsemme niitä vuokrasopimuksen tekemiseen, joten käsittelyn
        # perusteena on sopimus.": a pronoun carries the sentence before's data, and the basis
        # it names is that purpose's
        is_bare = is_bare or bool(
            purposes and basis and not purposes[-1]["legal_basis"] and _PRONOUN_RE.match(fold(part))
        )
        if is_bare and purposes and (basis or legal_bases(part)):
            # A sentence naming two bases gives none: the owner chooses (it stays in the text).
            for purpose in reversed(purposes):
                if purpose["legal_basis"] or not basis:
                    break
                purpose["legal_basis"] = basis
            # The sentence stays with the purpose it is about: nothing of the text is lost.
            purposes[-1]["purpose"] += " " + part
            if purposes[-1]["legal_basis"] == "f" and not purposes[-1]["legitimate_interest"]:
                purposes[-1]["legitimate_interest"] = _purpose(part, "f")["legitimate_interest"]
            continue
        purposes.append(_purpose(part, basis))
    return purposes


# A line that ends mid-sentence and a next line that starts in lower case: one sentence
# wrapped at a fixed width ("… ajanvaraus, hieronta ja lahjakorttien myynti" / "perustuvat siis
# väliseemme sopimukseen.").
_ENDS_SENTENCE_RE = re.compile(r"[.!?:;)]$")
# "… tietosuoja-asetuksen 9 artiklan" / "2 kohdan h alakohdan nojalla.": a wrapped line may
# start with a figure that a lowercase word follows.
_GOES_ON_RE = re.compile(r"\d+\s+[a-zåäö]")


def _paragraphs(lines):
    """(text, line numbers, is a list item) for each item and each paragraph of prose, the
    lines of a hard-wrapped sentence joined."""
    paragraphs = []
    for line in lines:
        is_item = line.bullet or bool(ITEM_RE.match(line.text))
        previous = paragraphs[-1] if paragraphs else None
        labelled = BASIS_LABEL_RE.match(line.text)
        if (
            previous
            and previous[2]
            and not is_item
            and not line.after_blank
            and labelled
            and len(legal_bases(labelled.group("purpose"))) == 1
            and fold(labelled.group("label")) in _BASIS_LABELS
        ):
            # "1. Tidsbokning / Grund: avtal om vård": the basis on the line under its item
            previous[0] += " (" + line.text + ")"
            previous[1].append(line.number)
            continue
        if (
            previous
            and not previous[2]
            and not is_item
            and not line.after_blank
            and (line.text[:1].islower() or _GOES_ON_RE.match(line.text))
            and not _ENDS_SENTENCE_RE.search(previous[0])
        ):
            previous[0] += " " + line.text
            previous[1].append(line.number)
            continue
        paragraphs.append([line.item, [line.number], is_item])
    return paragraphs


# A label that names the item's own basis: "Grund:", "Rättslig grund:", "Peruste:",
# "Oikeusperuste:", "Basis:" (not "Näiden peruste:", the basis of all the items above).
_BASIS_LABELS = frozenset(
    (
        "grund",
        "grunden",
        "rattslig grund",
        "laglig grund",
        "rattsgrund",
        "peruste",
        "oikeusperuste",
        "kasittelyperuste",
        "kasittelyn peruste",
        "basis",
        "legal basis",
        "lawful basis",
    )
)


# (round 17) A paragraph that opens with its purpose's name and a colon: "Lahjakortit: …",
# "Nyhetsbrev: …" (a name of up to four words, no figure; a basis label is read before).
_COLON_LABEL_RE = re.compile(r"^[A-ZÅÄÖ][^\W\d_]*(?:[ -][^\W\d_]+){0,3}:\s+\S")


def _is_label(sentence):
    """Whether a sentence is a purpose's name heading its paragraph ("Tidsbokning.",
    "Fysioterapi och journal.", "Uutiskirje."): a few words, no figure, no basis, no denial."""
    words = sentence.rstrip(".:").split()
    return (
        0 < len(words) <= 4
        and sentence[:1].isupper()
        and sentence.endswith((".", ":"))
        and not re.search(r"\d", sentence)
        and not legal_bases(sentence)
        and not NEGATION_RE.search(fold(sentence))
    )


def read_purposes(lines):
    """The purposes in a purposes section's body, and the line numbers they hold.

    A purpose is a list item ("- Ajanvaraus (sopimus)", "1. Laskutus – lakisääteinen
    velvoite"), a line "Sopimus: ajanvaraukset", or a sentence of a paragraph that names the
    basis of what it describes ("Ajanvaraus perustuu sopimukseen. Laskutus on lakisääteinen
    velvoite."), so each purpose gets its own basis.
    """
    purposes = []
    used = set()
    items = [line for line in lines if line.bullet or ITEM_RE.match(line.text)]
    paragraphs = _paragraphs(lines)
    labelled_paragraphs = sum(
        not is_item
        and (
            (_is_label(sentences(text)[0]) and len(sentences(text)) >= 2)
            or bool(_COLON_LABEL_RE.match(text))
        )
        for text, _numbers, is_item in paragraphs
    )
    for text, numbers, is_item in paragraphs:
        if is_item:
            marker = _ITEM_MARKER_RE.match(text)
            text = re.sub(r"^(?:\d{1,2}\s*[.)]|[a-h]\))\s+", "", text)
            purposes.append(_purpose(text, _named_basis(text, bookkeeping=False)))
            if marker:
                # the item's letter or number, for a basis that names it ("Kohta d: …");
                # attach_bases takes it off again
                purposes[-1]["_marker"] = (marker.group(1) or marker.group(2)).lower()
            used.update(numbers)
            continue
        if items:
            continue
        labelled = BASIS_LABEL_RE.match(text)
        if labelled and len(legal_bases(labelled.group("label"))) == 1:
            purposes.append(_purpose(text, legal_bases(labelled.group("label"))[0]))
            used.update(numbers)
            continue
        parts = sentences(text)
        if labelled_paragraphs >= 2 and (
            (len(parts) >= 2 and _is_label(parts[0])) or _COLON_LABEL_RE.match(text)
        ):
            # "Tidsbokning. Du kan boka tid … eftersom vi har ett avtal med dig.": a paragraph
            # headed by its purpose's name is one purpose, whatever its sentences say; so is
            # one whose first words name it before a colon ("Lahjakortit: myymme lahjakortteja
            # kursseille. Käsittelemme ostajan tietoja kaupan toteuttamiseksi (sopimus).")
            bases = list(dict.fromkeys(legal_bases(text)))
            purposes.append(_purpose(text, bases[0] if len(bases) == 1 else _named_basis(text)))
            used.update(numbers)
            continue
        if len(parts) >= 2 and any(_named_basis(part) for part in parts):
            purposes += _sentence_purposes(text, parts)
            used.update(numbers)
    if not purposes and len(lines) == 1:
        # One paragraph of prose ("Tietoja käsitellään ajanvarausta varten. Oikeusperusteena
        # on sopimus.") is one purpose; its basis is attached by ``attach_bases``.
        bases = legal_bases(lines[0].item)
        purposes.append(_purpose(lines[0].item, bases[0] if len(bases) == 1 else ""))
        used.add(lines[0].number)
    return purposes, used


# An item's marker: "a)", "1.", "2)".
_ITEM_MARKER_RE = re.compile(r"^(?:(\d{1,2})\s*[.)]|([a-hA-H])\))\s+")
# "Kohdat a ja b: …", "Kohta d:", "Punkterna 1–2:", "Punkt c och d –", "Purposes a and b:".
_POINTS_RE = re.compile(
    r"^\W*(?:kohd\w*|kohta|punkt\w*|purposes?|items?|points?)\s+"
    r"(?P<refs>(?:[a-h]|\d{1,2})(?:\s*(?:,|ja|och|and|&|–|-)\s*(?:[a-h]|\d{1,2}))*)\)?"
    r"\s*[:–—-]\s*(?P<rest>.+)",
    re.IGNORECASE,
)
_POINT_REF_RE = re.compile(r"\b([a-h]|\d{1,2})\b", re.IGNORECASE)


def pointed_positions(sentence):
    """The list positions (0 for "a" or "1") a sentence gives its basis to by their letters or
    numbers ("Kohdat a ja b: sopimus" → [0, 1]), else []."""
    pointed = _POINTS_RE.match(sentence or "")
    if not pointed:
        return []
    refs = _POINT_REF_RE.findall(pointed.group("refs"))
    return [int(ref) - 1 if ref.isdigit() else ord(ref.lower()) - ord("a") for ref in refs]


# "ks. kohta 3", "se avsnitt 5", "see section 2": a basis given elsewhere in the notice.
CROSS_REFERENCE_RE = re.compile(
    r"\b(ks|kts|katso|se|see)\.?\s+(kohta|kohdat|kohdasta|kohtaa|osio\w*|avsnitt\w*|punkt\w*"
    r"|section|paragraph)\b",
    re.IGNORECASE,
)


def attach_bases(purposes, basis_lines):
    """Fill the missing bases from other lines (the legal-basis section, the purposes text).

    A sentence that names purposes by their letters or numbers ("Kohdat a ja b: sopimus",
    "Punkt d: berättigat intresse") gives them its basis. Each other sentence of those lines
    that names one basis is compared with each purpose; the purpose takes the basis of the
    sentence that shares most words with it.
    """
    named = []
    by_marker = {}
    general = set()
    for line in basis_lines:
        for part in sentences(line.item):
            pointed = _POINTS_RE.match(part)
            if (
                not pointed
                and len(legal_bases(part)) == 1
                and (len(fold(part).split()) <= 4 or _bare(part))
            ):
                # "Kundens samtycke.", "Käsittely perustuu suostumukseen.": the notice's basis
                # for what names none
                general.add(legal_bases(part)[0])
            if pointed:
                # (round 31) an old template's bases in a block apart, by the items' letters;
                # the basis of the first clause ("… asiakkaan kanssa; hoitokortin osalta myös
                # laki …" adds a law for one of them)
                bases = legal_bases(re.split(r"[;(]", pointed.group("rest"))[0])
                if not bases and names_a_law_alone(pointed.group("rest")):
                    bases = ["c"]
                if len(bases) == 1:
                    for ref in _POINT_REF_RE.findall(pointed.group("refs")):
                        by_marker.setdefault(ref.lower(), bases[0])
            bases = legal_bases(part)
            if len(bases) == 1:
                named.append((part, bases[0], [_stems(part, n) for n in (None, 8, 6)]))
        if len(named) >= MAX_BASIS_SENTENCES:
            break
    for purpose in purposes:
        marker = purpose.pop("_marker", None)
        if not purpose["legal_basis"] and marker in by_marker:
            purpose.update(_purpose(purpose["purpose"], by_marker[marker]))
        if purpose["legal_basis"]:
            continue
        if legal_bases(purpose["purpose"]):
            # The purpose names its bases and they are two or more: not for another line to
            # decide ("asiakkaan" shared with a consent sentence is no reason to pick consent).
            continue
        if bookkeeping_only(purpose["purpose"]):
            # (round 31) as the notice says, where it says consent is the basis of all ("4.
            # Rättslig grund" / "Kundens samtycke."): bookkeeping on consent is the notice's
            # error (consent-for-legal-obligation), not the importer's to mend; else the law's
            purpose["legal_basis"] = "a" if general == {"a"} else "c"
            continue
        if CROSS_REFERENCE_RE.search(purpose["purpose"]):
            # "Tarjousviestit. Peruste: ks. kohta 3.": the basis is said where the reference
            # points; a line that only shares the word "Peruste" is no answer (the owner's)
            continue
        stems = [_stems(purpose["purpose"], n) for n in (None, 8, 6)]
        scored = sorted(
            (
                (tuple(len(a & b) for a, b in zip(stems, line_stems, strict=True)), basis)
                for _text, basis, line_stems in named
            ),
            reverse=True,
        )
        if not scored or not any(scored[0][0]):
            continue
        # Two bases that fit equally well: leave the choice to the owner.
        if len(scored) > 1 and scored[1][0] == scored[0][0] and scored[1][1] != scored[0][1]:
            continue
        purpose["legal_basis"] = scored[0][1]
    all_bases = {basis for _text, basis, _stems in named}
    if len(purposes) == 1 and not purposes[0]["legal_basis"] and len(all_bases) == 1:
        basis = all_bases.pop()
        # A lone "lakisääteinen velvoite" elsewhere (often the GDPR itself named as the
        # "obligation") is no basis for a client relationship: the owner chooses (issue 18).
        if basis != "c" or bookkeeping_only(purposes[0]["purpose"]):
            purposes[0]["legal_basis"] = basis
    return purposes
