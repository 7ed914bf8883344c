"""What a notice claims, sentence by sentence: the reader of the completeness check.

``read_claims(notice)`` turns a notice dict (``json_format.notice_to_dict`` or
``importer.import_text``) into ``Claim`` objects. Each claim keeps the sentence it came from
and the kind of the section that sentence stands in, so the editor can show the owner what the
check read ("what the check read") and each finding the sentences it rests on. The reader reads
words as lemmas (lemmas.py, lexicon.py) and reads negation and its scope: "Tietoja ei
luovuteta" claims no recipient, "Tietoja ei luovuteta, paitsi kirjanpitäjälle" claims one.

The kinds of claim (``Claim.kind``), what ``subject`` and ``value`` hold for each:

``basis``
    A legal basis (GDPR Art 6(1)) for a purpose. subject: the purpose as written; value: the
    basis letter "a"–"f"; detail {"law": the law named as the obligation, if any,
    "data_protection_law": True when that law is the GDPR/Tietosuojalaki itself}.
``retention``
    A retention period or criterion (Art 13(2)(a)). subject: a data group key (see below) or
    "all" for the data as a whole; value: the period or criterion as written; detail
    {"period": 3, "unit": "years", "counted_from": "relationship_end" (blocks.RETENTION_EVENTS)
    or "death"/"birth", "law": "kirjanpitolaki", "vague": True for "as long as necessary" with
    no bound}.
``right``
    A data subject's right stated (Art 13(2)(b)–(d)). subject: a right key of blocks.RIGHTS.
``right_limit``
    A cap or a fee on requests (Art 12(5)). subject: "requests"; value: the cap as written.
``request_channel``
    A request restricted to one form or channel (Art 12(2)). value: "signed" | "post" |
    "in_person" | "own_form".
``transfer``
    A service or country outside the EU/EEA (Art 13(1)(f), 44–49). subject: the service or
    country; value: the safeguard: "adequacy" | "dpf" | "scc" | "bcr" | "art49" | "none" | ""
    (not said).
``consent_by_conduct``
    Booking, using, buying or giving data said to count as consent (Art 4(11), 7(2), 7(4)).
    subject: "processing"; value: the conduct word as written.
``source``
    Where data comes from (Art 14(2)(f)). value: "data_subject" or the source as written.
``recipient``
    Data disclosed to someone (Art 13(1)(e)); ``negated`` for "ei luovuteta".
``data_group``
    A group of data the notice declares it processes. subject: "clients", "bookings",
    "health", "invoices", "marketing", "logs", "consents", "requests", "cookies", "photos" or
    "other";
    value: the word as written.
``controller_contact``
    A contact detail of the controller. subject: "email" | "phone" | "address" | "name";
    value: as written; detail {"placeholder": True} for "[email protected]", "040 XXX XXXX".
``changes``
    How changes to the notice are announced. value: "without_notice" or "notified".
``field``
    The business's field (issue 18): subject "field", value "massage", "physiotherapy",
    "psychotherapy", "other_health_care", "coaching", "beauty", "fitness" or "other";
    detail {"given": True} when the owner gave it, else it is read from the text.

Claims read from text are readings, not facts: the owner confirms them (the import review).
"""

import functools
import re
from dataclasses import dataclass, field, replace

from ..known_services import services
from ..legal_bases import cited_bases, names_a_law_alone
from ..sentences import split
from . import lexicon as x
from . import vocabulary as v
from .conduct import (
    ASKED_APART,
    about_cookies_alone,
    act_then_agreement,
    answered_by_an_act,
    speaks_of_personal_data,
)
from .conduct import consent_by_conduct as rules_conduct
from .learned import learned_conduct
from .lemmas import Words, clauses, lowered, tokens
from .reading import PERSON_OWNER, NoticeReading
from .retention import (
    _AFTER_START,
    _LABEL_ROW,
    _PART_ANAPHORS,
    _REST_WORD,
    _WHOLE_DATA_WORD,
    _WITHDRAWN_CONSENT,
    DATA_PROTECTION_NUMBERS,
    STATUTE_RE,
    _criterion_clause,
    _only_contact_words,
    _only_member_words,
    groups_in,
    retention_claims,
    retention_statements,
    retention_subjects,
)
from .rights import request_channel, right_limit, rights_offered
from .search import casefree
from .vocabulary import ANOTHER_CAN_READ

FIELDS = (
    "massage",
    "physiotherapy",
    "psychotherapy",
    "other_health_care",
    "coaching",
    "beauty",
    "fitness",
    "other",
)
HEALTH_CARE_FIELDS = ("massage", "physiotherapy", "psychotherapy", "other_health_care")


@dataclass(frozen=True)
class Claim:
    kind: str
    subject: str
    value: str
    detail: dict = field(default_factory=dict, compare=False)
    negated: bool = False
    section: str = ""
    sentence: str = ""


def read_claims(notice):
    """Every claim of a notice dict, in the order of its sections and sentences (pure)."""
    from .spelling import Restored  # noqa: PLC0415 (spelling reads lemmas, as this does)

    restored = Restored(notice)
    claims = NoticeClaims(NoticeReading(restored.notice)).claims
    if not restored.changed:
        return list(claims)
    # the sentence and what was read from it as the notice wrote them: the import review
    # shows them, and removes a sentence by its text
    return [
        replace(c, sentence=restored.as_written(c.sentence), value=restored.as_written(c.value))
        for c in claims
    ]


# Periods and their start events -------------------------------------------------------------


# The reader ---------------------------------------------------------------------------------


def _said_before(own, text):
    """The claims of ``own`` whose words stand in ``text`` (the part of their sentence before
    a clause that speaks of them)."""
    lowered = text.lower()
    return tuple(c for c in own if c.value and c.value.lower() in lowered)


def consent_by_conduct(words, parts, lang):
    """Consent by conduct as the rules read it (conduct.py), or, where they find none, as the
    learned reading does (learned.py, round 28); (round 30) neither of cookies alone."""
    if about_cookies_alone(lowered(words)):
        return ""
    return rules_conduct(words, parts, lang) or learned_conduct(words, lang)


def _unread_by_the_importer(found):
    """Without the importer's rules of the data as a whole whose sentence the reader gave its
    groups: "Asiakaskortit ja varaukset pidän Ajastin-sovelluksessa. Tiedot säilyvät siellä
    kaksi vuotta …" is imported as a rule for "Tiedot", which the reader reads as the cards'
    and the bookings' (round 28; GDPR Art 13(2)(a): the period of each group)."""
    read = [
        c
        for c in found
        if c.kind == "retention"
        and c.section == "retention"
        and c.subject != "all"
        and not c.detail.get("structured")
    ]
    kept = []
    for c in found:
        data = c.detail.get("data_only")
        if data and any(
            r.sentence.lower().startswith(data.lower())
            and _PLACE_ANAPHOR.search(r.sentence.lower())
            for r in read
        ):
            continue
        kept.append(c)
    return kept


def _as_groups(own, groups):
    """``own`` with each retention claim of the data as a whole made one claim per group."""
    replaced = []
    for c in own:
        if c.kind == "retention" and c.subject == "all":
            replaced += [
                Claim(c.kind, g, c.value, dict(c.detail), c.negated, c.section, c.sentence)
                for g in groups
            ]
        else:
            replaced.append(c)
    return tuple(replaced)


# "this", "it" as what is agreed to: "Vi använder kakor. Genom att fortsätta använda sidan
# godkänner du detta."
_POINTS_BACK = re.compile(r"\b(detta|det|dem|tämän|tätä|tähän|niitä|niiden|sen|this|it|them)\b")


def _cookies_pointed_back_to(own, sentence, before):
    """(round 30) A consent by conduct to "this", said after a sentence about cookies alone, is
    about the cookies (conduct.about_cookies_alone): a banner caught in the paste, which the
    cookie codes read, not a consent to the notice's processing."""
    lowered_sentence = sentence.lower()
    if (
        any(c.kind == "consent_by_conduct" for c in own)
        and _POINTS_BACK.search(lowered_sentence)
        and about_cookies_alone(before.lower())
        and not speaks_of_personal_data(lowered_sentence)
    ):
        return tuple(c for c in own if c.kind != "consent_by_conduct")
    return own


def _with_sentence_before(own, before, words):
    """Retention claims that name no group of their own ("Vihkoa selailen …, ja vanhat merkinnät
    karsiutuvat …") or open with a pronoun ("De raderas ett år efter …") carry the sentence before
    them in the same section, which names what they keep ("Lahjakorttien ostajien nimet kirjaan
    vihkoon.", "Presentkort: köparens namn …"): the rules of groups read it as theirs."""
    points_back = bool(words) and words[0].lower in _DATA_ANAPHORS
    # (round 35) a sentence that names a group of its own ("… sätter vi ditt telefonnummer på
    # sms-listan …") keeps it, whatever else ("other") it reads besides
    own_groups = any(c.kind == "retention" and c.subject not in ("all", "other") for c in own)
    return tuple(
        Claim(
            c.kind,
            c.subject,
            c.value,
            {**c.detail, "before": before},
            c.negated,
            c.section,
            c.sentence,
        )
        if c.kind == "retention"
        and (points_back or (c.subject in ("all", "other") and not own_groups))
        else c
        for c in own
    )


_BOOKING_CHANGED = casefree(
    r"\b(boka\w*|bokning\w*|ajanvarau\w*|varau\w*|varata|varaamasi|tunnit|tuntien|kurs\w*"
    r"|appointment\w*|booking\w*)\b",
    re.IGNORECASE,
)
_THE_NOTICE = casefree(
    r"seloste\w*|beskrivning\w*|dataskydds\w*|integritets\w*|notice|policy|tietosuoja\w*"
    r"|tämä(n)? (teksti|sivu)\w*|den här (texten|sidan)",
    re.IGNORECASE,
)


# A consent named just before the person's giving: "suostumus, jonka asiakas antaa", "samtycke
# som du ger".
_CONSENT_GIVEN_BEFORE = re.compile(
    r"\b(suostumu\w*|lupa|luvan|luvat|samtycke\w*|consent)\W+(jonka|jota|joka|som|which|that)\W*$"
)


# An application named alone, and the words of a job that make it a job application.
_BARE_APPLICATION = re.compile(
    r"^(ansökan|ansökningar\w*|ansökningen|hakemus\w*|hakemuks\w*|applications?)$"
)
_JOB_WORDS = re.compile(
    r"työhakemu|työnhak|työpaik|rekrytoi|\bcv\b|ansioluettel|arbetsansök|jobbansök|rekryter"
    r"|lediga (tjänst|jobb)|anställ|job applica|recruit|vacanc|résumé|curriculum|hakij|sökande"
    r"|työsuhte|työntekij|harjoittelij|praktikant|trainee|\btjänsten\b"
    r"|jobb\w*|kesätyö\w*|työ(paik|hön|tehtäv|nhak)\w*|\bjobs?\b|sommarjobb"
)


