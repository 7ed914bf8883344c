"""What a notice says, read once: its sections, sentences, legal bases and rights.

A notice dict (``notice_json``) holds structured fields (a purpose's legal basis, a right, a
cookie) and free text. An imported plain-text notice has little structure, and people put a
statement where they like: the retention period in the data content section, the complaint
right in "Other information", the rights under a question heading. ``NoticeReading`` gives the
rules both: the structured fields, and the text read sentence by sentence with the kind of the
section it stands in.
"""

import re
from functools import cached_property

from ..sentences import sentences  # noqa: F401 (the check's modules import it from here)
from . import vocabulary as v
from .conduct import HOW_CONSENT_IS_GIVEN
from .search import casefree, found_in, lowercased

RIGHTS = ("access", "rectification", "erasure", "restriction", "portability", "objection")


def _only_points_to_the_authority(sentence):
    """Whether a sentence naming the supervisory authority only sends the reader there for
    more information, with no word of complaining."""
    return bool(v.MORE_INFORMATION.search(sentence)) and not v.COMPLAINT_WORD.search(sentence)


# Structured fields whose values are codes ("access", "years", "scc"), not words of the notice.
CODE_FIELDS = {
    "_as",
    "kind",
    "legal_basis",
    "right",
    "applies_to",
    "unit",
    "counted_from",
    "safeguard",
    "key",
    "category",
    "schema",
    # the section's text as rich text (bold, links, lists) beside its plain ``text``: read once,
    # as text, or a list's tags glue its items into one sentence
    "html",
}


def strings(value):
    """Every string a person wrote in a JSON value, depth first (codes left out)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in CODE_FIELDS:
                yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


LIST_MARKS = ("- ", "– ", "• ", "* ")
JOIN_MAX = 3000  # characters; the importer joins wrapped lines up to the same length
# "1) ajanvaraus", "2. laskutus", "b) uutiskirje": an item of a numbered or lettered list.
NUMBERED_ITEM_RE = re.compile(r"^(?:\d{1,2}[.)]|[a-h]\))\s")
# "Deltagarlistor för kurser: kastas …": a list item led by a label of its own (a few words
# and a colon)
_OWN_LABEL = re.compile(r"^[^\W\d][^:.!?]{0,50}:\s")
# A table row: cells apart with dashes, bars or tabs ("laskut — kuusi vuotta").
TABLE_CELL_RE = re.compile(r"\s[–—|-]\s|\t")


LABEL_ROW_RE = re.compile(r"[^:.!?]{2,40}:\s+\S")


# A question of where or to whom ("Mihin voin valittaa?", "Vart vänder jag mig?", "Kenelle
# voin tehdä valituksen?"), whose answer may be a place alone.
_WHERE_QUESTION = casefree(
    r"(mihin|minne|kenelle|keneen|kenen puoleen|vart|var|till vem|vem|hos vem|where|to whom"
    r"|who)\b",
    re.IGNORECASE,
)
# An answer's first clause of at most four words that is no yes or no ("Tietosuojavaltuutetun
# toimistoon (tietosuoja.fi), jos …"): the rest of its question, no statement of its own.
_FRAGMENT = casefree(
    r"(?!(?:kyllä|ei|ja|nej|yes|no|emme|en|vi|me)\b)[^\W\d][^\s,.;:]*(?:\s+[^\s,.;:]+){0,3}"
    r"\s*(?:\([^)]*\))?\s*(?:[,.;]|$)",
    re.IGNORECASE,
)


def unwrap(lines):
    """The lines of a text with hard line wraps joined: a line that does not end a sentence,
    followed by one that goes on in lowercase ("…, hyväksyt samalla," + "että voimme …"), is
    one sentence. List items and blank lines stay apart."""
    joined = []
    # The line being joined to, kept as its parts with what the test below reads of it (its
    # length, its end, whether it holds a table cell): joining and searching the growing string
    # line by line would be quadratic in a paragraph's length.
    parts, first, length, raw_length, cell, tail = None, "", 0, 0, False, ""
    for line in lines:
        stripped = line.strip()
        if (
            length  # the previous line, without its trailing space, is not empty
            # no sentence runs for pages: a "paragraph" with no stop past this is a list or a
            # paste gone wrong, read line by line (one endless sentence costs the rules time)
            and length < JOIN_MAX
            and stripped
            # goes on in lowercase, or a long line (a wrapped paragraph's) goes on in a name:
            # "… voit valittaa" + "Tietosuojavaltuutetun toimistoon (tietosuoja.fi)."
            and (stripped[0].islower() or (length >= 60 and raw_length >= 60))
            and not stripped.startswith(LIST_MARKS)
            and not NUMBERED_ITEM_RE.match(stripped)
            and not tail.endswith((".", "!", "?", ":"))
            and not cell
            and not TABLE_CELL_RE.search(stripped)
            # "fakturor: sex år enligt bokföringslagen" under "kontaktuppgifter: ett år …": a
            # row written as a label and its value starts a line of its own
            and not LABEL_ROW_RE.match(stripped)
        ):
            # A cell may only appear where the two meet ("… -" + "– …"); the rest was searched.
            cell = bool(TABLE_CELL_RE.search(f"{tail} {stripped[:2]}"))
            parts.append(stripped)
            length += 1 + len(stripped)
            raw_length = length
            tail = f"{tail} {stripped}"[-2:]
        else:
            if parts is not None:
                joined.append(" ".join(parts) if len(parts) > 1 else first)
            first = line
            previous = line.rstrip()
            parts, length, raw_length = [previous], len(previous), len(line)
            cell, tail = bool(TABLE_CELL_RE.search(previous)), previous[-2:]
    if parts is not None:
        joined.append(" ".join(parts) if len(parts) > 1 else first)
    return joined


def effective_kind(section):
    """The section's kind; for an ``other`` section, the kind its heading names, if any."""
    kind = section.get("kind") or "other"
    if kind != "other":
        return kind
    if section.get("_as"):
        return section["_as"]
    heading = section.get("heading") or ""
    for named, pattern in v.OTHER_HEADING_KINDS:
        if pattern.search(heading):
            return named
    return "other"


