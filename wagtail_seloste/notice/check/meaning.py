"""Rules over what a notice claims (claims.py): per purpose and per data group (issue 18).

Each rule takes a ``NoticeReading`` and yields findings that carry the sentences they rest on.
notice.py registers them in ``RULES`` among the older rules.
"""

import re

from django.utils.translation import gettext as _

from ..sentences import sentences
from .claims import HEALTH_CARE_FIELDS
from .findings import ERROR, WARNING, Finding
from .retention import REMOVED_WORD, groups_in
from .search import casefree

# The data groups a notice must give a retention period or criterion for when it declares
# them (GDPR Art 13(2)(a): "the period for which the personal data will be stored", read per
# purpose and data group, WP260 rev.01 §III). Client and booking data are one register for a
# small business: a period for either covers both, and nothing else. Health data, invoices,
# newsletter subscribers, photographs and camera recordings are groups of their own: a period
# for the client register says nothing of them. Logs, cookies, consents and requests are covered
# by their own sections or by the plugin's structured rules, and are not asked for here.
RETENTION_FAMILIES = {
    "clients": ("clients", "bookings"),
    "bookings": ("clients", "bookings"),
    "health": ("health",),
    # Invoices are records of the client register, whose minimum the Accounting Act fixes
    # (1336/1997 2:10 §): a period for the register covers them unless they have their own.
    "invoices": ("invoices", "clients", "bookings"),
    # A newsletter's subscription is a consent record (the register keeps it as one, and the
    # retention purge's "consents" rule deletes it): a period for the consents covers it.
    "marketing": ("marketing", "consents"),
    "photos": ("photos",),
    "other": ("other",),
    "logs": ("logs",),
}
GROUP_LABELS = {
    "clients": lambda: _("client and contact data"),
    "bookings": lambda: _("booking data"),
    "health": lambda: _("health data and treatment notes"),
    "invoices": lambda: _("invoices and bookkeeping"),
    "marketing": lambda: _("newsletter and marketing data"),
    "photos": lambda: _("photographs"),
    "other": lambda: _("recordings and other data"),
    "logs": lambda: _("log data"),
    # people who are not clients, each group by its name (round 23: the finding names the very
    # group left without a period)
    "gift_card_buyers": lambda: _("gift-card buyers' data"),
    "applicants": lambda: _("job applicants' data"),
    "trial_visitors": lambda: _("trial visitors' data"),
    "guests": lambda: _("data of members' guests"),
    "enquirers": lambda: _("data of people who only enquire"),
    "entrants": lambda: _("competition entrants' data"),
    "registrants": lambda: _("data of people who sign up for free webinars or talks"),
    "contact_persons": lambda: _("business clients' contact persons' data"),
    "subscribers": lambda: _("newsletter subscribers' data"),
    "emergency_contacts": lambda: _("emergency contacts' data"),
    "waiting_list": lambda: _("the waiting list's data"),
}
# Where a notice declares what it processes.
DECLARING_SECTIONS = ("data_content", "purposes", "legal_basis", "data_subjects", "other", "")


def _sentences(claims, limit=3):
    return tuple(dict.fromkeys(c.sentence for c in claims if c.sentence))[:limit]


def field_of(r):
    """The business's field: as the owner gave it, or read from the text; "" when unknown."""
    found = r.claims_of("field")
    return found[0].value if found else ""


def is_health_care(r):
    return field_of(r) in HEALTH_CARE_FIELDS


def declared_groups(r):
    """The data groups the notice says it processes (not denied), with their claims."""
    groups = {}
    for claim in r.claims_of("data_group"):
        if claim.section in DECLARING_SECTIONS or claim.section == "retention":
            groups.setdefault(claim.subject, []).append(claim)
    return groups


# A waiting list: requests for a time, no part of a patient record and no booking made yet.
_WAITING_LIST = re.compile(
    r"jonotuslist|jonolist|odotuslist|väntelist|kölist|waiting list|waitlist"
    # (round 17) "ställa dig i kö", "Kön är öppen …"
    r"|\bi kö\b|\bkön\b"
    # (round 22) "kö till terapi", "terapiaan jonottavien"
    r"|\bkö (till|för)\b|\bjonott\w*|\bjonoon\b|\bjonossa\b"
    # (round 28) a queue for cancelled times: "peruutusaikajonossa", "återbudslistan",
    # "reservlistan", "varalistalle"
    r"|(peruutus|odotus|varaus|terapia|hoito)\w*jono\w*|peruutuslist|återbudsl|återbudskö"
    r"|reservlist|varalist"
)
_BOOKED_OR_CLIENTS = re.compile(
    r"varau|varat|ajanvar|bokning|bokad|booking|booked|appointment|asiak|kund|client|oppila"
    r"|elev|deltaga|osallistuj|participant|jäsen|medlem|member"
)


def _only_the_waiting_list(sentence):
    """Whether a retention sentence names a waiting list and no booking or client besides."""
    lowered = sentence.lower()
    return bool(_WAITING_LIST.search(lowered)) and not _BOOKED_OR_CLIENTS.search(
        _WAITING_LIST.sub(" ", lowered)
    )


_BOOKING_WORD = re.compile(
    r"(bokning|bokade|tidsbok|varau|varat|ajanvar|booking|booked|appointment|tapaamisaj|käyntiaj"
    r"|" + _WAITING_LIST.pattern + ")"
)


def _other_data_unmatched(declared, statements):
    """Whether some data of no known group that the notice declares ("valvontakameroiden
    videotallenteet") shares no word with any retention statement about such data."""
    return bool(_unmatched_other_words(declared, statements))


def _unmatched_other_words(declared, statements):
    """The words of the data of no known group that no retention statement names, in the
    notice's own words ("filmer", "palautekyselyn"), for the finding to name them."""
    from .claims import _RECORDS  # noqa: PLC0415

    said = " ".join(c.sentence.lower() for c in statements)
    unmatched = []
    for claim in declared:
        word = (claim.value or "").lower()
        if _RECORDS.search(word) or _RECORDINGS_SAID.search(word) or _CAMERA.search(word):
            # a recording, by its verb or its camera: any word for recordings in the statement
            # names it ("kameravalvonnan tallenteet" is covered by "Tallenteet poistetaan 14
            # päivän kuluttua")
            if not _RECORDINGS_SAID.search(said):
                unmatched.append(word)
            continue
        if _SURVEY_SAID.search(word):
            # (round 28) a survey's answers, by any word for the survey: "kundenkät" is named by
            # "Enkätsvar | ett år", "palautekyselyn vastaukset" by "Kyselyvastaukset poistamme …"
            if not _SURVEY_SAID.search(said):
                unmatched.append(word)
            continue
        # (the stem's first five letters: "ansökan" is named by "Ansökningar", "hakemus" by
        # "hakemukset")
        if len(word) >= 6 and word[:5] not in said:
            unmatched.append(word)
    return list(dict.fromkeys(unmatched))


_RECORDINGS_SAID = re.compile(r"inspel|tallen|nauhoi|äänit|ljud|video|record|kamera|film")
_SURVEY_SAID = re.compile(r"kysel|enkät|survey|palaut|feedback")
_CAMERA = re.compile(r"kamera|valvont|bevakning|övervakning|camera|cctv")