class NoticeClaims:
    def __init__(self, reading):
        self.r = reading
        self.lang = reading.language

    def words(self, sentence):
        return tokens(sentence, self.lang)

    def claim(self, kind, subject, value, sentence="", section="", negated=False, **detail):
        return Claim(kind, subject, value, detail, negated, section, sentence)

    @functools.cached_property
    def claims(self):
        found = []
        found += self._field_claims()
        found += self._controller_claims()
        found += self._structured_claims()
        table = _services_table()
        previous = (None, "", ())
        before = (None, "", ())  # the sentence before the previous one
        for section, sentence in self.r.sentences:
            own = _sentence_claims(self.lang, section, sentence, table)
            if any(c.kind == "retention" and c.subject == "all" for c in own):
                own = self._anaphoric_retention(
                    sentence,
                    own,
                    previous[1],
                    # (round 22) a list's label two sentences back: "Ajanvaraustiedot. Varatut,
                    # siirretyt ja peruutetut ajat. Poistan ne kahden vuoden kuluttua …"
                    before[1] if before[0] == section else "",
                )
            if previous[0] == section and previous[1]:
                own = _with_sentence_before(own, previous[1], self.words(sentence))
                own = _cookies_pointed_back_to(own, sentence, previous[1])
            not_recorded = v.NOT_RECORDED.search(sentence)
            if not_recorded and not_recorded.start() > 0:
                # (round 23) in the same sentence, after the data: "Har du en skada … kan du
                # berätta det muntligen före passet; vi skriver inte ner det någonstans."
                own = self._not_recorded(
                    own, (section, sentence, _said_before(own, sentence[: not_recorded.start()]))
                )
            if not_recorded:
                # (round 18) also two sentences back, in the same section: "Kerrotko
                # opettajalle vammasta? Voit kertoa sen suullisesti ennen tuntia. Emme kirjaa
                # sitä mihinkään."
                for earlier in (previous, before):
                    if earlier[2] and section == earlier[0]:
                        found = self._not_recorded(found, earlier)
            found += own
            found += self._in_context(section, sentence, own, previous)
            before, previous = previous, (section, sentence, own)
        found += self._borrowed_periods(found)
        found = _unread_by_the_importer(found)
        if not _JOB_WORDS.search(self.r.all_text.lower()):
            # (round 27) a bare application in a notice that speaks of no job ("För minderåriga
            # spelare fyller vårdnadshavaren i ansökan": the membership form) is no job
            # applicant's data
            found = [
                c
                for c in found
                if not (
                    c.kind == "data_group"
                    and c.subject == "other"
                    and _BARE_APPLICATION.match((c.value or "").lower())
                )
            ]
        return tuple(found)

    def _not_recorded(self, found, previous):
        """ "Jos sinulla on vamma …, kerro siitä suullisesti. En kirjaa sitä mihinkään.", "…
        Det antecknas inte.": health data spoken of, then said not to be recorded, is not
        processed as data (GDPR Art 9(1) asks a condition of what is processed)."""
        said = {id(c) for c in previous[2] if c.kind == "data_group" and c.subject == "health"}
        if not said:
            return found
        return [
            Claim(c.kind, c.subject, c.value, dict(c.detail), True, c.section, c.sentence)
            if id(c) in said
            else c
            for c in found
        ]

    def _anaphoric_retention(self, sentence, own, before, label=""):
        """A retention sentence whose data is a pronoun ("Otamme ennen ja jälkeen -kuvia. Ne
        poistetaan kahden vuoden kuluttua", "De raderas efter två år") keeps the groups the
        sentence before names, not the data as a whole (GDPR Art 13(2)(a): the period of each
        group; issue 18: one statement taken as retention for everything)."""
        words = self.words(sentence)
        # the pronoun of the data, not of a criterion's clause ("Övrigt så länge det behövs":
        # "det" is what is needed, and "Övrigt" the data, the rest)
        end = _criterion_clause(words)
        inside = set(range(end, end + 3)) if end is not None else set()
        # "Därefter finns uppgifterna … kvar", "Sen jälkeen tiedot …": what the sentence before
        # kept for a period, after that period (an open end, or a second period, of that data)
        after = bool(_AFTER_START.match(sentence))
        # "Voit perua suostumuksen milloin tahansa, jolloin poistamme merkinnän.": what a
        # consent withdrawn deletes is what the sentence before asked the consent for
        withdrawn = bool(_WITHDRAWN_CONSENT.search(sentence))
        # (round 28) "Ajanvarauksen ja asiakaskortiston pidän Varaa Nyt -sovelluksessa. Tiedot
        # säilyvät siellä, kunnes …": the data "there" are the data the sentence before puts in
        # that place, not the notice's data as a whole
        there = bool(_PLACE_ANAPHOR.search(sentence.lower())) and not _EVERY.search(sentence)
        named = [g for g in groups_in(words) if g != "other"] if withdrawn else []
        if named and not _EVERY.search(sentence):
            # (round 28) "Suostumuksen allergiatietojen ja kuvien käsittelyyn voit perua …;
            # poistan silloin merkinnän tai kuvan": what the withdrawal deletes is what this
            # sentence asked the consent for, never the data as a whole
            return _as_groups(own, named)
        if (
            not after
            and not (there and not _REST_WORD.match(sentence))
            and (
                not (
                    withdrawn
                    or any(
                        t.lower in _DATA_ANAPHORS for i, t in enumerate(words) if i not in inside
                    )
                )
                or any(x.ALL_DATA.is_token(t) or _WHOLE_DATA_WORD.search(t.lower) for t in words)
                or _REST_WORD.match(sentence)
            )
        ):
            return own
        groups = [g for g in groups_in(self.words(before)) if g != "other"]
        if not groups and label and (len(label.split()) <= 3 or there):
            # (or the place named two sentences back: "… pidän Varaa Nyt -sovelluksessa. Sen
            # toimittaja säilyttää tiedot Suomessa. Tiedot säilyvät siellä, kunnes …")
            groups = [g for g in groups_in(self.words(label)) if g != "other"]
        if not groups and withdrawn:
            # (round 22) "Suostumuksen voit perua …, jolloin poistan merkinnän.": what a consent
            # withdrawn deletes is the consent's own data, never the data as a whole
            groups = ["consents"]
        if not groups:
            return own
        return _as_groups(own, groups)

    def _borrowed_periods(self, found):
        """Retention claims of sentences that give a group another group's period: "Kuvat
        säilytetään yhdessä asiakastietojen kanssa", "Bilderna sparas lika länge som
        kunduppgifterna", "Tillsammans med dem raderas även bilderna", "Kuvat säilytän yhtä
        kauan", "Detsamma gäller bilderna", "Yhteystiedot poistan samalla". The group named is covered by the period of the
        group it is kept with (named, or the retention sentence before when a pronoun or
        nothing names it), so GDPR Art 13(2)(a) is met for it as for that group."""
        retention = [c for c in found if c.kind == "retention"]
        if not retention:
            return []
        by_sentence = {}
        for c in retention:
            by_sentence.setdefault(c.sentence, []).append(c)
        extra = []
        last = None
        recent = []
        for section, sentence in self.r.sentences:
            own = by_sentence.get(sentence, [])
            lowered = sentence.lower()
            marker = (
                _BORROW.search(lowered)
                if section not in _NO_RETENTION and any(k in lowered for k in _BORROW_KEYS)
                else None
            )
            if marker is not None:
                extra += self._borrowed(section, sentence, marker, own, retention, last, recent)
            recent = [*recent[-3:], (section, sentence)]
            firm = [c for c in own if not c.detail.get("vague") and c.subject != "all"]
            if firm or own:
                last = firm or own
        return extra

    def _borrowed(self, section, sentence, marker, own, retention, last, recent=()):
        words = self.words(sentence)
        kind = marker.lastgroup
        verb = x.RETAIN.find(words)
        # "Kontaktuppgifter: samma tid som journalen" under a retention heading: a row whose
        # period is borrowed needs no verb
        row = section == "retention" and bool(_LABEL_ROW.match(sentence.strip()))
        if verb is None and kind != "same" and not row:
            return []
        if verb is not None and any(
            c.negated and verb in c.tokens for c in clauses(sentence, self.lang)
        ):
            return []  # "Kuvia ei säilytetä yhtä kauan": no period given
        start, end = marker.span()
        # The words after the marker, up to the verb or a comma, name the group whose period is
        # borrowed ("… kuin asiakastiedot", "tillsammans med kunduppgifterna"), or, after
        # "samoin" and "detsamma gäller", the group that borrows.
        window = []
        for token in words:
            if token.start < end:
                continue
            if token is verb or len(window) == 5 or sentence[token.start - 2 : token.start] == ", ":
                break
            window.append(token)
        groups = (
            [g for g in retention_subjects(Words(window), None) if g != "all"] if window else []
        )
        if kind == "same":
            # "Detsamma gäller bilderna" names the group after the marker; "Kontaktuppgifterna
            # likaså" before it
            if not groups:
                before = Words(t for t in words if t.start < start)
                groups = (
                    [g for g in retention_subjects(before, None) if g != "all"] if before else []
                )
            subjects, referents = groups, []
        else:
            referents = groups
            taken = {t.start for t in window}
            rest = Words(t for t in words if t.start not in taken)
            subjects = [g for g in retention_subjects(rest, verb) if g not in referents]
        subjects = [g for g in subjects if g != "all"]
        if not subjects and kind != "same" and any(t.lower in _DATA_ANAPHORS for t in words):
            # "Annars raderas den tillsammans med bokningshistoriken": the pronoun stands for
            # the data a sentence shortly before names (of its section), not for a consent or
            # a request spoken of in between.
            for before_section, before in reversed(recent):
                if before_section != section:
                    break
                named = [
                    g
                    for g in groups_in(self.words(before))
                    if g not in referents and g not in ("consents", "requests", "cookies", "other")
                ]
                if named:
                    subjects = named
                    break
        if not subjects:
            return []
        firm_own = [c for c in own if not c.detail.get("vague")]
        if firm_own:
            # "Valokuvat säilytetään yhtä kauan kuin muut asiakastiedot eli kaksi vuotta": the
            # sentence's own period is the named group's as well.
            model, subjects = (
                firm_own[0],
                [g for g in referents if not any(c.subject == g for c in own)],
            )
        else:
            named = [c for c in retention if c.subject in referents and c.sentence != sentence]
            # A group named but given no period lends none; with none named, the retention
            # sentence before lends its own.
            model = named if referents else last or [None] or [None]
            model = model[0] if model else None
        if model is None:
            return []
        detail = dict(model.detail)
        detail.pop("structured", None)
        detail["borrowed"] = True
        return [
            self.claim("retention", subject, model.value, sentence, section, **detail)
            for subject in subjects
            if not any(c.subject == subject and not c.detail.get("vague") for c in own)
        ]

    def _in_context(self, section, sentence, own, previous):
        """Claims a sentence makes only with the one before it (a deletion "at the same time"
        borrows its period in ``_borrowed_periods``).

        "- Uutiskirje: sähköpostiosoite. Peruste: suostumus.": a basis under a label gives the
        item before it its basis, so that item is a purpose (Art 13(1)(c)).
        """
        extra = []
        words = self.words(sentence)
        before_section, before, before_claims = previous
        # "Medlemsförteckning: rättslig förpliktelse. Föreningen är enligt föreningslagen
        # (503/1989) 11 § skyldig att föra en förteckning …": the law that obliges, named in the
        # next sentence, is the obligation's (GDPR Art 6(1)(c), 6(3)).
        lawless = [
            c
            for c in before_claims
            if c.kind == "basis" and c.value == "c" and not c.detail.get("law")
        ]
        # (round 27) not the law of the next item, which names a purpose of its own: "a)
        # Ilmoittautuminen – peruste: laki velvoittaa." then "b) Kirjanpito – lakisääteinen
        # velvoite (kirjanpitolaki 1336/1997)."
        if lawless and before_section == section and not _ITEM_LABEL.match(sentence):
            law = _real_law(words, sentence)
            if law and _OBLIGES.search(sentence):
                for c in lawless:
                    detail = {**c.detail, "law": law, "data_protection_law": False}
                    extra.append(Claim(c.kind, c.subject, "c", detail, False, section, sentence))
        # (round 16) "Kunduppgifterna synkroniseras till appen på min telefon. Där ligger de
        # kvar tills …": a retention sentence whose data is a pronoun keeps the data the
        # sentence before names (Art 13(2)(a): the period is theirs).
        kept = [c for c in own if c.kind == "retention" and c.subject in ("all", "other")]
        if (
            kept
            and before
            and before_section == section
            and not any(c.kind == "retention" and c.subject not in ("all", "other") for c in own)
            and any(t.lower in _PART_ANAPHORS for t in words[:4])
        ):
            named = [g for g in groups_in(self.words(before)) if g not in _NOT_KEPT_GROUPS]
            for group in named:
                c = kept[0]
                extra.append(
                    Claim("retention", group, c.value, dict(c.detail), False, section, sentence)
                )
        # "Att begära ett utdrag kostar ingenting. Det går att göra en gång per halvår.": a
        # limit said of the request the sentence before names, by a pronoun (Art 12(5)).
        if (
            before
            and not any(c.kind == "right_limit" for c in own)
            and section not in ("cookies", "security", "logs")
            and _PRONOUN_START.match(sentence)
            # a cap of its own ("en gång per halvår", "kerran vuodessa"), not the time of the
            # answer ("Den är kostnadsfri, och jag svarar inom en månad")
            and x.TIMES.find(words)
            and not re.search(r"\b(svara\w*|vastaa\w*|answer\w*|repl\w*)\b", sentence.lower())
        ):
            joined = f"{before.rstrip()} {sentence}"
            limit = right_limit(section, self.words(joined), clauses(joined, self.lang))
            if limit and not any(c.kind == "right_limit" for c in before_claims):
                extra.append(self.claim("right_limit", "requests", limit, sentence, section))
        # "Varaat ajan verkossa. Samalla hyväksyt, että tallennamme tietosi markkinointia
        # varten.": the act in one sentence, the agreement "at the same time" in the next.
        if (
            before
            and before_section == section
            and not any(c.kind == "consent_by_conduct" for c in (*own, *before_claims))
        ):
            act = act_then_agreement(before, sentence, self.lang) or answered_by_an_act(
                before, sentence, self.lang
            )
            if act:
                extra.append(self.claim("consent_by_conduct", "processing", act, sentence, section))
        if (
            before
            and before_section == section
            and _BASIS_LABEL.match(sentence)
            and not any(c.kind in ("basis", "purpose") for c in before_claims)
        ):
            bases = [c for c in own if c.kind == "basis"]
            if bases:
                extra.append(self.claim("purpose", before.strip(), "", before, section))
                for c in bases:
                    detail = dict(c.detail)
                    detail["given_for"] = (f"{before} {sentence}",)
                    extra.append(
                        Claim(c.kind, before.strip(), c.value, detail, c.negated, section, sentence)
                    )
        return extra

    # The business's field -------------------------------------------------------------------

    def _field_claims(self):
        given = self.r.notice.get("field")
        # a field the check does not know ("physio" for "physiotherapy") is read as not given:
        # the text tells the field then
        if given in FIELDS:
            return [self.claim("field", "field", given, given=True)]
        inferred = infer_field(self.r)
        if inferred:
            value, sentence = inferred
            return [self.claim("field", "field", value, sentence, "", given=False)]
        return []

    # The controller -------------------------------------------------------------------------

    def _controller_claims(self):
        found = []
        c = self.r.controller
        for key in ("name", "email", "phone", "address"):
            value = (c.get(key) or "").strip()
            if value:
                # the address with its postal code and city: "Gatan 1, 00000 Staden" is a
                # template's, whatever the street
                whole = (
                    ", ".join(
                        p for p in (value, c.get("postal_code") or "", c.get("city") or "") if p
                    )
                    if key == "address"
                    else value
                )
                found.append(
                    self.claim(
                        "controller_contact",
                        key,
                        value,
                        value,
                        "controller",
                        placeholder=is_placeholder(whole),
                    )
                )
        for section in self.r.of_kind("controller", "contact_person", "dpo"):
            person = section.get("person")
            # A key the section's kind does not have is kept by the JSON format as it came.
            person = person if isinstance(person, dict) else {}
            for key in ("email", "phone", "address"):
                value = person.get(key)
                value = value.strip() if isinstance(value, str) else ""
                if value:
                    found.append(
                        self.claim(
                            "controller_contact",
                            key,
                            value,
                            value,
                            section.get("kind", ""),
                            placeholder=is_placeholder(value),
                        )
                    )
            for line in (section.get("text") or "").split("\n"):
                for key, value in contact_values(line):
                    found.append(
                        self.claim(
                            "controller_contact",
                            key,
                            value,
                            line.strip(),
                            section.get("kind", ""),
                            placeholder=is_placeholder(value),
                        )
                    )
        # A controller introduced outside a controller section ("Ansvarig: Norrsken Coaching /
        # Elin Grönroos, FO-nummer …, Handelsesplanaden 8, …" in a notice's opening lines): the
        # line that names the controller or carries its business id gives its contacts.
        for section in self.r.sections:
            if section.get("kind") in ("controller", "contact_person", "dpo"):
                continue
            for line in (section.get("text") or "").split("\n"):
                if not CONTROLLER_LINE_RE.search(line):
                    continue
                for key, value in contact_values(line):
                    found.append(
                        self.claim(
                            "controller_contact",
                            key,
                            value,
                            line.strip(),
                            "controller",
                            placeholder=is_placeholder(value),
                        )
                    )
        return found

    # Structured fields ----------------------------------------------------------------------

    def _structured_claims(self):
        found = []
        for p in self.r.purposes:
            if p.get("legal_basis"):
                found.append(
                    self.claim(
                        "basis",
                        p.get("purpose") or "",
                        p["legal_basis"],
                        p.get("purpose") or "",
                        "purposes",
                        structured=True,
                    )
                )
        for rule in self.r.structured("retention", "rules"):
            if rule.get("period") or rule.get("until") or rule.get("counted_from"):
                target = rule.get("applies_to") or "other"
                data_words = self.words(rule.get("data") or "")
                groups = (
                    retention_subjects(data_words, None) if target == "other" and data_words else []
                )
                contact_only = bool(
                    data_words
                    and x.GROUPS["clients"].find(data_words)
                    and _only_contact_words(data_words)
                )
                member_only = bool(
                    data_words
                    and x.GROUPS["clients"].find(data_words)
                    and _only_member_words(data_words)
                )
                for group in groups or [target if target != "other" else "all"]:
                    extra = {"contact_only": True} if contact_only and group == "clients" else {}
                    if member_only and group == "clients" and not contact_only:
                        extra = {"membership_only": True}
                    if group == "all" and target == "other":
                        # the importer's rule of no known group: the sentence it came from
                        # may be read for its groups (_unread_by_the_importer)
                        extra = {"data_only": rule.get("data") or ""}
                    found.append(
                        self.claim(
                            "retention",
                            group,
                            str(rule.get("period") or rule.get("until") or ""),
                            " – ".join(
                                part for part in (rule.get("data"), rule.get("until")) if part
                            ),
                            "retention",
                            period=rule.get("period"),
                            unit=rule.get("unit"),
                            counted_from=rule.get("counted_from") or "",
                            structured=True,
                            **extra,
                        )
                    )
        for right in self.r.structured("rights", "rights"):
            if right.get("right"):
                found.append(self.claim("right", right["right"], "", "", "rights", structured=True))
        for t in self.r.structured("transfers", "transfers"):
            found.append(
                self.claim(
                    "transfer",
                    t.get("recipient") or t.get("country") or "",
                    t.get("safeguard") or "none",
                    "",
                    "transfers",
                    structured=True,
                )
            )
        return found

    # Sentences ------------------------------------------------------------------------------

    def _sentence_claims(self, section, sentence):
        words = self.words(sentence)
        if not words:
            return []
        found = []
        parts = clauses(sentence, self.lang)
        negated_any = any(c.negated for c in parts)

        def make(kind, subject, value, negated=False, **detail):
            found.append(self.claim(kind, subject, value, sentence, section, negated, **detail))

        # Data groups the sentence speaks of (declared when not denied).
        if section not in ("cookies", "security", "logs", "rights", "changes", "controller"):
            # "Kerro itse, jos terveydentilasi estää harjoituksen; en kirjaa terveystietoja": a
            # sentence that denies recording a group does not declare it in another clause
            # (an exception, "paitsi allergiat", still does).
            denied = {
                group
                for clause in parts
                if clause.negated
                for group in groups_in(clause.tokens)
                if group == "health"
            }
            # "Voit kertoa vammoista tai raskaudesta ohjaajalle; tietoa ei tallenneta", "… men
            # det antecknas inte": a denied recording of what the sentence named before denies
            # the health data named there.
            if any(
                clause.negated
                and not set(groups_in(clause.tokens)) - {"other"}
                and _RECORDING.search(lowered(clause.tokens))
                for clause in parts
            ):
                denied |= {
                    group
                    for clause in parts
                    for group in groups_in(clause.tokens)
                    if group == "health"
                }
            preceding = []
            for clause in parts:
                # "kuvat@kehys.example", "www.kuvat.example": an address's parts are no data.
                named = clause.tokens
                if "@" in sentence or "www." in sentence or "://" in sentence:
                    named = Words(t for t in named if not _in_address(sentence, t))
                for group in groups_in(named):
                    if (
                        group == "photos"
                        and _LIVE_PICTURE.search(lowered(named))
                        and not _RECORDED_OR_KEPT.search(sentence.lower())
                    ):
                        # (round 25) "bild och ljud under samtalet", "kuva ja ääni
                        # videopuhelussa": a call's live picture, no photographs kept
                        continue
                    if (
                        group == "other"
                        and section == "purposes"
                        and _SURVEY_WORD.search(_word_of(named, group).lower())
                        and not _SURVEY_ANSWERS.search(lowered(named))
                    ):
                        # (round 28) "käsittelemme tietoja asiakastyytyväisyyskyselyihin": the
                        # survey as a purpose declares no answers
                        continue
                    if group == "health" and _animals_only(named, preceding):
                        # (round 28) "koiran lääkitys ja sairaudet", "hästens vaccinationer":
                        # an animal's health is no person's health data (GDPR Art 4(15))
                        continue
                    negated = clause.negated or (group in denied and not clause.exception)
                    make("data_group", group, _word_of(named, group), negated)
                # "spelar jag ibland in en session på ljud", "nauhoitan istunnon": a recording
                # said by its verb is recordings data, which needs its own period.
                recorded = _RECORDS.search(" ".join(t.lower for t in named))
                if recorded and "other" not in groups_in(named):
                    make("data_group", "other", recorded.group(0), clause.negated)
                preceding += list(clause.tokens)

        # "Tilaustiedot poistamme kolmen vuoden kuluttua; laskut säilytämme kuusi vuotta": each
        # statement of a semicolon list bounds its own data, and so does each of a comma list
        # whose members have their own periods ("Viestit poistetaan vuoden kuluttua, laskut
        # kuuden vuoden kuluttua"), the verb left out after the first.
        for part, continued in retention_statements(sentence, self.lang):
            part_words = self.words(part) if part != sentence else words
            part_clauses = clauses(part, self.lang) if part != sentence else parts
            for subject, value, detail in retention_claims(
                section, part, part_words, part_clauses, self.lang, continued
            ):
                make("retention", subject, value, **detail)

        bases = self._bases(section, words, sentence)
        scopes = self._basis_scopes(section, sentence) if bases else {}
        for letter, law, dp_law in bases:
            make(
                "basis",
                _purpose_words(sentence),
                letter,
                negated_any and letter == "a",
                law=law,
                data_protection_law=dp_law,
                given_for=scopes.get(letter) or (sentence,),
            )

        # "Allekirjoitettu jäsenhakemus = suostumus …": the equals sign is the copula, which the
        # words alone (tokens drop it) would not show.
        said = sentence
        conduct_words, conduct_parts = words, parts
        if " = " in said:
            copula = {"fi": " on ", "sv": " är "}.get(self.lang, " is ")
            said = re.sub(r"\s=\s", copula, said)
            conduct_words, conduct_parts = self.words(said), clauses(said, self.lang)
        if ";" in said and (
            x.CONSENT.find(words) or x.ACCEPT.find(words) or x.PERMISSION.find(words)
        ):
            # "Vid bokningen godkänner du våra bokningsvillkor; dina uppgifter behandlas för att
            # fullgöra avtalet": a semicolon ends a statement, and what is accepted is read in
            # the statement that accepts it.
            conduct = ""
            for piece in said.split(";"):
                if piece.strip() and not conduct:
                    conduct = consent_by_conduct(
                        self.words(piece), clauses(piece, self.lang), self.lang
                    )
            if conduct and _REFERS_BACK.search(said.split(";", 1)[1]):
                # (round 21) "nyhetsbrevet beställer du själv; genom att beställa det samtycker
                # du till att vi skickar det": a piece that points back to the one before is
                # read with it
                conduct = consent_by_conduct(conduct_words, conduct_parts, self.lang)
        else:
            conduct = consent_by_conduct(conduct_words, conduct_parts, self.lang)
        if (
            not conduct
            and ": " in said
            and (x.CONSENT.find(words) or x.ACCEPT.find(words) or x.PERMISSION.find(words))
        ):
            # (round 32) "… eikä siihen ole lomakkeella omaa lupakohtaa: ken haasteeseen lähtee,
            # hyväksyy sillä samalla …": what follows a colon is a statement of its own, read
            # without the "not" that came before it (unless that part asks a consent apart)
            before, _colon, after = said.rpartition(": ")
            if not ASKED_APART.search(before.lower()) and len(after.split()) >= 4:
                conduct = consent_by_conduct(
                    self.words(after), clauses(after, self.lang), self.lang
                )
        if conduct:
            make("consent_by_conduct", "processing", conduct)

        # (a question asks, it limits nothing: "Hur gör jag en begäran, och kostar det något?")
        if (
            section not in ("cookies", "security", "logs")
            # (round 28) under security only when it speaks of the person's own data or
            # requests: "Tietoturvasyistä rekisteröidyn omien tietojen tarkastuksia tehdään
            # enintään kaksi kalenterivuodessa" (a log's own review is no request)
            or (section == "security" and _PERSONS_OWN_DATA.search(sentence.lower()))
        ) and not sentence.rstrip().endswith("?"):
            limit = right_limit(section, words, parts)
            if limit:
                make("right_limit", "requests", limit)
            channel = request_channel(section, words, parts)
            if channel:
                make("request_channel", "requests", channel)

        # "saada itse antamasi tiedot koneluettavassa muodossa", "få de uppgifter du själv
        # lämnat": the data the portability right (Art 20) covers, not where data comes from.
        source = "" if _states_portability(sentence) else self._source(words)
        if source:
            make("source", "data_subject", source)

        if section not in ("cookies", "security", "logs", "rights", "controller"):
            denied_disclosure = False
            for clause in parts:
                if _discloses(clause.tokens) or _hands_over(clause.tokens):
                    make("recipient", "", sentence, clause.negated)
                    denied_disclosure = clause.negated
                elif clause.exception and denied_disclosure:
                    # "Tietoja ei luovuteta, paitsi kirjanpitäjälle": the exception receives.
                    make("recipient", "", sentence, False)

        for name, safeguard in self._transfers(sentence, words):
            make("transfer", name, safeguard)

        change = self._changes(section, sentence, words, parts)
        if change:
            make("changes", "notice", change)

        if section not in ("cookies", "security", "logs", "controller"):
            for right in rights_offered(section, sentence, words, parts, self.lang):
                make("right", right, "")
        if section not in ("cookies", "security", "logs", "rights", "changes"):
            if self._purpose(section, sentence, words) or self._based_purpose(
                section, sentence, words
            ):
                make("purpose", sentence.strip(), "")
            elif len(re.findall(r"\s[–—-]\s|\s\|\s", sentence)) >= 2 and self._bases(
                "purposes", words
            ):
                # A table row "tieto – tarkoitus – peruste – säilytys" declares a purpose.
                make("purpose", sentence.strip(), "")
        if section not in ("cookies",):
            eea = self._transfer_statement(sentence, words, parts)
            if eea is not None:
                make("transfer", "", "none" if eea else "", negated=eea)
            automated = self._automated(words, parts)
            if automated is not None:
                make("automated_decisions", "decisions", "", negated=automated)
        if section not in ("cookies", "security", "logs"):
            if self._requirement(sentence, words, parts):
                make("requirement", "data", sentence.strip())
        # (every date has a year of four digits: most sentences are passed by at once)
        updated = UPDATED_RE.search(sentence) if _YEAR.search(sentence) else None
        if updated:
            make("updated", "notice", updated.group("date"))
        return found

    # Purposes ---------------------------------------------------------------------------------

    def _based_purpose(self, section, sentence, words):
        """A sentence that gives something its basis names a purpose: "ajanvaraus, hieronta ja
        lahjakorttien myynti perustuvat väliseemme sopimukseen", "- beställningar i webbutiken
        (avtal)", "Uppdraget grundar sig på avtalet". A statement of the basis alone
        ("Käsittelyn oikeusperusteena on sopimus", "Behandlingen grundar sig på avtal",
        "Rekisteröidyn ja rekisterinpitäjän välinen sopimussuhde") names none."""
        if section not in ("purposes", "legal_basis", "other", "") or len(words) < 3:
            return False
        text = sentence.lower()
        # The basis is given to something: "… perustuvat sopimukseen", "grundar sig på",
        # "based on", or a label "(avtal)", "– sopimus" after what it is the basis of, or the
        # next cell of a table row ("Ajanvaraus | sopimus (6 art. 1 b) | kaksi vuotta").
        if not re.search(
            r"perustu|perusteella|nojalla|grundar|baser|bygger på|stöd av|based on|rests? on"
            r"|[(–:|]\s*\w*(sopimu|avtal|suostum|samtyck|consent|contract|lakisää|rättslig|oikeutet"
            r"|berättig)"
            # "Grunden för terapin och bokningarna är vårdavtalet", "the basis for bookings is":
            # the basis for something, named.
            r"|\bgrunden för\b|\bthe basis for\b",
            text,
        ):
            return False
        if not self._bases(section, words):
            return False
        first = " ".join(t.lower for t in words[:3])
        if re.match(
            r"(henkilötietojen |tietojen )?(käsittelyn |rekisterin )?(oikeus)?peruste"
            r"|(henkilötietojen |tietojen )?käsittely perustuu|behandlingen|(den )?rättsliga?"
            r"|the (legal|lawful)|our (legal|lawful)|legal basis|lawful basis"
            r"|grunden för (behandling|personuppgift|detta|det|dem|dessa|uppgift)"
            r"|the basis for (the )?(processing|this|it|these)",
            first,
        ):
            return False
        return True

    def _purpose(self, section, sentence, words):
        text = sentence.lower()
        if section == "controller" and not re.search(
            r"\bjotta\b|\bför att\b|\bin order to\b", text
        ):
            # The controller's lines name the business; a purpose stands there only in prose
            # that says why ("Käsittelen tietojasi, jotta voimme sopia tapaamisista").
            return False
        marker = re.search(
            r"\bsiihen,? että\b|\bså att\b"
            r"|\bjotta\b|\bvarten\b|tarkoitu|\bvoidakse\w*|\bför att\b|\bi syfte\b|ändamål"
            r"|\bin order to\b|\bpurpose|\bso that\b|\\w+(miseen|mään|maan)\b",
            text,
        ) or any(t.lower.endswith(("miseen", "mään", "maan")) and len(t.lower) > 7 for t in words)
        # "Tietoja tarvitaan ajanvaraukseen ja laskutukseen", "Uppgifterna behövs för bokningen":
        # the data needed or used for something names its purpose
        # (the phrase first: it is rare, the data test is not cheap)
        needed_for = bool(_NEEDED_FOR.search(text) and (x.ALL_DATA.find(words) or groups_in(words)))
        if not marker and not needed_for:
            # (round 17) "Valmennuksen toteuttaminen ja siihen liittyvä viestintä perustuu
            # valmennussopimukseemme", "Laskutus ja kirjanpito on lakisääteinen velvoite" under
            # a basis heading: the activity whose basis is named is a purpose (Art 13(1)(c))
            return section == "legal_basis" and _activity_based(text)
        if placeholder_text(sentence):
            return False
        if placeholder_text(sentence):
            return False
        if section == "purposes" or needed_for:
            return True
        data = x.ALL_DATA.find(words) or groups_in(words)
        return bool(x.PROCESS.find(words) and (data or re.search(r"jotta|för att|in order", text)))

    # Transfers outside the EU/EEA -------------------------------------------------------------

    def _transfer_statement(self, sentence, words, parts):
        """True for "no transfers outside the EU/EEA", False for a statement that there are
        some, None when the sentence says nothing of it."""
        text = sentence.lower()
        area = re.search(
            r"\b(eu|eta|ees|eea|euroopan talousalue\w*|europeiska ekonomiska|european economic"
            r"|euroopan unioni\w*|eu-|eta-|ees-)",
            text,
        )
        finland = re.search(
            r"\b(suomessa|suomen|finland|i finland|kotimai\w*|finländsk\w*|inhemsk)", text
        )
        # "säilyttää tiedot EU:ssa", "lagras inom EU", "käsittelee tietoja puolestamme Suomessa":
        # the data stay inside, said without the word "transfer".
        # "kaikki tiedot pysyvät Suomessa", "uppgifterna stannar i Finland": data that stay.
        kept_here = re.search(
            r"palvelim|server|sijait|finns|säily|käsitte|käsitel|lagr|spar|behandl|pysy|stanna|stays?\b"
            r"|remain",
            text,
        )
        inside = re.search(
            r"\b(eu|eta|ees|eea)(:ssa|:n alueella|:n sisällä|-alueella|-maissa)"
            r"|\b(inom|within|in) (the )?(eu|ees|eea)\b",
            text,
        )
        if not area and not (finland and kept_here):
            return None
        if (inside or finland) and kept_here and not re.search(r"ulkopuol|utanför|outside", text):
            return not any(c.negated for c in parts)
        if not (
            re.search(
                r"ulkopuol|utanför|outside|lämna\w*|kolmansiin maihin|tredje land|third countr",
                text,
            )
            or (finland and re.search(r"palvelim|server|sijait", text))
            or re.search(
                r"siirr|siirt|vied|viedä|överför|transfer|sijait|finns|located|stored"
                # "inga uppgifter förs ut ur EU/EES", "tiedot eivät lähde EU:n ulkopuolelle"
                r"|\bförs ut\b|\bföras ut\b|\bför ut\b|\but ur\b|\blähde\w*|\bleaves?\b",
                text,
            )
        ):
            return None
        if finland and not re.search(r"ulkopuol|utanför|outside", text):
            return True  # "palvelimet sijaitsevat Suomessa": the data stay
        negated = any(c.negated for c in parts)
        return negated

    # Automated decisions ------------------------------------------------------------------------

    def _automated(self, words, parts):
        token = x.AUTOMATED.find(words)
        if token is None:
            return None
        if not (
            x.DECISION.find(words)
            or token.lemma.startswith(("profil",))
            or token.lower.startswith("profil")
        ):
            return None
        return any(c.negated for c in parts)

    # Whether giving the data is required (Art 13(2)(e)) ------------------------------------------

    def _requirement(self, sentence, words, parts):
        if x.REQUIREMENT.find(words) and (x.ALL_DATA.find(words) or groups_in(words)):
            return True
        if x.REQUEST.find(words) and x.FEE.find(words):
            # (round 26) "Om någon skickar samma begäran gång på gång utan att något har
            # ändrats, … kan jag ta ut en skälig avgift": what follows an excessive request
            # (Art 12(5)), not what follows data not given (Art 13(2)(e))
            return False
        # "Utan uppgift om allergier gör vi inga färgbehandlingar", "… eikä hoitoa voi aloittaa
        # ilman niitä": what does not happen without the data, in any negative wording.
        if any(t.lower in ("ilman", "utan", "without") for t in words) and any(
            c.negated for c in parts
        ):
            return True
        # "Nimi ja puhelinnumero tarvitaan ajanvarausta varten", "Uppgifterna behövs för att vi
        # ska kunna boka": the data needed for the service is a contractual requirement.
        needed = any(t.lemma in _NEED_VERBS for t in words)
        for_something = re.search(
            r"\bvarten\b|\bjotta\b|\bför att\b|\bför (bokning|avtal|tjänst)|\bin order to\b"
            r"|\w(miseen|seen|ksi)\b",
            sentence.lower(),
        )
        if (
            needed
            and for_something
            and (x.ALL_DATA.find(words) or groups_in(words))
            and not x.RIGHT.find(words)
        ):
            return True
        text = sentence.lower()
        consequence = re.search(
            r"\bilman\b[^.]{0,80}\b(ei|en|emme|voi|voida|voin|voimme)\b"
            r"|\b(ei|en|emme)\b[^.]{0,60}\bilman\b"
            r"|\bjos (et|ette|asiakas ei)\b[^.]{0,80}\b(ei|en|emme|voi|voida)\b"
            r"|\butan\b[^.]{0,80}\b(inte|kan)\b|\binte\b[^.]{0,60}\butan\b"
            r"|\bom (du|kunden) inte\b[^.]{0,80}\b(kan|inte)\b"
            r"|\bwithout\b[^.]{0,80}\b(cannot|can't|not)\b|\bif you do not\b",
            text,
        )
        return bool(consequence)

    # Retention ------------------------------------------------------------------------------

    # Legal bases ----------------------------------------------------------------------------

    def _bases(self, section, words, raw=None):
        if section in (
            "cookies",
            "security",
            "logs",
            "rights",
            "changes",
            "controller",
            "sources",
            "recipients",
            "transfers",
            "processors",
        ):
            return []
        letters = []
        consent = x.CONSENT.find(words)
        if consent and not _without(words, consent):
            letters.append("a")
        if x.CONTRACT.find(words):
            letters.append("b")
        obligation = x.OBLIGATION.find(words)
        sentence = " ".join(t.text for t in words)
        # (the words drop a statute's slash: "503/1989" is read in the sentence as written)
        real = _real_law(words, raw or sentence)
        special = re.search(
            r"\b9\s*(art|\(2\))|artikla\w* 9|artikel 9|art\.? 9\b|9 artikla", sentence, re.I
        )
        refers = re.search(
            r"nojalla|perusteella|mukaisesti|mukaan|velvoit|grund|enligt|kräver|edellyt"
            # "faktureringen [bygger] på bokföringslagen", "laskutus perustuu kirjanpitolakiin"
            r"|bygger på|baseras på|vilar på|perustu|pohjautu|based on|rests? on",
            sentence,
            re.I,
        )
        # "fakturering (bokföringslagen)": a law alone in brackets is the purpose's basis
        bracketed = any(names_a_law_alone(inner) for inner in _BRACKET.findall(sentence))
        # (round 32) "Kohta c: kirjanpitolaki (1336/1997).", "Bokföring: bokföringslagen": a
        # law alone after an item's label is that item's basis, as in brackets
        label = _ITEM_LABEL.match(raw or sentence)
        after_label = (raw or sentence)[label.end() :].strip(" .") if label else ""
        labelled = names_a_law_alone(after_label)
        if (obligation and not special) or (
            real
            and (refers or bracketed or labelled)
            and section in ("legal_basis", "purposes")
            and not special
        ):
            letters.append("c")
        if x.LEGITIMATE.find(words) and x.INTEREST.find(words):
            letters.append("f")
        # "Ajanvaraus (GDPR 6 art. 1 b)", "Nyhetsbrev: art. 6.1 a": a basis cited by article.
        for _start, letter in cited_bases(sentence):
            if letter not in letters:
                letters.append(letter)
        dp = bool(x.DATA_PROTECTION_LAWS.find(words)) or any(
            n in sentence for n in DATA_PROTECTION_NUMBERS
        )
        # (round 15) the data-protection law said to require the processing, or given as "the
        # law" that is the basis: "Rekisterin pitäminen on GDPR:n edellyttämää", "Lagen kräver
        # att vi för register över våra kunder (GDPR)", "Oikeusperuste: laki (henkilötietolaki
        # 523/1999)". That law obliges no one to process anything (issue 18).
        if (
            dp
            and not real
            and not special
            and "c" not in letters
            and section in ("legal_basis", "purposes")
            # (round 32) or named alone for an item: "Kohta b: tietosuojalaki (1050/2018)."
            and (
                _REQUIRED_BY_LAW.search(raw or sentence)
                or (
                    _DATA_PROTECTION_LAW_ALONE.match(after_label)
                    # "Lainsäädäntö: EU:n tietosuoja-asetus" names the law the notice follows
                    and not _LAW_LABEL.search(label.group(0))
                )
            )
            # what that law does require: telling the person ("Tietosuoja-asetus edellyttää,
            # että kerromme sinulle käsittelystä")
            and not _INFORMING.search(sentence)
        ):
            letters.append("c")
        return [
            (letter, real if letter == "c" else "", letter == "c" and dp and not real)
            for letter in letters
        ]

    def _basis_scopes(self, section, sentence):
        """{basis letter: the parts of the sentence it is given for}.

        "Käytän tietoja ohjaukseen (sopimus), laskutukseen (suostumus) ja muistutuksiin
        (sopimus)": a basis in brackets after an item is that item's, and a semicolon ends a
        statement, so each part is read as one purpose with its own basis (GDPR Art 6(1),
        13(1)(c): a basis per purpose). A sentence without such parts is one scope.
        """
        parts = _basis_parts(sentence, self.lang)
        if len(parts) < 2:
            return {}
        scopes = {}
        for part in parts:
            for letter, _law, _dp in self._bases(section, self.words(part)):
                scopes.setdefault(letter, []).append(part)
        return {letter: tuple(found) for letter, found in scopes.items()}

    # Sources --------------------------------------------------------------------------------

    def _source(self, words):
        self_word = x.SOURCE_SELF.find(words)
        if self_word is None:
            received = _received_from(words)
            if received:
                return received
            text = lowered(words)
            m = re.search(
                r"(asiakkaalta|rekisteröidyltä|sinulta|potilaalta|henkilöltä|jäseneltä|valmennettavalta|käyttäjältä)\b"
                r"|från (dig|kunden|kunderna|den registrerade)|lämnas av (kunden|kunderna|dig)|\bfrom you\b"
                r"|(asiakas|asiakkaat|rekisteröity|sinä) (itse )?(antaa|antavat|ilmoittaa|ilmoittavat)"
                # "Det är du som ger oss uppgifterna", "Sinä annat tiedot"
                r"|\b(du|ni) som (ger|lämnar)\b|\b(du|ni) ger (oss|mig) (\w+ )?uppgift"
                r"|\b(sinä|te) (itse )?(annat|annatte)\b",
                text,
            )
            if m and _CONSENT_GIVEN_BEFORE.search(text[: m.start()]):
                # (round 26) "peruste: suostumus, jonka asiakas antaa tilaamalla uutiskirjeen":
                # the person gives a consent there, not the data
                return ""
            return m.group(0) if m else ""
        if x.SOURCE_VERB.find(words) or re.search(
            # "Tiedot pyydetään asiakkaalta suoraan": asked of the person directly
            r"antam|ilmoittam|lämna|lämnar|uppg|pyydetään|pyydämme|kysytään|kysymme",
            lowered(words),
        ):
            return self_word.text
        return ""

    # Transfers ------------------------------------------------------------------------------

    def _transfers(self, sentence, words):
        # Compiled once per reading (_sentence_claims), not per sentence.
        names, pattern, aliases = getattr(self, "services", None) or _services_pattern()
        if not _any_alias(aliases).search(sentence.lower()):
            return []
        if _FOLLOW_US.search(sentence):
            # "Seuraa meitä Facebookissa", "Följ oss på Instagram": a link to the business's
            # own accounts, no processor of the clients' data.
            return []
        found = []
        for m in pattern.finditer(sentence):
            name = names[m.lastgroup]
            if name not in (n for n, _s in found):
                found.append((name, safeguard_in(sentence)))
        return found

    # Changes --------------------------------------------------------------------------------

    def _changes(self, section, sentence, words, parts):
        """ "without_notice" when changes to the notice are not told to the people it concerns
        ("Muutoksista ei tiedoteta erikseen", "Kunderna meddelas inte separat"), "notified"
        when they are; in the changes section, or in a sentence about changing the notice."""
        if not (section == "changes" or x.CHANGE.find(words)):
            return ""
        if (
            section != "changes"
            and _BOOKING_CHANGED.search(sentence)
            and not _THE_NOTICE.search(sentence)
        ):
            # (round 26) "utan dem kan jag inte boka in dig eller meddela om något ändras": a
            # booked time that changes, not the notice
            return ""
        if v.MATERIAL_CHANGE.search(sentence) and not v.WITHOUT_NOTICE.search(sentence):
            return "notified" if x.NOTIFY.find(words) else ""
        if v.WITHOUT_NOTICE.search(sentence):
            # "Korjaamme kirjoitusvirheitä ilmoittamatta, mutta jos käyttötarkoitukset
            # muuttuvat, kerromme siitä": a contrast that notifies the material changes.
            contrast = next(
                (i for i, c in enumerate(parts) if c.tokens and c.tokens[0].lower in x_CONTRAST),
                None,
            )
            if contrast is not None and any(
                x.NOTIFY.find(c.tokens) and not c.negated for c in parts[contrast:]
            ):
                return "notified"
            # "Små språkliga rättelser gör vi utan att meddela; om ändamålen ändras meddelar vi
            # er": a clause after the one that changes without notice, and notifies in its own
            # words, not negated, tells of the other changes (a contrast without "but").
            silent = next(
                (
                    i
                    for i, c in enumerate(parts)
                    if v.WITHOUT_NOTICE.search(" ".join(t.lower for t in c.tokens))
                ),
                None,
            )
            if silent is not None and any(
                x.NOTIFY.find(c.tokens)
                and not c.negated
                and not v.WITHOUT_NOTICE.search(" ".join(t.lower for t in c.tokens))
                for c in parts[silent + 1 :]
            ):
                return "notified"
            if not v.MATERIAL_CHANGE.search(sentence):
                return "without_notice"
        # "Små språkliga korrigeringar kräver inget meddelande från oss, men alla ändringar som
        # påverkar … meddelar vi medlemmarna": a clause that notifies tells of the changes that
        # matter, whatever a clause before it leaves untold.
        told = [c.negated for c in parts if x.NOTIFY.find(c.tokens) is not None]
        if told:
            return "without_notice" if all(told) else "notified"
        return ""


