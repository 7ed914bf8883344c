"""How many queries storing a booking costs (issue 22: goal <= 12 with a new client). The
budgets below are what the code does now (the bench's page: 14 and 11; the test fixture's
page costs one more for a new client); ``make bench`` prints the figures beside the goals."""

import pytest
from django.test import override_settings

from tests.booking_helpers import first_free
from wagtail_seloste.booking.models import Client
from wagtail_seloste.booking.store import create_booking

# Emails queued as the production worker takes them, not sent inside the request.
QUEUED = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


@pytest.fixture
def store(booking_page, site):
    service = booking_page.services.first()
    create_booking(  # the calendar's lock row and first-request caches
        booking_page,
        service,
        first_free(booking_page, service),
        site=site,
        first_name="Ensi",
        last_name="Varaaja",
        email="ensi@example.com",
        consents=[],
    )

    def prepare(email):
        """The booking of ``email``, ready to store: its time and boxes read beforehand."""
        start = first_free(booking_page, service, 1)
        consents = [(box, True) for box in booking_page.consent_checkboxes.all()]
        return lambda: create_booking(
            booking_page,
            service,
            start,
            site=site,
            first_name="Maija",
            last_name="Meikäläinen",
            email=email,
            consents=consents,
        )

    return prepare


@override_settings(TASKS=QUEUED)
def test_storing_a_new_clients_booking_stays_within_15_queries(
    store, django_assert_max_num_queries
):
    book = store("uusi@example.com")

    with django_assert_max_num_queries(15):
        book()

    assert Client.objects.filter(email="uusi@example.com").exists()


@override_settings(TASKS=QUEUED)
def test_storing_a_returning_clients_booking_stays_within_12_queries(
    store, django_assert_max_num_queries
):
    book = store("ensi@example.com")

    with django_assert_max_num_queries(12):
        book()


@override_settings(TASKS=QUEUED)
def test_a_new_client_is_created_with_the_marketing_permissions_ticked(store):
    store("uusi@example.com")()

    client = Client.objects.get(email="uusi@example.com")
    assert (client.marketing_email, client.marketing_sms) == (True, True)


@override_settings(TASKS=QUEUED)
def test_a_returning_client_keeps_the_permissions_it_had(store):
    store("ensi@example.com")()

    client = Client.objects.get(email="ensi@example.com")
    assert (client.marketing_email, client.marketing_sms) == (False, False)