def _heading_shaped(block):
    line = block.strip()
    return (
        "\n" not in line
        and 0 < len(line.split()) <= 8
        and not line.endswith((".", ",", ";"))
        and ": " not in line
        and "@" not in line
        # "Tietoja ei luovuteta" without a full stop is a statement, not a heading
        and not v.NEGATION.search(line)
        # "Tarkoitus | Peruste | Säilytys" heads a table's columns, not a section
        and not re.search(r"\s\|\s|\t", line)
    )


def split_other(section):
    """An ``other`` section cut at the headings its text holds.

    A notice the importer could not read by its headings (Swedish, English, an unknown
    wording) arrives as one ``other`` section; its heading-shaped lines that name a kind
    ("Dina rättigheter", "Hur länge sparas uppgifterna") start a section of that kind here,
    for reading only.
    """
    if section.get("kind") != "other" or not section.get("text"):
        return [section]
    parts = [dict(section, text="")]
    lines = []
    text_lines = section["text"].split("\n")
    for index, line in enumerate(text_lines):
        following = text_lines[index + 1].strip() if index + 1 < len(text_lines) else ""
        named = (
            _heading_shaped(line)
            # "Käsittelen tietoja kuvaussopimuksen perusteella, laskutuksen" over "kirjanpitolain
            # nojalla. Julkaisen …": a hard-wrapped paragraph's line, not a heading (a heading
            # over a lowercase list, "Kerättävät tiedot" over "nimi, osoite", is short).
            and not (
                following[:1].isalpha()
                and following[:1].islower()
                and len(line.strip()) >= 50
                and "," in line
                and len(following) >= 40
                and not line.rstrip().endswith(("?", ":"))
            )
            and not line.lstrip().startswith(("-", "•", "*"))
            and next(
                (kind for kind, pattern in v.OTHER_HEADING_KINDS if pattern.search(line)), None
            )
        )
        if named:
            parts[-1]["text"] = "\n".join(lines).strip()
            parts.append({"kind": "other", "heading": line.strip(), "text": "", "_as": named})
            lines = []
        else:
            lines.append(line)
    parts[-1]["text"] = "\n".join(lines).strip()
    return parts