@functools.lru_cache(maxsize=16_384)
def _sentence_claims(lang, section, sentence, services_table):
    """The claims of one sentence: they depend only on its words, its language, the kind of
    its section and the known services (a site may add its own), so notices that share
    sentences (templates) read them once."""
    reader = NoticeClaims.__new__(NoticeClaims)
    reader.lang = lang
    reader.services = _compiled_services(services_table)
    return tuple(reader._sentence_claims(section, sentence))


# Helpers ------------------------------------------------------------------------------------

# A date in any common form: "1.2.2026", "2026-02-01", "1/2/2026", "1. helmikuuta 2026",
# "helmikuussa 2026", "1 februari 2026", "February 2026".
_MONTHS = (
    r"tammi\w*|helmi\w*|maalis\w*|huhti\w*|touko\w*|kesä\w*|heinä\w*|elo\w*|syys\w*|loka\w*"
    r"|marras\w*|joulu\w*|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober"
    r"|november|december|january|february|march|may|june|july|august|october"
)
_DATE = (
    r"\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4}"
    rf"|(\d{{1,2}}\.?\s+)?({_MONTHS})\s+\d{{4}}"
    # "lokakuun lopussa 2026", "i slutet av oktober 2026": a part of a month
    rf"|({_MONTHS})\s+(alussa|lopussa|puolivälissä)\s+\d{{4}}"
    rf"|i (början|slutet|mitten) av ({_MONTHS})\s+\d{{4}}"
    # a month and a year in numbers ("Päivitetty 10/2026"); a statute's number ("94/2022") has
    # no month before its slash
    r"|\b(0?[1-9]|1[0-2])/(19|20)\d{2}\b"
)
_YEAR = re.compile(r"\d{4}")
UPDATED_RE = casefree(
    r"(päivitet\w*|päivitimme|päivitys|muutettu|muutoksia tehty|laadittu|viimeksi|uppdater\w*"
    r"|ändrad\w*|senast|updated|last (changed|modified|revised)|versio\w*|voimassa"
    r"|gäller från|effective"
    # reviewed or revised: "Reviderad 30.10.2026", "Texten har setts över 24.9.2026",
    # "Selosteen tilanne 15.9.2026", "tarkistettu", "reviewed"
    r"|revider\w*|setts över|sedd över|granskad\w*|översedd|tilanne|tarkistet\w*|tarkastet\w*"
    r"|revised|reviewed|skrevs om|omskriv\w*"
    # (round 30) drawn up or supplemented: "Uppgjord 1.6.2015, kompletterad 2.2.2023",
    # "täydennetty", "amended"
    r"|uppgjord|upprättad|kompletter\w*|täydennet\w*|täydennys|amended|supplemented"
    # (round 35) written or rewritten: "Tämä teksti on kirjoitettu uudelleen 20.1.2026",
    # "uudistettu", "omskriven", "rewritten"
    r"|kirjoitet\w*|uudistet\w*|omskriven|nyskriven|rewritten)[^\n]{0,40}?"
    rf"(?P<date>{_DATE})",
    re.IGNORECASE,
)


