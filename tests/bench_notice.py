"""The notice page against a plain Wagtail page with the same text (goal: ratio ≤ 1.5)."""

import io
import re

from django.core.cache import cache
from django.core.management import call_command
from django.test import Client
from wagtail.models import Site

from example_site.home.models import ContentPage

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
    report("notice page, median", notice_ms)
    report("notice page, first view after publishing (fragment cache cold)", cold_ms)
    report("plain Wagtail page with the same text, median", plain_ms)
    report("ratio notice / plain (goal ≤ 1.5)", notice_ms / plain_ms, "x")
    report("ratio cold notice / plain", cold_ms / plain_ms, "x")