def declares_health_data(r):
    """Whether the notice says it processes health data: a health data group outside the
    rights, security and cookie sections, or a structured special category."""
    if any(
        c.get("special_category")
        for c in r.structured("data_content", "categories")
        if isinstance(c, dict)
    ):
        return True
    return any(
        c.subject == "health"
        for c in r.claims_of("data_group")
        if c.section not in ("rights", "security", "cookies", "controller")
    )


# Retention -------------------------------------------------------------------------------------


def retention_claims(r):
    """Retention claims; a period in the log data section bounds the logs only (a sentence
    about log files says nothing of client data). Cookie durations belong to the cookies."""
    from dataclasses import replace

    # (round 16) server logs kept, said in the cookie section ("Kakor och lagringstider: …
    # Serverns loggfiler sparas i 30 dagar"), are the logs' period, not a cookie's
    return [
        replace(c, subject="logs") if c.section == "logs" else c
        for c in r.claims_of("retention")
        if c.section != "cookies" or c.subject == "logs"
    ]


def _contradicts_the_decree(claim):
    """Whether a health data period is firm and counted from an event the decree does not
    count from (the last visit, the end of treatment): STM 94/2022 counts from death or birth."""
    detail = claim.detail
    return bool(
        detail.get("period")
        and detail.get("counted_from")
        and detail.get("counted_from") not in ("death", "birth")
        and not detail.get("vague")
    )


def patient_records_ok(claim):
    """Whether a retention claim for health data follows STM decree 94/2022: 12 years after the
    patient's death, or 120 years after birth, or the decree named."""
    text = claim.sentence.lower()
    if _contradicts_the_decree(claim):
        # (round 31) "Potilaskertomus | 12 vuotta viimeisestä käynnistä | potilasasiakirja-
        # asetus": the decree named beside a period counted from another event is not followed
        return False
    if "94/2022" in text or "298/2009" in text:
        return True
    if any(
        word in text
        for word in (
            "potilasasiakirjoista annetun",
            "potilasasiakirja-asetu",
            "potilasasiakirjoista annetu",
            "asetuksen potilasasiakirjoista",
            "asetus potilasasiakirjoista",
            "asetuksessa potilasasiakirjoista",
            "förordningen om journalhandlingar",
            "förordning om journalhandlingar",
        )
    ):
        return True
    return _counts_from_death(claim)


def _counts_from_death(claim):
    """Whether a health data period is the decree's own: 12 years after the patient's death."""
    text = claim.sentence.lower()
    if claim.detail.get("counted_from") == "death" and claim.detail.get("period") == 12:
        return True
    return "kuolem" in text and "12" in text or ("död" in text and ("12" in text or "tolv" in text))


_SUBSCRIBERS = casefree(
    r"uutiskir|nyhetsbrev|newsletter|kirje|brev\b|brevet|lista|list|tilaaj|tilaus|prenumer"
    r"|subscri",
    re.I,
)


def _subscribers(word):
    """Whether a marketing word names a list of subscribers (a newsletter, a mailing list, a
    monthly letter) rather than marketing to clients."""
    return bool(_SUBSCRIBERS.search(word or ""))