# An act whose object is a pronoun: "genom att beställa det", "tilaamalla sen", "by ordering
# it".
_REFERS_BACK = casefree(
    r"\batt \w+ (det|den|dem)\b|\b\w+(malla|mällä|essa|essä|essasi|essäsi) (sen|sitä|niitä|ne)\b"
    r"|\b\w+ing (it|them)\b",
    re.IGNORECASE,
)


# A template's instruction: in brackets, or (round 30) in parentheses with words of filling in
# ("(ÄNDAMÅL – fylls i av företaget)", "(kuvaa tähän käyttötarkoitus)"), or "XXX".
_INSTRUCTION = re.compile(
    r"\[[^\]]*\]|<[^>]*>|\bx{3,}\b"
    r"|\((?=[^)]*\b(fylls i|fyll i|skriv här|beskriv här|kompletteras|täyte\w*|täytä\w*"
    r"|täydennetään|lisätään|kirjoita tähän|kuvaa tähän|fill in|to be (added|filled)|tbd)\b)"
    r"[^)]*\)",
    re.IGNORECASE,
)


# (round 31) A site builder's sample paragraph left in place: "Add your text here. Click to
# edit …", "I'm a paragraph", "Lorem ipsum", in the builders' Finnish and Swedish too.
_BUILDER_SAMPLE = re.compile(
    r"\b(add your (own )?text|click (here )?to (edit|add)|i'?m a paragraph|lorem ipsum"
    r"|lisää (oma )?teksti\w* tähän|napsauta (tästä )?(muokat|lisät)|olen kappale"
    r"|lägg till (din )?(egen )?text|klicka (här )?för att (redigera|lägga till)"
    r"|jag är ett stycke)",
    re.IGNORECASE,
)


