"""A booking page's rows (services, consent boxes, opening hours, closed days) kept in the shared
cache per page (issue 22, item 8), and the chosen time checked free only where it matters: read
without a query once cached, forgotten whenever the owner publishes the page or a row is saved
on its own, computed from the database while the cache is down."""

from datetime import time, timedelta

import pytest
from django.utils import timezone

from tests.booking_helpers import first_free
from tests.test_cache_outage import BrokenCache
from wagtail_seloste import cache as cache_module
from wagtail_seloste.booking import forms as booking_forms
from wagtail_seloste.booking.models import BookingPage, ClosedDate, OpeningHours, Service
from wagtail_seloste.booking.slots import free_slots
from wagtail_seloste.cache import SafeCache


def fresh(page):
    """The page as the next request reads it."""
    return BookingPage.objects.get(pk=page.pk)


def names(page):
    return [service.name for service in fresh(page).get_services()]


def earliest_hour(page, service):
    """The earliest hour of the free times from tomorrow on."""
    tomorrow = timezone.localdate() + timedelta(days=1)
    starts = free_slots(page, service, first_day=tomorrow)
    return min(timezone.localtime(s).hour for day in starts.values() for s in day)


def test_the_services_are_read_without_a_query_once_cached(booking_page, django_assert_num_queries):
    fresh(booking_page).get_services()
    fresh(booking_page).get_consent_checkboxes()
    page = fresh(booking_page)

    with django_assert_num_queries(0):
        page.get_services()
        page.get_consent_checkboxes()


def test_the_free_times_read_no_opening_hours_once_cached(booking_page, django_assert_num_queries):
    service = booking_page.get_services()[0]
    free_slots(fresh(booking_page), service)
    page = fresh(booking_page)
    page.get_site()

    with django_assert_num_queries(1):  # the bookings of the range
        free_slots(page, service)


def test_a_service_added_and_published_is_offered(booking_page):
    names(booking_page)
    page = fresh(booking_page)
    page.services.add(Service(name="Kuumakivihieronta", duration_minutes=90))
    page.save_revision().publish()

    assert names(booking_page)[-1] == "Kuumakivihieronta"


def test_a_service_saved_on_its_own_is_seen(booking_page):
    names(booking_page)
    Service.objects.filter(page=booking_page, name="Urheiluhieronta").get().delete()

    assert names(booking_page) == ["Klassinen hieronta"]


def test_a_draft_does_not_change_what_visitors_are_offered(booking_page):
    names(booking_page)
    page = fresh(booking_page)
    page.services.add(Service(name="Luonnos", duration_minutes=30))
    page.save_revision()

    assert "Luonnos" not in names(booking_page)


def test_opening_hours_changed_and_published_change_the_free_times(booking_page):
    service = booking_page.get_services()[0]
    assert earliest_hour(fresh(booking_page), service) == 9
    page = fresh(booking_page)
    page.opening_hours = [
        OpeningHours(weekday=day, opens=time(13), closes=time(17)) for day in range(7)
    ]
    page.save_revision().publish()

    assert earliest_hour(fresh(booking_page), service) == 13


def test_a_closed_day_saved_on_its_own_closes_the_day(booking_page):
    service = booking_page.get_services()[0]
    day = timezone.localdate() + timedelta(days=3)
    assert free_slots(fresh(booking_page), service, first_day=day, last_day=day)
    ClosedDate.objects.create(page=booking_page, date=day)

    assert free_slots(fresh(booking_page), service, first_day=day, last_day=day) == {}


def test_each_page_has_its_own_rows(booking_page, home):
    names(booking_page)
    other = BookingPage(title="Toinen", slug="toinen")
    other.services = [Service(name="Vain täällä", duration_minutes=30)]
    home.add_child(instance=other)
    other.save_revision().publish()

    assert names(other) == ["Vain täällä"]


def test_the_rows_are_read_from_the_database_while_the_cache_is_down(booking_page, monkeypatch):
    cache_module.reset()
    monkeypatch.setattr(SafeCache, "backend", property(lambda self: BrokenCache("", {})))
    try:
        assert names(booking_page) == ["Klassinen hieronta", "Urheiluhieronta"]
        assert free_slots(fresh(booking_page), booking_page.get_services()[0])
    finally:
        cache_module.reset()


# The chosen time checked free -----------------------------------------------------------------


@pytest.fixture
def checks(monkeypatch):
    """The times the wizard's time form checks to be free, in order."""
    seen = []
    original = booking_forms.is_free

    def spy(page, service, start, **kwargs):
        seen.append(start)
        return original(page, service, start, **kwargs)

    monkeypatch.setattr(booking_forms, "is_free", spy)
    return seen


def test_the_time_steps_post_checks_the_time_once(wizard, booking_page, checks):
    wizard.client.get("/ajanvaraus/")
    wizard.choose_service()
    start = first_free(booking_page, wizard.service())

    wizard.choose_time(start)

    assert checks == [start]


def test_the_later_steps_do_not_check_the_time_again(wizard, booking_page, checks):
    wizard.client.get("/ajanvaraus/")
    wizard.choose_service()
    wizard.choose_time(first_free(booking_page, wizard.service()))
    checks.clear()

    wizard.client.get(wizard.url("yhteystiedot"))
    wizard.contact()
    wizard.client.get(wizard.url("vahvistus"))

    assert checks == []


def test_the_final_step_checks_the_time_again(wizard, booking_page, checks):
    wizard.client.get("/ajanvaraus/")
    wizard.choose_service()
    start = first_free(booking_page, wizard.service())
    wizard.choose_time(start)
    wizard.contact()
    checks.clear()

    wizard.confirm()  # the last step's post stores the booking

    assert checks == [start]
