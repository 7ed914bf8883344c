"""A booking page translated into Swedish: one calendar, the visitor's language in emails and
consent records."""

from datetime import time

import pytest
from django.core import mail
from django.utils import timezone
from wagtail.models import Locale

from tests.booking_helpers import first_free
from wagtail_seloste.booking.models import ClosedDate, ConsentRecord
from wagtail_seloste.booking.slots import free_slots
from wagtail_seloste.booking.store import create_booking

pytestmark = pytest.mark.django_db


def page_zone():
    return timezone.get_current_timezone()


@pytest.fixture
def swedish_booking_page(booking_page, notice):
    swedish = Locale.objects.get_or_create(language_code="sv")[0]
    booking_page.get_parent().copy_for_translation(swedish).save_revision().publish()
    notice.copy_for_translation(swedish).save_revision().publish()
    page = booking_page.copy_for_translation(swedish).specific
    page.slug = "boka-tid"
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def book(page, start):
    service = page.services.order_by("sort_order").first()
    consents = [(box, True) for box in page.consent_checkboxes.all()]
    return create_booking(
        page,
        service,
        start,
        site=page.get_site(),
        first_name="Maja",
        last_name="Exempel",
        email="maja@example.com",
        consents=consents,
    )


def test_a_time_booked_on_the_translation_is_taken_on_the_original(
    booking_page, swedish_booking_page
):
    service = booking_page.services.get(name="Klassinen hieronta")
    start = first_free(booking_page, service)

    book(swedish_booking_page, start)

    assert start not in free_slots(booking_page, service)


def test_a_booking_on_the_translation_writes_the_originals_lock(booking_page, swedish_booking_page):
    from wagtail_seloste.booking.models import SlotLock

    service = swedish_booking_page.services.order_by("sort_order").first()
    book(swedish_booking_page, first_free(swedish_booking_page, service))

    assert SlotLock.objects.get(page_id=booking_page.pk).counter == 1
    assert not SlotLock.objects.filter(page_id=swedish_booking_page.pk).exists()


def test_consents_given_on_the_translation_point_at_the_swedish_notice(swedish_booking_page):
    service = swedish_booking_page.services.order_by("sort_order").first()

    book(swedish_booking_page, first_free(swedish_booking_page, service))

    record = ConsentRecord.objects.first()
    assert record.notice.locale.language_code == "sv"


def test_the_confirmation_of_a_booking_on_the_translation_is_in_swedish(
    swedish_booking_page, django_capture_on_commit_callbacks
):
    service = swedish_booking_page.services.order_by("sort_order").first()

    with django_capture_on_commit_callbacks(execute=True):
        book(swedish_booking_page, first_free(swedish_booking_page, service))

    confirmation = next(m for m in mail.outbox if m.to == ["maja@example.com"])
    assert "Hej Maja" in confirmation.body


def test_the_translation_follows_the_originals_opening_hours(booking_page, swedish_booking_page):
    """Hours changed on the Finnish page reach the Swedish page without copying them again."""
    booking_page.opening_hours.update(opens=time(12), closes=time(13))
    swedish_booking_page.opening_hours.update(opens=time(8), closes=time(20))
    page = type(swedish_booking_page).objects.get(pk=swedish_booking_page.pk)
    service = page.services.order_by("sort_order").first()

    days = free_slots(page, service)

    starts = {start.astimezone(page_zone()).time() for day in days.values() for start in day}
    assert starts == {time(12)}


def test_a_closed_date_on_the_original_closes_the_translation(booking_page, swedish_booking_page):
    first_day = min(free_slots(booking_page, booking_page.services.first()))
    ClosedDate.objects.create(page=booking_page, date=first_day, note="Koulutus")
    page = type(swedish_booking_page).objects.get(pk=swedish_booking_page.pk)

    assert first_day not in free_slots(page, page.services.first())


def test_the_translations_services_and_consents_are_rows_of_its_own_language(
    booking_page, swedish_booking_page
):
    finnish = {s.translation_key: s.locale.language_code for s in booking_page.services.all()}
    swedish = {
        s.translation_key: s.locale.language_code for s in swedish_booking_page.services.all()
    }

    assert finnish.keys() == swedish.keys()  # translations of the same services
    assert set(finnish.values()) == {"fi"} and set(swedish.values()) == {"sv"}
    assert {c.locale.language_code for c in swedish_booking_page.consent_checkboxes.all()} == {"sv"}
