"""The booking's query budgets. Issue 22's goals are each GET of a wizard step <= 12 queries,
the finishing request <= 30 with the emails queued as in production, storing a booking <= 12
with a new client; the budgets below are what the code does now (the links, the booking page's
rows and the notice's anchors kept in the shared cache, the chosen time checked only on its
own post and the final step), so that a change that adds queries is noticed. ``make bench``
prints the same figures beside the goals (``tests/bench_cpu.py`` on the demo site).

Measured on the bench's kind of site (``bare_booking_page``: Wagtail's own root page, no
notice), and with the usual fixtures' site (``booking_page``: a home page of its own and a
live notice), which costs up to two queries more per page view (Wagtail's routing reads the
home page's specific row; the confirmation step reads the notice for its links) and three more
on the finishing request (the notice of the consent records too).
"""

import pytest
from django.test import override_settings

from tests.booking_helpers import first_free
from wagtail_seloste.booking.models import Booking, Client, SlotLock
from wagtail_seloste.booking.store import create_booking

GET_STEP_BUDGET = 7  # goal 12
FINISHING_BUDGET = 19  # goal 30
STORING_BUDGET = 10  # goal 12
# The usual fixtures' site: see the module docstring.
SITE_OF_ITS_OWN = 2
FINISHING_ON_A_SITE_OF_ITS_OWN = 3

# Emails queued as the production worker takes them, not sent inside the request.
QUEUED = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}

STEPS = ["palvelu", "aika", "yhteystiedot", "vahvistus"]


def _walk(client, page):
    """A function that runs the wizard up to ``step`` (the answers of the steps before it
    posted) and returns the step's URL."""
    # The calendar's first booking makes its lock row, once: not what is measured.
    SlotLock.objects.get_or_create(page_id=page.pk)
    from tests.booking_helpers import CONTACT

    url = page.url
    prefix = f"seloste_booking_{page.pk}"
    service = page.get_services()[0]
    answers = {
        "palvelu": {"service": service.pk},
        "aika": {"slot": first_free(page, service).isoformat()},
        "yhteystiedot": CONTACT,
        "vahvistus": {},
    }

    def until(step):
        client.get(url)
        for earlier in STEPS[: STEPS.index(step)]:
            data = {f"{earlier}-{key}": value for key, value in answers[earlier].items()}
            client.post(f"{url}varaa/{earlier}/", {f"{prefix}-current_step": earlier, **data})
        return f"{url}varaa/{step}/"

    return until


def finish(client, page, url):
    """The finishing request: the last step's post, which stores the booking (the wizard does
    not redirect it to the done step's URL first)."""
    return client.post(url, {f"seloste_booking_{page.pk}-current_step": "vahvistus"})


@pytest.fixture
def bare_walk(client, bare_booking_page):
    walk = _walk(client, bare_booking_page)
    client.get(walk("palvelu"))  # first-request caches: the banner's data, the locales
    return walk


@pytest.fixture
def walk(client, booking_page):
    walk = _walk(client, booking_page)
    client.get(walk("palvelu"))
    return walk


@pytest.mark.parametrize("step", STEPS)
def test_each_get_of_a_step_stays_within_the_budget(
    bare_walk, client, step, django_assert_max_num_queries
):
    url = bare_walk(step)

    with django_assert_max_num_queries(GET_STEP_BUDGET):
        response = client.get(url)

    assert response.status_code == 200


@pytest.mark.parametrize("step", STEPS)
def test_each_get_of_a_step_on_a_site_with_a_home_page_and_a_notice_stays_within_the_budget(
    walk, client, step, django_assert_max_num_queries
):
    url = walk(step)

    with django_assert_max_num_queries(GET_STEP_BUDGET + SITE_OF_ITS_OWN):
        response = client.get(url)

    assert response.status_code == 200


@override_settings(TASKS=QUEUED)
def test_the_finishing_request_stays_within_the_budget(
    bare_walk, client, bare_booking_page, django_assert_max_num_queries
):
    last = bare_walk("vahvistus")
    client.get(last)  # the visitor reads the last step before posting it

    with django_assert_max_num_queries(FINISHING_BUDGET):
        response = finish(client, bare_booking_page, last)

    assert response.status_code == 302
    assert Booking.objects.filter(page=bare_booking_page).count() == 1


@override_settings(TASKS=QUEUED)
def test_the_finishing_request_on_a_site_with_a_home_page_and_a_notice_stays_within_the_budget(
    walk, client, booking_page, django_assert_max_num_queries
):
    last = walk("vahvistus")
    client.get(last)  # the visitor reads the last step before posting it

    with django_assert_max_num_queries(FINISHING_BUDGET + FINISHING_ON_A_SITE_OF_ITS_OWN):
        response = finish(client, booking_page, last)

    assert response.status_code == 302
    assert Booking.objects.filter(page=booking_page).count() == 1


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
def test_storing_a_new_clients_booking_stays_within_the_budget(
    store, django_assert_max_num_queries
):
    book = store("uusi@example.com")

    with django_assert_max_num_queries(STORING_BUDGET):
        book()

    assert Client.objects.filter(email="uusi@example.com").exists()


@override_settings(TASKS=QUEUED)
def test_storing_a_returning_clients_booking_costs_one_query_less(
    store, django_assert_max_num_queries
):
    book = store("ensi@example.com")

    with django_assert_max_num_queries(STORING_BUDGET - 1):
        book()

    assert Client.objects.filter(email="ensi@example.com").count() == 1


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
