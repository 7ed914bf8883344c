"""Import an old plain-text tietosuojaseloste into the structured notice (issue 6).

``import_text`` turns the text into a ``wagtail-seloste/1`` notice dict: headings become
sections of the matching kind, contact details become the controller's and the contact
person's fields, the latest "Päivitetty" date becomes ``updated``, cookies and purposes with
their legal bases become structured entries. Nothing is lost: every line of the text is in the
result, in a heading, a section's text or a structured field (docs/importing.md).
"""

import itertools
import re

from django.utils import translation
from django.utils.translation import gettext as _

from ..check.spelling import Restored
from ..json_format import MAX_ITEMS, MAX_LINE_CHARS, MAX_TEXT_BYTES, SCHEMA, NoticeFormatError
from ..sections import default_heading
from ..sentences import split
from .controller import PERSON_FIELDS, Contact, person_start, read_contact
from .cookies import categories_of, prose_cookies, read_cookies
from .data_content import read_requirement
from .dates import date_line, latest_update
from .findings import ImportFinding
from .headings import (
    TITLE,
    HeadingDetector,
    fold,
    heading_kind,
    heading_kinds,
    is_uppercase,
    split_number,
)
from .lines import Line, has_formatting, normalise, split_lines, to_html, to_text
from .purposes import ITEM_RE, attach_bases, bookkeeping_only, legal_bases, read_purposes
from .retention import read_rules

__all__ = ["import_text"]

BREADCRUMB_MARKS = ("»", "›", " > ", " / ")
PERSON_KINDS = ("contact_person", "dpo")
CONTROLLER_KEYS = (
    "name",
    "business_id",
    "address",
    "postal_code",
    "city",
    "email",
    "phone",
    "website",
)


class _Section:
    def __init__(self, kind, heading, lines):
        self.kind = kind
        self.heading = heading
        self.lines = lines
        self.used = set()  # numbers of lines held in structured fields
        self.fields = {}

    def as_dict(self):
        body = [line for line in self.lines if line.number not in self.used]
        data = {"kind": self.kind, "heading": self.heading, "text": to_text(body)}
        if has_formatting(body):
            # Bold and links as rich text; ``text`` stays plain for the completeness check.
            data["html"] = to_html(body)
        return {**data, **self.fields}


def _display_case(text):
    """UPPERCASE headings and titles in sentence case; short acronyms (EU, ETA) kept."""
    if not is_uppercase(text):
        return text
    result = []
    for word in text.split(" "):
        # "EU:N", "EU/ETA", "GDPR": every run of letters before a colon an acronym.
        acronym, colon, ending = word.partition(":")
        runs = fold(acronym).split()
        if runs and all(run in _ACRONYMS for run in runs):
            result.append(acronym + colon + ending.lower())  # "EU:N" → "EU:n"
        else:
            result.append(word.lower())
    text = " ".join(result)
    return text[:1].upper() + text[1:]


_ACRONYMS = {"eu", "eta", "ety", "ees", "gdpr", "usa", "sms", "dpf"}


# A page's title fits its column (255 characters) with room to spare.
MAX_TITLE_CHARS = 200


def _title_like(text):
    """A line that is the notice's title: names it, is short, and fits the page's title."""
    if text.rstrip().endswith(".") and len(text.split()) > 6:
        # "Att anlita våra tjänster innebär att du accepterar denna dataskyddsbeskrivning.": a
        # sentence that names the notice is no title.
        return False
    return len(text) <= MAX_TITLE_CHARS and len(text.split()) <= 10 and heading_kind(text) == TITLE


# A page banner or navigation copied with the notice sits above the notice's own title.
TITLE_SEARCH_LINES = 20


def _title_end(lines):
    """The number of lines up to the notice's own title near the top, 0 when there is none.

    Navigation copied from a web page ("Etusivu", "Palvelut", "Yhteystiedot") comes before the
    title; a menu's "Yhteystiedot" must not become the controller section.
    """
    end = 0
    for index, line in enumerate(lines[:TITLE_SEARCH_LINES]):
        if split_number(line.text)[0] is not None:
            break  # numbered headings have begun
        if _title_like(line.text):
            end = index + 1
    return end


