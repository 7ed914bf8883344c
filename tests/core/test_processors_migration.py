"""Upgrading: the lists the live notices held become rows of their site's register, once."""

import importlib
import json

from django.apps import apps
from django.db import connection
from wagtail.models import Site

from wagtail_seloste.notice.json_format import create_notice
from wagtail_seloste.register.models import Processor

migration = importlib.import_module("wagtail_seloste.migrations.0004_processors_from_notices")


def store_old_lists(page, processors, transfers):
    """Write the notice's stream as 0.1 stored it: the lists inside the sections."""
    raw = list(page.sections.raw_data)
    for block in raw:
        if block["type"] == "processors":
            block["value"]["processors"] = processors
        if block["type"] == "transfers":
            block["value"]["transfers"] = transfers
    cast = "::jsonb" if connection.vendor == "postgresql" else ""
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE wagtail_seloste_noticepage SET sections = %s{cast} WHERE page_ptr_id = %s",
            [json.dumps(raw), page.pk],
        )


def test_the_old_lists_become_register_rows(home, notice_data):
    page = create_notice(notice_data, parent=home, publish=True)
    site = Site.objects.get(is_default_site=True)
    Processor.objects.filter(site=site).delete()
    store_old_lists(
        page,
        [
            {"name": "Hosting Oy", "service": "Palvelin", "country": "Suomi"},
            {"name": "Uutiskirje Inc", "service": "Uutiskirje", "country": "Suomi"},
        ],
        [{"recipient": "Uutiskirje Inc", "country": "Yhdysvallat", "safeguard": "adequacy"}],
    )

    migration.move_lists(apps, None)

    rows = {row.name: row for row in Processor.objects.filter(site=site)}
    assert set(rows) == {"Hosting Oy", "Uutiskirje Inc"}
    assert rows["Hosting Oy"].country == "FI" and rows["Hosting Oy"].dpa_date is None
    # The transfer completes the processor: a US company's adequacy is the DPF.
    assert (rows["Uutiskirje Inc"].country, rows["Uutiskirje Inc"].safeguard) == ("US", "dpf")


def test_a_site_that_has_rows_already_is_left_alone(home, notice_data):
    page = create_notice(notice_data, parent=home, publish=True)
    site = Site.objects.get(is_default_site=True)
    before = list(Processor.objects.filter(site=site).values_list("name", flat=True))
    store_old_lists(page, [{"name": "Toinen Oy", "service": "", "country": ""}], [])

    migration.move_lists(apps, None)

    assert list(Processor.objects.filter(site=site).values_list("name", flat=True)) == before
