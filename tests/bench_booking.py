"""Benchmark of the booking page: free slots of 60 days with 5,000 bookings, queries per step.

Run by ``make bench`` (``python -m tests.bench``), which calls ``run(report)`` inside a configured
Django with an empty migrated test database.
"""

import random
import statistics
import time as clock
from datetime import time, timedelta

from django.core.cache import cache
from django.db import connection
from django.test import Client as TestClient
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

BOOKINGS = 5000
DAYS = 60


def make_page():
    """A booking page as a bare site has it: under Wagtail's own root page of the default
    site, without a notice (also the tests' ``bare_booking_page``)."""
    from wagtail.models import Page, Site

    from wagtail_seloste.booking.models import BookingPage, ConsentCheckbox, OpeningHours, Service

    site = Site.objects.get(is_default_site=True)
    parent = site.root_page if site.root_page_id else Page.get_first_root_node()
    page = BookingPage(
        title="Bench",
        slug=f"bench-{random.randrange(10**9)}",
        min_notice_hours=0,
        days_ahead=DAYS,
        slot_step_minutes=15,
        buffer_minutes=10,
    )
    page.services = [Service(name="Hieronta", duration_minutes=60)]
    page.opening_hours = [
        OpeningHours(weekday=day, opens=time(8), closes=time(20)) for day in range(7)
    ]
    page.consent_checkboxes = [
        ConsentCheckbox(label="Uutiskirje.", kind="marketing_email"),
        ConsentCheckbox(label="Uutiskirje.", kind="marketing_email"),
    ]
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, site


def _bookings(page, site, count):
    from wagtail_seloste.booking.models import Booking, Client

    rng = random.Random(5000)
    clients = Client.objects.bulk_create(
        [Client(site=site, email=f"bench{n}@example.com") for n in range(500)]
    )
    service = page.services.first()
    now = timezone.now()
    rows = []
    for n in range(count):
        # Every booking lies in the 60-day window (the worst case for the slot computation);
        # they may overlap each other, as manual admin edits can.
        start = now + timedelta(minutes=15 * rng.randrange(DAYS * 96))
        rows.append(
            Booking(
                page=page,
                service=service,
                client=clients[n % len(clients)],
                start=start,
                end=start + timedelta(minutes=rng.choice([15, 30, 45])),
                status=rng.choice(["confirmed", "confirmed", "pending", "cancelled"]),
            )
        )
    Booking.objects.bulk_create(rows, batch_size=1000)


def _step_queries(page, caches_emptied=False):
    """Queries of each wizard request (GET of each step, POST of each step's answer).

    Each run is a visitor of its own address (the last step's rate limit counts per address),
    so the site's caches stay warm from run to run, as in production; ``caches_emptied``
    measures the first visitor after the caches were emptied (a deploy, a Redis restart)."""
    from wagtail_seloste.booking.slots import free_slots

    if caches_emptied:
        cache.clear()
    http = TestClient(REMOTE_ADDR=f"10.22.{random.randrange(256)}.{random.randrange(256)}")
    url = page.url
    prefix = f"seloste_booking_{page.pk}"
    service = page.services.first()
    http.get(url)
    slots = free_slots(page, service)
    first = slots[sorted(slots)[-1]][-1]
    boxes = list(page.consent_checkboxes.all())
    answers = {
        "palvelu": {"palvelu-service": service.pk},
        "aika": {"aika-slot": first.isoformat()},
        "yhteystiedot": {
            "yhteystiedot-first_name": "Bench",
            "yhteystiedot-last_name": "Mark",
            "yhteystiedot-email": "bench@example.com",
            "yhteystiedot-phone": "040 123 4567",
        },
        "vahvistus": {f"vahvistus-consent_{boxes[0].pk}": "on"},
    }
    counts = {}
    for step, data in answers.items():
        step_url = f"{url}varaa/{step}/"
        with CaptureQueriesContext(connection) as get_queries:
            http.get(step_url)
        with CaptureQueriesContext(connection) as post_queries:
            response = http.post(step_url, {f"{prefix}-current_step": step, **data})
        counts[step] = (len(get_queries), len(post_queries))
    # The last step's post is the finishing request: it stores the booking.
    counts["valmis"] = (counts["vahvistus"][1], response.status_code)
    return counts


QUEUED = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


def _finishing_queries_queued(page):
    """The finishing request with the tasks queued, as the production worker takes them (the
    immediate backend of the tests sends the emails inside the request)."""
    from django.test import override_settings

    with override_settings(TASKS=QUEUED):
        return _step_queries(page)["valmis"][0]


def run(report):
    from wagtail_seloste.booking.slots import free_slots

    page, site = make_page()
    _step_queries(page)  # warm-up: first-request caches (content types, site root paths)
    cold = _step_queries(page, caches_emptied=True)
    empty = _step_queries(page)
    # Storing costs the same whatever the register holds (one query reads the bookings); it is
    # measured before the 5,000 bookings, which can leave no free time at some hours of the day.
    storing = {returning: _storing_queries(page, site, returning) for returning in (False, True)}
    _bookings(page, site, BOOKINGS)
    service = page.services.first()
    timings = []
    for _ in range(15):
        started = clock.perf_counter()
        slots = free_slots(page, service)
        timings.append((clock.perf_counter() - started) * 1000)
    report(
        f"booking: free slots of {DAYS} days with {BOOKINGS} bookings (median, goal < 50)",
        round(statistics.median(timings), 1),
        "ms",
    )
    report("booking: free slots found", sum(len(v) for v in slots.values()), "slots")
    full = _step_queries(page)
    # Queries per request with an empty register and with 5,000 bookings: they must not grow.
    for bookings, counts in ((0, empty), (BOOKINGS, full)):
        for step in ("palvelu", "aika", "yhteystiedot", "vahvistus"):
            report(
                f"booking: queries, GET step {step}, {bookings} bookings (goal <= 12)",
                counts[step][0],
                "queries",
            )
            report(
                f"booking: queries, POST step {step}, {bookings} bookings",
                counts[step][1],
                "queries",
            )
        report(
            f"booking: queries, the finishing request (all steps checked), {bookings} bookings",
            counts["valmis"][0],
            "queries",
        )
    report(
        "booking: queries, GET step palvelu, the site's caches emptied before",
        cold["palvelu"][0],
        "queries",
    )
    report(
        "booking: queries, the finishing request, tasks queued as in production (goal <= 30)",
        _finishing_queries_queued(page),
        "queries",
    )
    for returning in (False, True):
        report(
            "booking: queries, storing a booking (create_booking, goal <= 12), "
            + ("returning client" if returning else "new client"),
            storing[returning],
            "queries",
        )


def _storing_queries(page, site, returning):
    """Queries of ``create_booking`` alone, with the email tasks enqueued as a worker's queue
    would take them (the immediate backend would send the emails inside the request)."""
    from django.test import override_settings

    from wagtail_seloste.booking.slots import free_slots
    from wagtail_seloste.booking.store import create_booking

    service = page.services.first()
    slots = free_slots(page, service)
    start = slots[sorted(slots)[0]][0]
    email = "bench@example.com" if returning else f"new{random.randrange(10**9)}@example.com"
    boxes = list(page.consent_checkboxes.all())
    queued = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    with override_settings(TASKS=queued), CaptureQueriesContext(connection) as queries:
        create_booking(
            page,
            service,
            start,
            site=site,
            first_name="Bench",
            last_name="Mark",
            email=email,
            consents=[(box, True) for box in boxes],
        )
    return len(queries)
