"""The owner confirms what the check read (issue 18, item 6).

After an import the notice is prose, with the few structured fields the importer could guess.
The check's reader (``check/claims.py``, ``read_claims``) turns each sentence into claims:
basis B for purpose P, period T for data group D, right R offered or limited, transfer to
service S with safeguard G … Each claim keeps its sentence. This module lays the claims out for
the owner, grouped the way an owner thinks of the business:

1. *purposes*: what the data is used for and on which legal basis (Art 6(1), 13(1)(c)–(d));
2. *data*: what data is kept, which of it is special (Art 9), and for how long (Art 13(2)(a));
3. *transfers*: services outside the EU/EEA and their safeguard (Art 13(1)(f), Chapter V);
4. *rights*: the rights stated, and what in the text limits them (Art 12, 13(2)(b)–(d)).

Each :class:`Item` is one thing the owner confirms or corrects beside the sentence(s) it was
read from. ``apply_review`` writes what the owner confirmed into the notice's structured
fields (``purposes[].legal_basis``, retention rules, transfers, rights, data categories with
``special_category``), so later checks and the retention purge read structure, not prose. A
sentence that limits a right or turns booking into "consent" is no structured field: the owner
may remove it from the text instead.

Pure: reads a notice dict and claims, returns a notice dict. ``review_view.py`` is the admin
page around it. Claims are read by attribute (``kind``, ``subject``, ``value``, ``detail``,
``negated``, ``section``, ``sentence``), the contract of ``check.claims.Claim``.
"""

import copy
import functools
import re
import unicodedata
from dataclasses import dataclass, field

from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .blocks import LEGAL_BASES, RETENTION_EVENTS, RETENTION_UNITS, RIGHTS
from .business import BusinessField, is_health_care
from .importer.purposes import pointed_positions
from .json_format import clean_html
from .sections import SECTION_KINDS

# The groups, in the order an owner thinks of them.
BUSINESS, PURPOSES, DATA, TRANSFERS, RIGHTS_GROUP = (
    "business",
    "purposes",
    "data",
    "transfers",
    "rights",
)
GROUPS = {
    BUSINESS: (
        _("Your business"),
        _(
            "The field decides what the notice must say. Massage, physiotherapy, psychotherapy "
            "and other regulated care are health care: such a practice keeps patient records, "
            "so its notice declares health data with their condition (GDPR Art 9(2)(h)) and "
            "keeps the records as decree 94/2022 says. In the other fields, health data are "
            "declared only if you collect them."
        ),
    ),
    PURPOSES: (
        _("What you use the data for, and on which legal basis"),
        _(
            "Every purpose needs one legal basis (GDPR Art 6(1)). What the service needs rests on "
            "the contract; consent is only for what the client may refuse; a legal obligation "
            "is a law that requires the processing, such as the Accounting Act for invoices."
        ),
    ),
    DATA: (
        _("What data you keep, and for how long"),
        _(
            "Every kind of data needs a retention period or the criteria that fix it (GDPR Art "
            "13(2)(a)). Health information is a special category (Art 9). A rule that applies "
            "to the client register is followed by the retention purge once the notice is "
            "published."
        ),
    ),
    TRANSFERS: (
        _("Services that take data outside the EU/EEA"),
        _(
            "A service used every day needs a safeguard: an adequacy decision (for US companies "
            "certified under the Data Privacy Framework) or standard contractual clauses (GDPR "
            "Art 45–46). The exceptions of Art 49 are not for routine use."
        ),
    ),
    RIGHTS_GROUP: (
        _("Your clients' rights"),
        _(
            "The notice states the rights of Art 15–21, the right to withdraw consent and the "
            "right to complain to the Data Protection Ombudsman. A request is free and needs no "
            "particular form or channel (GDPR Art 12(2) and 12(5))."
        ),
    ),
}

# The kinds of items: what the owner does with each.
FIELD, BASIS, DATA_GROUP, TRANSFER, RIGHT, TEXT, INFO = (
    "field",
    "basis",
    "data",
    "transfer",
    "right",
    "text",
    "info",
)
MAX_UNTIL_CHARS = 250
# A data group's sentences beyond its retention: enough to recognise it, not every mention.
MAX_GROUP_SENTENCES = 3
# A review is a page of forms an owner reads through, posted back whole: a notice of hundreds
# of purposes is reviewed for its first ones (the rest in the editor), so the page stays
# readable and the form stays under Django's DATA_UPLOAD_MAX_NUMBER_FIELDS (1,000).
MAX_PURPOSE_ITEMS = 100
MAX_TEXT_ITEMS = 30
MAX_TRANSFER_ITEMS = 30
# Word-by-word comparisons of basis claims with purposes before only exact matches count.
MAX_COMPARISONS = 200_000
MAX_SHOWN_SENTENCES = 5
# Sentences of a data group that an importer's retention rule is looked for in.
MAX_RULE_SENTENCES = 50