# What a controller block's line holds: an email, a phone number or postcode, a business id.
_CONTACT_MARK = re.compile(r"@|\[|\d{5}|\d{3}[\s-]?\d{3,}|\b\d{7}-\d\b")


def _prose_paragraph(paragraph):
    """A paragraph that tells something ("Olen hyvinvointivalmentaja …", "Paketen skickas med
    Posten …") rather than gives the controller's name and contacts."""
    lines = [line for line in paragraph.split("\n") if line.strip()]
    return (
        bool(lines)
        and not any(_CONTACT_MARK.search(line) for line in lines)
        and any(len(line.split()) >= 6 for line in lines)
    )


def split_controller(section):
    """A controller section cut where its contact block ends.

    A notice without headings after its controller lines ("Rekisterinpitäjä" and then the
    purposes, the data and the rights in prose) arrives as one controller section; its
    paragraphs that tell something other than the controller's contacts are read as an
    ``other`` section (for reading only), so that the purposes, data and recipients they state
    count as anywhere else.
    """
    if section.get("kind") != "controller" or not section.get("text"):
        return [section]
    paragraphs = re.split(r"\n\s*\n", section["text"])
    kept, moved = paragraphs[:1], []
    for paragraph in paragraphs[1:]:
        (moved if moved or _prose_paragraph(paragraph) else kept).append(paragraph)
    if not moved:
        return [section]
    return [
        dict(section, text="\n\n".join(kept)),
        {"kind": "other", "heading": "", "text": "\n\n".join(moved)},
    ]


# An animal's health data ("lemmikin lääkitys", "hundens allergier") is no personal data.
# (round 32) a person named between ("hundens ras och dina egna allergier") makes the health
# the person's; a list of the animal's data may be long ("hundens namn, ras och ålder samt
# uppgifter om vaccinationer och eventuella sjukdomar")
PERSON_OWNER = (
    r"asiakk\w*|omistaj\w*|sinun|sinä|sinulta|teidän|oma\w*|henkilö\w*|ihmis\w*|potilaa\w*"
    r"|din|dina|ditt|dig|du|er|era|kund\w*|ägar\w*|person\w*|patient\w*|egna?"
    r"|you|your|client'?s|owner'?s|person'?s"
)
# A complaint turned to the keeper: "kontakta oss i första hand", "ota ensin yhteyttä meihin".
_TO_THE_KEEPER = casefree(
    r"\bkontakta (oss|mig)\b|\bota\w* (\w+ )?yhteyttä (meihin|minuun)\b|\bcontact (us|me)\b"
    r"|\b(i första hand|ensisijaisesti|ensin|first)\b",
    re.IGNORECASE,
)
_ANIMAL_OWNER = casefree(
    r"\b(lemmik\w*|koira\w*|kissa\w*|hevose\w*|hevonen|eläime\w*|eläin|husdjur\w*|hund\w*"
    r"|katt\w*|häst\w*|djur\w*|pet'?s?|dog'?s?|cat'?s?|horse'?s?|animal'?s?)\b"
    rf"\W+((?!({PERSON_OWNER})\b)\w+\W+){{0,14}}?"
    r"(terve|sairau|lääk|allergi|hälsa|sjukdom|medicin|allerg|health|medication)",
    re.IGNORECASE,
)


_RECORDED = casefree(
    r"käsitel|käsittel|kirjaa|kirjat|kirjan|tallen|merkit|merkin|merkits|kysy|kerää|keräm|kerro"
    r"|tieto|tiedo|lomak|kortti|behandl|anteckn|registrer|spara|sparas|samla|fråga|uppgift"
    r"|formulär|journal|record|process|collect|\bnote|\bask|inform|data\b|esitie|potila|asiakirj",
    re.I,
)
_IF_MENTIONED = casefree(r"^\W*(om|jos|mikäli|ifall|if)\b", re.I)
# A withdrawal said of "it": "Du kan återkalla det när som helst", "Voit perua sen milloin
# tahansa", "You can withdraw it at any time".
_WITHDRAWS_IT = re.compile(
    r"\b(återkalla|ta tillbaka|peru\w*|peruuttaa|withdraw|revoke)\s+(det|den|sen|sitä|it)\b"
)


