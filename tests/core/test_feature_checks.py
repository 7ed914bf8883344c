"""A new notice describes only what the installed apps do, and the site check flags a notice
that refers to cookie settings, a request form or a booking page the site lacks."""

import pytest
from django.utils import translation

from wagtail_seloste.notice import defaults, feature_checks
from wagtail_seloste.notice.site_checks import SiteContext


@pytest.fixture
def without(monkeypatch):
    """``without("cookies")``: the feature app is taken as not installed."""

    def leave_out(*features):
        names = {f"wagtail_seloste.{feature}" for feature in features}
        for module in (defaults, feature_checks):
            installed = module.apps.is_installed
            monkeypatch.setattr(
                module.apps, "is_installed", lambda name, i=installed: name not in names and i(name)
            )

    return leave_out


def section(sections, kind):
    return next(s["value"] for s in sections if s["type"] == kind)


def new_notice_text():
    with translation.override("en"):
        return str(defaults.default_sections())


def test_new_notice_with_every_app_mentions_the_cookie_settings_and_request_form():
    text = new_notice_text()
    assert "cookie settings" in text
    assert "request form" in text


def test_new_notice_without_the_cookies_app_has_no_cookie_settings_or_consent_cookie(without):
    without("cookies")
    with translation.override("en"):
        sections = defaults.default_sections()
    cookies = section(sections, "cookies")
    assert "cookie settings" not in cookies["text"]
    names = {c["name"] for c in cookies["categories"][0]["cookies"]}
    assert names == {"sessionid", "csrftoken"}


def test_new_notice_without_the_rights_app_offers_no_request_form(without):
    without("rights")
    with translation.override("en"):
        rights = section(defaults.default_sections(), "rights")["rights"]
    assert all("request form" not in right["how"] for right in rights)


def context(site, text):
    notice = {"sections": [{"kind": "rights", "text": f"<p>{text}</p>"}], "cookies": []}
    return SiteContext(site=site, page=None, notice=notice)


def codes(site, text):
    return {f.code for f in feature_checks.missing_feature_checks(context(site, text))}


def test_request_form_without_a_request_page_is_flagged(site):
    found = codes(site, "Käytä sivuston tietopyyntölomaketta.")
    assert found == {"missing-feature-request-form"}


def test_request_form_with_a_published_request_page_passes(site, rights_page):
    assert codes(site, "Use the data request form on this site.") == set()


def test_cookie_settings_without_the_cookies_app_are_flagged(site, without):
    without("cookies")
    found = codes(site, "Voit muuttaa valintaasi evästeasetuksista.")
    assert found == {"missing-feature-cookie-settings"}


def test_cookie_settings_with_the_cookies_app_pass(site):
    assert codes(site, "Du kan ändra ditt val i inställningarna för kakor.") == set()


def test_booking_page_without_a_booking_page_is_flagged(site):
    assert codes(site, "Book online on our booking page.") == {"missing-feature-booking-page"}


def test_booking_page_with_a_published_booking_page_passes(site, booking_page):
    assert codes(site, "Varaa aika ajanvaraussivulla.") == set()


def test_notice_without_such_references_passes(site, without):
    without("cookies", "rights", "booking")
    assert codes(site, "Lähetä pyyntösi sähköpostilla.") == set()
