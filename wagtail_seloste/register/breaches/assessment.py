"""The 72-hour clock, the proposal whether to notify, and what the Ombudsman's form asks.

GDPR Art 33(1): the controller notifies the supervisory authority (in Finland the Data
Protection Ombudsman, tietosuojavaltuutetun toimisto) without undue delay and where feasible
within 72 hours of becoming aware of a breach, unless it is unlikely to result in a risk to
people; a later notification gives the reasons for the delay. Art 33(4): in phases, when not
everything is known yet. Art 34(1): the people are told without undue delay when the risk to
them is high; not when the data was unintelligible to whoever got it (34(3)(a)). The proposal
below follows the EDPB's Guidelines 9/2022 on breach notification (WP250rev.01); the decision
and its reasons are the owner's, written to the log (Art 33(5)).
"""

from dataclasses import dataclass, field
from datetime import UTC, timedelta
from zoneinfo import ZoneInfo

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ..groups import label as group_label
from .scope import Estimate

HELSINKI = ZoneInfo("Europe/Helsinki")
NOTIFY_WITHIN = timedelta(hours=72)
# The owner is reminded after this long without a step recorded on an open breach.
REMIND_AFTER = timedelta(hours=48)
# The Ombudsman's notification form, an e-service for organisations (Valtori's Turvalomake).
AUTHORITY_FORM_URL = "https://tietosuoja.fi/ilmoitus-tietoturvaloukkauksesta"


def deadline(breach):
    """72 hours from becoming aware (Art 33(1)), in Helsinki time. Counted in UTC: 72 real
    hours, also across a change to or from summer time."""
    return (breach.aware_at.astimezone(UTC) + NOTIFY_WITHIN).astimezone(HELSINKI)


def elapsed(start, end):
    """Real time from ``start`` to ``end``. Python subtracts two datetimes of the same zone
    on the wall clock (an hour off across summer time): both are taken to UTC first."""
    return end.astimezone(UTC) - start.astimezone(UTC)


def remaining(breach, now=None):
    """Time left to the deadline (negative once it has passed)."""
    return elapsed(now or timezone.now(), deadline(breach))