class NoticeReading:
    def __init__(self, notice):
        self.notice = notice
        self.controller = notice.get("controller") or {}
        self.sections = [
            part
            for s in notice.get("sections") or []
            if isinstance(s, dict)
            for cut in split_controller(s)
            for part in split_other(cut)
        ]
        self.cookies = [c for c in notice.get("cookies") or [] if isinstance(c, dict)]

    # Sections and text -----------------------------------------------------------------------

    def of_kind(self, *kinds):
        """Sections of these kinds, ``other`` sections included by the kind their heading names."""
        return [s for s in self.sections if effective_kind(s) in kinds]

    def structured(self, kind, field):
        return [
            item
            for s in self.sections
            if s.get("kind") == kind
            for item in s.get(field) or []
            if isinstance(item, dict)
        ]

    @staticmethod
    def section_text(section, heading=True):
        """Heading, text and every structured string of a section."""
        parts = [section.get("heading") or "" if heading else "", section.get("text") or ""]
        for key, value in section.items():
            if key not in ("heading", "text") and key not in CODE_FIELDS:
                # A blank line after each item of a structured list: two purposes ("ajanvaraus
                # (sopimus)", "hoitojen suunnittelu …") are two items, never one wrapped line;
                # the strings of one item (a rule's data and period) stay together.
                items = value if isinstance(value, list) else [value]
                parts.extend("\n".join(strings(item)) + "\n" for item in items)
        return "\n".join(p for p in parts if p)

    def text_of(self, *kinds):
        return "\n".join(self.section_text(s) for s in self.of_kind(*kinds))

    @cached_property
    def sentences(self):
        """(effective kind, sentence) for every sentence of every section.

        Headings are left out: "Tietojen siirto EU:n ulkopuolelle" over an empty section says
        nothing about transfers.
        """
        found = []
        for section in self.sections:
            kind = effective_kind(section)
            lead = ""
            text = self.section_text(section, heading=False)
            heading = (section.get("heading") or "").strip()
            if heading.endswith("?") and HOW_CONSENT_IS_GIVEN.search(heading):
                # (round 22) "Hur ger jag mitt samtycke till erbjudandena?" over "Genom att
                # komma tillbaka.": the answer is read after its question
                text = f"{heading}\n{text}"
            elif kind == "rights" and heading.endswith("?"):
                # "Kan jag få mina uppgifter raderade?" over "Ja, allt utom fakturorna": the
                # reader's question names the right its answer grants
                text = f"{heading}\n{text}"
            elif (
                kind == "other"
                and _WHERE_QUESTION.match(heading)
                and heading.endswith("?")
                and _FRAGMENT.match(text.strip())
            ):
                # "Mihin voin valittaa?" over "Tietosuojavaltuutetun toimistoon (tietosuoja.fi),
                # jos …": a question no section kind names is read with its answer's first
                # line, which says only the rest of it
                text = f"{heading[:-1].rstrip()}: {text.lstrip()}"
            for part in unwrap(text.split("\n")):
                if not part.strip():
                    continue  # a list may follow its lead-in after a blank line
                item = NUMBERED_ITEM_RE.match(part.lstrip())
                if lead and (part.lstrip().startswith(LIST_MARKS) or item):
                    # "Sinulla on oikeus:" + "- pyytää tietojesi poistamista" (or "1) …"): one
                    # statement.
                    rest = part.lstrip()[item.end() :] if item else part.lstrip(" -–•*")
                    # (round 27) unless the item has a label of its own under a whole sentence:
                    # "Jag har valt en tid för varje slags uppgift:" + "- Deltagarlistor:
                    # kastas när kursen har slutat" says the lists' period, not everything's
                    if not (_OWN_LABEL.match(rest) and len(lead.split()) > 6):
                        part = f"{lead} {rest}"
                    else:
                        part = rest
                else:
                    # "Sinulla on oikeus:" or a bare "Voit" over a list is the list's lead-in.
                    stripped = part.strip()
                    lead = (
                        stripped
                        if stripped.endswith(":")
                        or (len(stripped.split()) <= 3 and not stripped.endswith((".", "!", "?")))
                        else ""
                    )
                said = sentences(part)
                label = _OWN_LABEL.match(part.lstrip(" -–•*")) if kind == "retention" else None
                if label and len(said) > 1:
                    # (round 27) the later sentences of a labelled retention item are about the
                    # label's data: "- Dina kontaktuppgifter: raderas när två säsonger har gått.
                    # En säsong är …, så … raderas uppgifterna efter höstterminen året därpå."
                    said = said[:1] + [
                        f"{label.group(0)}{sentence}"
                        if not _OWN_LABEL.match(sentence) and not self._names_a_group(sentence)
                        else sentence
                        for sentence in said[1:]
                    ]
                found.extend((kind, sentence) for sentence in said)
        return found

    def _names_a_group(self, sentence):
        """Whether a sentence names data of its own ("Inspelningen ligger …", "tas adressen
        bort"), not only "the data" ("raderas uppgifterna efter höstterminen")."""
        from . import lexicon as x  # noqa: PLC0415
        from .lemmas import tokens  # noqa: PLC0415
        from .retention import groups_in  # noqa: PLC0415

        words = tokens(sentence, self.language)
        return bool(groups_in(words)) or not x.ALL_DATA.find(words)

    def sentences_where(self, pattern, kinds=None, exclude=(), affirmative=False):
        """(kind, sentence) pairs matching ``pattern``; ``affirmative`` drops denials."""
        # Rules ask the same question more than once (special categories for two rules), and a
        # notice repeats sentences (a template's lines in every section): each is searched once.
        try:
            key = (pattern, kinds, exclude, affirmative)
            found = self._where.get(key)
        except TypeError:  # kinds given as a list: not remembered
            key, found = None, None
        if found is None:
            hits = {}
            found = []
            for kind, sentence in self.sentences:
                if (kinds is None or kind in kinds) and kind not in exclude:
                    hit = hits.get(sentence)
                    if hit is None:
                        lowered = self._lowered.get(sentence, "")
                        if lowered == "":
                            lowered = self._lowered[sentence] = lowercased(sentence)
                        hit = hits[sentence] = found_in(pattern, sentence, lowered) and not (
                            affirmative and self.denies(sentence)
                        )
                    if hit:
                        found.append((kind, sentence))
            if key is not None:
                self._where[key] = found
        return list(found)

    @cached_property
    def lowered_sentences(self):
        """``sentences``' texts lowercased, in the same order (for plain substring tests)."""
        return [sentence.lower() for _kind, sentence in self.sentences]

    @cached_property
    def _where(self):
        return {}

    @cached_property
    def _lowered(self):
        return {}

    # The Finnish negative verb's first and second persons ("en kirjaa terveystietoja"); in a
    # Swedish notice "en" is an article.
    _FI_PERSONAL_NEGATION = casefree(r"\b(en|enkä|et|etkä|emmekä|ette|ettekä)\b", re.I)

    def denies(self, sentence):
        """Whether a sentence denies what it says ("ei", "inte", "en siirrä")."""
        if v.NEGATION.search(sentence):
            return True
        return self.language == "fi" and bool(self._FI_PERSONAL_NEGATION.search(sentence))

    @cached_property
    def language(self):
        from .lemmas import language_of

        return language_of(self.all_text)

    @cached_property
    def claims(self):
        """What the notice claims, sentence by sentence (claims.py)."""
        from .claims import NoticeClaims  # claims.py reads through this class

        return NoticeClaims(self).claims

    @cached_property
    def _claims_by_kind(self):
        by_kind = {}
        for claim in self.claims:
            by_kind.setdefault((claim.kind, claim.negated), []).append(claim)
        return by_kind

    def claims_of(self, kind, negated=False):
        """The claims of one kind, affirmed (or, with ``negated``, denied)."""
        return list(self._claims_by_kind.get((kind, negated), ()))

    @cached_property
    def all_text(self):
        return "\n".join(strings(self.notice))

    # Purposes and legal bases ----------------------------------------------------------------

    @cached_property
    def purposes(self):
        # (round 31) A template's purpose left as a dash ("4. Ändamålet …" / "–") is none.
        return [
            p
            for p in self.structured("purposes", "purposes")
            if p.get("legal_basis")
            or not (p.get("purpose") or "").strip()
            or re.search(r"\w", p.get("purpose") or "")
        ]

    @cached_property
    def basis_text(self):
        """The purposes' and legal basis sections' text, "without consent" phrases removed."""
        text = self.text_of("purposes", "legal_basis")
        if not text.strip():
            # A notice in prose says its bases where it likes; a retention section's "enligt
            # bokföringslagen" says how long, not on what basis.
            text = "\n".join(
                s for k, s in self.sentences if k not in ("cookies", "recipients", "retention")
            )
        return v.WITHOUT_CONSENT.sub(" ", text)

    @cached_property
    def _consent_basis_text(self):
        """The basis text where a consent may be an Art 6(1)(a) basis. In a notice in prose,
        a consent in the sources section conditions where data is fetched from ("B-lausunnon
        saan suostumuksellasi Kanta-palveluista", "som vi med ditt samtycke hämtar från
        Kanta"): that is the source of the data (GDPR Art 14(2)(f)), not a purpose's basis
        (Art 6(1)), so it asks no withdrawal of a basis (Art 13(2)(c))."""
        if self.text_of("purposes", "legal_basis").strip():
            return self.basis_text
        return v.WITHOUT_CONSENT.sub(
            " ",
            "\n".join(
                s for k, s in self.sentences if k not in ("cookies", "recipients", "sources")
            ),
        )

    @cached_property
    def bases(self):
        """GDPR Art 6(1) letters the notice rests on: structured, or named in its text."""
        found = {p.get("legal_basis") for p in self.purposes if p.get("legal_basis")}
        for letter, pattern in v.BASIS_WORDS.items():
            if letter == "a":
                # "Käsittely ei perustu suostumukseen" rests nothing on consent.
                if any(
                    pattern.search(s) and not v.NEGATION.search(s)
                    for line in self._consent_basis_text.split("\n")
                    for s in sentences(line)
                ):
                    found.add(letter)
            elif pattern.search(self.basis_text):
                found.add(letter)
        return found

    @cached_property
    def bases_for_rights(self):
        """The stated bases, and contract where a purpose is plainly one (a booking, a client
        relationship, a commission) whatever basis the notice gives it."""
        found = set(self.bases)
        if v.IMPLIED_CONTRACT.search(self.text_of("purposes")):
            found.add("b")
        # A purpose read from a sentence in any section ("Tietoja käytetään ajanvarauksiin" in
        # prose), and booking or buying taken as consent: the processing the service needs
        # rests on the contract (GDPR Art 6(1)(b); EDPB 05/2020 §3.1.2), so Art 20 applies.
        if any(v.IMPLIED_CONTRACT.search(c.sentence) for c in self.claims_of("purpose")):
            found.add("b")
        if self.claims_of("consent_by_conduct"):
            found.add("b")
        return found

    @cached_property
    def direct_marketing(self):
        """Whether a purpose is direct marketing ("Tietoja ei käytetä markkinointiin" is not)."""
        return bool(
            self.sentences_where(
                v.DIRECT_MARKETING, kinds=("purposes", "legal_basis"), affirmative=True
            )
        )

    def marketing_needs_objection(self):
        """Direct marketing on a basis other than consent (GDPR Art 21(2)–(3)).

        Marketing that rests on consent ends when consent is withdrawn (Art 7(3)); marketing on
        any other basis, or on none stated, must offer the right to object.
        """
        marketing = [
            p
            for p in self.purposes
            if v.DIRECT_MARKETING.search(p.get("purpose") or "")
            and not v.NEGATION.search(p.get("purpose") or "")
        ]
        if any(p.get("legal_basis") not in ("", None, "a") for p in marketing):
            return True
        if any(p.get("legal_basis") == "a" for p in marketing):
            return False
        if not self.direct_marketing:
            return False
        # No basis given with the marketing purpose: consent named beside it is enough.
        marketing_sentences = self.sentences_where(
            v.DIRECT_MARKETING, kinds=("purposes", "legal_basis"), affirmative=True
        )
        return not any(v.BASIS_WORDS["a"].search(s) for _kind, s in marketing_sentences) and (
            "a" not in self.bases
        )

    # Rights ----------------------------------------------------------------------------------

    @cached_property
    def stated_rights(self):
        """The Art 15–21 rights the notice states, structured or in words."""
        found = {r.get("right") for r in self.structured("rights", "rights")}
        found |= {c.subject for c in self.claims_of("right")}
        # Lowered once, read by patterns without IGNORECASE: the same matches, several times
        # faster over a long notice.
        lowered = [(k, s.lower()) for k, s in self.sentences]
        rights_sentences = [s for k, s in lowered if k == "rights"]
        negation = v.NEGATION_LOWERED
        for right, pattern in v.RIGHT_WORDS_LOWERED.items():
            # Any mention in the rights section, unless denied there ("Journalanteckningar kan
            # inte raderas på begäran" offers no erasure).
            if any(
                not negation.search(sentence[max(0, m.start() - 30) : m.start()])
                for sentence in rights_sentences
                for m in pattern.finditer(sentence)
            ):
                found.add(right)
                continue
            strict = v.RIGHT_WORDS_STRICT_LOWERED[right]
            for kind, sentence in lowered:
                if kind in v.NOT_RIGHTS_KINDS or kind == "rights":
                    continue
                match = strict.search(sentence)
                # "Hoitomerkintöjä ei poisteta pyynnöstä" states a limit, not the right; "voit
                # pyytää poistamista siltä osin kuin laki ei velvoita …" states the right.
                if (
                    match
                    and v.RIGHT_CONTEXT_LOWERED.search(sentence)
                    and not negation.search(sentence[max(0, match.start() - 30) : match.start()])
                ):
                    found.add(right)
                    break
        return found

    def states_withdrawal(self):
        if any(r.get("right") == "withdraw_consent" for r in self.structured("rights", "rights")):
            return True
        if v.WITHDRAWAL.search(self.text_of("rights")):
            return True
        # "… grunden är samtycket. Du kan återkalla det när som helst": the pronoun withdraws
        # the consent the sentence before names (GDPR Art 7(3)).
        previous = ""
        for _kind, sentence in self.sentences:
            if (
                _WITHDRAWS_IT.search(sentence.lower())
                and v.WITHDRAWAL.search(sentence)
                and v.BASIS_WORDS["a"].search(previous)
            ):
                return True
            previous = sentence
        return any(
            # "Voit perua tilauksen jokaisen viestin linkistä": cancelling a subscription
            # withdraws the consent it rests on.
            v.BASIS_WORDS["a"].search(s)
            or "uutiskir" in s.lower()
            # (round 17) a permission withdrawn: "Luvan voit perua milloin vain vastaamalla
            # viestiin LOPETA", "Tillståndet kan du ta tillbaka"
            or re.search(r"\b(lupa\w*|luvan|tillstånd\w*|tillåtelse\w*|permission)\b", s.lower())
            or (
                re.search(r"tilau|prenumer|nyhetsbrev|subscri|newsletter", s.lower())
                # offered to the person, not a retention criterion ("kunnes tilaus perutaan")
                and re.search(
                    r"\bvoit\b|\bdu kan\b|\byou can\b|milloin tahansa|när som helst"
                    r"|at any time|linki|länk|\blink",
                    s.lower(),
                )
            )
            for _kind, s in self.sentences_where(v.WITHDRAWAL, exclude=("cookies",))
        ) or any(
            # (round 22) "Svara STOPP på vilket sms som helst", "Viestit voi lopettaa milloin
            # tahansa vastaamalla LOPETA": a stop word answered to the messages withdraws the
            # consent they were sent on (GDPR Art 7(3))
            re.search(
                r"\b(sms|tekstiviest|viest|meddeland|erbjud|tarjou|messages?|texts?)", s.lower()
            )
            for _kind, s in self.sentences_where(v.STOP_WORD_REPLY, exclude=("cookies",))
        )

    def states_complaint_right(self):
        if any(r.get("right") == "complaint" for r in self.structured("rights", "rights")):
            return True
        # (round 31) The authority named only as where to read more ("Lisätietoa oikeuksistasi
        # löydät Tietosuojavaltuutetun sivuilta", "Mer information finns på dataombudsmannens
        # webbplats") tells no one they may complain to it (GDPR Art 13(2)(d), 77).
        # (A complaint said in a sentence of its own, "Voit tehdä valituksen.", before the
        # pointer to the authority's site, is one.)
        rights_text = self.text_of("rights")
        if v.AUTHORITY.search(rights_text):
            named = [s for kind, s in self.sentences if kind == "rights" and v.AUTHORITY.search(s)]
            # (round 32) a complaint word said of complaints made to the keeper ("Har du
            # klagomål …, kontakta oss i första hand") offers no complaint to the authority
            complaints = [
                s
                for kind, s in self.sentences
                if kind == "rights" and v.COMPLAINT_WORD.search(s) and not _TO_THE_KEEPER.search(s)
            ]
            if not named or not all(_only_points_to_the_authority(s) for s in named) or complaints:
                return True
        return any(
            v.COMPLAINT_ACT.search(s) and not _only_points_to_the_authority(s)
            for _kind, s in self.sentences_where(v.AUTHORITY)
        )

    # Special categories ----------------------------------------------------------------------

    def special_categories(self):
        """Sentences that say Art 9 data is processed, and structured special categories."""
        structured = [
            c for c in self.structured("data_content", "categories") if c.get("special_category")
        ]
        # Where a notice says what it processes; "peruutus sairauden vuoksi" in booking terms
        # is not health data.
        said = [
            (kind, sentence)
            for kind, sentence in self.sentences_where(
                v.SPECIAL_CATEGORY,
                kinds=("data_content", "purposes", "legal_basis", "sources", "retention", "other"),
                affirmative=True,
            )
            # "lemmikin lääkitys ja sairaudet": an animal's health is no person's (Art 9).
            if not _ANIMAL_OWNER.search(sentence)
            # Outside the data list, health is data when it is asked, noted or processed: "Jos
            # sinulla on flunssan oireita, siirrä aikaa" is a booking term, "Valmennus sopii
            # raskauden aikana" a description of the service.
            and (kind == "data_content" or _RECORDED.search(sentence))
        ]
        if said:
            # "… kerro siitä minulle suullisesti. En kirjaa sitä mihinkään.": said, then not
            # recorded (the sentence after denies it by a pronoun)
            # (round 18) or two sentences after, in the same section ("Kerrotko opettajalle
            # vammasta? Voit kertoa sen suullisesti. Emme kirjaa sitä mihinkään.")
            after = {}
            padded = [*self.sentences[1:], (None, ""), (None, "")]
            for index, (kind, sentence) in enumerate(self.sentences):
                following = padded[index : index + 2]
                later = [s for k, s in following if k == kind]
                after.setdefault(sentence, " ".join(later) if later else following[0][1])
            said = [(k, s) for k, s in said if not v.NOT_RECORDED.search(after.get(s, ""))]
        if (
            said
            and any(_IF_MENTIONED.match(s) for _k, s in said)
            and len(said) < len(self.sentences_where(v.SPECIAL_CATEGORY))
        ):
            # "Jag behandlar inga hälsouppgifter. Om du nämner en graviditet, antecknar jag bara
            # storlekarna": beside a denial, what the person may mention is not recorded.
            said = [(k, s) for k, s in said if not _IF_MENTIONED.match(s)]
        return structured, said
