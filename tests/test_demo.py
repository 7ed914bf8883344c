"""The example site's demo content: complete, idempotent, and at the promised URLs."""

import io

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command
from wagtail.models import Page, Revision, Site

from wagtail_seloste.completeness import check_notice
from wagtail_seloste.models import NoticePage
from wagtail_seloste.notice_json import notice_to_dict


@pytest.fixture
def demo(db):
    call_command("load_initial_data", stdout=io.StringIO())
    Site.objects.filter(is_default_site=True).update(hostname="testserver")


def snapshot():
    return (Page.objects.count(), Revision.objects.count(), get_user_model().objects.count())


def test_loading_the_demo_twice_changes_nothing(demo):
    before = snapshot()

    call_command("load_initial_data", stdout=io.StringIO())

    assert snapshot() == before


def test_demo_superuser_is_admin_changeme(demo):
    user = authenticate(username="admin", password="changeme")

    assert user is not None and user.is_superuser


def test_demo_says_the_password_is_for_the_demo_only(db):
    out = io.StringIO()

    call_command("load_initial_data", stdout=out)

    assert "admin / changeme" in out.getvalue() and "Demo only" in out.getvalue()


def test_demo_home_page_links_to_the_notice(client, demo):
    html = client.get("/").content.decode()

    assert 'href="/tietosuojaseloste/"' in html


def test_demo_notice_is_at_tietosuojaseloste(client, demo):
    response = client.get("/tietosuojaseloste/")

    assert response.status_code == 200
    assert "Lempeä Kosketus" in response.content.decode()


def test_demo_notice_passes_the_completeness_check(demo):
    notice = NoticePage.objects.get()

    assert check_notice(notice_to_dict(notice)) == []


def test_demo_site_passes_its_notice(demo):
    """What the demo does (its booking consents, the cookies its pages set and its snippet
    declares) matches what its notice says."""
    from wagtail_seloste.site_checks import site_findings

    site = Site.objects.get(is_default_site=True)
    assert site_findings(site) == []


def test_demo_notice_is_the_canonical_notice(demo):
    assert NoticePage.for_site(Site.objects.get(is_default_site=True)) == NoticePage.objects.get()


def test_demo_declares_necessary_and_analytics_cookies(demo):
    cookies = {
        (c["category"], c["name"]) for c in notice_to_dict(NoticePage.objects.get())["cookies"]
    }

    assert {
        ("necessary", "sessionid"),
        ("necessary", "csrftoken"),
        ("necessary", "cookie_consent"),
        ("analytics", "_demo_analytics"),
    } <= cookies
