"""Clients' links on the Wagtail Site's real address (wagtail_seloste.links), the check that
fails when they would be local with DEBUG off, and the admin's warning in development."""

import re

import pytest
from django.core import checks, mail
from django.urls import reverse
from wagtail.models import Site

from tests.booking.test_booking_emails import make_booking
from wagtail_seloste import links


@pytest.fixture
def real_host(home):
    site = Site.objects.get(is_default_site=True)
    site.hostname = "www.yritys.fi"
    site.port = 443
    site.save()
    return site


def check_ids():
    return {message.id for message in checks.run_checks()}


def test_booking_email_links_use_the_sites_host(
    booking_page, real_host, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        make_booking(booking_page)
    body = next(m for m in mail.outbox if m.to == ["maija@example.com"]).body
    assert re.search(r"https://www\.yritys\.fi/ajanvaraus/peru/\S+/", body)
    assert "testserver" not in body and "localhost" not in body


def test_calendar_file_uid_and_url_use_the_sites_host(
    booking_page, real_host, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        booking = make_booking(booking_page)
    confirmation = next(m for m in mail.outbox if m.to == ["maija@example.com"])
    _name, content, _mimetype = confirmation.attachments[0]
    assert f"UID:booking-{booking.pk}@www.yritys.fi" in content
    assert "URL:https://www.yritys.fi/ajanvaraus/peru/" in content.replace("\r\n ", "")


def test_feed_links_to_the_admin_on_the_sites_host_without_an_admin_base_url(
    client, booking_page, real_host, settings
):
    settings.WAGTAILADMIN_BASE_URL = ""
    booking = make_booking(booking_page)
    text = client.get(f"/ajanvaraus/kalenteri/{booking_page.feed_secret}/").content.decode()
    assert f"booking-{booking.pk}@www.yritys.fi" in text
    assert "URL:https://www.yritys.fi/admin/" in text.replace("\r\n ", "")


def test_rights_verification_link_uses_the_sites_host_not_the_requests(
    client, rights_page, real_host, django_capture_on_commit_callbacks
):
    from tests.rights.test_rights_request_form import VALID

    with django_capture_on_commit_callbacks(execute=True):
        # The request reaches the site through another name (a proxy, an internal address).
        response = client.post("/tietopyynto/", VALID, HTTP_HOST="10.0.0.5")
    assert response.status_code == 302
    body = mail.outbox[-1].body
    assert "https://www.yritys.fi/tietopyynto/vahvista/" in body
    assert "10.0.0.5" not in body


def test_admin_links_use_the_admin_base_url_when_set(settings, real_host):
    settings.WAGTAILADMIN_BASE_URL = "https://hallinta.yritys.fi/"
    assert links.admin_url("/admin/x/", real_host) == "https://hallinta.yritys.fi/admin/x/"


def test_admin_links_fall_back_to_the_sites_host(settings, real_host):
    settings.WAGTAILADMIN_BASE_URL = ""
    assert links.admin_url("/admin/x/", real_host) == "https://www.yritys.fi/admin/x/"


@pytest.mark.parametrize(
    "url, local",
    [
        ("http://localhost", True),
        ("http://localhost:8000", True),
        ("http://127.0.0.1:8001", True),
        ("http://app.localhost", True),
        ("https://www.yritys.fi", False),
        ("", True),
    ],
)
def test_local_addresses_are_recognised(url, local):
    assert links.is_local(url) is local


def test_site_left_at_localhost_is_an_error_with_debug_off(home, settings):
    settings.DEBUG = False
    Site.objects.update(hostname="localhost", port=80)
    assert "wagtail_seloste.E005" in check_ids()


def test_site_on_its_real_host_passes(real_host, settings):
    settings.DEBUG = False
    assert "wagtail_seloste.E005" not in check_ids()


def test_site_left_at_localhost_is_no_error_while_debugging(home, settings):
    settings.DEBUG = True
    Site.objects.update(hostname="localhost", port=80)
    assert "wagtail_seloste.E005" not in check_ids()


def test_check_without_a_database_says_nothing_of_the_address(settings):
    settings.DEBUG = False
    # No db fixture: the check must not break `check` (before `migrate`, for instance).
    assert "wagtail_seloste.E005" not in check_ids()


def test_dashboard_warns_about_local_links_while_debugging(admin_client, home, settings):
    settings.DEBUG = True
    Site.objects.update(hostname="localhost", port=80)
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    assert "seloste-site-address" in response.content.decode()


def test_dashboard_has_no_warning_on_the_real_host(admin_client, real_host, settings):
    settings.DEBUG = True
    response = admin_client.get("/admin/")
    assert "seloste-site-address" not in response.content.decode()


def test_cookie_middleware_without_the_cookies_app_is_a_check_error(monkeypatch):
    from wagtail_seloste.checks import setup as seloste_checks

    # The URLconf loaded first with the app installed, as in a running site.
    reverse("wagtail_seloste_cookies:cookie_settings")
    installed = seloste_checks.apps.is_installed
    monkeypatch.setattr(
        seloste_checks.apps,
        "is_installed",
        lambda name: name != "wagtail_seloste.cookies" and installed(name),
    )
    assert "wagtail_seloste.E003" in check_ids()


def test_cookie_urls_without_the_cookies_app_are_a_check_error(monkeypatch):
    from wagtail_seloste.checks import setup as seloste_checks

    # The URLconf loaded first with the app installed, as in a running site.
    reverse("wagtail_seloste_cookies:cookie_settings")
    installed = seloste_checks.apps.is_installed
    monkeypatch.setattr(
        seloste_checks.apps,
        "is_installed",
        lambda name: name != "wagtail_seloste.cookies" and installed(name),
    )
    assert "wagtail_seloste.E004" in check_ids()
