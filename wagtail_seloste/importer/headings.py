"""Headings of old notices: which lines are headings and which section kind each one names.

Finnish notices copied from templates over the years word their headings in many ways: numbered
("1.", "1)", "1 ."), unnumbered, UPPERCASE, as questions ("Mihin käytämme henkilötietojasi?"),
in the wording of the repealed Henkilötietolaki ("Henkilörekisterin nimi", "Tarkastusoikeus")
and with typos. ``HEADING_KINDS`` maps the wordings to the section kinds of ``sections.py``.
"""

import re
from dataclasses import dataclass

TITLE = "title"

# kind: wordings, as patterns on the folded heading (see ``fold``: lowercase, no umlauts, so a
# heading typed without ä/ö matches too). A heading naming several kinds maps to the one it
# names first; the title of the notice itself is ``TITLE``.
HEADING_KINDS = [
    (TITLE, [r"(tietosuoja|rekisteri|yksityisyyden ?suoja)\w*\W*seloste$"]),
    (
        TITLE,
        [r"^(tietosuoja|rekisteri)\w* ?seloste\b", r"tietosuojakaytanto", r"tietosuojailmoitus"],
    ),
    (
        "controller",
        [
            r"rekisteri ?n? ?pitaja",  # also the typo "rekisterin pitäjä"
            r"rekisterinpidosta vastaa",
            r"kuka vastaa",
            r"tietojen kasittelysta vastaa",
            r"^yhteystiedot$",
            r"^rekisterinpitajan yhteystiedot",
            r"rekisterin yllapitaja",
        ],
    ),
    (
        "contact_person",
        [
            r"yhteyshenkilo",
            r"rekisteri ?asioista vastaava",
            r"kenee?n voi\w* ottaa yhteytta",
            r"kehen voi\w* ottaa yhteytta",
            r"yhteydenotot",
            r"yhteystiedot tietosuoja",
            r"vastuuhenkilo",
        ],
    ),
    ("dpo", [r"tietosuojavastaava", r"data protection officer"]),
    ("register_name", [r"rekisterin ni(mi|mitys|me)", r"^nimi$"]),
    (
        "data_subjects",
        [
            r"^rekisteroidyt\b",
            r"rekisteroityjen (ryhmat|piiri|ryhma)",
            r"keita .*koske",
            r"kenen (henkilo)?tietoja",
        ],
    ),
    (
        "purposes",
        [
            r"tarkoitu",  # tarkoitus, käyttötarkoitus
            r"mihin (kaytamme|kaytetaan|kasittelemme|tietoja|henkilotietoja)",
            r"miksi (keraamme|kasittelemme)",
        ],
    ),
    (
        "legal_basis",
        [r"oikeusperust", r"peruste\b", r"perusteet", r"milla perusteella", r"lainmukaisuus"],
    ),
    (
        "data_content",
        [
            r"tietosisal",
            r"kasiteltavat (henkilo)?tied",
            r"rekisteroitavat\b",
            r"tallennettav",
            r"henkilotietoryhm",
            r"tietoryhmat",
            r"mita (henkilo)?tietoja",
            r"rekisterin sisaltamat",
            r"kerattavat (henkilo)?tied",
            r"keraamme",
        ],
    ),
    (
        "sources",
        [r"tietolahte", r"mista .*(tiedot|tietoja|saa)", r"tietojen lahteet", r"^lahteet$"],
    ),
    ("recipients", [r"luovut", r"vastaanottaj", r"kenelle", r"jaetaanko", r"tietojen jakaminen"]),
    (
        "processors",
        [
            r"kasittelijat",
            r"kasittelija\b",
            r"tietojarjestelm",
            r"alihankkij",
            r"palveluntarjoaj",
            r"kaytettavat (jarjestelmat|palvelut)",
        ],
    ),
    ("transfers", [r"siirr\w* .*(eu|eta|ulkopuol|kolmansiin maihin)", r"ulkopuolelle", r"siirto"]),
    (
        "retention",
        [r"sailytysai", r"sailyt", r"kuinka kauan", r"kasittelyn kesto", r"tietojen poistaminen"],
    ),
    ("security", [r"suojau", r"suojaa", r"suojata", r"tietoturva"]),
    (
        "rights",
        [
            r"oikeud",
            r"oikeus",  # tarkastusoikeus, kielto-oikeus, valitusoikeus
            r"oikeuksi",
            r"tarkastus",
            r"tarkastami",
            r"kielto",
            r"suostumuksen peru",
        ],
    ),
    ("automated_decisions", [r"automaatti", r"profiloin"]),
    ("cookies", [r"evaste", r"cookie", r"seurantatekniik"]),
    ("logs", [r"lokitied", r"^lokit$"]),
    ("legislation", [r"lainsaadanto", r"sovellettava laki"]),
    ("changes", [r"muutokset", r"muutoksista", r"selosteen muuttami", r"paivitykset"]),
]
_COMPILED = [(re.compile("|".join(patterns)), kind) for kind, patterns in HEADING_KINDS]

NUMBERED_RE = re.compile(r"^(\d{1,2})\s*[.)]\s*(?=[^\W\d_])(.*)$")
_FOLD = str.maketrans({"ä": "a", "ö": "o", "å": "a", "é": "e"})


