"""The copy of a person's data reaches them by an expiring link to their verified address,
never as an attachment, with the GDPR Art 15(1)(a)–(h) information in their language."""

import io
import json
import re
import zipfile
from datetime import timedelta

import pytest
from django.core import mail
from django.test import override_settings
from django.utils import timezone, translation
from django.utils.translation import gettext

from wagtail_seloste.rights import actions as rights
from wagtail_seloste.rights.export import build_zip
from wagtail_seloste.rights.models import ExportLink, RightsRequest


@pytest.fixture
def verified_request(rights_site, rights_page, make_client):
    make_client(
        "maija@example.com",
        first_name="Maija",
        last_name="Meikäläinen",
        phone="+358401234567",
        bookings=[(timezone.now() - timedelta(days=10), False)],
    )

    def make(language="fi"):
        rights_request = RightsRequest.objects.create(
            site=rights_site,
            page=rights_page,
            types=["access"],
            name="Maija Meikäläinen",
            email="maija@example.com",
            phone="+358401234567",
            message="Haluan nähdä tietoni.",
            language=language,
        )
        rights_request.verify()
        rights_request.save()
        return rights_request

    return make


def send(rights_request, capture):
    with capture(execute=True):
        rights.queue_export_email(rights_request, None)
    message = mail.outbox[-1]
    path = re.search(r"https?://[^/\s]+(/\S+/)", message.body).group(1)
    return message, path


def test_the_email_carries_a_link_and_nothing_of_the_data_but_the_name(
    verified_request, notice, django_capture_on_commit_callbacks
):
    message, _path = send(verified_request(), django_capture_on_commit_callbacks)
    assert message.attachments == []
    assert "Maija Meikäläinen" in message.body
    for personal in ("+358401234567", "040", "Haluan nähdä", "maija@example.com"):
        assert personal not in message.body


def test_the_link_shows_a_page_and_downloads_the_zip_only_on_post(
    client, verified_request, notice, django_capture_on_commit_callbacks
):
    _message, path = send(verified_request(), django_capture_on_commit_callbacks)
    page = client.get(path)
    assert page.status_code == 200
    assert ExportLink.objects.get().downloads == 0  # a mail scanner's GET uses up nothing
    response = client.post(path)
    assert response["Content-Type"] == "application/zip"
    assert "attachment" in response["Content-Disposition"]
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        assert sorted(archive.namelist()) == ["tiedot.json", "yhteenveto.html"]
    assert ExportLink.objects.get().downloads == 1


@override_settings(WAGTAIL_SELOSTE_RIGHTS_EXPORT_LINK_DOWNLOADS=2)
def test_the_link_is_used_up_after_its_downloads(
    client, verified_request, notice, django_capture_on_commit_callbacks
):
    _message, path = send(verified_request(), django_capture_on_commit_callbacks)
    assert client.post(path).status_code == 200
    assert client.post(path).status_code == 200
    used = client.post(path)
    assert used.status_code == 410
    assert used["Content-Type"].startswith("text/html")


def test_the_link_expires(client, verified_request, notice, django_capture_on_commit_callbacks):
    _message, path = send(verified_request(), django_capture_on_commit_callbacks)
    ExportLink.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    assert client.get(path).status_code == 410
    assert client.post(path).status_code == 410


def test_a_link_expires_after_the_configured_days(
    verified_request, notice, django_capture_on_commit_callbacks
):
    with override_settings(WAGTAIL_SELOSTE_RIGHTS_EXPORT_LINK_DAYS=7):
        send(verified_request(), django_capture_on_commit_callbacks)
    left = ExportLink.objects.get().expires_at - timezone.now()
    assert timedelta(days=6, hours=23) < left <= timedelta(days=7)


def test_a_guessed_link_or_another_sites_link_is_not_found(client, rights_page):
    assert client.get("/tietopyynto/lataa/abcdefghijklmnopqrstuvwxyz123456/").status_code == 404


def test_only_a_hash_of_the_link_is_stored(
    verified_request, notice, django_capture_on_commit_callbacks
):
    _message, path = send(verified_request(), django_capture_on_commit_callbacks)
    token = path.rstrip("/").rsplit("/", 1)[1]
    assert token not in ExportLink.objects.get().token_hash


def test_the_zip_holds_the_art_15_information_from_the_notice(rights_site, notice, make_client):
    make_client("maija@example.com", first_name="Maija")
    content = build_zip(rights_site, "maija@example.com", "fi")
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        info = json.loads(archive.read("tiedot.json"))["information"]
        html = archive.read("yhteenveto.html").decode()
    assert {
        "purposes",
        "categories",
        "recipients",
        "retention",
        "rights",
        "complaint",
        "source",
        "automated_decisions",
    } <= set(info)
    assert [p["purpose"] for p in info["purposes"]] == [
        " ".join(str(p["purpose"]).split()) for p in notice.purposes
    ]
    assert all(p["legal_basis"] for p in info["purposes"] if p["purpose"])
    assert [r["data"] for r in info["retention"]] == [r["data"] for r in notice.retention_rules]
    assert {r["right"] for r in info["rights"]} >= {
        "rectification",
        "erasure",
        "restriction",
        "objection",
    }
    for purpose in info["purposes"]:
        assert purpose["purpose"] in html
    with translation.override("fi"):
        assert gettext("Automated decision-making and profiling (Art 15(1)(h))") in html


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_zip_is_in_the_requesters_language(rights_site, notice, make_client, language):
    make_client("maija@example.com", first_name="Maija")
    content = build_zip(rights_site, "maija@example.com", language)
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        names = archive.namelist()
        html = next(archive.read(n).decode() for n in names if n.endswith(".html"))
    assert "tiedot.json" not in names
    assert f'<html lang="{language}">' in html
    with translation.override(language):
        assert gettext("Where the data comes from (Art 15(1)(g))") in html