def retention_rule(r):
    """missing-retention, vague-retention, retention-incomplete and patient-records-retention.

    GDPR Art 13(2)(a): a period, or the criteria that fix it, for every group of data. A
    statement about the data as a whole covers every group without one of its own; a statement
    about logs, cookies, invoices or marketing covers only that group.
    """
    claims = retention_claims(r)
    structured = [
        rule
        for rule in r.structured("retention", "rules")
        if rule.get("period") or (rule.get("until") or "").strip() or rule.get("counted_from")
    ]
    retention_sections = [
        s for s in r.of_kind("retention") if (s.get("text") or "").strip() or s.get("rules")
    ]
    if not claims and not structured and not retention_sections:
        yield Finding(
            "missing-retention",
            ERROR,
            _(
                "The notice does not say how long data is kept. Add retention rules to the "
                "section “Retention period” (GDPR Art 13(2)(a))."
            ),
            "retention",
            "GDPR Art 13(2)(a)",
        )
        return
    firm = [c for c in claims if not c.detail.get("vague")]
    # A rule's own "other" (the importer's default) is no group of its own when its data words
    # were read as a group ("Asiakasrekisterin tiedot" are the clients'): otherwise a vague
    # period for data the lexicon knows no group for would pass as covered.
    read = {c.sentence for c in firm if c.detail.get("structured") and c.subject != "other"}
    # (An imported rule read from the vague sentence itself, "Asiakastiedot | 2 vuotta" from
    # "Asiakastiedot säilytetään vähintään kaksi vuotta" or "Uppgifterna | 3 år" from
    # "Uppgifterna raderas tidigast tre år efter …", is the same statement, not another.)
    vague_claims = [c for c in claims if c.detail.get("vague")]
    own_reading = {
        id(c)
        for c in firm
        if c.detail.get("structured")
        and c.sentence
        and (
            any(v.sentence.startswith(c.sentence) for v in vague_claims)
            or _read_from_vague(c.sentence, vague_claims, _period_of(c.detail))
        )
    }
    # (round 29) nor does such a rule make a vague statement an overview: the firm period it
    # seems to give is the vague statement's own ("tidigast tre år", "toistaiseksi, kuitenkin
    # vähintään kaksi vuotta"). (A vague reading of the rule's label alone is no such
    # statement: "Toistaiseksi voimassa olevan jäsenyyden aikana" is a membership.)
    not_own = [
        rule
        for rule in structured
        if not _read_from_vague(rule.get("data"), vague_claims, _period_of(rule))
    ]
    firm_subjects = {
        c.subject
        for c in firm
        if not _read_from_vague(
            c.detail.get("structured") and c.sentence, vague_claims, _period_of(c.detail)
        )
    } | {
        rule.get("applies_to") or "other"
        for rule in not_own
        if (rule.get("applies_to") or "other") != "other" or (rule.get("data") or "") not in read
    }
    # Health care: patient records as STM decree 94/2022 says.
    health_care = is_health_care(r)
    patient_finding = False
    if health_care and declares_health_data(r):
        health = [c for c in claims if c.subject == "health"]
        wrong = [c for c in health if not patient_records_ok(c)]
        general = [c for c in firm if c.subject in ("all", "clients")]
        # No period for the records at all while other data has one (logs, invoices) is the
        # decree's gap too (issue 18: one statement taken as retention for everything).
        # (Only vague statements: vague-retention reports them.)
        # (round 31) a firm period counted from another event is the notice's rule, whatever
        # else names the decree ("Säilytysajat on tarkistettu potilasasiakirja-asetuksen
        # jälkeen" under a table that keeps the records 12 years from the last visit)
        if (
            (health and not any(patient_records_ok(c) for c in health))
            or (not health and firm and not any(patient_records_ok(c) for c in claims))
            # (an update that gives the decree's own period, "12 vuotta asiakkaan kuolemasta",
            # replaces the table's old one)
            or (
                any(_contradicts_the_decree(c) for c in health)
                and not any(_counts_from_death(c) for c in health)
            )
        ):
            patient_finding = True
            yield Finding(
                "patient-records-retention",
                ERROR,
                _(
                    "The notice does not keep patient records as the decree on patient "
                    "documents says: they are kept 12 years after the patient's death, or 120 "
                    "years after birth when the date of death is unknown. State that period for "
                    "the treatment notes and health data (STM decree 94/2022; Act 785/1992, "
                    "section 12)."
                ),
                "retention",
                "STM 94/2022; 785/1992 12 §",
                _sentences(wrong or general),
            )
    # A vague statement is a finding unless its data has a firm period elsewhere ("Säilytämme
    # tietoja vain niin kauan kuin on tarpeen" over structured rules with periods is an
    # overview; "Laskut säilytetään niin kauan kuin laki edellyttää" beside a period for client
    # data leaves the invoices without one).
    # A vague period for the patient records is patient-records-retention's to report: its fix
    # (the decree's periods) is the same.
    # A vague statement about the data as a whole beside structured rules is an overview only
    # when the firm periods cover every group the notice declares; "Tiedot säilytetään
    # tarpeellisen ajan" beside a period for the invoices leaves the client data with the vague
    # one alone.
    # (round 29) read without the rules the importer read from a vague statement itself
    # (round 34) so are firm sentences the importer read no rules from ("Jag sparar inte
    # uppgifter längre än nödvändigt. Så här länge sparas de:" over a bulleted list of labels
    # and periods)
    firm_own = [
        c
        for c in firm
        if not _read_from_vague(
            c.detail.get("structured") and c.sentence, vague_claims, _period_of(c.detail)
        )
    ]
    overview = "all" in firm_subjects or (
        bool(not_own or firm_own)
        and not _uncovered_groups(r, firm_own, not_own, health_care, patient_finding)
    )
    # A firm period excuses a vague one for its group, except an open end after it ("… under
    # studietiden … därefter så länge styrelsen anser det befogat") and a withdrawal that only
    # stops one use of the data ("jolloin poistan kuvat sivuilta" beside originals kept "niin
    # kauan kuin katson niille olevan käyttöä").
    firm = [c for c in firm if id(c) not in own_reading]
    excusing = {
        subject
        for subject in firm_subjects
        if any(
            c.subject == subject
            and c.detail.get("counted_from") != "consent_withdrawn"
            # (round 26) a firm period for people who are not clients ("Lahjakortin ostajan
            # yhteystiedot poistetaan, kun kortti on lunastettu") is theirs, not the clients'
            and not (subject == "clients" and _names_non_clients(c.sentence))
            for c in firm
        )
        or (
            subject not in {c.subject for c in firm}
            and any(
                (rule.get("applies_to") or "other") == subject
                and not _read_from_vague(rule.get("data"), vague_claims, _period_of(rule))
                and not any(v.sentence == rule.get("data") for v in vague_claims)
                for rule in structured
            )
        )
    }
    vague = [
        c
        for c in claims
        if c.detail.get("vague")
        and not (patient_finding and c.subject == "health")
        and not (
            (
                c.subject in excusing
                and not _THEREAFTER.search(c.sentence)
                and not c.detail.get("undoes_criterion")
                and not (c.subject == "other" and not _same_thing(c, firm))
                # (round 19) a vague statement about data it names apart ("Raakakuvat …
                # pidän vielä reilun tovin toimituksen jälkeen") is not excused by a firm one
                # about other data of its group ("Galleria poistuu kahdeksan viikon kuluttua")
                and not _named_apart(c, firm)
                # (round 26) nor people who are not clients, kept vaguely, by the client
                # data's period: "Uppgifter om presentkort och deras köpare sparar jag tills
                # vidare" beside "Kontaktuppgifter … raderas två år efter …"
                and not _not_clients_named_apart(c, firm)
                # a waiting list kept vaguely is not excused by the bookings' period, which
                # says nothing of it (uncovered_groups reads it the same way)
                and not (
                    _WAITING_LIST.search(c.sentence.lower())
                    and not any(
                        _WAITING_LIST.search(f.sentence.lower())
                        for f in firm
                        if f.subject == c.subject
                    )
                )
            )
            # "Övriga uppgifter … sparas så länge de behövs", "Muut tiedot säilytetään tarpeen
            # mukaan": the rest of the data, which no firm period names, is kept for the vague
            # one; that is no overview.
            or (c.subject == "all" and overview and not _THE_REST.match(c.sentence))
        )
    ]
    if vague or (retention_sections and not claims and not structured):
        yield Finding(
            "vague-retention",
            ERROR,
            _(
                "A retention period is given only as “as long as necessary” or “as the law "
                "requires”. Give a period (for example 3 years from the last booking) or the "
                "criterion that decides it, naming the law (for example the Accounting Act's 6 "
                "years for invoices) (GDPR Art 13(2)(a))."
            ),
            "retention",
            "GDPR Art 13(2)(a)",
            _sentences(vague),
        )
    if not claims and not structured:
        return
    uncovered = _uncovered_groups(r, claims, structured, health_care, patient_finding)
    if uncovered:
        names = ", ".join(_group_name(g, r, claims) for g in uncovered)
        # The owner is shown first where the notice declares the uncovered data ("lahjakorttien
        # ostajien tiedot"), then the periods that leave it out: the periods alone do not say
        # what is missing.
        declaring = [_declaring_claim(group, r, claims) for group in uncovered]
        yield Finding(
            "retention-incomplete",
            ERROR,
            _(
                "The notice gives a retention period for some data but not for %(groups)s. Give "
                "a period or the criterion that decides it for every kind of data you keep (for "
                "example client data 3 years from the last visit) (GDPR Art 13(2)(a))."
            )
            % {"groups": names},
            "retention",
            "GDPR Art 13(2)(a)",
            _sentences(
                [c for c in declaring if c is not None] + _without_their_labels(claims), limit=4
            ),
        )


def _without_their_labels(claims):
    """Claims without those whose sentence is only the data label of an imported rule that
    another claim's sentence begins with ("Asiakastiedot" beside "Asiakastiedot poistetaan
    kahden vuoden kuluttua …"): the owner reads the sentence, not its label twice."""
    said = [c.sentence for c in claims if c.sentence]
    return [
        c
        for c in claims
        if not any(s != c.sentence and s.startswith(c.sentence or "\0") for s in said)
    ]


def _read_from_vague(label, vague_claims, period=None):
    """Whether an imported rule's data label opens a longer vague statement: the rule is the
    importer's reading of that statement ("Uppgifterna | 3 år" from "Uppgifterna raderas
    tidigast tre år efter …"), which dropped what made it vague. (round 34) So is a label whose
    words stand together inside a vague statement that gives the rule's own period, where the
    statement opens with its verb: "Tietoja toistaiseksi kuitenkin | 2 vuotta" from "Säilytämme
    tietoja toistaiseksi, kuitenkin vähintään kaksi vuotta"."""
    if not label:
        return False
    for claim in vague_claims:
        sentence = claim.sentence or ""
        if sentence != label and sentence.startswith(label):
            return True
        if period and _period_of(claim.detail) == period and _words_inside(label, sentence):
            return True
    return False


def _period_of(values):
    """(period, unit) of a rule or a claim's detail, or None when it gives no number."""
    return (values.get("period"), values.get("unit")) if values.get("period") else None


def _words_inside(label, sentence):
    label_words = _WORDS_RE.findall(label.lower())
    words = _WORDS_RE.findall(sentence.lower())
    width = len(label_words)
    return 0 < width < len(words) and any(
        words[at : at + width] == label_words for at in range(len(words) - width + 1)
    )


_WORDS_RE = re.compile(r"\w+")