def fold(value):
    """Lowercase, no umlauts, punctuation as spaces: the form the patterns match."""
    value = value.lower().translate(_FOLD)
    value = re.sub(r"[^\w\s?]", " ", value)
    return re.sub(r"\s+", " ", value).strip()


def heading_kind(heading):
    """The section kind a heading names, ``TITLE`` for the notice's own title, or None.

    A heading naming purposes and legal basis together ("Käsittelyn tarkoitus ja
    oikeusperuste", "rekisterin peruste ja käyttötarkoitus") maps to purposes: that section
    holds a legal basis per purpose, so nothing of the heading's meaning is lost.
    """
    folded = fold(heading)
    matches = []
    for pattern, kind in _COMPILED:
        match = pattern.search(folded)
        if match:
            matches.append((match.start(), -len(match.group(0)), kind))
    if not matches:
        return None
    kinds = {kind for _start, _length, kind in matches}
    if {"purposes", "legal_basis"} <= kinds:
        return "purposes"
    return min(matches)[2]


@dataclass
class Heading:
    text: str  # as written, without its number
    kind: str | None  # None: maps to nothing, imported as an ``other`` section
    number: int | None = None


def split_number(text):
    """(number, rest) of a numbered line such as "3) Rekisterin nimi", else (None, text)."""
    match = NUMBERED_RE.match(text)
    if match:
        return int(match.group(1)), match.group(2).strip()
    return None, text


def _heading_shaped(text):
    """Short, not a sentence, not a label with a value, not an address line.

    A short line ending in a colon ("Rekisterinpitäjä:", "Säilytys:") is heading-shaped; the
    detector still asks it to name a kind, so "Lakisääteinen velvoite:" stays in the text.
    """
    if len(text) > 100 or len(text.split()) > 14:
        return False
    if text.endswith(":") and len(text.split()) <= 3:
        return fold(text) != "yhteystiedot"
    if text.endswith((".", ":", ";", ",")) and not text.endswith("..."):
        return False
    if re.search(r"@|\(at\)|\[at\]|https?://|:\s|\||\t", text):
        return False
    if "_" in text.split()[0]:
        return False  # a cookie's name ("_ga", "cookie_consent") starts a declaration
    return True


def is_uppercase(text):
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def numbered_style(lines):
    """Whether the notice numbers its headings: two numbered lines that name a kind."""
    count = 0
    for line in lines:
        number, rest = split_number(line.text)
        if number is not None and _heading_shaped(rest) and heading_kind(rest) not in (None, TITLE):
            count += 1
    return count >= 2


class HeadingDetector:
    """Decides line by line whether a line starts a section.

    In a numbered notice only numbered lines are headings, and a numbered line that names no
    kind is a heading only when it continues the numbering: "1. Fyysinen aineisto" inside
    section 12 is a sub-heading of that section. In an unnumbered notice a heading is a short
    line after a blank line that names a kind, or is UPPERCASE, or asks a question.
    """

    def __init__(self, lines):
        self.numbered = numbered_style(lines)
        # Text copied without blank lines ("one paragraph per line") cannot rely on them.
        self.blank_lines_separate = sum(line.after_blank for line in lines) >= len(lines) / 4
        self.last_number = None
        self.started = False  # a heading naming a kind has been seen: the preamble is over
        self.current_kind = None

    def detect(self, line):
        """The ``Heading`` that ``line`` is, or None for a line of text."""
        if line.bullet and not NUMBERED_RE.match(line.text):
            return None
        heading = self._numbered(line) if self.numbered else self._unnumbered(line)
        if heading is not None:
            self.current_kind = heading.kind
            self.started = self.started or heading.kind is not None
            self.last_number = heading.number or self.last_number
        return heading

    def _numbered(self, line):
        number, rest = split_number(line.text)
        if number is None or not _heading_shaped(rest):
            return None
        kind = heading_kind(rest)
        if kind == TITLE:
            return None
        if kind is None:
            # Names nothing: a section of its own ("13. Vaitiolovelvollisuus") only when it
            # continues the numbering; "1. Fyysinen aineisto" in section 12 is a sub-heading.
            continues = self.last_number is not None and number == self.last_number + 1
            if not (continues and self.started) or rest.endswith(":"):
                return None
        elif self.last_number is not None and number <= self.last_number:
            return None  # a numbered list restarting inside a section
        return Heading(rest, kind, number)

    def _unnumbered(self, line):
        text = line.text
        # A numbered or indented line here is a sub-heading or a list, never a section.
        if split_number(text)[0] is not None or line.indented:
            return None
        if self.blank_lines_separate and not line.after_blank:
            return None
        if not _heading_shaped(text):
            return None
        kind = heading_kind(text)
        if kind == TITLE:
            return None
        if kind is not None:
            if text.endswith(":") and kind == self.current_kind:
                return None  # "Välttämättömät evästeet:" inside the cookie section
            return Heading(text, kind)
        if self.started and not text.endswith(":") and (is_uppercase(text) or text.endswith("?")):
            return Heading(text, None)
        return None