def placeholder_text(text):
    """A template's instruction left in place: "[Kirjoita tähän …]", "<täytä>", "XXX"."""
    if _BUILDER_SAMPLE.search(text or ""):
        return True
    stripped = _INSTRUCTION.sub(" ", text or "")
    # "[täydennetään]" alone is a placeholder too: nothing is left once it is taken out.
    return (len(stripped.split()) <= 1 and len((text or "").split()) > 1) or (
        not stripped.strip() and bool((text or "").strip())
    )


# (round 35) with a possessive on each: "Zoom får då ditt namn, din bild och ditt ljud under
# mötet", "kuvasi ja äänesi"
_PICTURE = r"(din |ditt |sinun |your )?(bild|bilden|kuva|kuvasi|picture|image)"
_SOUND = r"(din |ditt |sinun |your )?(ljud|ljudet|röst|ääni|äänesi|audio|sound|voice)"
_LIVE_PICTURE = re.compile(
    rf"\b{_PICTURE} (och|ja|and) {_SOUND}\b|\b{_SOUND} (och|ja|and) {_PICTURE}\b"
)
_RECORDED_OR_KEPT = re.compile(
    r"tallenn|inspel|spela\w* in|nauhoit|record|sparas|säilyt|saved|stored"
)


def _in_address(sentence, token):
    """Whether a token is part of an email address or a web address in the sentence."""
    start = sentence.rfind(" ", 0, token.start) + 1
    end = sentence.find(" ", token.start)
    chunk = sentence[start : end if end >= 0 else len(sentence)]
    return "@" in chunk or "www." in chunk or "://" in chunk