def _declaring_claim(group, r, claims):
    """The claim that declares an uncovered group: for people who are not clients and for a
    waiting list, one that names them; for data of no known group, one whose words no retention
    statement names; for the clients, their bookings when nothing else is said."""
    declared = declared_groups(r)
    said_by = _WAITING_LIST if group == "waiting_list" else None
    if group in _NOT_CLIENT_GROUPS:
        said_by = _NOT_CLIENTS[_NOT_CLIENT_GROUPS.index(group)][0]
    if said_by is not None:
        every = (c for claims_of_group in declared.values() for c in claims_of_group)
        return next((c for c in every if c.sentence and said_by.search(c.sentence.lower())), None)
    found = list(declared.get(group, ()))
    if group == "clients" and not found:
        found = list(declared.get("bookings", ()))
    if group == "other":
        unmatched = set(_unmatched_other_words(found, claims))
        found = [c for c in found if (c.value or "").lower() in unmatched] or found
    return next((c for c in found if c.sentence), None)


def _group_name(group, r, claims):
    """A group's label; for data of no known group, with the notice's own words for them
    ("recordings and other data (filmer)"), so that the owner sees what is meant."""
    label = str(GROUP_LABELS[group]())
    if group != "other":
        return label
    declared = declared_groups(r).get("other", ())
    words = _unmatched_other_words(declared, claims) or [
        (c.value or "").lower() for c in declared if c.value
    ]
    words = list(dict.fromkeys(words))[:3]
    return f"{label} ({', '.join(words)})" if words else label


def _names_non_clients(sentence):
    said = sentence.lower()
    return any(named_by.search(said) for named_by in _NON_CLIENT_WORDS)


def _not_clients_named_apart(claim, firm):
    """Whether a vague statement names people who are not clients (gift-card buyers,
    applicants, trial visitors, entrants, registrants, contact persons, emergency contacts)
    whom no firm statement of its group names (GDPR Art 13(2)(a))."""
    said = claim.sentence.lower()
    return any(
        named_by.search(said)
        and not any(named_by.search(f.sentence.lower()) for f in firm if f.subject == claim.subject)
        for named_by in _NON_CLIENT_WORDS
    )


def _same_thing(claim, firm):
    """Whether a firm statement about data of no known group speaks of the same thing as
    ``claim`` ("Konsertinspelningarna sparas så länge det behövs" is not covered by "Tryckta
    programblad makuleras efter konserten")."""
    words = claim.sentence.split()
    stem = words[0].lower()[:8] if words else ""
    return len(stem) >= 6 and any(
        c.subject == "other" and stem in c.sentence.lower() for c in firm if c is not claim
    )


# Words that open a statement about the data in general, not data named apart.
# The stems open any word of theirs ("Tietoja", "Kunduppgifterna"); the pronouns and
# quantifiers only as the whole word (round 31: "de" opened "Deltagarlistorna", "i"
# "Ilmoittautumislomakkeet", "vi" "Videoinspelningarna", so data named apart by such a word
# read as the data in general and its vague period went unreported).
_GENERAL_OPENERS = casefree(
    r"^(?:(?:tiedot|tietoja|tietoj|henkilötie|asiakastie|uppgift|personuppg|kunduppg|data"
    r"|infor|kaikki|muut|övriga|säily|spar|förvar|lagr|keep|store|pidä)"
    r"|(?:me|vi|jag|minä|we|i|alla|allt|all|andra|other|niitä|ne|de|dem|they|näitä|nämä|dessa"
    r"|these|this|tämä|denna|detta"
    # the pronouns' other forms, which the short prefixes used to catch ("Meidän", "Deras")
    r"|meidän|meille|meitä|minun|minulla|minulle|sinun|teidän|heidän|hänen|tämän|näiden|niiden"
    r"|deras|dessutom|vår|våra|vårt|min|mina|mitt|din|dina|ditt|inga|ingen|inget|our|your"
    r"|their|those)$)",
    re.I,
)


def _named_apart(claim, firm):
    """Whether a vague statement names data of its own by its first word ("Raakakuvat",
    "Originalfilerna") that no firm statement of its group names."""
    # a statement of a list read apart ("…; journalen får jag inte radera förrän …") by its own
    # words
    said = claim.value if claim.value and claim.value in claim.sentence else claim.sentence
    words = re.findall(r"[^\W\d_][\w-]*", said)
    if not words or _GENERAL_OPENERS.match(words[0]) or len(words[0]) < 6:
        return False
    stem = words[0].lower()[:6]
    return not any(
        stem in c.sentence.lower() for c in firm if c.subject == claim.subject and c is not claim
    )


_THE_REST = casefree(
    r"^\W*(kaikki )?(muut|muita|muiden|loput|övriga|andra|alla andra|allt annat|resten|other"
    r"|all other|the rest|remaining)\b",
    re.I,
)
_THEREAFTER = casefree(
    r"\b(därefter|sen jälkeen|sen päätyttyä|tämän jälkeen|sitten|thereafter|after that)\b"
    # (round 22) kept on after the end of what a firm criterion names: "Valmennuksen päätyttyä
    # säilytän asiakastietoja vielä …", "Efter avslutad coachning sparar jag dem ännu …"
    r"|\b(päätyttyä|päättymisen jälkeen)\b.*\b(vielä|edelleen)\b"
    r"|\befter (avslutad|avslutat|att) .*\b(ännu|fortfarande|ytterligare)\b",
    re.I,
)


