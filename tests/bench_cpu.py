"""The server's CPU per request of the public pages and of a whole booking, in-process.

Run by ``make bench`` (``python -m tests.bench cpu`` alone). The demo content is loaded and
every page is served by Django's test client, caches warm as in production after the first
visitors. The machine may be shared and busy, so the figures are what does not depend on it:

- **CPU ms**: the median of ``time.process_time`` around each request (the process's own CPU,
  not the wall clock);
- **Python calls**: the function calls cProfile counts in one request (deterministic);
- **queries**: the database queries of the wizard's GET steps, the finishing request and
  storing a new client's booking (issue 22's goals: ≤ 12, ≤ 30, ≤ 12);
- **cache calls**: the calls that reach the cache backend in one request, each a round trip
  to Redis in production (on a busy machine each costs a wait for Redis to be scheduled).

A whole booking is every request of one visitor from the booking page to the thank-you page:
the GET of each step and the POST of each step's answer (each answered by a redirect), the last
of which is the finishing request that stores the booking. The emails are queued, as the production worker
takes them (the tests' immediate backend would send them inside the request).
"""

import contextlib
import cProfile
import pstats
import statistics
import time
from io import StringIO

from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

ROUNDS = 25
BOOKINGS = 9
QUEUED = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}

PAGES = {
    "home": "/",
    "notice": "/tietosuojaseloste/",
    "cookie settings": "/cookies/settings/",
    "request form": "/tietopyynto/",
}
STEPS = ["palvelu", "aika", "yhteystiedot", "vahvistus"]


def _cpu_ms(function):
    return _timed(function)[0]


def _timed(function):
    """(CPU ms, the result) of ``function()``."""
    started = time.process_time()
    result = function()
    return (time.process_time() - started) * 1000, result


def _calls(function):
    profile = cProfile.Profile()
    profile.enable()
    try:
        function()
    finally:
        profile.disable()
    return pstats.Stats(profile).total_calls


class Booker:
    """One visitor's whole booking, request by request (``requests()``), on the demo's Finnish
    booking page; each visitor has an address and an email of its own."""

    def __init__(self, number):
        from wagtail_seloste.booking.models import BookingPage

        self.page = BookingPage.objects.get(locale__language_code="fi")
        self.number = number
        self.client = Client(
            HTTP_HOST="localhost", REMOTE_ADDR=f"10.23.{number // 250}.{number % 250 + 1}"
        )
        self.url = self.page.url
        self.prefix = f"seloste_booking_{self.page.pk}"

    def answers(self):
        from wagtail_seloste.booking.slots import free_slots

        service = self.page.get_services()[0]
        slots = free_slots(self.page, service)
        start = [s for day in sorted(slots) for s in slots[day]][self.number % 7]
        return {
            "palvelu": {"service": service.pk},
            "aika": {"slot": start.isoformat()},
            "yhteystiedot": {
                "first_name": "Bench",
                "last_name": f"Visitor{self.number}",
                "email": f"bench.cpu{self.number}@example.com",
                "phone": "040 123 4567",
                "message": "",
            },
            "vahvistus": {},
        }

    def requests(self):
        """``(label, function)`` of each request of the booking, in order."""
        answers = self.answers()
        yield "GET booking page", lambda: self.client.get(self.url)
        for step in STEPS:
            step_url = f"{self.url}varaa/{step}/"
            data = {f"{step}-{key}": value for key, value in answers[step].items()}
            yield f"GET step {step}", lambda step_url=step_url: self.client.get(step_url)
            # The last step's post is the finishing request: it stores the booking.
            label = "POST finishing request" if step == STEPS[-1] else f"POST step {step}"
            yield (
                label,
                lambda step_url=step_url, step=step, data=data: self.client.post(
                    step_url, {f"{self.prefix}-current_step": step, **data}
                ),
            )
        yield "GET thanks", lambda: self.client.get(f"{self.url}kiitos/")


