"""Booking emails: the client's confirmation (with .ics), reminder and cancellation, the
owner's notifications.

Health information never goes into an email (GDPR Art 9, 32): the owner's notification links to
the booking in the admin instead, where access is logged. Neither does the client's message.

Every email goes through the core's outbox (``wagtail_seloste.outbox``): the ``queue_*`` and
``notify_*`` functions add it in the transaction that stores the booking (or the cancellation),
and the outbox builds it with the ``*_message`` functions below when it sends, retries it, and
records the delivery on the booking (``confirmation_sent_at``, ``owner_notified_at``). Logs name
the booking number only, never the person.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template import Context
from django.template.loader import get_template
from django.utils import timezone, translation

from .. import links, outbox
from ..conf import seloste_settings
from ..notice.models import NoticePage
from ..outbox.language import owner_language
from ..register.local_time import local
from . import paths
from .calendar import booking_ics
from .models import Booking
from .tokens import can_cancel, cancel_token, details_token

logger = logging.getLogger(__name__)


def _booking(booking_id):
    return Booking.objects.select_related("service", "client", "page").filter(pk=booking_id).first()


def _from_email():
    return seloste_settings.FROM_EMAIL or settings.DEFAULT_FROM_EMAIL


def _language(booking):
    try:
        return booking.page.locale.language_code
    except Exception:  # noqa: BLE001 - a missing locale falls back to the site language
        return settings.LANGUAGE_CODE


def page_url(page, route, **kwargs):
    """The absolute address of one of ``page``'s routes on the site's real address (the
    Wagtail ``Site`` of the page, ``wagtail_seloste.links``)."""
    page = page.specific if hasattr(page, "specific") else page
    # The route's words in the page's language (/sv/boka-tid/avboka/…).
    return links.page_url(page, paths.subpage(page, route, **kwargs))


def cancel_url(booking):
    """The cancellation link, or "" when the booking is already inside the cancellation
    cut-off (a link that cannot work is not sent; the email says how to cancel instead)."""
    if not can_cancel(booking):
        return ""
    return page_url(booking.page, "cancel", token=cancel_token(booking))


def details_url(booking):
    """The link that lets the person confirm the details given with the booking as their
    client record's, or "" when they are the same."""
    if not booking.contact_differs():
        return ""
    return page_url(booking.page, "details", token=details_token(booking))


def marketing_optout_url(client):
    """The link that stops offers and newsletters by email for ``client``, for every marketing
    message the owner sends (917/2014 200 §): on the booking page the client last booked on,
    else the site's first live booking page; "" when the site has none."""
    from .models import BookingPage
    from .tokens import optout_token

    latest = client.bookings.order_by("-start").select_related("page").first()
    page = latest.page if latest is not None and latest.page.live else None
    if page is None:
        page = BookingPage.objects.live().in_site(client.site).order_by("path").first()
    if page is None:
        return ""
    return page_url(page, "optout", token=optout_token(client))


def email_context(booking):
    page = booking.page
    return {
        "booking": booking,
        "service": booking.service,
        "client": booking.client,
        # The name the booking was made with, not whatever the client record says.
        "first_name": booking.first_name or booking.client.first_name,
        "page": page,
        # The site's time zone, whichever zone the sending process runs in.
        "start": local(booking.start),
        "end": local(booking.end),
        "notice": NoticePage.for_site(page.get_site(), locale=page.locale),
        "cancel_url": cancel_url(booking),
        "cutoff_hours": page.cancellation_cutoff_hours,
    }


def _render_text(name, context):
    # Plain-text emails: nothing is HTML-escaped ("<" stays "<", never "&lt;").
    return get_template(name).template.render(Context(context, autoescape=False))


def _render(name, context):
    subject = _render_text(f"wagtail_seloste/emails/{name}_subject.txt", context)
    body = _render_text(f"wagtail_seloste/emails/{name}.txt", context)
    return " ".join(subject.split()), body


def _confirmation(booking):
    if booking.is_cancelled:
        return None
    context = email_context(booking)
    context["details_url"] = details_url(booking)
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
    context["contact_differs"] = booking.contact_differs()
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

    return links.admin_url(
        reverse("wagtail_seloste_bookings:inspect", args=[booking.pk]), booking.page
    )


# Queued in the transaction that makes the work; built and sent by the outbox. ---------------


def _label(booking_id, what):
    return f"booking #{booking_id}: {what}"


def _confirmation_email(booking):
    options = {"label": _label(booking.pk, "confirmation"), "site": booking.client.site_id}
    return confirmation_message, [booking.pk], {**options, "on_sent": confirmation_sent}


def queue_confirmation(booking):
    builder, args, options = _confirmation_email(booking)
    outbox.send_later(builder, *args, **options)


def queue_booking_emails(booking):
    """The client's confirmation and the owner's notification of a new booking (one INSERT)."""
    owner = {"label": _label(booking.pk, "owner notification"), "site": booking.client.site_id}
    outbox.send_all_later(
        _confirmation_email(booking),
        (owner_message, [booking.pk], {**owner, "on_sent": owner_notified}),
    )


def queue_reminder(booking):
    outbox.send_later(
        reminder_message,
        booking.pk,
        label=_label(booking.pk, "reminder"),
        site=booking.client.site_id,
    )


def notify_owner_of_cancellation(booking):
    """Tell the owner that a client cancelled."""
    outbox.send_later(
        cancellation_message,
        booking.pk,
        label=_label(booking.pk, "cancellation to the owner"),
        site=booking.client.site_id,
    )


def notify_client_of_cancellation(booking):
    """Tell the client that their booking was cancelled (by them or by the owner)."""
    outbox.send_later(
        client_cancellation_message,
        booking.pk,
        label=_label(booking.pk, "cancellation to the client"),
        site=booking.client.site_id,
    )


def _message(booking_id, build, language=None):
    """Build an email of the booking in the client's language (the booking page's), or in
    ``language(booking)`` when given."""
    booking = _booking(booking_id)
    if booking is None:
        return None
    with translation.override(language(booking) if language else _language(booking)):
        return build(booking)


def _owner_language(booking):
    # The owner's admin language, never the client's or the page's (outbox/language.py).
    return owner_language(booking.client.site, owner_address(booking))


def confirmation_message(booking_id):
    return _message(booking_id, _confirmation)


def owner_message(booking_id):
    return _message(booking_id, _owner, _owner_language)


def reminder_message(booking_id):
    return _message(booking_id, _reminder)


def cancellation_message(booking_id):
    return _message(booking_id, _cancellation, _owner_language)


def client_cancellation_message(booking_id):
    return _message(booking_id, _client_cancellation)


def confirmation_sent(booking_id):
    Booking.objects.filter(pk=booking_id).update(confirmation_sent_at=timezone.now())


def owner_notified(booking_id):
    Booking.objects.filter(pk=booking_id).update(owner_notified_at=timezone.now())


def _client_cancellation(booking):
    if not booking.is_cancelled:
        return None
    context = email_context(booking)
    subject, body = _render("booking_cancelled_client", context)
    message = EmailMessage(subject, body, _from_email(), [booking.client.email])
    notice = context["notice"]
    if notice is not None and notice.email:
        message.reply_to = [notice.email]
    return message


def _cancellation(booking):
    address = owner_address(booking)
    if not address:
        return None
    context = email_context(booking)
    context["admin_url"] = admin_url(booking)
    subject, body = _render("booking_cancelled_owner", context)
    return EmailMessage(subject, body, _from_email(), [address])