_SURVEY_WORD = re.compile(r"kysel|enkät|survey")
_SURVEY_ANSWERS = re.compile(
    r"\b\w*kysely\w* (\w+ )?vastau\w*|\bkyselyvastau\w*|\b\w*enkät\w* svar\w*|\benkätsvar\w*"
    r"|\bsvar\w* (\w+ ){0,2}\w*enkät\w*|\bsurvey (answers|responses)\b"
)


# An animal's, in the genitive: whose health the words after it are.
_ANIMAL_OWNERS = re.compile(
    r"^(koira\w*n|koirien|hevose\w*n|hevosten|lemmik\w*n|eläim\w*n|kissa\w*n|kissojen"
    r"|hund\w*s|häst\w*s|djur\w*s|katt\w*s|husdjur\w*s|dog'?s|horse'?s|pet'?s|animal'?s)$"
)


# A person the words after it are about: the client, the owner, "you".
_PERSON_OWNERS = re.compile(rf"^({PERSON_OWNER})$")


def _animals_only(words, preceding=()):
    """Whether every health word of ``words`` is an animal's: an animal's genitive comes before
    it in the sentence (``preceding`` are the sentence's words before ``words``) with no person
    named between ("koiran lääkitys ja sairaudet", "hundens namn, ras och ålder samt uppgifter
    om vaccinationer och eventuella sjukdomar")."""
    tokens = list(preceding) + list(words)
    found = [
        i for i, t in enumerate(tokens) if i >= len(preceding) and x.GROUPS["health"].is_token(t)
    ]

    def animals(i):
        for t in reversed(tokens[:i]):
            if _ANIMAL_OWNERS.match(t.lower):
                return True
            if _PERSON_OWNERS.match(t.lower):
                return False
        return False

    return bool(found) and all(animals(i) for i in found)


def _word_of(words, group):
    token = x.GROUPS[group].find(words)
    return token.text if token else ""


# Receiving data from someone (GDPR Art 13–14: the source of the data): "Vi får uppgifterna
# av dig", "Uppgifterna får jag av barnets vårdnadshavare", "Saamme tiedot lähettävältä
# lääkäriltä", "we receive the data from your doctor".
_RECEIVE_LEMMAS = frozenset("saada få receive get obtain".split())
_FROM_WORDS = frozenset("av från ur from".split())
# "en kopia av dina uppgifter", "saat meiltä jäljennöksen": what is given to the person, from
# the controller, is no source.
_NOT_A_SOURCE_AFTER = frozenset("din dina ditt er era våra vår vårt oss mig your our us me".split())
_CONTROLLER_ABLATIVES = frozenset("meiltä minulta rekisterinpitäjältä yritykseltä".split())


def _received_from(words):
    """The party a sentence says data is received from, or ""."""
    for index, token in enumerate(words):
        if token.lemma not in _RECEIVE_LEMMAS:
            continue
        for later_index in range(index + 1, min(index + 5, len(words))):
            later = words[later_index]
            after = words[later_index + 1] if later_index + 1 < len(words) else None
            if later.lower in _FROM_WORDS and after is not None:
                if after.lower in _NOT_A_SOURCE_AFTER or x.ALL_DATA.is_token(after):
                    break
                return f"{later.text} {after.text}"
            if (
                later.lower.endswith(("lta", "ltä"))
                and later.lemma != later.lower
                and len(later.lower) > 4
                and later.lower not in _CONTROLLER_ABLATIVES
            ):
                return later.text
    return ""


_RECORDING = re.compile(
    r"\b(tallenne\w*|tallenna\w*|tallent\w*|kirjata|kirjaa\w*|kirjata\w*|kirjoiteta|merkitä|"
    r"merkitse\w*|säilytetä|sparas|sparar|antecknas|antecknar|registreras|lagras|dokumenteras|"
    r"recorded|stored|kept|written down)\b"
)


_NEED_VERBS = frozenset(("tarvita", "behöva", "behövas", "need", "krävas"))


# The data-protection law said to require something, or "the law" given with that law in
# brackets (round 15).
_REQUIRED_BY_LAW = casefree(
    # (round 27) or obliges: "dataskyddsförordning (2016/679) förpliktar oss"
    r"\b(edellyt\w*|vaati\w*|vaadi\w*|kräv\w*|requir\w*|förplikt\w*|velvoitta\w*|ålägg\w*"
    r"|oblig\w*)\b|\b(laki|lag|lagen|law)\b\s*\(",
    re.IGNORECASE,
)
# A data-protection law and nothing else: "EU:n tietosuoja-asetus", "tietosuojalaki (1050/2018)",
# "dataskyddsförordningen (EU) 2016/679".
_DATA_PROTECTION_LAW_ALONE = casefree(
    r"^\W*((EU|EU:n|EU:s|EU's|the)\s+)?(yleinen\s+|allmänna\s+|general\s+)?"
    r"(tietosuoja-?asetu\w*|tietosuojalak\w*|henkilötietolak\w*|dataskyddsförordning\w*"
    r"|dataskyddslag\w*|personuppgiftslag\w*|gdpr\w*|data protection (regulation|act))"
    r"[\s,]*(\(?(EU\)?\s*)?[\d/:]+\)?)?\W*$",
    re.IGNORECASE,
)
_LAW_LABEL = casefree(r"lai?n|laki|lag|legisl|säädö|sääntel|regler|regul|rules", re.I)
_INFORMING = casefree(
    r"\b(kerro\w*|kerto\w*|ilmoit\w*|informo\w*|informer\w*|berätta\w*|tell\w*|inform\w*"
    r"|selostee\w*|selosteen|beskrivning\w*|notice)\b",
    re.IGNORECASE,
)


def _real_law(words, sentence):
    """A law that can oblige processing (not the GDPR, the Tietosuojalaki or the repealed
    Henkilötietolaki), as named; "" when none."""
    for m in STATUTE_RE.finditer(sentence):
        if m.group(0) not in DATA_PROTECTION_NUMBERS:
            return m.group(0)
    if re.search(r"potilaan asemasta|patientens ställning|om journalhandlingar", sentence, re.I):
        return "785/1992"
    token = x.REAL_OBLIGATIONS.find(words)
    return token.lemma if token else ""


# A period borrowed from another group (read by ``NoticeClaims._borrowed_periods``): the
# group after "kuin", "som", "kanssa", "med" lends its period; after "samoin", "detsamma
# gäller" the group named is the one that borrows.
_BORROW = re.compile(
    r"\b(?P<along>yhtä (kauan|pitkään|pitkän ajan)|saman ajan|samaksi ajaksi|lika (länge|lång tid)"
    r"|samat? aja(t|n) kuin|samma tid som|samma period som|the same (time|period) as"
    r"|samma tid|as long as|for the same (time|period)|yhdessä|tillsammans med|together with"
    r"|samaan aikaan|samanaikaisesti|samalla|samtidigt|simultaneously|at the same time"
    # "samoin kuin kurssilaisten tiedot", "på samma sätt som kunduppgifterna": kept as the
    # group after it is (the lender named, as after "yhtä kauan kuin")
    r"|samoin kuin|på samma sätt som|in the same way as)\b"
    r"|\b(?P<same>samoin|likaså|detsamma gäller|detta gäller även|samma gäller|sama koskee"
    r"|sama pätee|the same applies to"
    # (round 18) "Namn och kontaktuppgifter följer samma tidtabell", "noudattavat samaa
    # aikataulua", "follow the same schedule"
    r"|följer samma (tidtabell|tidsplan|schema|regel)|noudatta\w* samaa (aikataulua|sääntöä)"
    r"|follows? the same (schedule|rule))\b"
)
# Groups a pronoun does not carry to a retention sentence: consents, requests, cookies.
_NOT_KEPT_GROUPS = ("consents", "requests", "cookies", "other")
# The person's own data or request named outside the rights section.
_PERSONS_OWN_DATA = re.compile(
    r"rekisteröidyn|omien tietojen|omat tietonsa|tarkastuspyyn|egna uppgifter|insynsbegär"
    r"|registerutdrag|den registrerade"
)
# A place the sentence before named, pointed back to ("siellä", "där" not after a comma, where it
# would open a relative clause about the same sentence's place).
_PLACE_ANAPHOR = re.compile(r"\b(siellä|sieltä)\b|(?<![,\s])\s+(där|därifrån)\b")
_EVERY = casefree(r"\b(kaikki\w*|alla|samtliga|all|every)\b", re.IGNORECASE)
_DATA_ANAPHORS = frozenset(
    "ne niitä niiden nämä näitä näiden noita se sitä sen tämä de dem dessa desamma det detta den "
    "they them these those it".split()
)
# Words one of which every wording of _BORROW holds: most sentences are passed by at once.
_BORROW_KEYS = (
    "yhtä",
    "sama",
    "samm",
    "same",
    "samo",
    "samtidigt",
    "simultaneously",
    "lika",
    "yhdessä",
    "tillsammans",
    "together",
    "as long",
    "gäller även",
)
_NO_RETENTION = frozenset(("cookies", "rights", "controller", "changes", "transfers"))
# A sentence led by a label of its own ("Kirjanpito – …", "Bokföring: …"): a list item.
_ITEM_LABEL = re.compile(r"^[^\W\d][^.:–—(]{0,60}(:\s| – | — )")
_OBLIGES = casefree(
    r"skyldig|förpliktad|ålagd|velvolli|velvoit|edellyttä|vaati|kräver|obliged|required|must",
    re.I,
)


_NEEDED_FOR = re.compile(
    r"\b(tarvitaan|tarvitsen|tarvitsemme|käytetään|käytän|käytämme)\b (\w+ )?\w+"
    r"(seen|aan|ään|iin|hin)\b|\b(behövs|används|behöver vi|använder vi) (för|till)\b"
    r"|\b(are|is) (needed|used) for\b"
)
_PRONOUN_START = casefree(r"^\W*(det|den|detta|sen|sitä|se|tämän|tätä|tämä|it|this)\b", re.I)
_FOLLOW_US = casefree(r"\b(seuraa|seuraathan) meitä\b|\bfölj oss\b|\bfollow us\b", re.I)


# Round 15: the clause's structure, not the act's word ------------------------------------------
# Each writer takes another act for consent ("Hierontapöydälle asettumalla asiakas hyväksyy …",
# "Genom att lägga dig på britsen godkänner du …"): a stem list of acts never ends. What makes
# consent by conduct is the shape: an act of the person, said as the means or the condition,
# then the person's agreement to something the keeper does with them (Art 4(11), 7(4); EDPB
# 05/2020 §3.1.2 and §3.4). Any verb of the person fills the act's place here; the agreement's
# object must be a keeper's act of processing, so accepting terms or a price stays out.


_RECORDS = re.compile(
    r"\bspela\w* (\w+ ){0,3}in (\w+ ){0,3}(på|som) (ljud|video|band)\b|\bspela\w* in (ljud|video)"
    r"|\b(nauhoita\w*|äänittä\w*|äänitä\w*|videoi\w*)\b|\brecord\w* (the |a |our )?(session|audio|video)"
)