def _split(lines):
    """(preamble lines, [(Heading, body lines)])."""
    detector = HeadingDetector(lines)
    start = _title_end(lines)
    preamble, parts = lines[:start], []
    for index in range(start, len(lines)):
        line = lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else None
        heading = detector.detect(line, following)
        if heading is not None:
            # "Rekisterinpitäjä: Firma Oy": the text after the heading is the first line.
            body = [Line(heading.body, line.number)] if heading.body else []
            parts.append((heading, body))
        elif parts:
            parts[-1][1].append(line)
        else:
            preamble.append(line)
    return preamble, parts


def _split_contact_person(sections):
    """Give the contact person inside a controller section a section of their own."""
    if any(section.kind == "contact_person" for section in sections):
        return
    for position, section in enumerate(sections):
        if section.kind != "controller":
            continue
        start = person_start(section.lines)
        if start is None:
            continue
        lines = section.lines[start:]
        section.lines = section.lines[:start]
        heading = str(default_heading("contact_person"))
        if fold(lines[0].item) in ("yhteyshenkilo", "rekisteriasioista vastaava"):
            heading, lines = lines[0].item, lines[1:]  # "Yhteyshenkilö" on its own line
        sections.insert(position + 1, _Section("contact_person", heading, lines))
        return


# Statements that are their own sections whatever heading they stand under (issue 18): what is
# disclosed (GDPR Art 13(1)(e)) and what is transferred outside the EU/EEA (Art 13(1)(f)).
APART = {
    "transfers": re.compile(
        r"ulkopuol|kolmansiin maihin|kolmanteen maahan|utanför (eu|ees|eu/ees)|tredje land"
        r"|outside the (eu|eea|european)|third countr",
        re.IGNORECASE,
    ),
    "recipients": re.compile(
        r"luovut|vastaanottaj|lämnas (inte )?ut|lämnar (inte )?ut|utlämn|mottagare|disclos"
        r"|recipient",
        re.IGNORECASE,
    ),
}
SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])")


# "Ystävällisin terveisin", "Med vänlig hälsning": a letter's closing, after which the writer
# signs with the business's name and contacts.
_SIGN_OFF = re.compile(
    r"^(ystävällisin terveisin|parhain terveisin|lämpimin terveisin|terveisin|yhteistyöterveisin"
    r"|med vänlig(a)? hälsning(ar)?|vänliga hälsningar|varma hälsningar|bästa hälsningar"
    r"|hälsningar|mvh|best regards|kind regards|warm regards|regards|sincerely)[,.!]?$",
    re.IGNORECASE,
)


def _signature(sections):
    """A notice without a controller section that ends in a signature ("Ystävällisin
    terveisin / Tuulikki Harju / Uraohjaus Tuulikki, Y-tunnus … / osoite / sähköposti"): the
    signature is the controller's section (GDPR Art 13(1)(a): who the controller is and how to
    reach it), under the controller's heading."""
    last = sections[-1] if sections else None
    if last is None:
        return None
    before = sections[-2] if len(sections) > 1 else None
    if last.kind == "other" and _SIGN_OFF.match((last.heading or "").strip()) and last.lines:
        # the closing taken for a heading, the signature its text
        if len(last.lines) <= 7:
            last.kind = "controller"
            last.heading = str(default_heading("controller"))
            return last
        return None
    if (
        before is not None
        and last.kind == "other"
        and before.lines
        and _SIGN_OFF.match(before.lines[-1].text.strip())
        and len(last.lines) <= 7
    ):
        # the name under the closing taken for a heading ("Ystävällisin terveisin" / "Maija
        # Malli" / the business and its contacts)
        del before.lines[-1]
        number = last.lines[0].number - 1 if last.lines else 0
        signed = [Line(last.heading, number), *last.lines]
        sections[-1] = _Section("controller", str(default_heading("controller")), signed)
        return sections[-1]
    for index, line in enumerate(last.lines):
        if _SIGN_OFF.match(line.text.strip()):
            signed = last.lines[index + 1 :]
            if not signed or len(signed) > 8:
                return None
            del last.lines[index:]
            section = _Section("controller", str(default_heading("controller")), signed)
            sections.append(section)
            return section
    return None