def _uncovered_groups(r, claims, structured, health_care, patient_finding):
    """The declared groups of data that no claim or structured rule gives a period or a
    criterion (GDPR Art 13(2)(a))."""
    covered = set()
    for claim in claims:
        if claim.subject == "bookings" and _only_the_waiting_list(claim.sentence):
            # (round 27) "Jonotuslista tyhjennetään aina, kun uusi lukukausi alkaa" keeps the
            # queue's names only: the clients' and the bookings' data need their own (read
            # for the waiting list below)
            continue
        covered.add(claim.subject)
    for rule in structured:
        target = rule.get("applies_to") or "all"
        # A rule whose target is "other" (the purge's "never delete": invoices, newsletter
        # lists …) is read for its group from its data words, as a claim above; it covers the
        # data as a whole only when nothing else is read.
        if target != "other" or not claims:
            covered.add(target)
    # A statement about the data as a whole covers every group without one of its own; a
    # statement about one group covers that group (and its family) only (Art 13(2)(a)). An
    # imported rule whose group is unknown ("other" with no claim read) covers everything: the
    # owner has not yet said what it applies to.
    if "all" in covered or ("other" in covered and not claims):
        return []
    declared = declared_groups(r)
    # A period for the client data ("Asiakastiedot", "Kunduppgifterna", "asiakasrekisterin
    # tiedot") covers the client's record; outside health care that record holds what the
    # business notes of the client's health (allergies on a salon's client card). A period for
    # the contact details only ("Yhteystiedot poistan …") does not, and neither covers
    # newsletter subscribers, photographs or recordings. In health care, the patient records
    # are held to 94/2022 above.
    # A period for the members' data ("Jäsentiedot") is the membership register's, which holds
    # no fitness-test health data either.
    client_record = any(
        c.subject == "clients"
        and not c.detail.get("contact_only")
        and not c.detail.get("membership_only")
        for c in claims
    )
    # Booked times declared as data ("bokade tider", "ajanvaraukset"), not a visit named ("ge
    # talterapi vid besöket", "muistiinpanot jokaiselta käynniltä").
    booked_times = any(_BOOKING_WORD.match(c.value.lower()) for c in declared.get("bookings", ()))
    uncovered = []
    for group in ("clients", "health", "invoices", "marketing", "photos", "other", "logs"):
        if group not in declared and not (group == "clients" and "bookings" in declared):
            continue
        if group == "health" and (
            patient_finding or not declares_health_data(r) or (client_record and not health_care)
        ):
            continue
        if (
            group == "marketing"
            and not any(_subscribers(c.value) for c in declared.get("marketing", ()))
            and any(m in covered for m in RETENTION_FAMILIES["clients"])
        ):
            # Offers sent to existing clients (917/2014 200 § 2 mom.) use the client register's
            # contact data, which its period covers; a newsletter's subscribers are a list of
            # their own and need their own period or criterion (GDPR Art 13(2)(a)).
            continue
        if (
            group == "other"
            and "other" in covered
            and _other_data_unmatched(
                declared.get("other", ()),
                # (round 19) a statement that names the data covers it, whatever group its
                # other words made of it ("Äänitteet ja asiakaskortit poistetaan …")
                list(claims),
            )
        ):
            # "Kulkutapahtumat | 60 vuorokautta" says nothing of the camera recordings: data
            # no group of the lexicon knows is covered by a statement that names it.
            uncovered.append(group)
            continue
        if any(member in covered for member in RETENTION_FAMILIES[group]):
            continue
        if group == "health" and _health_named_and_kept(declared.get("health", ()), claims):
            continue
        if group == "clients" and health_care and "health" in covered and not booked_times:
            # In health care the patient's name, identity number and contact details are part
            # of the patient records (94/2022), kept for the records' period; booked times in a
            # booking system are not, and need a period of their own.
            continue
        uncovered.append(group)
    # A waiting list is a list of its own (people who are not clients yet): a period for the
    # booking history or the client records does not say how long a name waits on it; a
    # statement that names the list does (GDPR Art 13(2)(a)).
    waiting = [c for c in declared.get("bookings", ()) if _WAITING_LIST.search(c.value.lower())]
    # (round 22) or a queue listed with its data: "kö till terapi: namn, födelseår, …"
    waiting += [
        c
        for group in declared.values()
        for c in group
        if c.section in ("data_content", "data_subjects", "other")
        and _WAITING_LIST.search(c.sentence.lower()[:40])
    ]
    if (
        waiting
        and "clients" not in uncovered
        and not any(
            _WAITING_LIST.search(c.sentence.lower())
            # (round 23) or the sentence before, which a pronoun points back to: "Jonotus-
            # listalle merkitsemme lapsen nimen … Ne poistamme, kun terapia alkaa …"
            or _WAITING_LIST.search(c.detail.get("before", "").lower())
            for c in claims
        )
        # (round 22) or a removal from the queue said in the retention section: "Kön: jag tar
        # bort dig ur kön när terapin börjar …"
        and not any(
            _WAITING_LIST.search(sentence.lower()) and REMOVED_WORD.search(sentence.lower())
            for section in r.of_kind("retention")
            for sentence in sentences(section.get("text") or "")
        )
    ):
        # (round 26) named as what it is: the clients' own data may have their period
        uncovered.append("waiting_list")
    # (round 22) People who are not clients are groups of their own, like the waiting list: a
    # gift card's buyer, a job applicant, someone who only enquires, a trial visitor or a
    # competition's entrant has no client record, so the client data's period says nothing of
    # how long their data are kept; a statement that names them (or their card, application,
    # enquiry, trial or draw) does (GDPR Art 13(2)(a)).
    # (Declared where the notice lists whose data it keeps, not where it only mentions them:
    # "Lahjakortin ostaja hyväksyy, että kortti on voimassa vuoden" declares no data. Named by a
    # retention statement, or by the sentence before one that names no group of its own:
    # "Lahjakorttien ostajien nimet kirjaan vihkoon. Vihkoa selailen …" gives their period.)
    listed = " ".join(
        [(s.get("text") or "").lower() for s in r.of_kind("data_content", "data_subjects")]
        + [
            c.sentence.lower()
            for claims_of_group in declared.values()
            for c in claims_of_group
            if c.sentence
            and (
                c.section in ("data_content", "data_subjects")
                # a section of its own heading ("Uppgifter jag behandlar: Om dig som köper ett
                # presentkort: ditt namn och din e-postadress …") when it lists their details
                or (c.section == "other" and _CONTACT_DETAIL.match(c.value.lower()))
                # (round 26) or a short list item of theirs under a heading the reader does
                # not know: "- lahjakortin ostajan nimi, sähköposti ja kortin numero"; (round 28)
                # or a purpose that names their details: "Osallistujien nimen … ja voittajan
                # sähköpostiosoitteen käytämme voittajan arpomiseen"
                or (
                    c.section in ("other", "purposes")
                    and (len(c.sentence.split()) <= 20 or _RECORDS_DETAILS.search(c.sentence))
                    and _CONTACT_DETAIL.search(c.sentence.lower())
                )
            )
        ]
    )
    said = None  # what the retention statements say, read only when a group is listed
    for group, (people, named_by) in zip(_NOT_CLIENT_GROUPS, _NOT_CLIENTS, strict=True):
        if named_by is _SUBSCRIBERS_NAMED_BY and (
            any(member in covered for member in RETENTION_FAMILIES["marketing"])
            # (round 27) or named already as the newsletter's data left without a period (the
            # finding said both: "newsletter and marketing data, newsletter subscribers' data")
            or "marketing" in uncovered
        ):
            continue  # a letter's subscribers kept by the newsletter's or the consents' period
        if not people.search(listed):
            continue
        if said is None:
            said = " ".join(
                [c.sentence.lower() for c in claims if c.sentence]
                + [(rule.get("data") or "").lower() for rule in structured]
                + [c.detail["before"].lower() for c in claims if "before" in c.detail]
            )
        if not named_by.search(said):
            uncovered.append(group)
    return uncovered


# (round 35) a longer sentence that says the keeper records the details: "Tar du med en gäst på
# ett gästpass registrerar vi i receptionen gästens namn och telefonnummer, grunden är …"
_RECORDS_DETAILS = re.compile(
    r"\b(registrerar|antecknar|noterar|samlar (vi|jag) in|kirjaamme|kirjaan|merkitsemme|merkitsen"
    r"|tallennamme|tallennan|keräämme|kerään|we record|we register|we collect|we note)\b",
    re.IGNORECASE,
)


_CONTACT_DETAIL = re.compile(
    r"(nimi|nime|namn|name|sähköpost|e-post|email|e-mail|puhelin|telefon|phone|osoite|adress"
    r"|address)"
)


