"""A site with the core and the cookies app: notice and banner, no booking or rights."""

import pytest
from django.apps import apps
from django.core import checks
from django.core.management import call_command
from django.urls import NoReverseMatch, reverse

pytestmark = pytest.mark.django_db


def test_the_feature_apps_left_out_are_not_installed():
    assert apps.is_installed("wagtail_seloste.cookies")
    assert not apps.is_installed("wagtail_seloste.booking")
    assert not apps.is_installed("wagtail_seloste.rights")


def test_system_checks_pass():
    from wagtail.models import Site

    # On its real address: a site left at localhost fails wagtail_seloste.E005 with DEBUG off.
    Site.objects.update(hostname="www.yritys.example", port=443)
    problems = [m for m in checks.run_checks() if m.id.startswith("wagtail_seloste.")]
    assert problems == []


def test_migrations_are_complete():
    call_command("makemigrations", "--check", "--dry-run")


def test_notice_renders(client, cookie_notice):
    response = client.get(cookie_notice.url)
    assert response.status_code == 200
    assert cookie_notice.title in response.content.decode()


def test_pages_show_the_banner_with_the_notices_categories(client, cookie_notice):
    content = client.get("/").content.decode()
    assert "data-seloste-banner" in content
    assert "Markkinointi" in content


def test_cookie_settings_view_answers(client, cookie_notice):
    response = client.get(reverse("wagtail_seloste_cookies:cookie_settings"))
    assert response.status_code == 200


def test_rights_admin_urls_do_not_exist(admin_client, home):
    with pytest.raises(NoReverseMatch):
        reverse("wagtail_seloste_rights:index")
    assert admin_client.get("/admin/tietopyynnot/").status_code == 404


def test_booking_admin_urls_do_not_exist(admin_client, home):
    with pytest.raises(NoReverseMatch):
        reverse("wagtail_seloste_reset_feed", args=[1])


def test_registry_holds_only_the_cores_source():
    from wagtail_seloste.register.registry import registry

    assert [source.name for source in registry] == ["sessions"]
