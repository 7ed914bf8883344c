"""Booking page configuration and free slots: hours, closed days, buffers, notice, range."""

from datetime import date, datetime, time, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from wagtail_seloste.booking.models import Booking, Client, ClosedDate, ConsentCheckbox
from wagtail_seloste.booking.slots import free_slots, is_free

MONDAY = date(2030, 1, 7)


def at(day, hour, minute=0):
    return timezone.make_aware(datetime.combine(day, time(hour, minute)))


@pytest.fixture
def service(booking_page):
    return booking_page.services.get(name="Klassinen hieronta")


@pytest.fixture
def now():
    return at(MONDAY, 7)


def day_slots(page, service, now, day=MONDAY):
    return free_slots(page, service, now=now, first_day=day, last_day=day).get(day, [])


def add_booking(page, service, start, status="confirmed", minutes=60):
    client, _ = Client.objects.get_or_create(site=page.get_site(), email="x@example.com")
    return Booking.objects.create(
        page=page,
        service=service,
        client=client,
        start=start,
        end=start + timedelta(minutes=minutes),
        status=status,
    )


def test_slots_follow_opening_hours_and_step(booking_page, service, now):
    slots = day_slots(booking_page, service, now)
    assert slots[0] == at(MONDAY, 9)
    assert slots[-1] == at(MONDAY, 16)  # a 60-minute service must end by 17.00
    assert len(slots) == 15


def test_booked_time_is_not_offered(booking_page, service, now):
    add_booking(booking_page, service, at(MONDAY, 10))
    slots = day_slots(booking_page, service, now)
    assert at(MONDAY, 10) not in slots
    assert at(MONDAY, 9, 30) not in slots  # would overlap 10.00–11.00
    assert at(MONDAY, 11) in slots


def test_buffer_keeps_a_gap_after_bookings(booking_page, service, now):
    booking_page.buffer_minutes = 15
    booking_page.save()
    add_booking(booking_page, service, at(MONDAY, 10))
    slots = day_slots(booking_page, service, now)
    assert at(MONDAY, 11) not in slots
    assert at(MONDAY, 11, 30) in slots


def test_cancelled_booking_frees_its_time(booking_page, service, now):
    add_booking(booking_page, service, at(MONDAY, 10), status="cancelled")
    assert at(MONDAY, 10) in day_slots(booking_page, service, now)


def test_pending_booking_holds_its_time(booking_page, service, now):
    add_booking(booking_page, service, at(MONDAY, 10), status="pending")
    assert at(MONDAY, 10) not in day_slots(booking_page, service, now)


def test_closed_date_has_no_slots(booking_page, service, now):
    ClosedDate.objects.create(page=booking_page, date=MONDAY, note="Loma")
    assert day_slots(booking_page, service, now) == []


def test_closed_period_covers_every_day_until_its_end(booking_page, service, now):
    ClosedDate.objects.create(page=booking_page, date=MONDAY, end_date=MONDAY + timedelta(days=2))
    wednesday = MONDAY + timedelta(days=2)
    thursday = MONDAY + timedelta(days=3)
    assert day_slots(booking_page, service, now, wednesday) == []
    assert day_slots(booking_page, service, now, thursday) != []


def test_exception_hours_replace_the_weekly_hours(booking_page, service, now):
    ClosedDate.objects.create(page=booking_page, date=MONDAY, opens=time(12), closes=time(14))
    assert day_slots(booking_page, service, now) == [
        at(MONDAY, 12),
        at(MONDAY, 12, 30),
        at(MONDAY, 13),
    ]


def test_minimum_notice_hides_times_too_soon(booking_page, service):
    booking_page.min_notice_hours = 3
    booking_page.save()
    slots = day_slots(booking_page, service, at(MONDAY, 9))
    assert slots[0] == at(MONDAY, 12)


def test_bookings_open_only_days_ahead(booking_page, service, now):
    booking_page.days_ahead = 3
    booking_page.save()
    slots = free_slots(booking_page, service, now=now)
    assert max(slots) == MONDAY + timedelta(days=2)


def test_is_free_refuses_times_off_the_grid(booking_page, service, now):
    assert is_free(booking_page, service, at(MONDAY, 9), now=now)
    assert not is_free(booking_page, service, at(MONDAY, 9, 10), now=now)


def test_is_free_refuses_naive_datetimes(booking_page, service, now):
    assert not is_free(booking_page, service, datetime(2030, 1, 7, 9), now=now)


def test_slots_keep_local_time_across_daylight_saving(booking_page, service):
    spring = date(2030, 3, 31)  # clocks go forward in Finland at 03.00
    slots = day_slots(booking_page, service, at(spring, 7), spring)
    assert timezone.localtime(slots[0]).hour == 9


def test_health_information_is_asked_only_for_services_that_need_it(booking_page):
    massage = booking_page.services.get(name="Klassinen hieronta")
    sports = booking_page.services.get(name="Urheiluhieronta")
    assert not booking_page.asks_health_info(massage)
    assert booking_page.asks_health_info(sports)


def test_a_page_that_collects_no_health_information_never_asks_for_it(booking_page):
    booking_page.health_data_basis = "none"
    assert not booking_page.asks_health_info(booking_page.services.get(name="Urheiluhieronta"))


def test_health_consent_is_not_among_the_last_steps_checkboxes(booking_page):
    sports = booking_page.services.get(name="Urheiluhieronta")
    assert "health_data" not in [b.kind for b in booking_page.get_consent_checkboxes(sports)]


def test_a_consent_checkbox_cannot_be_made_required(booking_page):
    # GDPR Art 7(4): there is no "required" option to save.
    assert "required" not in [f.name for f in ConsentCheckbox._meta.get_fields()]


def test_closed_date_needs_both_times_or_neither(booking_page):
    with pytest.raises(ValidationError):
        ClosedDate(page=booking_page, date=MONDAY, opens=time(9)).clean()


def test_booking_page_editor_opens(admin_client, booking_page):
    response = admin_client.get(f"/admin/pages/{booking_page.pk}/edit/")
    assert response.status_code == 200
    assert b"kalenteri" in response.content


def test_booking_page_can_be_created_under_the_home_page(admin_client, home):
    response = admin_client.get(f"/admin/pages/add/wagtail_seloste_booking/bookingpage/{home.pk}/")
    assert response.status_code == 200


def test_services_assigned_in_memory_are_offered_as_they_are(booking_page):
    from wagtail_seloste.booking.models import BookingPage, Service

    new_page = BookingPage(title="Uusi", slug="uusi")
    new_page.services = [Service(name="Kuppaus", duration_minutes=30)]
    booking_page.get_services()  # read from the database once
    booking_page.services = [Service(name="Kuppaus", duration_minutes=30)]

    assert [s.name for s in new_page.get_services()] == ["Kuppaus"]
    assert [s.name for s in booking_page.get_services()] == ["Kuppaus"]


def test_services_saved_are_read_again(booking_page):
    from wagtail_seloste.booking.models import Service

    booking_page.get_services()
    booking_page.services = [Service(name="Kuppaus", duration_minutes=30)]
    booking_page.save()

    assert [s.name for s in booking_page.get_services()] == ["Kuppaus"]
