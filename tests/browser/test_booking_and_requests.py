"""Booking and data subject requests in a real browser, with and without JavaScript, and the
accessibility of the visitor's pages (issues 2, 4 and 5's "Done when")."""

import re
from datetime import timedelta
from urllib.parse import urlsplit

import pytest

from wagtail_seloste.booking.models import Booking, BookingStatus
from wagtail_seloste.rights.models import RightsRequest

pytestmark = [
    pytest.mark.browser,
    # The live server needs committed data: the demo content is loaded per test.
    pytest.mark.django_db(transaction=True),
]
JS_MODES = pytest.mark.parametrize("javascript", [True, False], ids=["js", "nojs"])
EMAIL = "testi.asiakas@example.com"


def link_in(message, demo_url, pattern):
    """The link of ``message``'s body that matches ``pattern``, on the live server."""
    url = re.search(pattern, message.body).group(0)
    parts = urlsplit(url)
    return f"{demo_url}{parts.path}" + (f"?{parts.query}" if parts.query else "")


def days_ahead(days):
    from django.utils import timezone

    return (timezone.localdate() + timedelta(days=days)).isoformat()


def book(page, demo_url):
    """Book a classic massage at the first free time at least three days ahead (beyond the
    24-hour cancellation cut-off whatever the hour the test runs), as a visitor would;
    return its start."""
    page.goto(demo_url + "/ajanvaraus/")
    page.get_by_label("Klassinen hieronta").check()
    page.get_by_role("button", name="Seuraava").click()
    # The date field of the week picker: the first day with free times from that day on.
    page.goto(demo_url + f"/ajanvaraus/varaa/aika/?paiva={days_ahead(3)}")
    slot = page.locator("input[name='aika-slot']").first
    start = slot.get_attribute("value")
    slot.check()
    page.get_by_role("button", name="Seuraava").click()
    page.get_by_label("Etunimi").fill("Testi")
    page.get_by_label("Sukunimi").fill("Asiakas")
    page.get_by_label("Sähköposti").fill(EMAIL)
    page.get_by_label("Puhelin").fill("040 765 4321")
    page.get_by_role("button", name="Seuraava").click()
    # No consent is ticked: none is a condition of booking (GDPR Art 7(4)).
    page.get_by_role("button", name="Vahvista varaus").click()
    return start


@JS_MODES
def test_visitor_books_a_massage_and_gets_the_confirmation(
    demo_url, new_page, javascript, mailoutbox
):
    page = new_page(javascript)

    book(page, demo_url)

    booking = Booking.objects.get(client__email=EMAIL)
    assert booking.status in (BookingStatus.PENDING, BookingStatus.CONFIRMED)
    confirmation = next(m for m in mailoutbox if EMAIL in m.to)
    assert any(name.endswith(".ics") for name, *_ in confirmation.attachments)


@JS_MODES
def test_cancelling_from_the_email_link_frees_the_time(demo_url, new_page, javascript, mailoutbox):
    from playwright.sync_api import expect

    page = new_page(javascript)
    start = book(page, demo_url)
    confirmation = next(m for m in mailoutbox if EMAIL in m.to)

    page.goto(link_in(confirmation, demo_url, r"https?://\S+/ajanvaraus/\S+"))
    # The form posts to the same address: wait for the answer's page to load, not only for
    # the navigation to start (CI once counted the status on the half-loaded page).
    with page.expect_navigation():
        page.get_by_role("button", name="Peru varaus").click()

    expect(page.get_by_role("status").filter(has_text="Varaus on peruttu.")).to_have_count(1)
    assert Booking.objects.get(client__email=EMAIL).status == BookingStatus.CANCELLED
    page.goto(demo_url + "/ajanvaraus/")
    page.get_by_label("Klassinen hieronta").check()
    page.get_by_role("button", name="Seuraava").click()
    page.goto(demo_url + f"/ajanvaraus/varaa/aika/?paiva={start[:10]}")
    assert page.locator(f"input[name='aika-slot'][value='{start}']").count() == 1


@JS_MODES
def test_visitor_sends_and_verifies_a_data_request(demo_url, new_page, javascript, mailoutbox):
    page = new_page(javascript)
    page.goto(demo_url + "/tietopyynto/")
    page.locator("input[name=types][value=access]").check()
    page.get_by_label("Nimi").fill("Testi Asiakas")
    page.get_by_label("Sähköposti").fill(EMAIL)
    page.get_by_role("button", name="Lähetä pyyntö").click()
    verification = next(m for m in mailoutbox if EMAIL in m.to)

    page.goto(link_in(verification, demo_url, r"https?://\S+/tietopyynto/\S+"))
    page.get_by_role("button", name="Vahvista pyyntö").click()

    request = RightsRequest.objects.get(email=EMAIL)
    assert request.verified_at is not None and request.due_date is not None


@pytest.mark.parametrize(
    "path", ["/tietosuojaseloste/", "/ajanvaraus/", "/tietopyynto/", "/cookies/settings/"]
)
def test_visitor_pages_have_no_serious_accessibility_violations(
    demo_url, new_page, axe_violations, path
):
    page = new_page(javascript=True)
    page.goto(demo_url + path)

    assert axe_violations(page) == []


def test_booking_steps_have_no_serious_accessibility_violations(demo_url, new_page, axe_violations):
    page = new_page(javascript=True)
    page.goto(demo_url + "/ajanvaraus/")
    page.get_by_label("Klassinen hieronta").check()
    page.get_by_role("button", name="Seuraava").click()
    violations = axe_violations(page)
    page.locator("input[name='aika-slot']").first.check()
    page.get_by_role("button", name="Seuraava").click()
    violations += axe_violations(page)
    page.get_by_role("button", name="Seuraava").click()  # empty form: the errors are shown
    violations += axe_violations(page)

    assert violations == []


@JS_MODES
def test_sports_massage_books_without_consent_and_the_health_note_stays_out_of_email(
    demo_url, new_page, javascript, mailoutbox
):
    page = new_page(javascript)
    page.goto(demo_url + "/ajanvaraus/")
    page.get_by_label("Urheiluhieronta").check()
    page.get_by_role("button", name="Seuraava").click()
    page.goto(demo_url + f"/ajanvaraus/varaa/aika/?paiva={days_ahead(3)}")
    page.locator("input[name='aika-slot']").first.check()
    page.get_by_role("button", name="Seuraava").click()
    page.get_by_label("Etunimi").fill("Testi")
    page.get_by_label("Sukunimi").fill("Asiakas")
    page.get_by_label("Sähköposti").fill(EMAIL)
    page.get_by_label("Puhelin").fill("040 765 4321")
    page.locator("textarea[name='yhteystiedot-health_info']").fill("Nilkka nyrjähtänyt.")
    page.get_by_role("button", name="Seuraava").click()
    page.get_by_role("button", name="Vahvista varaus").click()

    booking = Booking.objects.get(client__email=EMAIL)
    assert (booking.health_info, booking.health_basis) == ("Nilkka nyrjähtänyt.", "professional")
    assert mailoutbox
    assert all("Nilkka" not in m.subject + m.body for m in mailoutbox)
