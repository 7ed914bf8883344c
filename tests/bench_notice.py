"""The notice page against a plain Wagtail page with the same text (goal: ratio ≤ 1.5)."""

import io
import re
import statistics
import time

from django.core.cache import cache
from django.core.management import call_command
from django.test import Client
from wagtail.models import Site

from example_site.home.models import ContentPage
from wagtail_seloste.models import NoticePage

from .bench import median_ms


def run(report):
    call_command("load_initial_data", stdout=io.StringIO())
    site = Site.objects.get(is_default_site=True)
    client = Client(HTTP_HOST=site.hostname)
    html = client.get("/tietosuojaseloste/").content.decode()
    # The same words and markup as one rich-text body: a notice pasted on a plain page.
    article = re.search(r"<article.*?</article>", html, re.S).group(0)
    plain = ContentPage(title="Tietosuojaseloste", slug="tavallinen", body=article)
    site.root_page.add_child(instance=plain)
    plain.save_revision().publish()

    notice_ms = median_ms(lambda: client.get("/tietosuojaseloste/"))
    plain_ms = median_ms(lambda: client.get("/tavallinen/"))

    def cold():
        cache.clear()
        client.get("/tietosuojaseloste/")

    cold_ms = median_ms(cold)

    def first_view_after_publishing():
        # Publishing enqueues the warm-up render (run at once here: the immediate backend).
        notice.save_revision().publish()
        client.cookies.clear()
        started = time.perf_counter()
        client.get("/tietosuojaseloste/")
        return (time.perf_counter() - started) * 1000

    notice = NoticePage.objects.get(slug="tietosuojaseloste")
    published_ms = statistics.median(first_view_after_publishing() for _ in range(15))
    report("notice page, median", notice_ms)
    report("notice page, everything cold (cache cleared)", cold_ms)
    report("notice page, first view after publishing (warmed by the publish task)", published_ms)
    report("plain Wagtail page with the same text, median", plain_ms)
    report("ratio notice / plain (goal ≤ 1.5)", notice_ms / plain_ms, "x")
    report("ratio first view after publishing / plain (goal ≤ 1.5)", published_ms / plain_ms, "x")
    report("ratio everything cold / plain", cold_ms / plain_ms, "x")