_FOOTNOTE_MARK = re.compile(r"\s*([¹²³⁴⁵⁶⁷⁸⁹]+|\*{1,3})\s*[.;]?$")


def _footnoted_bases(purposes, sections):
    """A purpose that ends in a footnote mark ("att boka tider ¹") takes the basis the footnote
    names ("¹ Avtal (art. 6.1 b) …"), when the footnote names exactly one (GDPR Art 13(1)(c)).
    A footnote that takes conduct for consent names no basis here: the check reports it."""
    notes = {}
    for section in sections:
        for line in section.lines:
            text = line.text.strip()
            mark = re.match(r"([¹²³⁴⁵⁶⁷⁸⁹]+|\*{1,3})\s*(.+)", text)
            if mark:
                notes.setdefault(mark.group(1), mark.group(2))
    if not notes:
        return purposes
    for purpose in purposes:
        if purpose.get("legal_basis"):
            continue
        mark = _FOOTNOTE_MARK.search(purpose.get("purpose") or "")
        note = notes.get(mark.group(1)) if mark else None
        bases = legal_bases(note) if note else []
        if len(set(bases)) == 1:
            purpose["legal_basis"] = bases[0]
    return purposes


def _questions_under(sections):
    """A heading with no text of its own over questions ("Sinun oikeutesi – kysymyksiä ja
    vastauksia" over "Voinko pyytää, että tietoni poistetaan?" …): the questions and their
    answers are its text, not other information (issue 18: a right asked as a question and
    answered "Voit." is offered)."""
    position = 0
    while position < len(sections):
        section = sections[position]
        if section.kind == "other" or section.lines:
            position += 1
            continue
        following = position + 1
        while (
            following < len(sections)
            and sections[following].kind == "other"
            and (sections[following].heading or "").rstrip().endswith("?")
        ):
            question = sections.pop(following)
            number = question.lines[0].number - 1 if question.lines else 0
            section.lines.append(Line(question.heading, number, after_blank=True))
            section.lines.extend(question.lines)
        position += 1


def _rights_questions(sections):
    """A question that names no kind in a run of questions about rights ("Voinko nähdä, mitä
    minusta on kirjattu?", then "Entä jos jokin tieto on väärin?", "Voitko poistaa tietoni?",
    "Mihin voin valittaa?") is about rights too: its answer ("Kerro, niin korjaan sen.") offers
    the right it asks about (GDPR Art 13(2)(b)–(d))."""
    run = False  # in a run of questions that a rights heading began
    for before, section in zip(sections, sections[1:], strict=False):
        question = (section.heading or "").rstrip().endswith("?")
        if before.kind == "rights" and (
            (before.heading or "").rstrip().endswith("?") or not before.lines
        ):
            run = True
        if not question or section.kind not in ("other", "rights"):
            run = False
        # a question about one's data or a request ("Mitä tapahtuu, jos lopetan
        # valmennuksen?" is about the service, and stays other information)
        if run and section.kind == "other" and _ABOUT_ONES_DATA.search(fold(section.heading)):
            section.kind = "rights"


_ABOUT_ONES_DATA = re.compile(
    r"tieto|tiedo|uppgift|\bdata\b|pyyn|pyyd|begar|request|valit|klag|complain|virhe|\bfel|vaarin"
    r"|korja|ratta|correct|poist|radera|delete|erase"
    # what a request costs, and where to turn when dissatisfied
    r"|maks|kost|avgift|\bfee|\bcost|charg|tyytymat|missnoj|unhappy|dissatisf"
)


def _processors_named(sections):
    """A second controller section that names the processors and no contact detail ("Vem
    behandlar uppgifterna? / Följande tjänsteleverantörer behandlar dem för vår räkning som
    personuppgiftsbiträden: …") answers who receives the data: the recipients section (GDPR
    Art 13(1)(e))."""
    controllers = [s for s in sections if s.kind == "controller"]
    for section in controllers[1:]:
        text = " ".join(line.item for line in section.lines)
        if _PROCESSORS.search(text) and not re.search(r"@|\d{3}|\(at\)", text):
            section.kind = "recipients"


