"""Every step of handling a breach: a row of its own and an entry in Wagtail's audit log.

Art 33(5): the controller documents every breach, its effects and the remedial action taken,
so that the Ombudsman can verify compliance. Each step is a ``BreachStep`` (never edited) and a
``wagtail_seloste.breach.*`` log entry with the user who took it; recording any step moves the
breach's ``last_activity_at``, the clock of the 48-hour reminder.
"""

from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

NOTE_ACTION = "wagtail_seloste.breach.note"
DECISION_ACTION = "wagtail_seloste.breach.decision"
AUTHORITY_ACTION = "wagtail_seloste.breach.authority"
PEOPLE_ACTION = "wagtail_seloste.breach.people"
MESSAGE_ACTION = "wagtail_seloste.breach.message"
CLOSE_ACTION = "wagtail_seloste.breach.close"
REOPEN_ACTION = "wagtail_seloste.breach.reopen"
REMINDER_ACTION = "wagtail_seloste.breach.reminder"
ESTIMATE_ACTION = "wagtail_seloste.breach.estimate"


def touch(breach, now=None):
    """A step was recorded: the 48-hour reminder counts from now."""
    from ..models import Breach

    breach.last_activity_at = now or timezone.now()
    Breach.objects.filter(pk=breach.pk).update(last_activity_at=breach.last_activity_at)


def record_step(
    breach, kind, user, *, text="", at=None, reference="", action=NOTE_ACTION, data=None
):
    """Write one step of ``breach``: its row, its audit-log entry, and the activity clock."""
    from ..models import BreachStep

    with transaction.atomic():
        step = BreachStep.objects.create(
            breach=breach,
            kind=kind,
            text=text,
            at=at or timezone.now(),
            reference=reference,
            created_by=user if getattr(user, "pk", None) else None,
        )
        log(
            breach,
            action,
            user=user if getattr(user, "pk", None) else None,
            data={"step": step.pk, "kind": kind, **(data or {})},
        )
        touch(breach)
    return step
