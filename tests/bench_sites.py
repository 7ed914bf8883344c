"""`make bench`: a thousand sites on one install (an agency's hosting).

Called by ``python -m tests.bench`` inside a configured Django with a migrated, empty test
database. Measures the demo home page with the cookie banner (a first-time visitor) on an
install with one site, then again after 999 more sites, each with its own root page and its
own cookie categories (as a synced notice would leave them), are added. Reports the query
count and median time of both and their ratio. Target: the same query count and within 1.2x.
"""

import statistics
import time
from io import StringIO

ROUNDS = 60
SITES = 1000


def _measure(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.cookies.clear()
    client.get("/")  # warm: caches fill once per site, as after the first visitor
    times = []
    for _ in range(ROUNDS):
        client.cookies.clear()  # a first-time visitor every time
        start = time.perf_counter()
        response = client.get("/")
        times.append((time.perf_counter() - start) * 1000)
        assert b"data-seloste-banner" in response.content, "the banner is not shown"
    client.cookies.clear()
    with CaptureQueriesContext(connection) as queries:
        client.get("/")
    return statistics.median(times), len(queries)


def _add_sites(count):
    """``count`` more sites, each with a home page and necessary + analytics categories."""
    from cookie_consent.models import Cookie, CookieGroup
    from wagtail.models import Page, Site

    from example_site.home.models import HomePage
    from wagtail_seloste.cookies.consent import varname_for

    root = Page.get_first_root_node()
    groups = []
    for index in range(count):
        home = root.add_child(instance=HomePage(title=f"Yritys {index}", slug=f"yritys-{index}"))
        site = Site.objects.create(hostname=f"yritys-{index}.example", root_page=home)
        groups += [
            CookieGroup(
                varname=varname_for(site.pk, "necessary"),
                name="Välttämättömät",
                is_required=True,
                is_deletable=False,
            ),
            CookieGroup(varname=varname_for(site.pk, "analytics"), name="Analytiikka"),
        ]
    CookieGroup.objects.bulk_create(groups)
    Cookie.objects.bulk_create(
        [
            Cookie(cookiegroup=group, name="_stats", path="/")
            for group in CookieGroup.objects.filter(varname__endswith="-analytics")
        ]
    )


def run(report):
    from django.core.cache import cache
    from django.core.management import call_command
    from django.test import Client

    call_command("load_initial_data", stdout=StringIO())
    client = Client(HTTP_HOST="localhost")
    one_ms, one_queries = _measure(client)
    _add_sites(SITES - 1)
    cache.clear()  # Wagtail's site root paths and the banner data are read afresh
    many_ms, many_queries = _measure(client)

    report("home page with banner, 1 site (median)", one_ms, "ms")
    report(f"home page with banner, {SITES} sites (median)", many_ms, "ms")
    report(f"  ratio ({SITES} sites / 1 site; target <= 1.2)", many_ms / one_ms, "x")
    report("queries, 1 site", one_queries, "")
    report(f"queries, {SITES} sites (target: the same)", many_queries, "")
