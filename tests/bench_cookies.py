"""`make bench`: the cost of the cookie banner on the demo home page.

Called by ``python -m tests.bench`` inside a configured Django with a migrated, empty test
database. Reports the median time of the home page for a first-time visitor (banner shown)
and with django-cookie-consent disabled (no banner, no consent middleware work), and their
ratio. Caches are warm, as they are in production after the first request.
"""

import statistics
import time
from io import StringIO

ROUNDS = 100


def _time_ms(client, path):
    client.cookies.clear()  # a first-time visitor every time
    start = time.perf_counter()
    response = client.get(path)
    elapsed = (time.perf_counter() - start) * 1000
    assert response.status_code == 200, response.status_code
    return elapsed


def run(report):
    from django.core.management import call_command
    from django.test import Client, override_settings

    call_command("load_initial_data", stdout=StringIO())
    client = Client(HTTP_HOST="localhost")
    no_banner = override_settings(COOKIE_CONSENT_ENABLED=False)

    assert b"data-seloste-banner" in client.get("/").content, "the banner is not shown"
    with no_banner:
        assert b"data-seloste-banner" not in client.get("/").content

    # Interleaved, so that both series see the same machine load.
    with_banner, without_banner = [], []
    for _ in range(ROUNDS):
        with_banner.append(_time_ms(client, "/"))
        with no_banner:
            without_banner.append(_time_ms(client, "/"))
    with_ms = statistics.median(with_banner)
    without_ms = statistics.median(without_banner)

    report("home page with the cookie banner (median)", round(with_ms, 2), "ms")
    report("home page without the cookie banner (median)", round(without_ms, 2), "ms")
    report("cookie banner cost (with / without)", round(with_ms / without_ms, 3), "x")