# The data groups the reader names (``Claim.subject`` of data_group and retention claims).
DATA_GROUPS = {
    "clients": _("Client details"),
    "bookings": _("Bookings"),
    "health": _("Health information"),
    "invoices": _("Invoices and bookkeeping"),
    "marketing": _("Marketing"),
    "logs": _("Log data"),
    "consents": _("Consent records"),
    "requests": _("Data subject requests"),
    "cookies": _("Cookies"),
    "photos": _("Photographs"),
    "other": _("Other data"),
    # A general statement about the data as a whole ("Tietoja säilytetään …").
    "all": _("All the data"),
}
# A data group's retention rule applies to these records of the register (blocks.RETENTION_
# TARGETS); the rest are "other", which the retention purge never deletes.
GROUP_TARGETS = {
    "clients": "clients",
    "bookings": "bookings",
    "health": "health",
    "consents": "consents",
    "requests": "requests",
}
# The reader's safeguard → the notice's transfer safeguard. The EU–US Data Privacy Framework
# is an adequacy decision (Art 45, 10.7.2023). An Art 49 derogation is no safeguard for a
# service used routinely (EDPB 2/2018): the owner chooses, nothing is preselected.
SAFEGUARDS = {"adequacy": "adequacy", "dpf": "adequacy", "scc": "scc", "bcr": "other"}
COUNTRY_NAMES = {"US": _("United States"), "CN": _("China")}

# GDPR Art 12(5), 12(2), 4(11) and 7(4): what a limiting sentence is, and how to put it right.
TEXT_NOTES = {
    "right_limit": _(
        "Every request is free of charge, however often it is made, unless it is manifestly "
        "unfounded or excessive (GDPR Art 12(5)); a fixed cap such as “once a year” is not "
        "allowed. Remove the sentence, or say that a fee may be charged only for a manifestly "
        "unfounded or excessive request."
    ),
    "request_channel": _(
        "A request needs no particular form or channel: email, the web form, a phone call or "
        "a letter will all do (GDPR Art 12(2)). Remove the requirement, or name the channels "
        "as examples."
    ),
    "data_protection_law": _(
        "The data protection law itself (the GDPR, the Data Protection Act) obliges nobody to "
        "process data, so it is no “legal obligation” basis (GDPR Art 6(1)(c) and 6(3)). "
        "Choose the real basis: usually the contract."
    ),
    "vague": _(
        "“As long as the law requires” or “as long as necessary” names no law and no bound "
        "(GDPR Art 13(2)(a)). Give a period, or name the law that fixes it."
    ),
    "patient_records": _(
        "A health-care practice keeps patient records (Act on the Status and Rights of "
        "Patients 785/1992, 12 §): the notice must declare health information as a special "
        "category and keep the records as decree 94/2022 says."
    ),
    "art49": _(
        "An exception of GDPR Art 49 (such as the client's consent to the transfer) is only for "
        "an occasional transfer, never for a service used every day (EDPB guidelines 2/2018). "
        "Choose the service's real safeguard: the EU–US Data Privacy Framework for a certified "
        "US company (an adequacy decision), or standard contractual clauses in its data "
        "processing agreement."
    ),
    "consent_by_conduct": _(
        "Booking or using the service is not consent (GDPR Art 4(11) and 7(4)). What the "
        "service needs rests on the contract: choose “contract” as the basis of booking above. "
        "Ask consent separately, with its own tick box, for what the client may refuse."
    ),
}

KIND_LABELS = {
    "basis": _("Legal basis"),
    "retention": _("Retention"),
    "right": _("Right"),
    "right_limit": _("Limit on a right"),
    "request_channel": _("How requests are made"),
    "transfer": _("Transfer outside the EU/EEA"),
    "consent_by_conduct": _("Consent by conduct"),
    "source": _("Source of the data"),
    "recipient": _("Recipient"),
    "data_group": _("Data"),
    "controller_contact": _("Controller's contact"),
    "changes": _("Changes to the notice"),
    "purpose": _("Purpose"),
    "field": _("Business's field"),
}
CHANNEL_LABELS = {
    "signed": _("only with a signed request"),
    "post": _("only by post"),
    "in_person": _("only in person"),
    "own_form": _("only on the business's own form"),
}
CONTACT_LABELS = {
    "name": _("Name"),
    "email": _("Email"),
    "phone": _("Phone"),
    "address": _("Address"),
}
CHANGE_LABELS = {
    "without_notice": _("The notice may be changed without informing anyone"),
    "notified": _("Changes are announced"),
}
TRANSFER_VALUE_LABELS = {
    "adequacy": _("adequacy decision"),
    "dpf": _("EU–US Data Privacy Framework"),
    "scc": _("standard contractual clauses"),
    "bcr": _("binding corporate rules"),
    "data_protection_law": _(
        "The data protection law itself (the GDPR, the Data Protection Act) obliges nobody to "
        "process data, so it is no “legal obligation” basis (GDPR Art 6(1)(c) and 6(3)). "
        "Choose the real basis: usually the contract."
    ),
    "vague": _(
        "“As long as the law requires” or “as long as necessary” names no law and no bound "
        "(GDPR Art 13(2)(a)). Give a period, or name the law that fixes it."
    ),
    "art49": _("an exception of GDPR Art 49"),
    "none": _("no safeguard"),
}
EVENT_LABELS = {
    **dict(RETENTION_EVENTS),
    "death": _("the patient's death"),
    "birth": _("the patient's birth"),
}

