"""The owner sees 9.00 for a 9.00 appointment: times in the admin and the owner's emails are in
the site's time zone, whatever zone the admin user's profile has (issue 19 item 5)."""

import re
from datetime import datetime, time, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.test import TestCase
from django.utils import timezone

from wagtail_seloste.booking.models import ConsentRecord
from wagtail_seloste.booking.store import create_booking

HELSINKI = ZoneInfo("Europe/Helsinki")


@pytest.fixture(params=["", "UTC"], ids=["profile-without-zone", "profile-in-utc"])
def owner_client(request, admin_client, django_user_model):
    """The admin, with no time zone in their profile or with UTC chosen there."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(django_user_model.objects.get(username="admin"))
    profile.current_time_zone = request.param
    profile.save()
    return admin_client


@pytest.fixture
def nine_oclock(booking_page):
    """A booking at 9.00 Helsinki time three days ahead, with a consent given at 9.00, its
    emails sent."""
    day = timezone.localdate() + timedelta(days=3)
    start = datetime.combine(day, time(9), tzinfo=HELSINKI)
    service = booking_page.services.get(name="Klassinen hieronta")
    with TestCase.captureOnCommitCallbacks(execute=True):
        booking = create_booking(
            booking_page,
            service,
            start,
            site=booking_page.get_site(),
            first_name="Maija",
            last_name="Meikäläinen",
            email="maija@example.com",
            phone="+358401234567",
            now=start - timedelta(days=3),
        )
    ConsentRecord.objects.create(
        site=booking.client.site,
        client=booking.client,
        booking=booking,
        kind="marketing_email",
        given=True,
        text="Saa lähettää uutiskirjeen.",
        source="booking",
        created_at=start,
    )
    return booking


def shows_nine_not_seven(html):
    """(9.00 is shown, 7.00 is shown): the start in Helsinki time and in UTC."""
    times = {
        (int(hour), minutes) for hour, minutes in re.findall(r"\b(\d{1,2})[.:](\d{2})\b", html)
    }
    return (9, "00") in times, (7, "00") in times


@pytest.mark.parametrize(
    "url",
    [
        "/admin/seloste/bookings/",
        "/admin/seloste/bookings/inspect/{booking}/",
        "/admin/seloste/bookings/edit/{booking}/",
        "/admin/seloste/clients/inspect/{client}/",
        "/admin/seloste/consents/",
        "/admin/seloste/consents/inspect/{consent}/",
    ],
)
def test_register_views_show_the_booking_at_nine(owner_client, nine_oclock, url):
    consent = ConsentRecord.objects.get(kind="marketing_email")
    response = owner_client.get(
        url.format(booking=nine_oclock.pk, client=nine_oclock.client_id, consent=consent.pk)
    )

    assert response.status_code == 200
    nine, seven = shows_nine_not_seven(response.content.decode())
    assert nine and not seven


def test_the_owners_email_says_nine_and_its_link_shows_nine(owner_client, nine_oclock):
    owner_email = next(m for m in mail.outbox if m.to == ["omistaja@example.com"])
    link = re.search(r"https?://\S+/admin/seloste/bookings/inspect/\d+/", owner_email.body)

    assert re.search(r"\b0?9\.00–10\.00\b", owner_email.body)
    response = owner_client.get(urlsplit(link.group(0)).path)
    nine, seven = shows_nine_not_seven(response.content.decode())
    assert nine and not seven


def test_a_request_received_at_nine_shows_nine(owner_client, rights_site):
    from wagtail_seloste.rights.models import RightsRequest

    received = datetime.combine(timezone.localdate(), time(9), tzinfo=HELSINKI)
    request = RightsRequest.objects.create(
        site=rights_site,
        types=["access"],
        name="Maija Meikäläinen",
        email="maija@example.com",
        received_at=received,
        verified_at=received,
        status=RightsRequest.OPEN,
    )

    response = owner_client.get(f"/admin/tietopyynnot/{request.pk}/")

    nine, seven = shows_nine_not_seven(response.content.decode())
    assert nine and not seven
