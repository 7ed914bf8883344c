"""Benchmarks of rights requests and retention (``make bench``).

Goals (issue 5): exporting one person among 100,000 clients has a median under 200 ms, and
purging 100,000 expired clients with their bookings and consents on SQLite takes under 60 s.
Runs inside a configured Django with an empty, migrated test database.
"""

import random
import statistics
import time
from datetime import timedelta

CLIENTS = 100_000
EXPORTS = 25


def _setup(count):
    from django.utils import timezone
    from wagtail.models import Page, Site

    from wagtail_seloste.booking.models import Booking, BookingPage, Client, ConsentRecord, Service

    # A site of its own, so that other benchmarks' data is neither exported nor purged here.
    parent = Page.get_first_root_node()
    page = BookingPage(title="Ajanvaraus (bench)", slug=f"rights-bench-{int(time.time())}")
    parent.add_child(instance=page)
    site = Site.objects.create(hostname="rights-bench.example", port=80, root_page=page)
    service = Service.objects.create(page=page, name="Hieronta", duration_minutes=60)
    old = timezone.now() - timedelta(days=4 * 365)
    batch = 5000
    for offset in range(0, count, batch):
        clients = Client.objects.bulk_create(
            Client(
                site=site,
                email=f"asiakas{i}@rights-bench.example",
                first_name="Maija" if i % 2 else "Maija-Liisa",
                last_name=f"Meikäläinen{i}",
                phone="+358401234567",  # shared on purpose
            )
            for i in range(offset, min(offset + batch, count))
        )
        bookings = Booking.objects.bulk_create(
            Booking(
                page=page,
                service=service,
                client=client,
                start=old + timedelta(minutes=index),
                end=old + timedelta(minutes=index + 60),
                status="confirmed",
                message="Niska jumissa.",
            )
            for index, client in enumerate(clients)
        )
        ConsentRecord.objects.bulk_create(
            ConsentRecord(
                site=site,
                client=booking.client,
                booking=booking,
                kind="marketing_email",
                given=True,
                text="Saa lähettää uutiskirjeen.",
                source="booking",
            )
            for booking in bookings
        )
    return site


def _notice(rule):
    """An unsaved notice whose only section holds ``rule``: what the purge reads."""
    from wagtail_seloste.models import NoticePage

    notice = NoticePage(title="Seloste (bench)")
    block = NoticePage._meta.get_field("sections").stream_block.child_blocks["retention"]
    notice.sections = [("retention", block.to_python({"heading": "", "text": "", "rules": [rule]}))]
    return notice


def run(report):
    from wagtail_seloste.booking.models import Client
    from wagtail_seloste.register.registry import registry
    from wagtail_seloste.register.retention import purge_site

    started = time.perf_counter()
    site = _setup(CLIENTS)
    report(
        "rights: set up 100,000 clients with bookings and consents",
        time.perf_counter() - started,
        "s",
    )

    rng = random.Random(5)
    timings = []
    for _ in range(EXPORTS):
        email = f"asiakas{rng.randrange(CLIENTS)}@rights-bench.example"
        t0 = time.perf_counter()
        data = registry.export(site, email)
        timings.append((time.perf_counter() - t0) * 1000)
        assert len(data["sources"]["clients"]) == 1
    report(
        "rights: export one person among 100,000 clients (median, goal < 200)",
        statistics.median(timings),
        "ms",
    )

    notice = _notice(
        {
            "data": "Asiakastiedot",
            "applies_to": "clients",
            "period": 3,
            "unit": "years",
            "until": "",
            "counted_from": "last_booking",
        }
    )
    t0 = time.perf_counter()
    run_ = purge_site(site, notice=notice)
    elapsed = time.perf_counter() - t0
    assert Client.objects.filter(site=site).count() == 0, "the purge left clients behind"
    report(
        "rights: purge 100,000 expired clients with bookings and consents (goal < 60)", elapsed, "s"
    )
    report("rights: rows deleted by the purge", run_.total_deleted, "clients")
