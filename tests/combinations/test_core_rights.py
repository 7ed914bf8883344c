"""A site with the core and the rights app: requests, export and erasure, no booking."""

import pytest
from django.apps import apps
from django.core import checks
from django.core.management import call_command
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

pytestmark = pytest.mark.django_db


def test_the_feature_apps_left_out_are_not_installed():
    assert apps.is_installed("wagtail_seloste.rights")
    assert not apps.is_installed("wagtail_seloste.booking")
    assert not apps.is_installed("wagtail_seloste.cookies")


def test_system_checks_pass():
    from wagtail.models import Site

    # On its real address: a site left at localhost fails wagtail_seloste.E005 with DEBUG off.
    Site.objects.update(hostname="www.yritys.example", port=443)
    problems = [m for m in checks.run_checks() if m.id.startswith("wagtail_seloste.")]
    assert problems == []


def test_migrations_are_complete():
    call_command("makemigrations", "--check", "--dry-run")


def test_notice_renders_without_a_banner(client, notice):
    response = client.get(notice.url)
    assert response.status_code == 200
    assert "/cookies/accept/" not in response.content.decode()


def test_cookie_urls_do_not_exist(client, home):
    with pytest.raises(NoReverseMatch):
        reverse("wagtail_seloste_cookies:cookie_settings")
    assert client.get("/cookies/settings/").status_code == 404


def test_request_page_renders(client, rights_page):
    response = client.get(rights_page.url)
    assert response.status_code == 200
    assert "<form" in response.content.decode()


@pytest.fixture
def verified_request(rights_page):
    from wagtail_seloste.rights.models import RightsRequest

    return RightsRequest.objects.create(
        site=rights_page.get_site(),
        page=rights_page,
        types=["access", "erasure"],
        name="Maija Meikäläinen",
        email="maija@example.com",
        status=RightsRequest.OPEN,
        verified_at=timezone.now(),
        verification_expires_at=timezone.now(),
        due_date=timezone.localdate(),
    )


def test_export_contains_what_the_registry_knows(verified_request):
    from wagtail_seloste.register.registry import registry

    data = registry.export(verified_request.site, "maija@example.com")
    assert set(data["sources"]) == {"requests"}
    assert data["sources"]["requests"][0]["id"] == verified_request.pk


def test_erasure_keeps_the_answered_request_and_records_it(admin_client, verified_request):
    from wagtail_seloste.models import ErasureRecord

    response = admin_client.post(
        f"/admin/tietopyynnot/{verified_request.pk}/erase/", {"confirm": "yes"}
    )
    assert response.status_code == 302
    assert ErasureRecord.objects.get().reason == f"request #{verified_request.pk}"
    verified_request.refresh_from_db()


def test_requests_admin_lists_the_request(admin_client, verified_request):
    response = admin_client.get(reverse("wagtail_seloste_rights:index"))
    assert response.status_code == 200
    assert f"#{verified_request.pk}" in response.content.decode()


def test_cookie_middleware_without_the_cookies_app_is_a_check_error_not_a_crash(settings):
    settings.MIDDLEWARE = [
        *settings.MIDDLEWARE,
        "wagtail_seloste.cookies.middleware.CleanCookiesMiddleware",
    ]
    ids = {m.id for m in checks.run_checks()}
    assert "wagtail_seloste.E003" in ids


def test_cookie_urls_without_the_cookies_app_are_a_check_error_not_a_crash(settings):
    settings.ROOT_URLCONF = "tests.urls_cookies_without_the_app"
    ids = {m.id for m in checks.run_checks(tags=[checks.Tags.urls])}
    assert "wagtail_seloste.E004" in ids