_PROCESSORS = re.compile(
    r"personuppgiftsbiträd|henkilötietojen käsittelij|käsittelijä\w* ominaisuudessa"
    r"|för (vår|min) räkning|puolestamme|puolestani|on (our|my) behalf|\bprocessors?\b",
    re.IGNORECASE,
)


def _keep_apart(sections):
    """Give disclosures and transfers sections of their own when a heading names them beside
    another kind ("Rekisterin tietosisältö ja tietojen luovutukset", "Luovutukset ja siirrot"):
    the sentences about them move to a section of their kind under the same heading, so the
    notice's structure says what its text says. Nothing is lost: every sentence stays, in one
    section or the other."""
    position = 0
    while position < len(sections):
        section = sections[position]
        kinds = heading_kinds(section.heading or "")
        # A heading that names disclosures or transfers beside another kind: both are read
        # out of its text (a data content section's "ei siirretä EU:n ulkopuolelle" too).
        named = any(k in kinds and k != section.kind for k in APART) and len(kinds) > 1
        others = [k for k in APART if k != section.kind] if named else []
        if section.kind in ("controller", "contact_person", "dpo") or not others:
            position += 1
            continue
        moved = {kind: [] for kind in others}
        kept = []
        for line in section.lines:
            parts = split(line.text, SENTENCE_SPLIT_RE) if not line.bullet else [line.text]
            stay = []
            for part in parts:
                target = next((k for k in others if APART[k].search(part)), None)
                if target:
                    moved[target].append(Line(part, line.number, after_blank=True))
                else:
                    stay.append(part)
            if stay:
                if len(stay) == len(parts):
                    kept.append(line)
                else:
                    kept.append(Line(" ".join(stay), line.number, after_blank=line.after_blank))
        if not any(moved.values()) or not kept:
            position += 1
            continue
        section.lines = kept
        order = [k for k in ("recipients", "transfers") if k in others and moved[k]]
        for offset, kind in enumerate(order):
            sections.insert(position + 1 + offset, _Section(kind, section.heading, moved[kind]))
        position += 1


HEADER_FIELDS = ("business_id", "email", "postal_code", "address", "phone")


def _read_header(section, business):
    """Fill the controller's missing fields from a page header above the first heading.

    "Kahvila Kanelikorppu | Y-tunnus 2482199-7 | Torikatu 2, 80100 Joensuu | hei@…": read only
    when the header gives contact details, so a banner's slogan never becomes the name.
    """
    header = read_contact(section.lines)
    if not any(getattr(header, key) for key in HEADER_FIELDS):
        return
    if business.business_id and header.business_id and header.business_id != business.business_id:
        return  # another business's details (a partner, a platform): not the controller's
    for key in CONTROLLER_KEYS:
        if not getattr(business, key) and getattr(header, key):
            setattr(business, key, getattr(header, key))
    # The header's lines leave the text only when the controller holds all they said.
    if all(getattr(header, key) in ("", getattr(business, key)) for key in CONTROLLER_KEYS):
        section.used |= header.accounted


def _title(preamble, headings):
    """The notice's title from the preamble, and the preamble lines left for the intro.

    A page banner repeats the title and the headings; repeated lines appear once in the result
    (as the title or a heading), so they are not kept twice.
    """
    title = None
    for line in preamble:
        if _title_like(line.text) and not any(m in line.text for m in BREADCRUMB_MARKS):
            title = line.text
            break
    # The same words, not only the same letters: "_ga – Google" and "_ga (Google)" both stay.
    seen = {normalise(heading).casefold() for heading in headings}
    if title:
        seen.add(normalise(title).casefold())
    rest = []
    for line in preamble:
        key = line.text.casefold()
        if line.text == title or key in seen:
            continue
        seen.add(key)
        rest.append(line)
    return _display_case(title) if title else str(_("Privacy notice")), rest


