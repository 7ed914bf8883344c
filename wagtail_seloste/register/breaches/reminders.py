"""The owner's reminder of an open breach with nothing recorded for 48 hours.

By then 24 of the 72 hours to notify the Data Protection Ombudsman are left (GDPR Art 33(1)).
``send_breach_reminders`` runs from ``manage.py seloste_breach_reminders`` (hourly) or its task;
it is safe to run twice: one reminder per 48 quiet hours, queued in the outbox in the same
transaction as the mark that it was sent.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task
from wagtail.log_actions import log

from ... import links, outbox
from .assessment import REMIND_AFTER, clock
from .steps import REMINDER_ACTION


def recipient(breach):
    """Who is reminded: the user who recorded the breach, else the canonical notice's email
    (the controller's), else WAGTAIL_SELOSTE_RIGHTS_NOTIFY_EMAIL."""
    from ...notice.models import NoticePage

    if breach.created_by_id and breach.created_by.email:
        return breach.created_by.email
    notice = NoticePage.for_site(breach.site)
    if notice is not None and notice.email:
        return notice.email
    return getattr(settings, "WAGTAIL_SELOSTE_RIGHTS_NOTIFY_EMAIL", "") or ""


def due(now=None):
    """Open breaches with nothing recorded, and no reminder, for 48 hours."""
    from ..models import Breach

    cutoff = (now or timezone.now()) - REMIND_AFTER
    return Breach.objects.filter(status=Breach.OPEN, last_activity_at__lte=cutoff).filter(
        Q(reminder_sent_at__isnull=True) | Q(reminder_sent_at__lte=cutoff)
    )


def send_breach_reminders(now=None):
    """Queue a reminder for every breach that is due; returns how many were queued."""
    now = now or timezone.now()
    sent = 0
    for breach in due(now).select_related("site", "created_by"):
        to = recipient(breach)
        if not to:
            continue
        with transaction.atomic():
            # Claimed with a conditional update, so two runs at once send one reminder.
            claimed = due(now).filter(pk=breach.pk).update(reminder_sent_at=now)
            if not claimed:
                continue
            outbox.send_later(
                reminder_message,
                breach.pk,
                label=f"breach #{breach.pk}: reminder to the owner",
                site=breach.site_id,
            )
            log(breach, REMINDER_ACTION, data={"hours": int(REMIND_AFTER.total_seconds() // 3600)})
        sent += 1
    # Without a worker (the immediate backend) this is where due emails go out.
    outbox.sweep()
    return sent


@task()
def breach_reminders_task():
    return send_breach_reminders()


def _admin_url(breach):
    try:
        return links.admin_url(reverse("wagtail_seloste_breaches:inspect", args=[breach.pk]))
    except NoReverseMatch:
        return ""


def reminder_message(breach_id):
    """The outbox's builder of the reminder: no personal data, only the breach's number, its
    deadline and a link to it; None when the breach was closed meanwhile."""
    from ..models import Breach

    breach = Breach.objects.select_related("site", "created_by").filter(pk=breach_id).first()
    if breach is None or not breach.is_open:
        return None
    to = recipient(breach)
    if not to:
        return None
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Reminder: personal data breach #%(id)s is open") % {"id": breach.pk}
        body = "\n\n".join(
            part
            for part in (
                _("Nothing has been recorded on personal data breach #%(id)s for 48 hours.")
                % {"id": breach.pk},
                clock(breach).text,
                _(
                    "Record what you have found out and what you decided, notify the Data "
                    "Protection Ombudsman in stages if everything is not known yet (GDPR Art "
                    "33(4)), or close the breach if it is handled."
                ),
                _admin_url(breach),
            )
            if part
        )
    sender = getattr(settings, "WAGTAIL_SELOSTE_FROM_EMAIL", None) or settings.DEFAULT_FROM_EMAIL
    return EmailMessage(subject, body, sender, [to])