# (round 22) People a notice may declare who are not clients, each with the words a retention
# statement names them by.
_NOT_CLIENTS = tuple(
    (re.compile(people), re.compile(named_by))
    for people, named_by in (
        (
            # "lahjakortin ostajat", "presentkortsköpare", "presentkort: köparens namn"
            r"lahjakort\w*\W*ostaj|lahjakortti\w* ostav|presentkort\w*\W*köpar"
            r"|köpare av presentkort|köper (\w+ ){0,2}presentkort|gift[- ]card buyer"
            r"|buyers? of (a )?gift",
            r"lahjakort|presentkort|gift[- ]card|gift voucher|ostaj|köpar|buyer",
        ),
        (
            r"työnhakij|työpaikkaa hakev|työhakemu|avoimia hakemuksia|arbetssökande|jobbsökande"
            r"|söker (\w+ )?(jobb|arbete|tjänst)|jobbansök|job applica",
            r"hakemu|hakij|ansök|sökande|\bcv\b|applica",
        ),
        (
            r"kokeilutun\w* osallistuj|kokeilukerra\w* osallistuj|kokeilij|tutustumiskäynni\w* "
            r"osallistuj|provlektionsdeltag|provträn(are|ande)|deltar i (en )?provlektion"
            r"|trial (class|visit|session)s? (participant|visitor)"
            # (round 23) "Den som kommer på en gratis provklass lämnar sitt namn …"
            r"|provklass\w*|provpass\w*|gratis prov\w*",
            r"kokeil|tutustu|prov|trial",
        ),
        (
            # (round 35) a member's guest on a guest pass: "Tar du med en gäst på ett gästpass
            # registrerar vi gästens namn och telefonnummer", "vieraskortilla tulevan vieraan
            # nimi" — not a member, whom the members' period does not speak for
            r"gästpass\w*|gästkort\w*|vieraskort\w*|vieraslip\w*|vierailijakort\w*|guest pass"
            r"|(tar med|tuot|tuo mukanasi|bring) (\w+ ){0,2}(en gäst|vieraan|vieraita|a guest)",
            r"gäst|viera|guest",
        ),
        (
            # people who only enquire, by a form or a chat: "yhteydenottolomakkeelta tulevat
            # nimi, sähköpostiosoite ja viestin sisältö", "meddelanden som du skriver i chatten"
            r"yhteydenottaj|tiedustelij|kyselyn lähettäj|yhteydenottolomakkee|kontaktformulär"
            # ("personer som kontaktar oss" in a template's list of data subjects are the
            # requests' and the bookings' people; those who "only" ask are a group apart)
            r"|som (bara|endast|enbart) (kontaktar|frågar)|som skickar (en )?förfrågan|förfrågare"
            r"|\bchat"
            r"|people who (only )?enquire|contact form",
            r"yhteydeno|tiedust|kysel|kysymy|viesti|förfråg|kontaktformulär|meddeland|chat"
            r"|sähköpostit\b|e-posten\b|mejl|enquir|inquir|message|emails\b"
            # (people who contact the keeper about their rights are kept with the requests:
            # "Begäranden om registrerades rättigheter | 2 år")
            r"|begäran|begärand|pyyntö|pyynnö|requests?\b",
        ),
        (
            r"arvon(taan|nassa|tojen) osallistu|kilpailuun osallistu|kilpailun osallistuj"
            # (round 28) "voittajan arpomiseen", "Osallistujien nimen … arvonnassa"
            r"|voittajan arpo\w*|arpoa voittaja"
            r"|tävlingsdeltag|deltar i (\w+ )?(utlottning|tävling)|competition entrant|giveaway",
            r"arvon|kilpail|voittaj|tävling|utlottning|vinnare|competition|giveaway|winner",
        ),
        (
            # (round 23) those who sign up for a free webinar or talk: leads, not clients ("Om du
            # anmäler dig till ett gratis webbinarium: namn, e-postadress …")
            r"webbinaar\w*|webinaar\w*|webbinar\w*|webinar\w*|gratis (föreläsning|evenemang)"
            r"|maksuttom\w* (luento|tilaisuu)\w*",
            r"webbinaar|webinaar|webbinar|webinar|föreläsning|evenemang|luento|tilaisuu",
        ),
        (
            # (round 23) a business client's contact persons: "hos företagskunder:
            # kontaktpersonens namn …", "yritysasiakkaiden yhteyshenkilöiden nimet"
            r"(yritysasiak|yhteisöasiak)\w* (\w+ )?yhteyshenkilö|yhteyshenkilö\w* (\w+ )?yritys"
            r"|företagskund\w*\W+(\w+ )?kontaktperson|kontaktperson\w* (hos|på|vid) (\w+ )?"
            r"företag|contact persons? (at|of) (\w+ )?(business|company|corporate)"
            # (round 28) or at a child's day care or school, or a partner's staff: "barnets
            # kontaktperson på dagiset eller i skolan", "de lärare … som vi samarbetar med",
            # "päiväkodin tai koulun yhteyshenkilön nimi"
            r"|kontaktperson\w* (på|i|vid) (\w+ )?(dagis|daghem|skola|förskola)\w*"
            r"|(lärare|pedagog)\w* (\w+ ){0,3}som (vi|jag) samarbetar med"
            r"|(päiväkodi\w*|koulu\w*|opettaj\w*) (\w+ ){0,2}yhteyshenkilö"
            r"|(adresslist|yhteystiedot|yhteystietoja|kontaktuppgifter)\w* (\w+ ){0,2}"
            r"(samarbetspartner|yhteistyökumppan)\w*",
            r"yhteyshenkilö|kontaktperson|contact person|yritysasiak|företagskund|business client"
            r"|samarbet|yhteistyö|lärare|opettaj",
        ),
        (
            # a letter's subscribers, who need not be clients: "kausikirjeen tilaajien",
            # "niitä, jotka ovat tilanneet Liikuntavinkit-kirjeemme" ("palvelun tilaaja", the
            # one who orders a service, is a client)
            r"kirjee?\w* tilaaj|tilannee?t \S*kirje|prenumerant|som prenumererar"
            r"|newsletter subscriber",
            r"tilaaj|tilau|kirje|postituslist|peruutuslink|prenumer|nyhetsbrev|utskick|sändlist"
            r"|avregistr|subscri|newsletter|mailing list",
        ),
        (
            # (round 26) a client's next of kin given as an emergency contact: a relative, not a
            # client, whose details the client's period does not speak for ("Om din närstående
            # (nödkontakt): namn, telefonnummer", "hätäyhteyshenkilön nimi ja puhelinnumero")
            r"hätäyhteys|hätätilantee\w* yhteys|hätäkontakt|nödkontakt|emergency contact"
            r"|next of kin"
            # (round 28) a relative to call, said without the word: "namn och telefonnummer
            # till en närstående som jag kan ringa om något händer", "läheisen, jolle voin
            # soittaa"
            r"|närstående\w* som (jag|vi) (kan )?(ringa|kontakta)|anhörig\w* som (jag|vi) (kan )?"
            r"(ringa|kontakta)|(läheise|omaise)\w*,? (jo(lle|hon|ta)) (voin|voimme|voidaan)"
            r" (soittaa|ottaa yhteyttä)",
            # (round 31) not "nödvändigt" (necessary), "i onödan" or "omaisuus" (property)
            r"hätä|lähiomai|läheis|\bomais(?!uu)|\bnöd(?!vänd)|närstående|anhörig|emergency"
            r"|next of kin",
        ),
    )
)
# The groups above by name, in their order (GROUP_LABELS).
_NOT_CLIENT_GROUPS = (
    "gift_card_buyers",
    "applicants",
    "trial_visitors",
    "guests",
    "enquirers",
    "entrants",
    "registrants",
    "contact_persons",
    "subscribers",
    "emergency_contacts",
)
# The words that name a letter's subscribers: a newsletter's or the consents' period keeps them
# already.
_SUBSCRIBERS_NAMED_BY = dict(zip(_NOT_CLIENT_GROUPS, _NOT_CLIENTS, strict=True))["subscribers"][1]
# The words that name each group of people who are not clients, but the enquirers' and the
# subscribers': their words (a message, a letter) are every group's.
_NON_CLIENT_WORDS = tuple(
    named_by
    for group, (_people, named_by) in zip(_NOT_CLIENT_GROUPS, _NOT_CLIENTS, strict=True)
    if group not in ("enquirers", "subscribers")
)