@contextlib.contextmanager
def _cache_calls():
    """Count the calls that reach the default cache backend (a ``get_many`` is one call, as
    one MGET to Redis)."""
    from django.core.cache import caches

    backend = caches["default"]
    count = [0]
    inside = [False]
    originals = {}

    def counted(name):
        original = getattr(backend, name)

        def call(*args, **kwargs):
            if inside[0]:
                return original(*args, **kwargs)
            count[0] += 1
            inside[0] = True
            try:
                return original(*args, **kwargs)
            finally:
                inside[0] = False

        return call

    for name in ("get", "get_many", "set", "set_many", "add", "incr", "delete", "delete_many"):
        originals[name] = backend.__dict__.get(name)
        setattr(backend, name, counted(name))
    try:
        yield count
    finally:
        for name in originals:
            delattr(backend, name)


def _check(response, label):
    assert response.status_code in (200, 302), (label, response.status_code)
    return response


def run(report):
    from django.core.management import call_command

    call_command("load_initial_data", stdout=StringIO())
    with override_settings(TASKS=QUEUED):
        _run(report)


def _run(report):
    client = Client(HTTP_HOST="localhost")
    for name, path in PAGES.items():
        for _ in range(3):  # first-request caches
            _check(client.get(path), name)
        calls = _calls(lambda path=path: client.get(path))
        cpu = statistics.median(_cpu_ms(lambda path=path: client.get(path)) for _ in range(ROUNDS))
        with _cache_calls() as cache_calls:
            _check(client.get(path), name)
        report(f"cpu: {name}, CPU per request (median)", cpu, "ms")
        report(f"cpu: {name}, Python function calls per request", calls, "calls")
        report(f"cpu: {name}, cache calls per request", cache_calls[0], "calls")

    # Whole bookings: the first warms the caches; the others are measured.
    for request_label, function in Booker(0).requests():
        _check(function(), request_label)
    totals, calls, queries = [], None, {}
    for number in range(1, BOOKINGS + 1):
        booker = Booker(number)
        total = 0.0
        for label, function in booker.requests():
            with CaptureQueriesContext(connection) as captured:
                cpu, response = _timed(function)
            _check(response, label)
            total += cpu
            if number == 1:
                queries[label] = len(captured)
        totals.append(total)
    booker = Booker(BOOKINGS + 1)
    requests = list(booker.requests())

    def whole_booking():
        for label, function in requests:
            _check(function(), label)

    calls = _calls(whole_booking)
    booker = Booker(BOOKINGS + 2)
    with _cache_calls() as cache_calls:
        for label, function in booker.requests():
            _check(function(), label)
    report("cpu: a whole booking, cache calls", cache_calls[0], "calls")
    report(
        f"cpu: a whole booking ({len(requests)} requests), CPU (median of {BOOKINGS})",
        statistics.median(totals),
        "ms",
    )
    report("cpu: a whole booking, Python function calls", calls, "calls")
    for label, count in queries.items():
        goal = ""
        if label.startswith("GET step"):
            goal = " (goal <= 12)"
        elif label == "POST finishing request":
            goal = " (goal <= 30)"
        report(f"cpu: queries, booking {label}{goal}", count, "queries")
    report(
        "cpu: queries, storing a new client's booking (goal <= 12)",
        _storing_queries(),
        "queries",
    )


def _storing_queries():
    from wagtail_seloste.booking.models import BookingPage
    from wagtail_seloste.booking.slots import free_slots
    from wagtail_seloste.booking.store import create_booking

    page = BookingPage.objects.get(locale__language_code="fi")
    service = page.get_services()[0]
    slots = free_slots(page, service)
    start = [s for day in sorted(slots) for s in slots[day]][-1]
    consents = [(box, True) for box in page.get_consent_checkboxes()]
    with CaptureQueriesContext(connection) as captured:
        create_booking(
            page,
            service,
            start,
            site=page.get_site(),
            first_name="Uusi",
            last_name="Asiakas",
            email="uusi.asiakas@example.com",
            consents=consents,
        )
    return len(captured)
