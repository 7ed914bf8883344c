"""The cookies the site sets, held against the notice."""

import pytest

from wagtail_seloste.notice.site_checks import site_findings


def undeclared(site, **kwargs):
    import re

    return sorted(
        re.search(r"[“”]([^“”]+)[“”]", f.message).group(1)
        for f in site_findings(site, **kwargs)
        if f.code == "site-cookie-undeclared"
    )


@pytest.fixture
def notice_declaring(home, notice_data):
    from wagtail_seloste.cookies.consent import sync_cookies
    from wagtail_seloste.notice.json_format import create_notice

    def make(*names):
        notice_data["cookies"] = [
            {
                "category": "necessary",
                "name": name,
                "provider": "",
                "purpose": "Toiminta.",
                "duration": "1 vuosi",
            }
            for name in names
        ]
        notice = create_notice(notice_data, parent=home, publish=True)
        sync_cookies(notice)
        return notice

    return make


def test_cookies_the_pages_set_must_be_declared(notice_declaring, site):
    notice_declaring("sessionid")
    # The cookie settings form sets the CSRF cookie; the banner sets the consent cookie.
    assert undeclared(site) == ["cookie_consent", "csrftoken"]


def test_declared_cookies_are_not_flagged(notice_declaring, site):
    notice_declaring("sessionid", "csrftoken", "cookie_consent")
    assert undeclared(site) == []


def test_snippet_cookies_must_be_declared(notice_declaring, site):
    from wagtail_seloste.cookies.models import TrackingSnippet

    notice_declaring("sessionid", "csrftoken", "cookie_consent")
    TrackingSnippet.objects.create(
        site=site,
        name="Tilastot",
        category="analytics",
        code="<script></script>",
        cookies="_ga, _gid",
    )
    assert undeclared(site, render_pages=False) == ["_ga", "_gid"]


def test_page_rendering_results_are_shown_from_the_last_run(notice_declaring, site):
    notice_declaring("sessionid")
    site_findings(site)  # seloste_check or the refresh after publishing
    assert undeclared(site, render_pages=False) == ["cookie_consent", "csrftoken"]


def test_publishing_refreshes_the_site_checks(notice_declaring, site, settings):
    settings.WAGTAIL_SELOSTE_SITE_CHECKS_ON_PUBLISH = True
    from django.test import TestCase

    with TestCase.captureOnCommitCallbacks(execute=True):
        notice_declaring("sessionid")
    assert undeclared(site, render_pages=False) == ["cookie_consent", "csrftoken"]