# "Tulokset ovat terveystietoja", "Mätresultaten är hälsouppgifter": the notice names what its
# health data are.
_NAMED_HEALTH = casefree(
    r"^\W*(?:\w+[- ])?(?P<name>\w{5,})\W+(?:\w+\W+){0,2}(?:ovat|on|är|are|is)\s+(?:\w+\s+)?"
    r"(?:terveystie\w*|terveydentilaa|hälsouppgift\w*|hälsodata|health data)",
    re.IGNORECASE,
)


def _health_named_and_kept(declared, claims):
    """Whether the health data are named by another word ("InBody-mittauksen tulokset … Tulokset
    ovat terveystietoja") and a retention statement keeps them by that word ("InBody-tulokset
    poistamme, kun jäsenyytesi päättyy"): the period is the health data's (Art 13(2)(a))."""
    names = {
        m.group("name").lower()[:6]
        for c in declared
        for m in [_NAMED_HEALTH.match(c.sentence)]
        if m
    }
    # (round 21) or by the name in brackets after them: "Kroppssammansättningsmätningar
    # (InBody) …" is kept by "InBody-resultat: raderas när medlemskapet upphör"
    names |= {name.lower()[:6] for c in declared for name in _BRACKETED_NAME.findall(c.sentence)}
    # (round 35) or by the label of the list item that holds them: "alkuhaastattelu: tavoitteet,
    # …, vammat ja kiputilat, käytössä oleva lääkitys" is kept by "Alkuhaastattelu, mittaus-
    # tulokset ja treeniohjelmat: valmennussopimuksen ajan …"
    # (the retention statement names the label first, as its own item's label or subject)
    labels = {
        m.group("name").lower()[:6]
        for c in declared
        for m in [_ITEM_LABEL.match(c.sentence)]
        if m and not _NOT_A_LABEL.match(m.group("name").lower())
    }
    if any(
        c.sentence.lower().lstrip("-•* ").startswith(label)
        for label in labels
        for c in claims
        if c.subject in ("health", "other", "all")
    ):
        return True
    # (round 16) notes declared beside them ("valmennusmuistiinpanot", "sessionsanteckningar")
    # are a record of their own, kept only by a statement that names notes
    notes = any(_NOTES.search(c.value) for c in declared)
    if notes and not any(_NOTES.search(c.sentence) for c in claims):
        return False
    # (a statement about another group that names them in passing keeps them not: "Voit perua
    # mittauksiin ja kuviin antamasi suostumuksen; … poistan kuvat kotisivuiltani" is the photos')
    return any(
        name in c.sentence.lower()
        for name in names
        for c in claims
        if c.subject in ("health", "other", "all")
    )


_BRACKETED_NAME = re.compile(r"\(([A-ZÅÄÖ][\w-]{3,})\)")
_ITEM_LABEL = re.compile(r"^\W*(?P<name>[^\W\d_][\w-]{5,}):\s")
# Labels that name the data in general or the people, which any statement would contain
_NOT_A_LABEL = re.compile(
    r"^(tiedot|tietoja|henkilötie|asiak|uppgift|personuppg|kund|data|information|terveys"
    r"|hälso|health|suostum|samtyck|sopimu|avtal|perust|grund|lakisää|consent|contract)"
)


_NOTES = casefree(r"muistiinpan|anteckning|merkinn|merkintö|notes\b", re.IGNORECASE)


# Legal bases ------------------------------------------------------------------------------------

# Purposes the law requires: bookkeeping and invoicing (Kirjanpitolaki 1336/1997), patient
# records (785/1992, 94/2022). Under "lakisääteinen velvoite" they need no law named.
LEGALLY_REQUIRED_GROUPS = ("invoices", "health")


# "Tämä perustuu …", "Sen peruste on …", "Det grundar sig på …": a sentence that gives the
# purpose before it its basis. The Finnish pronouns are read in their cases ("sen", "tämän",
# "niiden"), the clitic -kin included.
ANAPHOR = casefree(
    r"^(tämä|tämän|tätä|tähän|tässä|tästä|se|sen|sitä|siihen|siinä|siitä|nämä|näiden|näitä"
    r"|ne|niiden|niitä|det|detta|dessa|denna|this|these|it|its)(kin|kään)?\b",
    re.I,
)


def based_by_the_next(purposes):
    """The texts of listed purposes whose next item gives their basis ("Otamme vastaan
    huonevarauksesi. Tämä perustuu majoitussopimukseen.")."""
    return {
        (purpose.get("purpose") or "").strip()
        for purpose, following in zip(purposes, purposes[1:], strict=False)
        if ANAPHOR.match((following.get("purpose") or "").strip()) and following.get("legal_basis")
    }


def obligation_claims(r):
    """Basis "c" claims that oblige nothing: the data-protection law itself as the obligation,
    or a purpose no law requires with no law named. A basis the importer gave a purpose whose
    next sentence states the real one is not read."""
    from .lemmas import tokens

    lang = _lang(r)
    wrong = []
    based_later = based_by_the_next(r.purposes)
    # A basis whose law the next sentence names is read there with its law (claims.py).
    lawful = {c.subject for c in r.claims_of("basis") if c.value == "c" and c.detail.get("law")}
    # "… ilman matkustajailmoituksen tietoja emme voi majoittaa, koska ilmoitus on
    # lakisääteinen": a sentence the reader took as the requirement to give data (Art 13(2)(e))
    # states no purpose's basis
    requirements = {c.sentence for c in r.claims_of("requirement")}
    for claim in r.claims_of("basis"):
        if claim.value != "c":
            continue
        if (
            not claim.detail.get("law")
            and not claim.detail.get("data_protection_law")
            and (claim.subject in lawful)
        ):
            continue
        if claim.detail.get("structured") and claim.subject.strip() in based_later:
            continue
        if claim.detail.get("data_protection_law"):
            wrong.append(claim)
            continue
        if claim.detail.get("law"):
            continue
        if any(
            m.group(0) not in ("2016/679", "1050/2018", "523/1999")
            for m in re.finditer(r"\b\d{2,4}/(19|20)\d{2}\b", claim.sentence)
        ):
            # "Medlemsförteckning: rättslig förpliktelse. Föreningen är enligt föreningslagen
            # (503/1989) 11 § skyldig …": a statute named by its number in the purpose's text
            continue
        if claim.sentence in requirements:
            continue
        groups = set(groups_in(tokens(claim.subject or claim.sentence, lang)))
        if groups & set(LEGALLY_REQUIRED_GROUPS):
            continue
        if groups & {"clients", "bookings", "marketing"}:
            wrong.append(claim)
    return wrong


# Consent standing as the basis of what it follows: "X perustuu suostumukseen", "… suostumuksesi
# nojalla", "grundar sig på ditt samtycke", "X (suostumus)", a table cell "| suostumus". A
# relative clause ("niille, jotka ovat antaneet suostumuksensa") names whose consent, not a
# basis of the invoicing beside it.
_CONSENT_AS_BASIS = casefree(
    r"(perustu\w*|perustee\w*|nojalla|grunda\w*|bygger|baser\w*|med stöd av|based on|on the basis"
    r"|rests? on)\s+(\w+\s+){0,3}?(suostum|samtyck|consent)"
    r"|(suostum|samtyck|consent)\w*\s+(nojalla|perusteella|perusteena)"
    r"|\(\s*(\w+\s+){0,2}(suostum|samtyck|consent)[^()]*\)"
    r"|\|\s*(\w+\s+){0,2}(suostum|samtyck|consent)",
    re.I,
)