def bases_in(reading, text):
    """The Art 6(1) letters a purpose's own text names, read as lemmas ("vårdavtal" is a
    contract, "skyldiga att föra journal" an obligation)."""
    reader = NoticeClaims.__new__(NoticeClaims)
    reader.lang = reading.language
    return [letter for letter, _law, _dp in reader._bases("purposes", reader.words(text))]


def _words_of(reading, text):
    """The words of a text in the notice's language."""
    return tokens(text, reading.language)


# The allative, with a possessive suffix too ("kirjanpitäjälleni", "tilitoimistollemme").
_ALLATIVE = re.compile(r"lle(ni|si|mme|nne|en|nsa|nsä)?$")
_GOES = frozenset(("går", "gick", "goes", "go", "menee", "menevät", "meni", "menivät"))


def _hands_over(words):
    """A clause that says someone receives or sees data: "Kirjanpitäjäni näkee laskut",
    "Kelalle toimitan palautteet", "Muille en tietoja anna", "Vi säljer inte uppgifterna till
    någon"."""
    # "Fakturorna går vidare till min bokföringsbyrå", "laskut välitetään eteenpäin": passing
    # data on is handing it over, whatever the verb.
    verb = x.HAND_OVER.find(words) or next(
        (t for t in words if t.lower in ("vidare", "eteenpäin", "forward", "onward")), None
    )
    if verb is None and not words.forms.isdisjoint(_GOES):
        # "Fakturorna går till den som betalar … och till min bokföringsbyrå", "Laskut menevät
        # tilitoimistolle": data that goes to someone is handed over.
        for index, token in enumerate(words[:-1]):
            following = words[index + 1].lower
            if (token.lower in ("går", "gick", "goes", "go") and following in ("till", "to")) or (
                token.lower in ("menee", "menevät", "meni", "menivät")
                and _ALLATIVE.search(following)
            ):
                # whoever is named after "till" receives ("till den som betalar")
                return (index + 2 < len(words) or bool(_ALLATIVE.search(following))) and bool(
                    x.ALL_DATA.find(words) or groups_in(words)
                )
    if verb is None:
        # A named kind of organisation that processes data for the controller is a recipient
        # (GDPR Art 4(9)): "Tilitoimisto hoitaa kirjanpitoni", "Leverantören behandlar
        # uppgifterna för vår räkning".
        organisation = x.RECEIVER.find(words)
        return bool(
            organisation
            and organisation.lower not in _NOBODY
            and x.PROCESS_FOR.find(words)
            and (x.ALL_DATA.find(words) or groups_in(words) or _DATA_WORD.search(lowered(words)))
        )
    receiver = (
        x.RECEIVER.find(words)
        or next(
            (t for t in words if _ALLATIVE.search(t.lower) and len(t.lower) > 5 and t is not verb),
            None,
        )
        # A named organisation ("… skickas med Posten, som får ditt namn"): a capitalised
        # word inside the sentence.
        or next((t for t in words[1:] if t.text[:1].isupper() and t is not verb), None)
        or _relative_receiver(words)
    )
    # "toimitustiedot", "kunduppgifter": the data word may end a compound.
    # Photographs handed over ("Valmiit kuvat toimitetaan hääparille", "Kuvat toimitan sinulle")
    # are the service delivered to the client, who is no recipient (GDPR Art 4(9)); photographs
    # disclosed to others are said with a disclosing verb, read by _discloses.
    data = (
        x.ALL_DATA.find(words)
        or [g for g in groups_in(words) if g != "photos"]
        or _DATA_WORD.search(lowered(words))
        # "Ingen annan får dem": the data of the sentence before, as a pronoun.
        or (
            verb.lemma in ("få", "saada", "receive", "nähdä", "se", "see")
            and _DATA_PRONOUN.search(lowered(words))
        )
    )
    return bool(receiver and data)


_NOBODY = frozenset("muu muut kukaan kolmas ingen annan nobody anybody third".split())
_DATA_WORD = re.compile(r"(tieto|tiedo|uppgift|\bdata|information)")
_DATA_PRONOUN = re.compile(r"\b(dem|niitä|them)\b")


def _discloses(words):
    """A word of disclosing: "luovutetaan", "lämnas ut", "delas"; "lämna" alone is giving ("När
    du lämnar dina uppgifter", "Det är frivilligt att lämna uppgifter"), not disclosing."""
    token = x.DISCLOSE.find(words)
    if token is None:
        return False
    if token.lemma != "lämna":
        return True
    index = words.index(token)
    # "lämnas ut", "lämnar inte ut dem", "lämnar vi vidare"
    following = {t.lower for t in words[index + 1 : index + 4]}
    return bool(following & {"ut", "vidare"}) or _hands_over(words)


def _relative_receiver(words):
    """A relative clause whose pronoun is the receiver: "…, jolle annetaan maksujen tiedot",
    "…, som får ditt namn och din adress", "…, who see the invoices"."""
    if len(words) < 2:
        return None
    first, second = words[0], words[1]
    if first.lower in ("jolle", "joille"):
        return first
    if first.lower in ("som", "joka", "jotka", "who", "which") and second.lemma in (
        "få",
        "se",
        "saada",
        "nähdä",
        "receive",
        "see",
    ):
        return first
    return None


def _without(words, token):
    """Whether ``token`` stands after "ilman"/"utan"/"without" ("ilman suostumustasi")."""
    index = words.index(token)
    return any(t.lower in ("ilman", "utan", "without") for t in words[max(0, index - 3) : index])


_PORTABILITY = casefree(
    r"koneluettava|koneellisesti luettava|maskinläsbar|machine-readable|siirtää toiselle"
    r"|överför\w* (\w+ ){0,3}till (en annan|ett annat)|portabil|dataportab|siirrettävyy"
    r"|en dator kan läsa|a computer can read|" + ANOTHER_CAN_READ,
    re.I,
)


def _states_portability(sentence):
    return bool(_PORTABILITY.search(sentence))


# "Peruste: sopimus.", "Oikeusperuste – suostumus", "Rättslig grund: avtal", "Basis: contract".
_BASIS_LABEL = casefree(
    r"^(\w+\s)?(oikeus|käsittely)?peruste(ena)?\s*[:–-]|^(rättslig\s+)?grund\s*[:–-]"
    r"|^(legal\s+)?basis\s*[:–-]"
    # (round 15) a sentence whose subject is the basis: "Peruste on sopimus.", "Grunden är
    # avtalet.", "The basis is the contract." (what the sentence before did is the purpose)
    r"|^(oikeus|käsittelyn\s+)?peruste(ena)?\s+on\b|^(den\s+rättsliga\s+)?grunden\s+är\b"
    r"|^the\s+(legal\s+)?basis\s+is\b",
    re.I,
)
_BRACKET = re.compile(r"\(([^()]*)\)")


def _basis_parts(sentence, lang):
    """The sentence cut after each bracketed basis ("laskutukseen (suostumus)") and at
    semicolons: the parts a basis can be given for."""
    if "(" not in sentence and ";" not in sentence:
        return [sentence]
    cuts = []
    for m in _BRACKET.finditer(sentence):
        inner = tokens(m.group(1), lang)
        if (
            x.CONSENT.find(inner)
            or x.CONTRACT.find(inner)
            or x.OBLIGATION.find(inner)
            or (x.LEGITIMATE.find(inner) and x.INTEREST.find(inner))
            # "för att fakturera (bokföringslagen)": the law that requires it
            or names_a_law_alone(m.group(1))
            or cited_bases(m.group(1))
        ):
            cuts.append(m.end())
    cuts += [m.end() for m in re.finditer(";", sentence)]
    parts, start = [], 0
    for cut in sorted(set(cuts)):
        if sentence[start:cut].strip(" ,;."):
            parts.append(sentence[start:cut].strip(" ,;"))
        start = cut
    if sentence[start:].strip(" ,;."):
        parts.append(sentence[start:].strip(" ,;"))
    return parts or [sentence]


def _purpose_words(sentence):
    return sentence.strip()


def _services_table():
    return tuple((s.name, tuple(s.aliases)) for s in services() if s.outside_eea)


def _services_pattern():
    """One pattern for every known service outside the EU/EEA, and each group's service."""
    return _compiled_services(_services_table())


@functools.lru_cache(maxsize=8)
def _compiled_services(table):
    names, parts = {}, []
    for index, (name, aliases) in enumerate(table):
        group = f"s{index}"
        names[group] = name
        body = "|".join(service_body(alias) for alias in sorted(aliases, key=len, reverse=True))
        parts.append(f"(?P<{group}>{body})")
    aliases = tuple({alias.lower()[:4] for _name, names_ in table for alias in names_})
    # (speed) the "not inside a word" test once, before the alternatives, so that the engine
    # tries the hundred services only where a word begins; the aliases in lowercase, so that the
    # pattern gets a lowercase twin (search.py)
    joined = NOT_INSIDE_A_WORD + "(?:" + "|".join(parts) + ")" if parts else r"(?!x)x"
    return names, casefree(joined, re.IGNORECASE), aliases


@functools.lru_cache(maxsize=8)
def _any_alias(aliases):
    """One search for "does the text hold any of these (lowercase) alias beginnings"."""
    return re.compile("|".join(map(re.escape, aliases)) if aliases else r"(?!x)x")


NOT_INSIDE_A_WORD = r"(?<![\w.-])"


def service_body(alias):
    """A service's name in its cases ("Zoomissa", "Mailchimp:iin", "Calendly-linkki")."""
    suffix = (
        r"(?::?(n|a|ä|in|ia|iä|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|iin|issa|issä|ista|istä"
        r"|illa|illä|ilta|iltä|ille|ksi|s))?"
    )
    return rf"{re.escape(alias.lower())}{suffix}(?:-[^\W\d_]+)?(?![\w-])"


SAFEGUARDS = (
    ("dpf", casefree(r"tietosuojakehy|privacy framework|\bdpf\b|dataskyddsramverk", re.I)),
    (
        "scc",
        casefree(
            r"vakiolausek|vakiosopimuslausek|mallisopimuslausek|mallilausek|standard contractual"
            r"|\bscc|standardavtalsklausul|standardklausul",
            re.I,
        ),
    ),
    (
        "bcr",
        casefree(r"sitovat yrityssäänn|binding corporate|bindande företagsbestämmelser", re.I),
    ),
    (
        "adequacy",
        casefree(
            r"riittävyyspäätö|komissi\w*[^.]{0,80}riittäv|riittäv\w*[^.]{0,80}komissi|adequacy"
            r"|beslut om adekvat|adekvat skyddsnivå",
            re.I,
        ),
    ),
    (
        "art49",
        casefree(
            r"49 art|art\w*\.? 49|artiklan? 49|nimenomai\w* suostum\w*[^.]{0,60}siir"
            r"|siir\w*[^.]{0,60}nimenomai\w* suostum|uttryckli\w* samtycke[^.]{0,60}överför"
            r"|explicit(ly)? consent[^.]{0,60}transfer",
            re.I,
        ),
    ),
)


def safeguard_in(text):
    """The safeguard a text names for a transfer: "dpf", "scc", "bcr", "adequacy", "art49", or
    "" when it names none."""
    for key, pattern in SAFEGUARDS:
        if pattern.search(text):
            return key
    return ""