COOKIE_LABEL_RE = re.compile(r"^\s*(evästeet|kakor|cookies)\s*:", re.IGNORECASE)
# (round 20) a sentence of another section that names a cookie by its name beside a cookie
# word ("… räknar jag besöken med Matomo (kakan _pk_id, livslängd 13 månader)", "Om kakor: …
# Google Analytics-kakorna _ga och _ga_* …") declares it as a labelled line does; a line that
# denies anything is left to the text ("Emme käytä _ga-evästeitä").
COOKIE_WORD_RE = re.compile(r"eväste|\bkak(a|an|or|orna)\b|-kak|cookie", re.IGNORECASE)
DENIAL_RE = re.compile(
    r"\b(emme|ei|eikä|eivät|inte|inga|ingen|aldrig|not|never|no)\b", re.IGNORECASE
)


def _names_a_cookie(line):
    return bool(
        COOKIE_WORD_RE.search(line.text)
        and not DENIAL_RE.search(line.text)
        and prose_cookies(line.item)
    )


# The words the importer adds (an "Introduction" heading, cookie category names) are in the
# notice's language, Finnish or Swedish, whatever the language of the admin user importing.
NOTICE_LANGUAGE = "fi"
# Words only one of the two languages uses often: a notice is Swedish when it has more of the
# Swedish ones (dataskyddsbeskrivning, registerbeskrivning).
SWEDISH_WORDS_RE = re.compile(
    r"\b(?:och|att|för|som|är|av|med|på|till|uppgifter(?:na)?|personuppgifter(?:na)?|vi|du|"
    r"dina|inte|eller)\b",
    re.IGNORECASE,
)
FINNISH_WORDS_RE = re.compile(
    r"\b(?:ja|on|tai|sekä|tiedot|tietoja|henkilötiedot|henkilötietoja|ei|että|voi|tietojen)\b",
    re.IGNORECASE,
)
SAMPLE_CHARS = 20_000


def notice_language(text):
    """ "sv" for a Swedish notice, else "fi": the language of the words the importer adds."""
    sample = text[:SAMPLE_CHARS]
    swedish = len(SWEDISH_WORDS_RE.findall(sample))
    return "sv" if swedish > len(FINNISH_WORDS_RE.findall(sample)) else NOTICE_LANGUAGE