def consent_for_obligation_claims(r):
    """Consent claims given for processing that law requires (bookkeeping, invoicing), read per
    purpose: the part of the sentence the consent is the basis of names such a purpose and no
    other basis (GDPR Art 6(1)(c), 7(3); Kirjanpitolaki 1336/1997 2:10 §). "Käytän tietoja
    ohjaukseen (sopimus), laskutukseen (suostumus)": the invoicing's basis is consent."""
    from . import vocabulary as v  # noqa: PLC0415

    found = []
    for claim in r.claims_of("basis"):
        if claim.value != "a" or claim.negated or claim.detail.get("structured"):
            continue
        if claim.section in ("retention", "rights", "sources", "recipients", "transfers"):
            continue
        # "Med ditt samtycke för vi anteckningar om allergier; fakturorna sparar vi enligt
        # bokföringslagen": a semicolon ends what the consent is given for.
        parts = [p for p in claim.sentence.split(";") if v.BASIS_WORDS["a"].search(p)]
        for scope in claim.detail.get("given_for") or parts or (claim.sentence,):
            scope = v.WITHOUT_CONSENT.sub(" ", scope)
            if (
                v.LEGALLY_REQUIRED_TOPIC.search(scope)
                and not v.OTHER_BASIS.search(scope)
                and _CONSENT_AS_BASIS.search(scope)
            ):
                found.append(claim)
                break
    return found


def only_consent_for_obligation(r):
    """Whether every consent the notice names is given for processing the law requires."""
    wrong = {id(c) for c in consent_for_obligation_claims(r)}
    consents = [c for c in r.claims_of("basis") if c.value == "a" and not c.negated]
    structured = [p for p in r.purposes if p.get("legal_basis") == "a"]
    return bool(wrong) and not structured and all(id(c) in wrong for c in consents)


def _lang(r):
    return r.language


def basis_not_an_obligation(r):
    wrong = obligation_claims(r)
    if wrong:
        yield Finding(
            "basis-not-an-obligation",
            ERROR,
            _(
                "The notice gives “legal obligation” as the basis of processing that no law "
                "requires: the GDPR and the Data Protection Act oblige nothing to be processed, "
                "and a client relationship, a booking or marketing is not a legal duty. State "
                "the real basis, usually the contract with the client (GDPR Art 6(1)(b)); keep "
                "“legal obligation” for bookkeeping (Accounting Act 1336/1997) and patient "
                "records (GDPR Art 6(1)(c), 6(3))."
            ),
            "legal_basis",
            "GDPR Art 6(1)(c), 6(3)",
            _sentences(wrong),
        )


def consent_by_conduct(r):
    found = r.claims_of("consent_by_conduct")
    if found:
        yield Finding(
            "consent-by-conduct",
            ERROR,
            _(
                "The notice says that booking, buying or using the service counts as consent. "
                "That is not consent: consent is a separate, clear and freely given choice. "
                "State the contract as the basis of what the service needs (GDPR Art 6(1)(b)) "
                "and ask consent separately, as an optional choice, only for the rest "
                "(GDPR Art 4(11), 7(2), 7(4))."
            ),
            "legal_basis",
            "GDPR Art 4(11), 7(2), 7(4)",
            _sentences(found),
        )


def only_consent_by_conduct(r):
    """Whether every consent the notice speaks of is consent by conduct."""
    conduct = {c.sentence for c in r.claims_of("consent_by_conduct")}
    if not conduct:
        return False
    from . import lexicon as x  # noqa: PLC0415
    from .claims import _words_of  # noqa: PLC0415

    consents = [c for c in r.claims_of("basis") if c.value == "a"]
    # A purpose the importer gave consent because of the conduct sentence does not name
    # consent itself; one that does ("Uutiskirje (suostumus)") is a consent of its own.
    # A purpose's whole text that holds the conduct sentence ("Videobiblioteket. … Därmed
    # anses samtycke till publiceringen ha getts.") is that consent too.
    return all(
        c.sentence in conduct
        or any(sentence and sentence in c.sentence for sentence in conduct)
        or (c.detail.get("structured") and not x.CONSENT.find(_words_of(r, c.sentence)))
        # (round 22) a consent that points to where it is explained ("Peruste on asiakkaan
        # suostumus, ks. alla"), when what is explained is consent by conduct
        or bool(_POINTS_ELSEWHERE.search(c.sentence or ""))
        # (round 32) a purpose labelled consent whose own name the conduct sentence takes as
        # agreed to ("Uutiskirje – suostumus" beside "Kun varaat … puhelun, katsomme, että olet
        # antanut suostumuksesi uutiskirjeen vastaanottamiseen"): that label is the conduct's
        or _named_by_the_conduct(c.subject or c.sentence or "", conduct)
        for c in consents
    )


def _named_by_the_conduct(purpose, conduct):
    """Whether a short purpose's first word (its thing: "Uutiskirje", "Nyhetsbrev") stands in
    a sentence read as consent by conduct."""
    words = re.findall(r"[^\W\d_]{5,}", purpose.split("–")[0].split("(")[0].lower())
    if not words or len(purpose.split()) > 8:
        return False
    stem = words[0][:6]
    return any(stem in sentence.lower() for sentence in conduct)


_POINTS_ELSEWHERE = casefree(
    r"\b(ks\.|katso) (alla|alempana|alta|kohta|kohdasta|jäljempänä)|\bse (nedan|avsnitt|punkt)"
    r"|\bsee (below|section)",
    re.IGNORECASE,
)


# Requests ---------------------------------------------------------------------------------------


def limits_free_requests(r):
    found = r.claims_of("right_limit")
    if found:
        yield Finding(
            "limits-free-requests",
            ERROR,
            _(
                "The notice limits free requests (for example one free access request a year) "
                "or charges for them. Every request is free; only a manifestly unfounded or "
                "excessive request may be charged a reasonable fee or refused. Remove the limit "
                "(GDPR Art 12(5))."
            ),
            found[0].section or "rights",
            "GDPR Art 12(5)",
            _sentences(found),
        )


def request_form_required(r):
    found = r.claims_of("request_channel")
    if found:
        yield Finding(
            "request-form-required",
            WARNING,
            _(
                "The notice accepts requests only in one form or channel (signed, by post, in "
                "person or on your own form). A person may make a request in any way, by email "
                "too; you may ask for what you need to identify them. Say where requests can be "
                "sent, without requiring a form (GDPR Art 12(2))."
            ),
            found[0].section or "rights",
            "GDPR Art 12(2)",
            _sentences(found),
        )


# Health care ----------------------------------------------------------------------------------


def health_data_undeclared(r):
    # A health-care professional keeps patient records (785/1992 12 §, 94/2022): the notice
    # must declare the health data and its Art 9(2)(h) condition.
    if not is_health_care(r) or declares_health_data(r):
        return
    field = r.claims_of("field")
    yield Finding(
        "health-data-undeclared",
        ERROR,
        _(
            "The business is health care, but the notice declares no health data. A health-care "
            "professional keeps patient records: declare the health data and treatment notes, "
            "their condition (providing care, GDPR Art 9(2)(h)) and their retention (12 years "
            "after the patient's death, STM decree 94/2022)."
        ),
        "data_content",
        "GDPR Art 9(2)(h), 13(1)(c); 785/1992 12 §",
        _sentences(c for c in field if not c.detail.get("given")),
    )
