"""Booking emails: the client's confirmation (with .ics), reminder, the owner's notification.

Each email is claimed before sending by setting its timestamp in one conditional UPDATE, so two
workers or a rerun never send it twice; a failure clears the timestamp again so that
``seloste_send_reminders`` retries it. Logs name the booking number only, never the person.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import timezone, translation

from ..conf import seloste_settings

logger = logging.getLogger(__name__)


def _booking(booking_id):
    from .models import Booking

    return Booking.objects.select_related("service", "client", "page").filter(pk=booking_id).first()


def _claim(booking_id, field):
    from .models import Booking

    return (
        Booking.objects.filter(pk=booking_id, **{f"{field}__isnull": True}).update(
            **{field: timezone.now()}
        )
        == 1
    )


def _release(booking_id, field):
    from .models import Booking

    Booking.objects.filter(pk=booking_id).update(**{field: None})


def _from_email():
    return seloste_settings.FROM_EMAIL or settings.DEFAULT_FROM_EMAIL


def _language(booking):
    try:
        return booking.page.locale.language_code
    except Exception:  # noqa: BLE001 - a missing locale falls back to the site language
        return settings.LANGUAGE_CODE


def cancel_url(booking):
    from .views import cancel_token

    page = booking.page.specific if hasattr(booking.page, "specific") else booking.page
    return page.full_url + page.reverse_subpage("cancel", kwargs={"token": cancel_token(booking)})


def email_context(booking):
    from ..models import NoticePage

    page = booking.page
    return {
        "booking": booking,
        "service": booking.service,
        "client": booking.client,
        "page": page,
        "start": timezone.localtime(booking.start),
        "end": timezone.localtime(booking.end),
        "notice": NoticePage.for_site(page.get_site()),
        "cancel_url": cancel_url(booking),
        "cutoff_hours": page.cancellation_cutoff_hours,
    }


def _render(name, context):
    subject = render_to_string(f"wagtail_seloste/emails/{name}_subject.txt", context)
    body = render_to_string(f"wagtail_seloste/emails/{name}.txt", context)
    return " ".join(subject.split()), body


def _send(booking_id, field, build):
    """Claim ``field``, build and send the message; on failure release the claim and log."""
    booking = _booking(booking_id)
    if booking is None or not _claim(booking_id, field):
        return False
    try:
        with translation.override(_language(booking)):
            message = build(booking)
            if message is None:
                return False
            message.send(fail_silently=False)
    except Exception:  # noqa: BLE001 - any mail failure must leave the booking intact
        _release(booking_id, field)
        logger.exception("Sending %s of booking #%s failed; it will be retried.", field, booking_id)
        return False
    return True


def _confirmation(booking):
    from .calendar import booking_ics

    if booking.is_cancelled:
        return None
    context = email_context(booking)
    subject, body = _render("booking_confirmation", context)
    message = EmailMessage(subject, body, _from_email(), [booking.client.email])
    notice = context["notice"]
    if notice is not None and notice.email:
        message.reply_to = [notice.email]
    message.attach(
        "varaus.ics",
        booking_ics(booking, notice, context["cancel_url"]),
        "text/calendar; method=PUBLISH",
    )
    return message


def owner_address(booking):
    from ..models import NoticePage

    if booking.page.owner_email:
        return booking.page.owner_email
    notice = NoticePage.for_site(booking.page.get_site())
    return notice.email if notice is not None else ""


def _owner(booking):
    address = owner_address(booking)
    if not address:
        return None
    context = email_context(booking)
    context["admin_url"] = admin_url(booking)
    subject, body = _render("booking_owner", context)
    message = EmailMessage(subject, body, _from_email(), [address])
    message.reply_to = [booking.client.email]
    return message


def _reminder(booking):
    if booking.is_cancelled or booking.client.restricted:
        return None
    subject, body = _render("booking_reminder", email_context(booking))
    return EmailMessage(subject, body, _from_email(), [booking.client.email])


def admin_url(booking):
    from django.urls import reverse

    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")
    return base + reverse("wagtail_seloste_bookings:inspect", args=[booking.pk])


def send_confirmation(booking_id):
    return _send(booking_id, "confirmation_sent_at", _confirmation)


def send_owner_notification(booking_id):
    return _send(booking_id, "owner_notified_at", _owner)


def send_reminder(booking_id):
    return _send(booking_id, "reminder_sent_at", _reminder)


def notify_owner_of_cancellation(booking):
    """Tell the owner that a client cancelled; best effort, after commit, as a task."""
    from django.db import transaction

    from .tasks import send_cancellation_notice

    booking_id = booking.pk
    transaction.on_commit(lambda: send_cancellation_notice.enqueue(booking_id))


def send_cancellation_notice(booking_id):
    booking = _booking(booking_id)
    if booking is None:
        return False
    address = owner_address(booking)
    if not address:
        return False
    try:
        with translation.override(_language(booking)):
            context = email_context(booking)
            context["admin_url"] = admin_url(booking)
            subject, body = _render("booking_cancelled_owner", context)
            EmailMessage(subject, body, _from_email(), [address]).send()
    except Exception:  # noqa: BLE001
        logger.exception("Sending the cancellation notice of booking #%s failed.", booking_id)
        return False
    return True
