"""The signed tokens of the links a client gets by email: cancel a booking, confirm its details,
refuse marketing.

Emails build the links and the views read them back; both import this module, so the emails
never need the views.
"""

from datetime import timedelta

from django.core import signing
from django.utils import timezone
from django.utils.crypto import constant_time_compare

from .models import Booking

CANCEL_SALT = "wagtail_seloste.booking.cancel"
DETAILS_SALT = "wagtail_seloste.booking.details"
OPTOUT_SALT = "wagtail_seloste.booking.optout"


def _cancel_signature(booking_id):
    return signing.Signer(salt=CANCEL_SALT).signature(str(booking_id))


def cancel_token(booking):
    """``<booking number>-<signature>``: no personal data in the URL.

    Wagtail serves page paths made of word characters and hyphens only, so the token avoids
    the colons of ``signing.dumps``.
    """
    return f"{booking.pk}-{_cancel_signature(booking.pk)}"


def details_token(booking):
    """The token of the link that confirms a booking's contact details for the client record.

    It goes only to the address the booking was made with, so opening it proves the address.
    """
    signature = signing.Signer(salt=DETAILS_SALT).signature(str(booking.pk))
    return f"{booking.pk}-{signature}"


def booking_from_token(token, salt=CANCEL_SALT):
    number, _sep, signature = (token or "").partition("-")
    if not number.isdigit() or len(number) > 18 or not signature:
        return None
    expected = signing.Signer(salt=salt).signature(number)
    if not constant_time_compare(signature, expected):
        return None
    return Booking.objects.select_related("service", "page").filter(pk=int(number)).first()


def can_cancel(booking, now=None):
    now = now or timezone.now()
    cutoff = booking.start - timedelta(hours=booking.page.cancellation_cutoff_hours)
    return not booking.is_cancelled and now < cutoff


def optout_token(client):
    """``<client number>-<signature>`` of the opt-out link every marketing message carries
    (917/2014 200 §). It does not expire: an old offer's link must still work."""
    return f"{client.pk}-{signing.Signer(salt=OPTOUT_SALT).signature(str(client.pk))}"


def client_from_optout_token(token):
    """``(valid, client)``: whether the token is one we signed, and its client if it still
    exists (an erased client's link is valid and there is nothing left to stop)."""
    from .models import Client

    number, _sep, signature = (token or "").partition("-")
    if not number.isdigit() or len(number) > 18 or not signature:
        return False, None
    expected = signing.Signer(salt=OPTOUT_SALT).signature(number)
    if not constant_time_compare(signature, expected):
        return False, None
    return True, Client.objects.filter(pk=int(number)).first()