# Placeholders and copy artefacts left where a contact should be (GDPR Art 13(1)(a)).
PLACEHOLDER_RE = casefree(
    r"\[\s*email[^\]]*protected\s*\]|email\s*protected|\[[^\]]{2,30}\]|<[^>]{2,30}>"
    # blanks to fill in: "________@________.fi", "(lisätään)", "(fylls i)"
    r"|_{3,}|\((lisätään|täydennetään|täytetään|fylls i|kompletteras|tbd|to be added)\)"
    # a template's name fields as the address, with or without the Swedish letters
    # ("fornamn.efternamn@foretag.fi"), and "company" as the domain in the three languages
    r"|\b(etunimi|f[öo]rnamn|firstname|first)[._]?(sukunimi|efternamn|lastname|last)?@"
    r"|@(yritys|yrityksesi|f[öo]retag(et)?|firma(n)?|company|domain|verkkotunnus|dom[äa]n)\."
    r"|etunimi\.sukunimi@|förnamn\.efternamn@|firstname\.lastname@|\bx{2,}@|@x{2,}|\bxxx\b"
    r"|\b0\d{1,2}[\s-]?x{2,}|x{3,}\s*x{2,}|sähköposti@|sahkoposti@|email@domain|@domain\."
    # a number of zeros ("+358 40 000 0000", "040 000 000")
    r"|(\+358|\b0)\s?\d{1,2}[\s-]?0{3}[\s-]?0{3,4}\b"
    r"|@yritys\.fi\b|@yrityksesi\.|@firma\.fi\b|@company\.com\b|@example\.com\b|\.\.\.@|@\.\.\."
    # a template's address: the names of the fields in place of the values ("Katuosoite 1,
    # 00000 Kaupunki", "Gatuadress 1, 00000 Ort"), a zero-filled postal code
    r"|\b(katu)?osoite\s+\d|\bgatuadress\s+\d|\bstreet( address)?\s+\d|\b00000\b"
    r"|\b(postinumero|postitoimipaikka|postnummer|postort|zip code)\b(?!:?\s*\d)"
    # (round 28) the street's name as the field's name ("Gatunamn 00", "Kadunnimi 1"), a
    # domain named as one ("fornamn@foretagetsdoman.fi", "@yrityksendomain.fi")
    r"|\b(gatunamn|gatans namn|kadunnimi|kadun nimi|katunimi|street ?name)\b"
    r"|@\w*(doman|domän|domain|verkkotunnus)\w*\."
    # (round 15) a template's example values: the bare field words as street and city ("Katu 1,
    # 00100 Kaupunki", "Gatan 1, … Staden"), an example domain or a "your" mailbox
    # ("nimi@esimerkki.fi", "din@epost.fi"), and a note to fill in ("osoite tähän", "(vaihda
    # omaksi)", "fyll i här")
    r"|^\s*(katu|tie|gatan|gata|vägen|street|road)\s+\d|\b\d{5}\s+(kaupunki|paikkakunta|staden"
    r"|stad|orten|ort|city|town)\b"
    r"|@(esimerkki|exempel|example|epost|e-post|sahkoposti|sähköposti|email|e-mail|osoite|adress"
    r"|address|domain|verkkotunnus)\.|\b(nimi|nimesi|din|ditt|namn|your|yourname|name|oma)@"
    r"|\b(osoite|puhelin|sähköposti|yhteystiedot|adress|telefon|e-post|address|phone) (tähän|här"
    r"|here)\b|\((vaihda|muuta|korvaa|ändra|byt|replace)\b[^)]{0,30}\)|\bfyll i här\b"
    r"|\blisää tähän\b|\badd here\b"
    # a counted-up number ("040 123 4567", "+358 40 1234 567")
    r"|(\+358|\b0)\s?\d{1,2}[\s-]?123[\s-]?45[\s-]?67\b",
    re.IGNORECASE,
)


x_CONTRAST = ("mutta", "men", "but", "kuitenkin", "however")


# A line that introduces the controller: its label, or the business id it carries.
CONTROLLER_LINE_RE = casefree(
    r"^\s*(rekisterinpitäjä|rekisterin pitäjä|personuppgiftsansvarig|ansvarig|"
    r"(data )?controller)\b\s*[:–-]|\b(y-tunnus|fo-nummer|fo-nr|org\.?\s?nr)\b",
    re.IGNORECASE,
)


def is_placeholder(value):
    return bool(PLACEHOLDER_RE.search(value or ""))


_EMAIL_RE = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[\s*email[^\]]*\]|[\w.+-]+\s*(?:\(at\)|\[at\])\s*[\w.-]+"
)
_PHONE_RE = re.compile(r"(?:\+358|\b0)[\dxX][\d xX-]{5,14}[\dxX]")
_STREET_RE = re.compile(
    r"[A-ZÅÄÖ][\wåäöÅÄÖ-]*(katu|tie|kuja|polku|väylä|ranta|tori|gatan|vägen|väg|gränd|torget)"
    r"\s+\d+|\b\d{5}\s+[A-ZÅÄÖ][\wåäö-]+|\b(PL|Postilokero|PB)\s*\d+",
)
_LABELLED_RE = casefree(
    r"(sähköposti|s-posti|email|e-mail|e-post|puh\w*|tel\w*|phone|osoite|adress|address)"
    r"\s*[:.]?\s*(?P<value>\S.*)",
    re.IGNORECASE,
)


def contact_values(line):
    """(key, value) of the contact details a controller line gives, placeholders included."""
    found = []
    for m in _EMAIL_RE.finditer(line):
        found.append(("email", m.group(0)))
    for m in _PHONE_RE.finditer(line):
        found.append(("phone", m.group(0)))
    if _STREET_RE.search(line):
        found.append(("address", line.strip()))
    if not found:
        labelled = _LABELLED_RE.search(line)
        if labelled and PLACEHOLDER_RE.search(labelled.group("value")):
            found.append(("email", labelled.group("value").strip()))
    return found


# The business's field -----------------------------------------------------------------------

# Health-care professions (laki terveydenhuollon ammattihenkilöistä 559/1994 and its decree):
# a practice of one of these keeps patient records (785/1992, 94/2022).
_HEALTH_PROFESSIONS = (
    (
        "massage",
        r"koulutet\w* hieroj\w*|hierontapalvelu\w*|hierontapiste\w*|hierontayritys\w*"
        r"|hierontahoitola\w*|\bhieroja\w*|urheiluhieroj\w*|\bmassör\w*"
        r"|utbildad massör|massageterapeut\w*|massagemottagning",
    ),
    ("physiotherapy", r"fysioterapeut\w*|fysioterapi\w*|physiotherap\w*|\bfysio\b"),
    ("psychotherapy", r"psykoterapeut\w*|psykoterapi\w*|psychotherap\w*"),
    (
        "other_health_care",
        r"osteopaat\w*|osteopat\w*|naprapaat\w*|naprapat\w*|kiropraktik\w*"
        r"|jalkaterapeut\w*|fotterapeut\w*|ravitsemusterapeut\w*|toimintaterapeut\w*"
        r"|puheterapeut\w*|arbetsterapeut\w*|dietist\w*|sairaanhoitaj\w*|terveydenhoitaj\w*"
        # (round 24) the Swedish speech therapist: "legitimerad logoped", "talterapeut"
        r"|logoped\w*|talterapeut\w*|näringsterapeut\w*"
        r"|laillistet\w* terveydenhuollon|terveydenhuollon ammattihenkilö\w*"
        r"|legitimerad vårdpersonal|hälso- och sjukvårdspersonal",
    ),
)
_NOT_HEALTH = casefree(
    r"vyöhyketerap\w*|kehoterap\w*|energiahoi\w*|reikí|reiki|aromaterap\w*|zonterap\w*"
    r"|hierontatuoli|päähieronta|hiuspohjan hieron\w*|hiuspohjahieron\w*|kasvohieron\w*"
    r"|ansiktsmassage|huvudbottens? massage",
    re.IGNORECASE,
)
_OTHER_FIELDS = (
    (
        "coaching",
        r"\bcoach\w*|valmenta\w*|valmennu\w*|työnohja\w*|ohjaaja\w*|konsult\w*|handledar\w*|coachning",
    ),
    (
        "beauty",
        r"kampaamo\w*|parturi\w*|kauneushoit\w*|kosmetolog\w*|hiusstudio\w*|ripsi\w*|kynsi\w*"
        r"|skönhet\w*|frisör\w*|salong\w*",
    ),
    (
        "fitness",
        r"personal trainer|\bpt\b|kuntosal\w*|jooga\w*|pilates\w*|yoga\w*|gym\b|träning\w*",
    ),
)


# A practice named by what it does ("Hieronta Kaisla", "Hierontapiste Tammi"): read only in
# the business's name, the notice's title and the register's name, where it names the business;
# in a list of services ("päänahan hieronta") it does not.
_PRACTICE_NAMES = (("massage", r"\bhieronta\w*|\bhieronnan\b|\bmassage\w*|\bmassagemottagning"),)


INTRODUCTION_SENTENCES = 60


# Where a name or an introduction may end a sentence: after any stop, or at a line break.
_STOP_OR_LINE = re.compile(r"(?<=[.!?])\s+|\n")


def infer_field(reading):
    """(field, sentence) read from the notice's name, controller and introduction, else None.

    The business says what it is where it introduces itself: the title, the controller's name
    and lines, the register's name, the first sentences. A profession named elsewhere counts
    when the notice says the business practises it ("olen koulutettu hieroja"). A denial ("en
    ole terveydenhuollon ammattihenkilö") counts for nothing.
    """
    notice = reading.notice
    names = [notice.get("title") or "", reading.controller.get("name") or ""]
    for section in reading.sections:
        if section.get("kind") in ("register_name", "controller"):
            names.append((section.get("text") or "")[:300])
    intro = list(names)
    for section in reading.sections[:4]:
        if section.get("kind") in ("other", "contact_person"):
            intro.append(section.get("text") or "")
    lang = reading.language
    for text in names:
        for sentence in split(text, _STOP_OR_LINE):
            cleaned = _NOT_HEALTH.sub(" ", sentence)
            for key, pattern in _PRACTICE_NAMES + _HEALTH_PROFESSIONS:
                m = re.search(pattern, cleaned, re.IGNORECASE)
                if m and not _denied(cleaned, m.start(), lang):
                    return key, sentence.strip()
    # A business introduces itself near the top: the first sentences are enough (and keep a
    # long notice's reading linear).
    for text in intro + [s for _k, s in reading.sentences[:INTRODUCTION_SENTENCES]]:
        for sentence in [text] if len(text) < 300 else split(text, _STOP_OR_LINE):
            cleaned = _NOT_HEALTH.sub(" ", sentence)
            for key, pattern in _HEALTH_PROFESSIONS:
                m = re.search(pattern, cleaned, re.IGNORECASE)
                if m and not _denied(cleaned, m.start(), lang):
                    if text in intro or _self_description(cleaned):
                        return key, sentence.strip()
    for text in names:
        for key, pattern in _OTHER_FIELDS:
            if re.search(pattern, text, re.IGNORECASE):
                return key, text.strip()
    return None


def _denied(sentence, position, lang):
    from .lemmas import negated_at

    return negated_at(sentence, lang, position)


_SELF = casefree(
    r"\b(olen|olemme|toimin|toimimme|toimii|on|jag är|vi är|är|i am|we are)\b", re.IGNORECASE
)


def _self_description(sentence):
    return bool(_SELF.search(sentence))


# An activity and the basis it rests on: "<activity> perustuu sopimukseen", "<activity> on
# lakisääteinen velvoite", "<activity> grundar sig på avtalet" (not "Käsittely perustuu …",
# "Grunden är …": the processing or the basis itself as the subject names no purpose).
_ACTIVITY_BASED = re.compile(
    r"^\W*(?P<subject>[\w\- ,]{6,80}?)\s+(perustuu|perustuvat|on|ovat|grundar sig på|grundar sig"
    r"|bygger på|sker med stöd av|är|is based on|rests on|is)\s+(\w+\s+){0,3}\w*?"
    r"(sopimu|suostumu|lakisäätei|oikeutet|avtal|samtyck|rättslig förpliktelse|lagstadga"
    r"|berättigat|contract|consent|legal obligation|legitimate)"
)
_NO_ACTIVITY = casefree(
    r"^\W*(käsittely|tietojen käsittely|henkilötietojen käsittely|käsittelyn peruste|peruste"
    r"|oikeusperuste|tämä|se|ne|nämä|kaikki|behandlingen|behandling av|grunden|den rättsliga"
    r"|rättslig grund|det|detta|dessa|allt|processing|the basis|this|it|all)\b",
    re.IGNORECASE,
)


# A subject that names a basis ("Käsittelyn oikeusperusteena", "Den rättsliga grunden") is
# the basis, not an activity.
_BASIS_SUBJECT = casefree(r"peruste|grund|basis|ground", re.IGNORECASE)


# "Anmälan till kurser, sms om inställda pass …: grunden är avtalet …", "Laskutus: kirjanpitolaki":
# an activity named before a colon, its basis after it.
_LABELLED_ACTIVITY = re.compile(
    r"^\W*(?P<subject>[^:.]{4,120}):\s+(\S+\s+){0,4}(grund\w*|peruste\w*|oikeusperuste\w*"
    r"|sopimu\w*|suostumu\w*|lakisäät\w*|oikeutet\w*|avtal\w*|samtyck\w*|rättslig\w*"
    r"|förpliktelse|lagstadga\w*|berättiga\w*|\w*laki\b|\w*lagen\b|basis|contract|consent"
    r"|legitimate|legal obligation)"
)


def _activity_based(text):
    """Whether a sentence names an activity and the basis it rests on, in either shape."""
    return any(
        found
        and not _NO_ACTIVITY.match(found.group("subject"))
        and not _BASIS_SUBJECT.search(found.group("subject"))
        for found in (_ACTIVITY_BASED.match(text), _LABELLED_ACTIVITY.match(text))
    )