def duration_text(delta):
    """“41 h 12 min” for a timedelta (its absolute value)."""
    minutes = int(abs(delta).total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    if hours >= 48:
        days, hours = divmod(hours, 24)
        return _("%(days)s d %(hours)s h") % {"days": days, "hours": hours}
    return _("%(hours)s h %(minutes)s min") % {"hours": hours, "minutes": minutes}


def helsinki_text(moment):
    """A moment as Finns read it, in Helsinki time: “ma 7.12.2026 klo 14.05”."""
    if moment is None:
        return ""
    local = moment.astimezone(HELSINKI)
    return _("%(date)s at %(time)s") % {
        "date": formats.date_format(local, "D j.n.Y"),
        "time": local.strftime("%H.%M"),
    }


@dataclass
class Clock:
    """Where a breach stands against its deadline, for the admin and the reminder."""

    deadline: object
    remaining: timedelta
    state: str  # "running" | "late" | "notified" | "not_notifying" | "closed"
    text: str = ""
    deadline_text: str = ""
    left_text: str = ""


def clock(breach, now=None):
    now = now or timezone.now()
    left = remaining(breach, now)
    when = helsinki_text(deadline(breach))
    if breach.authority_notified_at:
        took = elapsed(breach.aware_at, breach.authority_notified_at)
        state = "notified"
        text = _("The Ombudsman was notified %(when)s, %(took)s after you became aware.") % {
            "when": helsinki_text(breach.authority_notified_at),
            "took": duration_text(took),
        }
    elif breach.notify_authority == "no":
        state = "not_notifying"
        text = _("You decided not to notify the Ombudsman (the reasons are recorded below).")
    elif not breach.is_open:
        state = "closed"
        text = _("The breach is closed.")
    elif left.total_seconds() >= 0:
        state = "running"
        text = _(
            "Notify the Data Protection Ombudsman by %(when)s (Finnish time): %(left)s left."
        ) % {"when": when, "left": duration_text(left)}
    else:
        state = "late"
        text = _(
            "The 72 hours ran out %(when)s (Finnish time), %(late)s ago. Notify the Ombudsman "
            "now and give the reasons for the delay (GDPR Art 33(1))."
        ) % {"when": when, "late": duration_text(left)}
    return Clock(
        deadline=deadline(breach),
        remaining=left,
        state=state,
        text=text,
        deadline_text=when,
        left_text=duration_text(left),
    )


@dataclass
class Proposal:
    """What the product proposes, with the reasons; the owner decides."""

    risk: str
    notify_authority: bool
    notify_people: bool
    reasons: list = field(default_factory=list)


def people_of(breach, estimate):
    return breach.people_estimate if breach.people_estimate is not None else estimate.people


def groups_of(breach, estimate):
    return set(breach.data_groups or []) | set(estimate.groups)


def propose(breach, estimate=None):
    """Whether to notify the Ombudsman (Art 33) and the people (Art 34), and why."""
    estimate = estimate or Estimate.from_dict(breach.estimate)
    people = people_of(breach, estimate)
    groups = groups_of(breach, estimate)
    natures = set(breach.nature or [])
    health = "health" in groups or estimate.health
    reasons = []
    if people == 0 and not groups and not (breach.scope_note or "").strip():
        reasons.append(
            _(
                "The register holds no personal data in the scope you gave. If no personal data "
                "was affected this is no personal data breach; if the scope is wrong, correct "
                "it. Either way the breach stays documented here (GDPR Art 33(5))."
            )
        )
        return Proposal("unlikely", False, False, reasons)
    if health:
        reasons.append(
            _(
                "Health information is a special category of personal data (GDPR Art 9). A "
                "breach of it is as a rule likely to result in a high risk to the people: notify "
                "the Ombudsman and tell the people affected (EDPB Guidelines 9/2022)."
            )
        )
        risk = "high"
    elif natures == {"availability"}:
        reasons.append(
            _(
                "Only the availability of the data was affected. If it was restored quickly "
                "from a backup and nothing was lost, the breach is unlikely to result in a "
                "risk: document it and do not notify. If data was lost for good or people "
                "were harmed by the interruption, notify."
            )
        )
        risk = "unlikely"
    elif breach.encrypted:
        reasons.append(
            _(
                "The data was encrypted and the key is safe, so whoever got it cannot read it: "
                "the breach is unlikely to result in a risk and the people need not be told "
                "(GDPR Art 34(3)(a)). Document it."
            )
        )
        risk = "unlikely"
    else:
        reasons.append(
            ngettext(
                "Contact or booking details of %(count)s person may have reached someone who "
                "should not have them: a risk to the person (for example targeted phishing). "
                "Notify the Ombudsman within 72 hours (GDPR Art 33(1)).",
                "Contact or booking details of %(count)s people may have reached someone who "
                "should not have them: a risk to the people (for example targeted phishing). "
                "Notify the Ombudsman within 72 hours (GDPR Art 33(1)).",
                people,
            )
            % {"count": people}
        )
        reasons.append(
            _(
                "Telling the people is required only when the risk is high (GDPR Art 34(1)), "
                "but it is often wise: they can watch out for phishing."
            )
        )
        risk = "risk"
    if risk == "high" and breach.encrypted:
        reasons.append(
            _(
                "The data was encrypted and the key is safe, so the people need not be told "
                "(GDPR Art 34(3)(a)); notify the Ombudsman all the same."
            )
        )
    return Proposal(
        risk=risk,
        notify_authority=risk in ("risk", "high"),
        notify_people=risk == "high" and not breach.encrypted,
        reasons=reasons,
    )


def _subject_categories(groups):
    found = []
    if groups & {"clients", "bookings", "health", "invoices", "marketing", "consents"}:
        found.append(_("clients"))
    if "requests" in groups:
        found.append(_("people who asked about their data"))
    if "visitors" in groups:
        found.append(_("website visitors"))
    return found


def authority_fields(breach, estimate, controller=None, now=None):
    """The fields of the Ombudsman's breach notification, pre-filled (Art 33(3)).

    Health details are never written on the form: the Ombudsman asks for them by secure
    message (the Ministry of Justice's turvaviesti) when needed.
    """
    now = now or timezone.now()
    people = people_of(breach, estimate)
    records = breach.records_estimate if breach.records_estimate is not None else estimate.records
    groups = groups_of(breach, estimate)
    steps = [s for s in breach.steps.all() if s.kind.startswith("authority_")]
    if not steps:
        kind = _("Initial notification (complete it later if everything is not known yet)")
    else:
        kind = _("Supplementary notification (the Ombudsman's reference %(ref)s)") % {
            "ref": breach.authority_reference or "–"
        }
    natures = dict(breach.NATURES)
    data = [group_label(key) for key in sorted(groups)]
    if "health" in groups:
        data.append(
            _(
                "Special category data (GDPR Art 9): health information. Do not write anyone's "
                "health details on the form."
            )
        )
    late = (breach.authority_notified_at or now) - breach.aware_at > NOTIFY_WITHIN
    fields = [
        (_("Type of notification"), kind),
        (_("Controller"), controller or ""),
        (_("When the breach happened"), helsinki_text(breach.occurred_at) or _("Not known")),
        (_("When you became aware of it"), helsinki_text(breach.aware_at)),
        (
            _("Nature of the breach"),
            "; ".join(str(natures[n]) for n in breach.nature if n in natures),
        ),
        (_("What happened"), breach.description),
        (_("Categories of people affected"), ", ".join(_subject_categories(groups)) or "–"),
        (_("Approximate number of people affected"), str(people)),
        (_("Categories of personal data"), "; ".join(str(d) for d in data) or "–"),
        (_("Approximate number of records affected"), str(records)),
        (_("Likely consequences"), breach.consequences or "–"),
        (_("Measures taken"), breach.measures_taken or "–"),
        (_("Measures proposed"), breach.measures_proposed or "–"),
        (
            _("Have the people been told?"),
            _("Yes, %(when)s") % {"when": helsinki_text(breach.people_notified_at)}
            if breach.people_notified_at
            else (
                _("No: %(reasons)s") % {"reasons": breach.decision_reasons}
                if breach.notify_people == "no" and breach.decision_reasons
                else _("Not yet")
            ),
        ),
    ]
    if late:
        fields.append(
            (
                _("Reasons for notifying later than 72 hours"),
                breach.delay_reasons or _("Write the reasons in the breach's details."),
            )
        )
    return fields
