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
import re
import unicodedata
from dataclasses import dataclass, field

from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .blocks import LEGAL_BASES, RETENTION_EVENTS, RETENTION_UNITS, RIGHTS
from .business import is_health_care
from .json_format import clean_html
from .sections import SECTION_KINDS

# The groups, in the order an owner thinks of them.
PURPOSES, DATA, TRANSFERS, RIGHTS_GROUP = "purposes", "data", "transfers", "rights"
GROUPS = {
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
BASIS, RETENTION, CATEGORY, TRANSFER, RIGHT, TEXT, INFO = (
    "basis",
    "retention",
    "category",
    "transfer",
    "right",
    "text",
    "info",
)

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
    "other": _("Other data"),
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
    "consent_by_conduct": _(
        "Booking or using the service is not consent (GDPR Art 4(11) and 7(4)). What the "
        "service needs rests on the contract: choose “contract” as the basis of booking above. "
        "Ask consent separately, with its own tick box, for what the client may refuse."
    ),
}
TEXT_KINDS = tuple(TEXT_NOTES)

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
}
CHANNEL_LABELS = {
    "signed": _("only with a signed request"),
    "post": _("only by post"),
    "in_person": _("only in person"),
    "own_form": _("only on the business's own form"),
}
TRANSFER_VALUE_LABELS = {
    "adequacy": _("adequacy decision"),
    "dpf": _("EU–US Data Privacy Framework"),
    "scc": _("standard contractual clauses"),
    "bcr": _("binding corporate rules"),
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
    # replaces, or None for a new entry.
    target: tuple | None = None
    note: str = ""  # TEXT: what the law says and how to put it right
    claim_kind: str = ""  # TEXT: the claim's kind


# Reading claims ----------------------------------------------------------------------------


def fold(value):
    """Lowercase, without accents or punctuation: for matching a claim to a structured entry."""
    value = unicodedata.normalize("NFKD", str(value or "").lower())
    value = "".join(c for c in value if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", " ", value).strip()


def _same(a, b):
    a, b = fold(a), fold(b)
    return bool(a and b) and (a == b or a in b or b in a)


def _sentences(claims):
    seen = []
    for claim in claims:
        sentence = (claim.sentence or "").strip()
        if sentence and sentence not in seen:
            seen.append(sentence)
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
        right = _label(RIGHTS, subject) or subject
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
    elif kind == "transfer":
        safeguard = TRANSFER_VALUE_LABELS.get(value) or _("no safeguard named")
        text = _("%(service)s, safeguard: %(safeguard)s") % {
            "service": subject,
            "safeguard": safeguard,
        }
    elif kind == "data_group":
        text = str(DATA_GROUPS.get(subject, subject))
    else:
        text = ": ".join(part for part in (subject, value) if part)
    text = str(text)
    if claim.negated:
        text = _("Not: %(claim)s") % {"claim": text}
    return str(text)


def kind_label(kind):
    return str(KIND_LABELS.get(kind, kind.replace("_", " ")))


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


def review_items(notice, claims, language=None):
    """The items of the review of ``notice`` with the ``claims`` read from it.

    Deterministic for the same notice and claims, so the form posted back lines up with the
    items it was built from. ``language`` is the notice's: names that go into the notice
    (a data category, a rule's data) are in it.
    """
    claims = list(claims)
    items = []
    counter = {}

    def add(kind, group, **kwargs):
        counter[kind] = counter.get(kind, 0) + 1
        items.append(Item(key=f"{kind}-{counter[kind]}", kind=kind, group=group, **kwargs))

    field_key = notice.get("field") or ""
    _purpose_items(notice, claims, add)
    _data_items(notice, claims, add, language, field_key)
    _transfer_items(notice, claims, add)
    _rights_items(notice, claims, add)
    order = list(GROUPS)
    return sorted(items, key=lambda item: order.index(item.group))


def _purpose_items(notice, claims, add):
    basis_claims = [c for c in claims if c.kind == "basis" and not c.negated]
    matched = set()
    for si, ei, purpose in _entries(notice, "purposes", "purposes"):
        text = purpose.get("purpose") or ""
        own = [c for c in basis_claims if _same(c.subject, text)]
        matched.update(id(c) for c in own)
        letters = sorted({c.value for c in own if c.value})
        stored = purpose.get("legal_basis") or ""
        initial_basis = stored or (letters[0] if len(letters) == 1 else "")
        if letters:
            read = ", ".join(str(basis_label(letter)) for letter in letters)
        elif stored:
            read = _("No basis read in the text; the notice's field says: %(basis)s") % {
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
                "legal_basis": initial_basis,
                "legitimate_interest": purpose.get("legitimate_interest") or "",
            },
            target=(si, ei),
        )
    # Purposes the text names with a basis but the structured list lacks.
    rest = [c for c in basis_claims if id(c) not in matched and (c.subject or "").strip()]
    for claims_of in _group_by(rest, lambda c: fold(c.subject)).values():
        letters = sorted({c.value for c in claims_of if c.value})
        add(
            BASIS,
            PURPOSES,
            label=claims_of[0].subject.strip(),
            read=", ".join(str(basis_label(letter)) for letter in letters)
            or str(_("No legal basis read")),
            sentences=_sentences(claims_of),
            initial={
                "legal_basis": letters[0] if len(letters) == 1 else "",
                "legitimate_interest": "",
            },
        )
    for claim in claims:
        if claim.kind == "consent_by_conduct" and not claim.negated:
            _text_item(add, PURPOSES, claim)


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


def _group_label(key, language):
    with translation.override(language):
        return str(DATA_GROUPS.get(key, key))


def _data_items(notice, claims, add, language, field_key):
    groups = [c for c in claims if c.kind == "data_group" and not c.negated]
    retentions = [c for c in claims if c.kind == "retention" and not c.negated]
    keys = list(dict.fromkeys([c.subject for c in groups] + [c.subject for c in retentions]))
    health_care = is_health_care(field_key)
    if health_care and "health" not in keys:
        keys.append("health")  # a health-care practice keeps patient records (785/1992 12 §)
    categories = list(_entries(notice, "data_content", "categories"))
    rules = list(_entries(notice, "retention", "rules"))
    taken_rules = set()
    for key in keys:
        name = _group_label(key, language)
        own = [c for c in groups if c.subject == key]
        special = key == "health"
        category = next(
            ((si, ei, c) for si, ei, c in categories if _same(c.get("name"), name)), None
        )
        if own or category is not None:
            read = str(DATA_GROUPS.get(key, key))
        else:
            read = str(
                _("Not declared in the notice: a health-care practice keeps patient records.")
            )
        add(
            CATEGORY,
            DATA,
            label=str(DATA_GROUPS.get(key, key)),
            read=read,
            sentences=_sentences(own),
            initial={
                "name": category[2].get("name") if category else name,
                "special_category": bool(category[2].get("special_category"))
                if category
                else special,
            },
            target=category[:2] if category else None,
        )
        kept = [c for c in retentions if c.subject == key]
        _retention_item(add, key, name, kept, rules, taken_rules, health_care, language)


def _retention_item(add, key, name, kept, rules, taken_rules, health_care, language):
    target_to = GROUP_TARGETS.get(key, "other")
    sentences = _sentences(kept)
    folded = [fold(s) for s in sentences]
    rule = None
    for si, ei, candidate in rules:
        if (si, ei) in taken_rules:
            continue
        same_target = target_to != "other" and candidate.get("applies_to") == target_to
        data = fold(candidate.get("data"))
        read_from = data and any(data in sentence for sentence in folded)
        if same_target or read_from or _same(candidate.get("data"), name):
            rule = (si, ei, candidate)
            taken_rules.add((si, ei))
            break
    claim = next((c for c in kept if isinstance((c.detail or {}).get("period"), int)), None)
    claim = claim or (kept[0] if kept else None)
    initial = {
        "data": name,
        "applies_to": target_to,
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
    if claim is not None:
        detail = claim.detail or {}
        event = detail.get("counted_from") or ""
        if isinstance(detail.get("period"), int) and (not event or event in dict(RETENTION_EVENTS)):
            initial.update(
                {
                    "period": detail["period"],
                    "unit": detail.get("unit")
                    if detail.get("unit") in dict(RETENTION_UNITS)
                    else "years",
                    "counted_from": event,
                    "until": "",
                }
            )
        elif not initial["period"] and not initial["until"]:
            # A period counted from death or birth, or a criterion: kept as written, and never
            # applied by the purge (a rule without a period is not).
            initial["until"] = (claim.value or claim.sentence or "")[:250]
        read = ", ".join(describe(c) for c in kept)
    elif key == "health" and health_care:
        read = str(_("No retention read for patient records."))
        with translation.override(language):
            until = str(PATIENT_RECORD_PERIOD)
        initial.update({"period": None, "counted_from": "", "until": until})
    else:
        read = str(_("No retention period read for this data."))
    add(
        RETENTION,
        DATA,
        label=str(DATA_GROUPS.get(key, key)),
        read=read,
        sentences=sentences,
        initial=initial,
        target=rule[:2] if rule else None,
    )


def _transfer_items(notice, claims, add):
    transfers = [c for c in claims if c.kind == "transfer"]
    stored = list(_entries(notice, "transfers", "transfers"))
    for claims_of in _group_by(
        [c for c in transfers if not c.negated and (c.subject or "").strip()],
        lambda c: fold(c.subject),
    ).values():
        service = claims_of[0].subject.strip()
        existing = next(
            ((si, ei, t) for si, ei, t in stored if _same(t.get("recipient"), service)), None
        )
        values = [c.value for c in claims_of if c.value]
        safeguard = next((SAFEGUARDS[v] for v in values if v in SAFEGUARDS), "")
        initial = {"recipient": service, "country": _country(service), "safeguard": safeguard}
        if existing is not None:
            initial.update(
                {
                    "recipient": existing[2].get("recipient") or service,
                    "country": existing[2].get("country") or initial["country"],
                    "safeguard": existing[2].get("safeguard") or safeguard,
                }
            )
        add(
            TRANSFER,
            TRANSFERS,
            label=service,
            read=", ".join(describe(c) for c in claims_of),
            sentences=_sentences(claims_of),
            initial=initial,
            target=existing[:2] if existing else None,
        )
    for claim in transfers:
        if claim.negated:
            add(
                INFO,
                TRANSFERS,
                label=str(_("No transfers")),
                read=describe(claim),
                sentences=_sentences([claim]),
            )


def _country(service):
    from .known_services import services

    for known in services():
        if known.outside_eea and (
            _same(known.name, service)
            or any(fold(alias) == fold(service) for alias in known.aliases)
        ):
            return str(COUNTRY_NAMES.get(known.country, known.country))
    return ""


def _rights_items(notice, claims, add):
    stated = {
        entry.get("right"): (si, ei, entry)
        for si, ei, entry in _entries(notice, "rights", "rights")
    }
    for key, label in RIGHTS:
        own = [c for c in claims if c.kind == "right" and c.subject == key]
        offered = [c for c in own if not c.negated]
        existing = stated.get(key)
        if offered:
            read = str(_("Stated in the notice"))
        elif own:
            read = describe(own[0])
        elif existing:
            read = str(_("In the notice's list of rights"))
        else:
            read = str(_("Not read in the notice"))
        add(
            RIGHT,
            RIGHTS_GROUP,
            label=str(label),
            read=read,
            sentences=_sentences(own),
            initial={"right": key, "how": existing[2].get("how") or "" if existing else ""},
            target=existing[:2] if existing else None,
        )
    for claim in claims:
        if claim.kind in ("right_limit", "request_channel") and not claim.negated:
            _text_item(add, RIGHTS_GROUP, claim)


# Applying what the owner confirmed ---------------------------------------------------------


def apply_review(notice, items, answers):
    """``notice`` with the confirmed ``answers`` written into its structured fields.

    ``answers`` maps an item's key to its cleaned form data: ``confirm`` (and the item's
    fields) for the structured kinds, ``remove`` for a TEXT item. Returns ``(notice, result)``
    where ``result`` counts what changed and lists the sentences that could not be removed
    from the text (the owner removes them in the editor).
    """
    notice = copy.deepcopy(notice)
    sections = notice.setdefault("sections", [])
    result = {"confirmed": 0, "removed": 0, "not_removed": []}
    appended = {}  # kind → section dict that new entries of that kind go into
    for item in items:
        answer = answers.get(item.key) or {}
        if item.kind == TEXT:
            if answer.get("remove"):
                removed = all(_remove_sentence(sections, s) for s in item.sentences)
                if removed:
                    result["removed"] += 1
                else:
                    result["not_removed"].extend(item.sentences)
            continue
        if item.kind == INFO or not answer.get("confirm"):
            continue
        result["confirmed"] += 1
        kind, key, entry = _entry_for(item, answer)
        if item.target is not None:
            si, ei = item.target
            current = sections[si][key][ei]
            current.update(entry)
        else:
            section = appended.get(kind) or _section_of(sections, kind)
            appended[kind] = section
            section.setdefault(key, []).append(entry)
    return notice, result


def _entry_for(item, answer):
    """(section kind, list key, entry) of a confirmed structured item."""
    if item.kind == BASIS:
        basis = answer.get("legal_basis") or ""
        entry = {
            "legal_basis": basis,
            # Art 13(1)(d): the interest is stated only where it is the basis.
            "legitimate_interest": (answer.get("legitimate_interest") or "").strip()
            if basis == "f"
            else "",
        }
        if item.target is None:
            entry = {"purpose": item.label, **entry}
        return "purposes", "purposes", entry
    if item.kind == RETENTION:
        period = answer.get("period")
        entry = {
            "data": (answer.get("data") or item.label).strip(),
            "applies_to": answer.get("applies_to") or "other",
            "period": period or None,
            "unit": answer.get("unit") or "years",
            "until": "" if period else (answer.get("until") or "").strip(),
            "counted_from": (answer.get("counted_from") or "") if period else "",
        }
        return "retention", "rules", entry
    if item.kind == CATEGORY:
        entry = {
            "name": (answer.get("name") or item.label).strip(),
            "special_category": bool(answer.get("special_category")),
        }
        if item.target is None:
            entry.update({"description": "", "required": False})
        return "data_content", "categories", entry
    if item.kind == TRANSFER:
        entry = {
            "recipient": (answer.get("recipient") or item.label).strip(),
            "country": (answer.get("country") or "").strip(),
            "safeguard": answer.get("safeguard") or "other",
        }
        return "transfers", "transfers", entry
    if item.kind == RIGHT:
        entry = {"right": item.initial["right"], "how": (answer.get("how") or "").strip()}
        return "rights", "rights", entry
    raise ValueError(f"Not a structured item: {item.kind}")


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
    """Remove ``sentence`` from the text of the section that holds it. False when it is not
    found as written (the owner removes it in the editor)."""
    pattern = _sentence_pattern(sentence)
    if pattern is None:
        return False
    for section in sections:
        text = section.get("text") or ""
        if not pattern.search(text):
            continue
        html = section.get("html")
        if html:
            html_pattern = _sentence_pattern(sentence, escape_html=True)
            if not html_pattern.search(html):
                return False  # formatting inside the sentence: left to the editor
            section["html"] = _tidy_html(html_pattern.sub("", html, count=1))
        section["text"] = _tidy_text(pattern.sub("", text, count=1))
        return True
    return False