# The health-care practice's record periods: STM asetus potilasasiakirjoista 94/2022 (liite):
# as a rule 12 years after the patient's death, or 120 years after birth when the date of
# death is unknown.
PATIENT_RECORD_PERIOD = _(
    "12 years after the patient's death, or 120 years after birth when the date of death is "
    "unknown (decree on patient documents 94/2022)"
)


@dataclass
class Item:
    """One thing the owner confirms or corrects, beside the sentences it was read from."""

    key: str  # unique on the page: the form prefix and the anchor
    kind: str  # BASIS, RETENTION, CATEGORY, TRANSFER, RIGHT, TEXT or INFO
    group: str  # PURPOSES, DATA, TRANSFERS or RIGHTS_GROUP
    label: str  # what it is about, as the owner knows it
    read: str  # what the check read, in words
    sentences: tuple = ()
    initial: dict = field(default_factory=dict)
    # Where the confirmed value goes: (section index, entry index) of the structured entry it
    # updates, or None for a new entry. A data group's retention rule has a target of its own.
    target: tuple | None = None
    rule_target: tuple | None = None
    note: str = ""  # TEXT: what the law says and how to put it right
    claim_kind: str = ""  # TEXT: the claim's kind


# Reading claims ----------------------------------------------------------------------------


@functools.lru_cache(maxsize=8192)
def _fold(value):
    value = unicodedata.normalize("NFKD", value.lower())
    value = "".join(c for c in value if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", " ", value).strip()


def fold(value):
    """Lowercase, without accents or punctuation: for matching a claim to a structured entry.
    A sentence gives several claims, so the folding of each is remembered."""
    return _fold(str(value or ""))


def _same(a, b):
    a, b = fold(a), fold(b)
    return bool(a and b) and (a == b or a in b or b in a)


def _sentences(claims):
    """The claims' sentences, each once, in the order read."""
    seen = {}
    for claim in claims:
        sentence = (claim.sentence or "").strip()
        if sentence:
            seen.setdefault(sentence, None)
    return tuple(seen)


def _label(choices, key):
    return dict(choices).get(key, "")


def basis_label(letter):
    return _label(LEGAL_BASES, letter) or _("no legal basis")


def period_text(detail, value=""):
    """“3 years from the end of the customer relationship”, or the period as written."""
    detail = detail or {}
    period, unit = detail.get("period"), detail.get("unit") or "years"
    if not isinstance(period, int) or period < 1:
        return value or ""
    forms = {
        "days": ngettext("%(count)s day", "%(count)s days", period),
        "weeks": ngettext("%(count)s week", "%(count)s weeks", period),
        "months": ngettext("%(count)s month", "%(count)s months", period),
        "years": ngettext("%(count)s year", "%(count)s years", period),
    }
    text = forms.get(unit, forms["years"]) % {"count": period}
    event = EVENT_LABELS.get(detail.get("counted_from") or "")
    if event:
        text = _("%(period)s from the %(event)s") % {"period": text, "event": event}
    return text


def describe(claim):
    """What the check read in one claim, in words an owner understands."""
    kind, subject, value = claim.kind, claim.subject or "", claim.value or ""
    if kind == "basis":
        text = _("%(purpose)s: %(basis)s") % {"purpose": subject, "basis": basis_label(value)}
    elif kind == "retention":
        group = DATA_GROUPS.get(subject, subject)
        kept = period_text(claim.detail, value) or _("no period")
        text = _("%(data)s kept: %(period)s") % {"data": group, "period": kept}
    elif kind in ("right", "right_limit"):
        right = _label(RIGHTS, subject) or _("Requests")
        text = (
            right
            if kind == "right"
            else _("%(right)s, limited: %(limit)s")
            % {
                "right": right,
                "limit": value,
            }
        )
    elif kind == "request_channel":
        text = _("Requests %(channel)s") % {"channel": CHANNEL_LABELS.get(value, value)}
    elif kind == "transfer" and claim.negated:
        # "Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle": a statement, with no safeguard to
        # name ("Not: , safeguard: none" told the owner nothing)
        if not subject.strip():
            return str(_("No transfers outside the EU/EEA"))
        return str(_("%(service)s: not transferred outside the EU/EEA") % {"service": subject})
    elif kind == "transfer":
        safeguard = TRANSFER_VALUE_LABELS.get(value) or _("no safeguard named")
        text = _("%(service)s, safeguard: %(safeguard)s") % {
            "service": subject,
            "safeguard": safeguard,
        }
    elif kind == "data_group":
        text = _("%(data)s declared") % {"data": DATA_GROUPS.get(subject, subject)}
    elif kind == "consent_by_conduct":
        text = _("Booking or using the service taken as consent")
    elif kind == "field":
        text = _label(BusinessField.choices, value) or value
    elif kind == "controller_contact":
        text = f"{CONTACT_LABELS.get(subject, subject)}: {value}"
        if (claim.detail or {}).get("placeholder"):
            text = _("%(contact)s (a placeholder, not a real contact)") % {"contact": text}
    elif kind == "source":
        text = _("From the people themselves") if subject == "data_subject" else value
    elif kind == "recipient":
        text = _("Data disclosed to recipients")
    elif kind == "changes":
        text = CHANGE_LABELS.get(value, value)
    elif kind == "purpose":
        text = subject
    else:
        text = ": ".join(part for part in (subject, value) if part)
    text = str(text)
    if claim.negated:
        text = _("Not: %(claim)s") % {"claim": text}
    return str(text)


def _joined(parts):
    """Readings as sentences: "Client details declared. Kept: 2 years."."""
    parts = [str(part).strip().rstrip(".") for part in parts if str(part).strip()]
    parts = list(dict.fromkeys(parts))
    return ". ".join(parts) + "." if parts else ""


def kind_label(kind):
    return str(KIND_LABELS.get(kind, kind.replace("_", " ")))


def read_notice_claims(notice):
    """The claims the check reads in ``notice`` (``check.claims.read_claims``), or [] while
    the check has no claims reader (it arrives with issue 18's reader)."""
    try:
        from .check.claims import read_claims
    except ImportError:
        return []
    return list(read_claims(notice))


# Building the items ------------------------------------------------------------------------


def _entries(notice, kind, key):
    """(section index, entry index, entry) of the structured list ``key`` of sections ``kind``."""
    for si, section in enumerate(notice.get("sections") or []):
        if section.get("kind") == kind:
            for ei, entry in enumerate(section.get(key) or []):
                yield si, ei, entry


def _group_by(claims, key):
    groups = {}
    for claim in claims:
        groups.setdefault(key(claim), []).append(claim)
    return groups


def _mentions(haystack, needle):
    """Whether ``needle`` is ``haystack`` or stands in it as whole words (folded)."""
    haystack, needle = fold(haystack), fold(needle)
    return bool(needle) and (haystack == needle or f" {needle} " in f" {haystack} ")


def review_items(notice, claims, language=None):
    """The items of the review of ``notice`` with the ``claims`` read from it.

    Deterministic for the same notice and claims, so the form posted back lines up with the
    items it was built from. ``language`` is the notice's: names that go into the notice
    (a data category, a rule's data) are in it.
    """
    # Claims the reader made of the notice's own structured fields are what the items read
    # directly; the rest are readings of sentences, shown beside their sentence.
    structured = _structured_values(notice)
    claims = [
        c
        for c in claims
        if not (c.detail or {}).get("structured") and fold(c.sentence) not in structured
    ]
    items = []
    counter = {}

    def add(kind, group, **kwargs):
        counter[kind] = counter.get(kind, 0) + 1
        if kind != TEXT:  # a TEXT item's sentence is what it removes; others only show theirs
            kwargs["sentences"] = tuple(kwargs.get("sentences") or ())[:MAX_SHOWN_SENTENCES]
        items.append(Item(key=f"{kind}-{counter[kind]}", kind=kind, group=group, **kwargs))

    field_key = _field_item(notice, claims, add)
    _purpose_items(notice, claims, add)
    _data_items(notice, claims, add, language, field_key)
    _transfer_items(notice, claims, add, language)
    _rights_items(notice, claims, add)
    order = list(GROUPS)
    return sorted(items, key=lambda item: order.index(item.group))


def _structured_values(notice):
    """The short values of the notice's structured fields (a rule's data, a category's name, a
    transfer's recipient), folded: a claim whose "sentence" is one of them was read from the
    field, not from a sentence of the text."""
    values = set()
    for kind, key, names in (
        ("retention", "rules", ("data",)),
        ("data_content", "categories", ("name",)),
        ("transfers", "transfers", ("recipient", "country")),
        ("processors", "processors", ("name", "service", "country")),
        ("recipients", "recipients", ("name",)),
    ):
        for _si, _ei, entry in _entries(notice, kind, key):
            values.update(fold(entry.get(name)) for name in names if entry.get(name))
    return values


def _field_item(notice, claims, add):
    """The business's field: the site's, else the one the check read from the text. Returns
    the field the other items assume."""
    given = notice.get("field") or ""
    read = [c for c in claims if c.kind == "field" and not c.negated and c.value]
    inferred = next((c for c in read if not (c.detail or {}).get("given")), None)
    field_key = given or (inferred.value if inferred else "")
    if given:
        said = _("Chosen for the site: %(field)s") % {"field": _label(BusinessField.choices, given)}
    elif inferred is not None:
        said = _("Read from the text: %(field)s") % {"field": describe(inferred)}
    else:
        said = _("Not read from the text")
    add(
        FIELD,
        BUSINESS,
        label=str(_("Business's field")),
        read=str(said),
        sentences=_sentences([inferred]) if inferred is not None and not given else (),
        initial={"field": field_key},
    )
    return field_key


def _contains(haystack, needle):
    """Whether folded ``needle`` stands in folded ``haystack`` as whole words."""
    return bool(needle) and (haystack == needle or f" {needle} " in f" {haystack} ")


def _assign_bases(basis_claims, purposes):
    """Each basis claim to the one purpose it is most surely about: the same words as the
    purpose (an exact match, found by lookup), else the purpose that holds the claim's sentence
    (the importer made it of that sentence), else the one that names its subject. Returns
    ({purpose index: [claims]}, [claims about no listed purpose]).

    The word-by-word search is bounded (``MAX_COMPARISONS``): a notice of a thousand purposes
    and thousands of sentences is matched by its exact matches beyond that, in linear time."""
    texts = [fold(p.get("purpose")) for _si, _ei, p in purposes]
    exact = {}
    for index, text in enumerate(texts):
        exact.setdefault(text, index)
    owned = {index: [] for index in range(len(purposes))}
    rest = []
    budget = MAX_COMPARISONS
    for claim in basis_claims:
        subject, sentence = fold(claim.subject), fold(claim.sentence)
        # (round 31) "Kohdat a ja b: hierontasopimus" gives purposes a and b their basis: the
        # sentence is theirs, as the importer read it
        positions = pointed_positions(claim.sentence)
        if positions and all(0 <= at < len(texts) for at in positions):
            for at in positions:
                owned[at].append(claim)
            continue
        index = exact.get(subject) if subject else None
        if index is None and budget > 0:
            budget -= len(texts)
            best = 0
            for candidate, text in enumerate(texts):
                score = 2 if _contains(text, sentence) else 1 if _contains(text, subject) else 0
                if score > best:
                    index, best = candidate, score
                    if score == 2:
                        break
        if index is not None:
            owned[index].append(claim)
        elif subject:
            rest.append(claim)
    return owned, rest


def _purpose_items(notice, claims, add):
    basis_claims = [c for c in claims if c.kind == "basis" and not c.negated]
    listed = list(_entries(notice, "purposes", "purposes"))
    purposes = listed[:MAX_PURPOSE_ITEMS]
    owned, rest = _assign_bases(basis_claims, purposes)
    conduct = [c for c in claims if c.kind == "consent_by_conduct" and not c.negated]
    for index, (si, ei, purpose) in enumerate(purposes):
        own = owned[index]
        text = purpose.get("purpose") or ""
        letters = sorted({c.value for c in own if c.value})
        offered, notes = _offered_bases(letters, own, text, conduct)
        stored = purpose.get("legal_basis") or ""
        if letters:
            read = ", ".join(str(basis_label(letter)) for letter in letters)
        elif stored:
            read = _("No basis read in the text; the purpose's field says: %(basis)s") % {
                "basis": basis_label(stored)
            }
        else:
            read = _("No legal basis read")
        add(
            BASIS,
            PURPOSES,
            label=text,
            read=str(read),
            sentences=_sentences(own),
            initial={
                "legal_basis": stored or (offered[0] if len(offered) == 1 else ""),
                "legitimate_interest": purpose.get("legitimate_interest") or "",
            },
            target=(si, ei),
            note=" ".join(notes),
        )
    # Purposes the text names with a basis but the structured list lacks.
    room = max(MAX_PURPOSE_ITEMS - len(purposes), 0)
    unlisted = list(_group_by(rest, lambda c: fold(c.subject)).values())
    left_out = max(len(listed) - MAX_PURPOSE_ITEMS, 0) + max(len(unlisted) - room, 0)
    if left_out:
        add(
            INFO,
            PURPOSES,
            label=str(_("More purposes")),
            read=str(
                ngettext(
                    "The notice has %(count)s more purpose than this page shows: check its "
                    "legal basis in the editor.",
                    "The notice has %(count)s more purposes than this page shows: check their "
                    "legal bases in the editor.",
                    left_out,
                )
                % {"count": left_out}
            ),
        )
    for claims_of in unlisted[:room]:
        letters = sorted({c.value for c in claims_of if c.value})
        label = claims_of[0].subject.strip()
        offered, notes = _offered_bases(letters, claims_of, label, conduct)
        add(
            BASIS,
            PURPOSES,
            label=label,
            read=", ".join(str(basis_label(letter)) for letter in letters)
            or str(_("No legal basis read")),
            sentences=_sentences(claims_of),
            initial={
                "legal_basis": offered[0] if len(offered) == 1 else "",
                "legitimate_interest": "",
            },
            note=" ".join(notes),
        )
    for claim in conduct[:MAX_TEXT_ITEMS]:
        _text_item(add, PURPOSES, claim)


def _offered_bases(letters, claims, text, conduct):
    """The bases read that may be offered as the answer, and notes on those that may not."""
    offered, notes = list(letters), []
    if any((c.detail or {}).get("data_protection_law") for c in claims):
        # The GDPR or the Tietosuojalaki named as the "obligation": no obligation (Art 6(3)).
        offered = [letter for letter in offered if letter != "c"]
        notes.append(str(TEXT_NOTES["data_protection_law"]))
    sentences = _sentences(claims)
    if any(_mentions(text, c.sentence) or c.sentence in sentences for c in conduct):
        # "Ajan varaamalla asiakas suostuu …" reads as consent, which it is not (Art 4(11)).
        offered = [letter for letter in offered if letter != "a"]
        notes.append(str(TEXT_NOTES["consent_by_conduct"]))
    return offered, notes


def _text_item(add, group, claim):
    add(
        TEXT,
        group,
        label=kind_label(claim.kind),
        read=describe(claim),
        sentences=_sentences([claim]),
        note=str(TEXT_NOTES[claim.kind]),
        claim_kind=claim.kind,
        initial={"remove": False},
    )


def _in_language(text, language):
    with translation.override(language):
        return str(text)


def _data_items(notice, claims, add, language, field_key):
    """One item per data group: is the data declared (and is it special), and how long is it
    kept. A general retention statement ("Tietoja säilytetään …") is offered to every group
    without a period of its own. A health-care practice gets an item for health data even when
    the text names none: it keeps patient records (785/1992 12 §), which the notice declares."""
    groups = [c for c in claims if c.kind == "data_group" and not c.negated]
    retentions = [c for c in claims if c.kind == "retention" and not c.negated]
    general = [c for c in retentions if c.subject == "all"]
    retentions = [c for c in retentions if c.subject != "all"]
    keys = list(dict.fromkeys([c.subject for c in groups] + [c.subject for c in retentions]))
    health_care = is_health_care(field_key)
    if health_care and "health" not in keys:
        keys.append("health")
    if general and not keys:
        keys.append("all")
    categories = list(_entries(notice, "data_content", "categories"))
    rules = list(_entries(notice, "retention", "rules"))
    taken = set()
    for key in keys:
        name = _in_language(DATA_GROUPS.get(key, key), language)
        named = [c for c in groups if c.subject == key]
        kept = [c for c in retentions if c.subject == key] or (
            general if not (key == "health" and health_care) else []
        )
        category = next(
            ((si, ei, c) for si, ei, c in categories if _mentions(c.get("name"), name)), None
        )
        rule = _matching_rule(key, name, kept, rules, taken)
        initial = {
            "name": category[2].get("name") if category else name,
            "special_category": bool(category[2].get("special_category"))
            if category
            else key == "health",
        }
        initial.update(_retention_initial(key, name, kept, rule, health_care, language))
        reads = [describe(c) for c in named[:1] + kept]
        notes = []
        if key == "health" and health_care and not named:
            reads.insert(0, str(_("Not declared in the notice.")))
            notes.append(str(TEXT_NOTES["patient_records"]))
        if any((c.detail or {}).get("vague") for c in kept):
            notes.append(str(TEXT_NOTES["vague"]))
        if not kept:
            reads.append(str(_("No retention period read for this data.")))
        kept_sentences = _sentences(kept)
        shown = set(kept_sentences)
        also = [s for s in _sentences(named) if s not in shown]
        sentences = kept_sentences + tuple(also[:MAX_GROUP_SENTENCES])
        add(
            DATA_GROUP,
            DATA,
            label=str(DATA_GROUPS.get(key, key)),
            read=_joined(dict.fromkeys(reads)),
            sentences=sentences,
            initial=initial,
            target=category[:2] if category else None,
            rule_target=rule[:2] if rule else None,
            note=" ".join(notes),
        )


def _matching_rule(key, name, kept, rules, taken):
    """The structured retention rule an item updates: one for the same register records, or
    one the importer made of the same sentence; each rule goes to one item."""
    target_to = GROUP_TARGETS.get(key, "other")
    sentences = [fold(s) for s in _sentences(kept)[:MAX_RULE_SENTENCES]]
    folded_name = fold(name)
    for si, ei, rule in rules:
        if (si, ei) in taken:
            continue
        data = fold(rule.get("data"))
        same_target = target_to != "other" and rule.get("applies_to") == target_to
        read_from = any(_contains(sentence, data) for sentence in sentences)
        if same_target or read_from or _contains(data, folded_name):
            taken.add((si, ei))
            return si, ei, rule
    return None


def _retention_initial(key, name, kept, rule, health_care, language):
    initial = {
        "data": name,
        "applies_to": GROUP_TARGETS.get(key, "other"),
        "period": None,
        "unit": "years",
        "counted_from": "",
        "until": "",
    }
    if rule is not None:
        stored = rule[2]
        initial.update(
            {
                "data": stored.get("data") or name,
                "period": stored.get("period"),
                "unit": stored.get("unit") or "years",
                "counted_from": stored.get("counted_from") or "",
                "until": stored.get("until") or "",
            }
        )
        if stored.get("applies_to") not in (None, "", "other"):
            initial["applies_to"] = stored["applies_to"]
    claim = next((c for c in kept if isinstance((c.detail or {}).get("period"), int)), None)
    claim = claim or (kept[0] if kept else None)
    if claim is not None:
        detail = claim.detail or {}
        event = detail.get("counted_from") or ""
        if isinstance(detail.get("period"), int) and (not event or event in dict(RETENTION_EVENTS)):
            period, unit = detail["period"], detail.get("unit")
            if unit == "weeks":  # the notice's rules count days, months or years
                period, unit = period * 7, "days"
            initial.update(
                {
                    "period": period,
                    "unit": unit if unit in dict(RETENTION_UNITS) else "years",
                    "counted_from": event or initial["counted_from"],
                    "until": "",
                }
            )
        elif not initial["period"] and not initial["until"]:
            # Counted from death or birth, or a criterion: kept as written. A rule without a
            # period is never applied by the retention purge.
            initial["until"] = (claim.value or claim.sentence or "")[:MAX_UNTIL_CHARS]
    elif key == "health" and health_care and not initial["period"] and not initial["until"]:
        initial["until"] = _in_language(PATIENT_RECORD_PERIOD, language)
    return initial


def _transfer_items(notice, claims, add, language):
    transfers = [c for c in claims if c.kind == "transfer"]
    stored = list(_entries(notice, "transfers", "transfers"))
    named = [c for c in transfers if not c.negated and (c.subject or "").strip()]
    for claims_of in list(_group_by(named, lambda c: fold(c.subject)).values())[
        :MAX_TRANSFER_ITEMS
    ]:
        service = claims_of[0].subject.strip()
        existing = next(
            ((si, ei, t) for si, ei, t in stored if _mentions(t.get("recipient"), service)), None
        )
        values = [c.value for c in claims_of if c.value]
        safeguard = next((SAFEGUARDS[v] for v in values if v in SAFEGUARDS), "")
        initial = {
            "recipient": service,
            "country": _country(service, language),
            "safeguard": safeguard,
        }
        if existing is not None:
            initial.update(
                {
                    "recipient": existing[2].get("recipient") or service,
                    "country": existing[2].get("country") or initial["country"],
                    "safeguard": existing[2].get("safeguard") or safeguard,
                }
            )
        note = ""
        if "art49" in values:
            note = str(TEXT_NOTES["art49"])
        add(
            TRANSFER,
            TRANSFERS,
            label=service,
            read=_joined(describe(c) for c in claims_of),
            sentences=_sentences(claims_of),
            initial=initial,
            target=existing[:2] if existing else None,
            note=note,
        )
    for claim in [c for c in transfers if c.negated][:MAX_TEXT_ITEMS]:
        add(
            INFO,
            TRANSFERS,
            label=str(_("No transfers")),
            read=describe(claim),
            sentences=_sentences([claim]),
        )


def _country(service, language):
    from .known_services import services

    for known in services():
        names = (known.name, *known.aliases)
        if known.outside_eea and any(fold(name) == fold(service) for name in names):
            return _in_language(COUNTRY_NAMES.get(known.country, known.country), language)
    return ""


def _rights_items(notice, claims, add):
    stated = {}
    for si, ei, entry in _entries(notice, "rights", "rights"):
        stated.setdefault(entry.get("right"), (si, ei, entry))
    for key, label in RIGHTS:
        own = [c for c in claims if c.kind == "right" and c.subject == key]
        existing = stated.get(key)
        if any(not c.negated for c in own):
            read = _("Stated in the notice")
        elif own:
            read = describe(own[0])
        elif existing:
            read = _("In the notice's list of rights")
        else:
            read = _("Not read in the notice")
        add(
            RIGHT,
            RIGHTS_GROUP,
            label=str(label),
            read=str(read),
            sentences=_sentences(own),
            initial={"right": key, "how": (existing[2].get("how") or "") if existing else ""},
            target=existing[:2] if existing else None,
        )
    limits = [c for c in claims if c.kind in ("right_limit", "request_channel") and not c.negated]
    for claim in limits[:MAX_TEXT_ITEMS]:
        _text_item(add, RIGHTS_GROUP, claim)


# Applying what the owner confirmed ---------------------------------------------------------


def apply_review(notice, items, answers):
    """``notice`` with the confirmed ``answers`` written into its structured fields.

    ``answers`` maps an item's key to its cleaned form data: ``confirm`` (and the item's
    fields) for BASIS, TRANSFER and RIGHT items, ``declare`` and ``keep`` for a DATA_GROUP
    item (the data category and the retention rule), ``remove`` for a TEXT item, ``confirm``
    and ``field`` for the FIELD item. Returns ``(notice, result)``: ``result`` counts what was
    confirmed and removed, says whether the notice ``changed``, gives the confirmed ``field``
    (the site's setting, which the caller stores) and lists the sentences that could not be
    removed (the owner removes them in the editor).
    """
    notice = copy.deepcopy(notice)
    sections = notice.setdefault("sections", [])
    result = {"confirmed": 0, "removed": 0, "not_removed": [], "field": "", "changed": False}
    updates, additions = [], []
    for item in items:
        answer = answers.get(item.key) or {}
        if item.kind == FIELD:
            # The site's setting, not the notice's text: the view stores it.
            if answer.get("confirm") and answer.get("field"):
                result["field"] = answer["field"]
                result["confirmed"] += 1
            continue
        for kind, key, entry, target in _entries_for(item, answer):
            result["confirmed"] += 1
            if target is not None:
                # Resolved before anything moves: a new section shifts the indexes.
                si, ei = target
                updates.append((sections[si][key][ei], entry))
            else:
                additions.append((kind, key, entry))
    for current, entry in updates:
        current.update(entry)
    for kind, key, entry in additions:
        _section_of(sections, kind).setdefault(key, []).append(entry)
    result["changed"] = bool(updates or additions)
    # Sentences last: removing one may empty a structured purpose, which shifts the indexes
    # the items above point at.
    for item in items:
        if item.kind == TEXT and (answers.get(item.key) or {}).get("remove"):
            if all(_remove_sentence(sections, s) for s in item.sentences):
                result["removed"] += 1
                result["changed"] = True
            else:
                result["not_removed"].extend(item.sentences)
    return notice, result


def _entries_for(item, answer):
    """(section kind, list key, entry, target) of what the owner confirmed in ``item``."""
    if item.kind == BASIS and answer.get("confirm"):
        basis = answer.get("legal_basis") or ""
        interest = (answer.get("legitimate_interest") or "").strip()
        # Art 13(1)(d): the interest is stated only where it is the basis.
        entry = {"legal_basis": basis, "legitimate_interest": interest if basis == "f" else ""}
        if item.target is None:
            entry = {"purpose": item.label, **entry}
        yield "purposes", "purposes", entry, item.target
    elif item.kind == DATA_GROUP:
        if answer.get("declare"):
            entry = {
                "name": (answer.get("name") or item.label).strip(),
                "special_category": bool(answer.get("special_category")),
            }
            if item.target is None:
                entry.update({"description": "", "required": False})
            yield "data_content", "categories", entry, item.target
        if answer.get("keep"):
            period = answer.get("period")
            entry = {
                "data": (answer.get("data") or item.label).strip(),
                "applies_to": answer.get("applies_to") or "other",
                "period": period or None,
                "unit": answer.get("unit") or "years",
                "until": "" if period else (answer.get("until") or "").strip(),
                "counted_from": (answer.get("counted_from") or "") if period else "",
            }
            yield "retention", "rules", entry, item.rule_target
    elif item.kind == TRANSFER and answer.get("confirm"):
        entry = {
            "recipient": (answer.get("recipient") or item.label).strip(),
            "country": (answer.get("country") or "").strip(),
            "safeguard": answer.get("safeguard") or "other",
        }
        yield "transfers", "transfers", entry, item.target
    elif item.kind == RIGHT and answer.get("confirm"):
        entry = {"right": item.initial["right"], "how": (answer.get("how") or "").strip()}
        yield "rights", "rights", entry, item.target


def _section_of(sections, kind):
    """The first section of ``kind``, or a new one in its standard place."""
    for section in sections:
        if section.get("kind") == kind:
            return section
    order = list(SECTION_KINDS)
    rank = order.index(kind)
    position = 0
    for index, section in enumerate(sections):
        other = section.get("kind")
        if other in SECTION_KINDS and other != "other" and order.index(other) <= rank:
            position = index + 1
    section = {"kind": kind, "heading": "", "text": ""}
    sections.insert(position, section)
    return section


# Removing a sentence from a section's text ---------------------------------------------------


def _sentence_pattern(sentence, escape_html=False):
    from django.utils.html import escape

    words = sentence.split()
    if not words:
        return None
    parts = [re.escape(escape(word) if escape_html else word) for word in words]
    gap = r"(?:\s|<br\s*/?>)+" if escape_html else r"\s+"
    return re.compile(gap.join(parts))


def _tidy_text(text):
    lines = []
    for line in text.split("\n"):
        line = re.sub(r"[ \t]{2,}", " ", line).rstrip()
        if line.strip() in ("-", "–"):
            continue
        lines.append(line)
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _tidy_html(html):
    html = re.sub(r"<(p|li|h3|h4)>\s*(?:<br\s*/?>\s*)*</\1>", "", html)
    html = re.sub(r"<(ul|ol)>\s*</\1>", "", html)
    return clean_html(html)


def _remove_sentence(sections, sentence):
    """Remove ``sentence`` from the section text or the structured purpose that holds it.
    False when it is not found as written, or runs through formatting (the owner removes it in
    the editor)."""
    pattern = _sentence_pattern(sentence)
    if pattern is None:
        return False
    for section in sections:
        purposes = section.get("purposes") or []
        for index, purpose in enumerate(purposes):
            text = purpose.get("purpose") or ""
            if pattern.search(text):
                rest = _tidy_text(pattern.sub("", text, count=1))
                if rest:
                    purpose["purpose"] = rest
                else:
                    del purposes[index]  # the purpose was only this sentence
                return True
        text = section.get("text") or ""
        if not pattern.search(text):
            continue
        html = section.get("html")
        if html:
            html_pattern = _sentence_pattern(sentence, escape_html=True)
            if not html_pattern.search(html):
                return False
            section["html"] = _tidy_html(html_pattern.sub("", html, count=1))
        section["text"] = _tidy_text(pattern.sub("", text, count=1))
        return True
    return False
