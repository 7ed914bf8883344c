"""Export of one person's data through the registry: complete, and never anyone else's."""

import io
import json
import zipfile
from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import Site

from wagtail_seloste.register.registry import registry
from wagtail_seloste.rights import actions as rights
from wagtail_seloste.rights.models import RightsRequest


@pytest.fixture
def two_clients(make_client):
    """Two people who share a phone number and have similar names."""
    now = timezone.now()
    maija = make_client(
        "maija@example.com",
        first_name="Maija",
        last_name="Meikäläinen",
        phone="+358401234567",
        bookings=[(now - timedelta(days=10), False), (now + timedelta(days=3), False)],
        consents=[("marketing_email", True)],
    )
    maijaliisa = make_client(
        "maija.liisa@example.com",
        first_name="Maija-Liisa",
        last_name="Meikäläinen",
        phone="+358401234567",
        bookings=[(now - timedelta(days=5), True)],
        consents=[("health_data", True)],
    )
    return maija, maijaliisa


def test_export_contains_the_client_bookings_and_consents(rights_site, two_clients):
    maija, _other = two_clients
    data = registry.export(rights_site, "MAIJA@example.com ")
    client = data["sources"]["clients"][0]
    assert client["first_name"] == "Maija"
    assert client["phone"] == "+358401234567"
    assert {b["id"] for b in data["sources"]["bookings"]} == set(
        maija.bookings.values_list("pk", flat=True)
    )
    assert [c["kind"] for c in data["sources"]["consents"]] == ["marketing_email"]


def test_export_never_contains_another_persons_data(rights_site, two_clients):
    _maija, other = two_clients
    text = json.dumps(registry.export(rights_site, "maija@example.com"), ensure_ascii=False)
    assert "maija.liisa@example.com" not in text
    assert "Maija-Liisa" not in text
    assert "health_data" not in text
    other_booking = other.bookings.get()
    assert f'"id": {other_booking.pk}, "booking_page"' not in text


def test_export_of_another_site_is_separate(rights_site, make_client, two_clients):
    other_site = Site.objects.create(
        hostname="toinen.example", root_page=rights_site.root_page, site_name="Toinen"
    )
    make_client("maija@example.com", site=other_site, first_name="Toisen sivuston Maija")
    text = json.dumps(registry.export(rights_site, "maija@example.com"), ensure_ascii=False)
    assert "Toisen sivuston" not in text


def test_export_of_an_unknown_email_is_empty(rights_site, two_clients):
    data = registry.export(rights_site, "ei.ole@example.com")
    assert all(items == [] for items in data["sources"].values())


def test_export_lists_who_viewed_or_changed_the_record(rights_site, two_clients, django_user_model):
    maija, _other = two_clients
    owner = django_user_model.objects.create_user("omistaja", first_name="Aino", last_name="E")
    log(maija, "wagtail.edit", user=owner)
    entries = registry.export(rights_site, "maija@example.com")["sources"]["clients"][0][
        "access_log"
    ]
    assert [(e["by"], e["record"]) for e in entries] == [("Aino E", str(maija))]


def test_export_includes_earlier_requests(rights_site, two_clients):
    earlier = RightsRequest.objects.create(
        site=rights_site, types=["access"], name="Maija", email="maija@example.com"
    )
    data = registry.export(rights_site, "maija@example.com")
    assert [r["id"] for r in data["sources"]["requests"]] == [earlier.pk]


def test_zip_holds_json_and_a_readable_summary(rights_site, two_clients, notice):
    content = rights.export_zip(rights_site, "maija@example.com")
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        assert sorted(archive.namelist()) == ["tiedot.json", "yhteenveto.html"]
        data = json.loads(archive.read("tiedot.json"))
        html = archive.read("yhteenveto.html").decode()
    assert data["sources"]["clients"][0]["email"] == "maija@example.com"
    assert "Meikäläinen" in html
    assert "Klassinen hieronta" in html
    assert notice.controller_name in html
    assert "Maija-Liisa" not in html