def check_text(text):
    """Refuse a text that is not a notice: empty, binary, too large, or with a giant line.

    Raises NoticeFormatError with a message that says what to fix.
    """
    if not (text or "").strip():
        raise NoticeFormatError(_("The text is empty. Paste or upload the text of the notice."))
    if len(text) > MAX_TEXT_BYTES:  # characters: never fewer than the bytes of UTF-8
        raise NoticeFormatError(
            _("The text is longer than %(size)s kB; a notice is much shorter. Check the file.")
            % {"size": MAX_TEXT_BYTES // 1024}
        )
    if "\x00" in text:
        raise NoticeFormatError(
            _("The file holds binary data, not text. Save the notice as plain text (.txt).")
        )
    for number, line in enumerate(text.splitlines(), start=1):
        if len(line) > MAX_LINE_CHARS:
            raise NoticeFormatError(
                _(
                    "Line %(number)s is %(length)s characters long; a notice's lines are at most "
                    "%(limit)s. Check that the file holds the text of the notice."
                )
                % {"number": number, "length": len(line), "limit": MAX_LINE_CHARS}
            )


def import_text(text, findings=None, field=None):
    """The notice dict (wagtail-seloste/1) of a plain-text notice.

    ``findings``, a list, receives ``ImportFinding`` notes for the owner: headings the importer
    was unsure of, retention sentences without a starting point. ``field`` is the business's
    field as the owner gave it ("massage", "coaching", … ``FIELDS`` of the check): it becomes
    the notice's ``field``, which the completeness check reads (without it, the check infers
    the field from the text). Raises NoticeFormatError when the text is not a notice
    (``check_text``).
    """
    check_text(text)
    # (round 33) a notice typed without å, ä and ö is read with them put back, and its text is
    # kept as written
    restored = Restored(text)
    with translation.override(notice_language(text)):
        notice, notes = _import(restored.notice, restored.as_written)
    notice = restored.written(notice)
    if field:
        notice["field"] = field
    if findings is not None:
        findings.extend(notes)
    return notice


def _import(text, as_written=str):
    """(notice, notes) of ``text``; ``as_written`` gives back a quote of it as the owner typed
    it (the text read may have had its letters put back), for the notes that quote it."""
    notes = []
    lines = split_lines(text)
    if not lines:
        raise NoticeFormatError(_("The text is empty. Paste or upload the text of the notice."))
    preamble, parts = _split(lines)
    title, intro = _title(preamble, [heading.text for heading, _body in parts])
    updated = latest_update(lines, preamble)

    sections = []
    if intro:
        sections.append(_Section("other", str(_("Introduction")), intro))
    for heading, body in parts:
        text = _display_case(heading.text.rstrip(":").strip())
        sections.append(_Section(heading.kind or "other", text, body))
        if heading.kind is None and heading.likely:
            notes.append(
                ImportFinding(
                    "import-unsure-heading",
                    _(
                        "The heading “%(heading)s” was kept as other information: it may be "
                        "about “%(kind)s”. If it is, change the section to that kind."
                    )
                    % {"heading": as_written(text), "kind": default_heading(heading.likely)},
                    section=as_written(text),
                )
            )
    if not parts and not intro:
        sections.append(_Section("other", str(_("Imported text")), []))

    _questions_under(sections)
    _rights_questions(sections)
    _processors_named(sections)
    _split_contact_person(sections)
    _keep_apart(sections)
    intro_section = sections[0] if intro else None
    if not any(s.kind == "controller" for s in sections):
        _signature(sections)
    controller_sections = [s for s in sections if s.kind == "controller"] or (
        [intro_section] if intro_section else []
    )
    business = None
    for section in controller_sections:
        business = read_contact(section.lines, contact=business)
        section.used |= business.accounted
    business = business or Contact()
    if intro_section is not None and intro_section not in controller_sections:
        _read_header(intro_section, business)
    controller = {key: getattr(business, key) for key in CONTROLLER_KEYS}

    people = []
    for section in sections:
        if section.kind in PERSON_KINDS:
            contact = read_contact(section.lines, PERSON_FIELDS)
            section.used |= contact.accounted
            section.fields["person"] = contact.person()
            people.append(contact)
    # A sole trader's contact person is the controller's contact (GDPR Art 13(1)(a)).
    for contact in people:
        for key in ("email", "phone"):
            if not controller.get(key) and getattr(contact, key):
                controller[key] = getattr(contact, key)

    # "Tietojen käsittely ja oikeusperusteet" listing "Tilaukset: sopimus": with no purposes
    # section elsewhere, the legal-basis section holds the purposes, each with its basis.
    if not any(s.kind == "purposes" for s in sections):
        for section in sections:
            if section.kind == "legal_basis":
                purposes, _used = read_purposes(section.lines)
                if len(purposes) > 1 and all(
                    p["legal_basis"] or bookkeeping_only(p["purpose"]) for p in purposes
                ):
                    section.kind = "purposes"
                break
    purposes_sections = [s for s in sections if s.kind == "purposes"]
    legal_lines = [line for s in sections if s.kind == "legal_basis" for line in s.lines]
    for section in purposes_sections:
        purposes, used = read_purposes(section.lines)
        if len(purposes) > MAX_ITEMS:
            purposes, used = [], set()  # not a list of purposes: the text stays as it is
        section.used |= used
        # Lazily: attach_bases reads a bounded number of sentences, so a long notice with
        # many sections imports in linear time.
        # The other purposes' own lines are not a basis for this one: "asiakastyytyväisyys-
        # kyselyt" in a list where the other items say "– sopimus" has no basis (issue 18).
        own = [line for line in section.lines if not (line.bullet or ITEM_RE.match(line.text))]
        basis_lines = itertools.chain(own, legal_lines)
        section.fields["purposes"] = _footnoted_bases(attach_bases(purposes, basis_lines), sections)

    for section in sections:
        if section.kind == "retention":
            unstarted = []
            section.fields["rules"] = read_rules(section.lines, unstarted)[:MAX_ITEMS]
            for sentence in unstarted:
                notes.append(
                    ImportFinding(
                        "import-retention-without-start",
                        _(
                            "“%(sentence)s” gives a retention period but not when it starts (the "
                            "last visit, the end of the customer relationship, the end of the "
                            "financial year…). Choose the starting point of the rule."
                        )
                        % {"sentence": as_written(sentence)},
                        section=as_written(section.heading),
                    )
                )
        if section.kind == "data_content":
            requirement, used = read_requirement(section.lines)
            section.used |= used
            section.fields["requirement"] = requirement

    # Every cookie section is read (round 31: a site builder's cookie plugin pastes its table
    # under a heading of its own, "Evästeluettelo", after the prose "Evästeet"); a cookie
    # named in two of them (a sentence, then the table) is declared once, by the one that
    # tells more, and the first section holds the categories of them all.
    cookies = []
    cookie_sections = [s for s in sections if s.kind == "cookies"]
    for section in cookie_sections:
        _categories, found, used = read_cookies(section.lines)
        if len(found) > MAX_ITEMS:
            found, used = [], set()
        section.used |= used
        section.fields["categories"] = []
        for cookie in found:
            held = next((c for c in cookies if c["name"].lower() == cookie["name"].lower()), None)
            if held is None:
                if len(cookies) < MAX_ITEMS:
                    cookies.append(cookie)
            elif _tells_more(cookie, held):
                cookies[cookies.index(held)] = cookie
    if cookie_sections:
        cookie_sections[0].fields["categories"] = categories_of(cookies)

    # A notice without a cookie heading may still declare its cookies on a labelled line of
    # another section ("Evästeet: välttämättömät …, analytiikkaevästeet (_ga, _ga_*) vain
    # suostumuksella."): the cookies it names are declared (917/2014 205 §); the line stays in
    # the text.
    if not any(s.kind == "cookies" for s in sections):
        # A cookie named in several sections (or in several notices pasted one after another)
        # is declared once, and never more than a notice may hold.
        named = set()
        for section in sections:
            labelled = [
                line
                for line in section.lines
                if COOKIE_LABEL_RE.match(line.text) or _names_a_cookie(line)
            ]
            if labelled:
                _categories, found, _used = read_cookies(labelled)
                for cookie in found if len(found) <= MAX_ITEMS else ():
                    if cookie["name"].lower() not in named and len(cookies) < MAX_ITEMS:
                        named.add(cookie["name"].lower())
                        cookies.append(cookie)
        if cookies:
            # The cookies declared need their categories, which a cookies section holds (the
            # banner asks for them): one without text of its own, its sentences staying where
            # the owner wrote them.
            section = _Section("cookies", str(default_heading("cookies")), [])
            section.fields["categories"] = categories_of(cookies)
            sections.append(section)

    # A line that only says "Päivitetty 25.7.2023" is the ``updated`` date itself.
    for section in sections:
        for line in section.lines:
            if updated and date_line(line.text) == updated:
                section.used.add(line.number)

    result_sections = [section.as_dict() for section in sections]
    if intro_section is not None and not result_sections[0]["text"]:
        result_sections.pop(0)
    notice = {
        "schema": SCHEMA,
        "title": title,
        "updated": updated.isoformat() if updated else None,
        "controller": {key: normalise(controller.get(key, "")) for key in CONTROLLER_KEYS},
        "sections": result_sections,
        "cookies": cookies,
    }
    return notice, notes


def _tells_more(cookie, held):
    """Whether a cookie's second declaration tells more than the first (a table row after the
    sentence that named it: a duration, a provider or a purpose the sentence did not give)."""
    return sum(bool(cookie.get(k)) for k in ("duration", "provider", "purpose")) > sum(
        bool(held.get(k)) for k in ("duration", "provider", "purpose")
    )
