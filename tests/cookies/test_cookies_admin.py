"""Cookie consent in the admin and on the command line: snippets, report, commands, demo."""

import datetime
from io import StringIO

import pytest
from cookie_consent.models import ACTION_ACCEPTED, ACTION_DECLINED, CookieGroup, LogItem
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone
from wagtail.admin.panels import get_edit_handler

from tests.cookie_utils import varname
from wagtail_seloste.cookies.checks import (
    check_clean_cookies_middleware,
    check_consent_max_age,
    check_cookie_urls,
)
from wagtail_seloste.cookies.models import TrackingSnippet, TrackingSnippetForm

pytestmark = pytest.mark.django_db

REPORT_URL = "/admin/seloste/cookie-consents/"


def default_site():
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True)


def snippet_form(**data):
    form_class = get_edit_handler(TrackingSnippet).get_form_class()
    assert issubclass(form_class, TrackingSnippetForm)
    return form_class(
        data={
            "site": default_site().pk,
            "name": "Tilastot",
            "code": "<script></script>",
            "enabled": "on",
            **data,
        },
        instance=TrackingSnippet(),
    )


def test_snippet_form_offers_the_notices_optional_categories(cookie_notice):
    choices = [key for key, _label in snippet_form().fields["category"].widget.choices]
    assert choices == ["", "analytics", "marketing"]


def test_snippet_form_refuses_a_category_the_notice_does_not_declare(cookie_notice):
    form = snippet_form(category="necessary")
    assert not form.is_valid()
    assert "category" in form.errors


def test_snippet_form_accepts_a_declared_category(cookie_notice):
    assert snippet_form(category="analytics").is_valid()


def test_snippet_can_be_added_in_the_admin(cookie_notice, admin_client):
    response = admin_client.post(
        "/admin/snippets/wagtail_seloste_cookies/trackingsnippet/add/",
        {
            "site": default_site().pk,
            "name": "Tilastot",
            "category": "analytics",
            "code": "<script></script>",
            "enabled": "on",
        },
    )
    assert response.status_code == 302
    assert TrackingSnippet.objects.get().category == "analytics"


def log(group, action, days_ago=0, count=1):
    for _ in range(count):
        item = LogItem.objects.create(action=action, cookiegroup=group, version="v")
        LogItem.objects.filter(pk=item.pk).update(
            created=timezone.now() - datetime.timedelta(days=days_ago)
        )


def test_report_counts_decisions_per_category_per_day(cookie_notice, admin_client):
    analytics = CookieGroup.objects.get(varname=varname("analytics"))
    log(analytics, ACTION_ACCEPTED, count=3)
    log(analytics, ACTION_DECLINED, count=2)
    log(analytics, ACTION_ACCEPTED, days_ago=2)
    response = admin_client.get(REPORT_URL)
    rows = list(response.context["object_list"])
    assert [(r["category"], r["accepted"], r["rejected"]) for r in rows] == [
        ("Analytiikka", 3, 2),
        ("Analytiikka", 1, 0),
    ]
    assert rows[0]["day"] > rows[1]["day"]


def test_report_exports_csv(cookie_notice, admin_client):
    log(CookieGroup.objects.get(varname=varname("marketing")), ACTION_DECLINED)
    response = admin_client.get(REPORT_URL + "?export=csv")
    content = b"".join(response.streaming_content).decode()
    assert "Markkinointi" in content


def test_report_needs_permission_to_view_the_log(cookie_notice, client, django_user_model):
    from django.contrib.auth.models import Permission

    editor = django_user_model.objects.create_user("editor", password="pw")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    response = client.get(REPORT_URL)
    assert response.status_code == 302


def test_report_is_in_the_reports_menu(cookie_notice, admin_client):
    assert REPORT_URL.encode() in admin_client.get("/admin/").content


def test_sync_command_reports_changes_then_nothing(home, notice_data):
    from wagtail_seloste.notice.json_format import create_notice

    create_notice(notice_data, parent=home, publish=True)
    out = StringIO()
    call_command("seloste_sync_cookies", stdout=out)
    assert "analytics/_stats" in out.getvalue()
    out = StringIO()
    call_command("seloste_sync_cookies", stdout=out)
    assert "vastaa jo tietosuojaselostetta" in out.getvalue()


def test_sync_command_fails_without_a_notice(home):
    with pytest.raises(CommandError, match="ei ole ensisijaista tietosuojaselostetta"):
        call_command("seloste_sync_cookies")


def test_prune_deletes_only_rows_older_than_the_limit(cookie_notice):
    analytics = CookieGroup.objects.get(varname=varname("analytics"))
    log(analytics, ACTION_ACCEPTED, days_ago=400)
    log(analytics, ACTION_ACCEPTED, days_ago=10)
    call_command("seloste_prune_consent_log", stdout=StringIO())
    assert LogItem.objects.count() == 1
    call_command("seloste_prune_consent_log", "--days", "5", stdout=StringIO())
    assert LogItem.objects.count() == 0


def test_check_warns_when_the_two_consent_lifetimes_differ(settings):
    settings.COOKIE_CONSENT_MAX_AGE = 60
    assert [w.id for w in check_consent_max_age(None)] == ["wagtail_seloste.W101"]


def test_check_is_quiet_with_the_defaults():
    assert check_consent_max_age(None) == []


def test_demo_data_syncs_the_banner_and_adds_the_analytics_snippet_once():
    call_command("load_initial_data", stdout=StringIO())
    call_command("load_initial_data", stdout=StringIO())
    analytics = CookieGroup.objects.get(varname=varname("analytics"))
    assert [c.name for c in analytics.cookie_set.all()] == ["_demo_analytics"]
    assert CookieGroup.objects.get(varname=varname("necessary")).is_required
    snippet = TrackingSnippet.objects.get()
    assert snippet.category == "analytics"
    assert "_demo_analytics=" in snippet.code


def test_snippet_listing_shows_the_category_as_the_notice_names_it(cookie_notice, admin_client):
    TrackingSnippet.objects.create(
        site=default_site(), name="Tilastot", category="analytics", code="<b></b>"
    )
    TrackingSnippet.objects.create(
        site=default_site(), name="Vanha", category="gone", code="<b></b>"
    )
    html = admin_client.get(
        "/admin/snippets/wagtail_seloste_cookies/trackingsnippet/"
    ).content.decode()
    assert "Analytiikka" in html
    assert "gone (ei tietosuojaselosteessa: ei koskaan näytetä)" in html


def test_report_page_renders_for_the_owner(cookie_notice, admin_client):
    log(CookieGroup.objects.get(varname=varname("analytics")), ACTION_ACCEPTED)
    response = admin_client.get(REPORT_URL)
    assert response.status_code == 200
    assert "Analytiikka" in response.content.decode()


def test_check_finds_missing_cookie_urls(settings):
    settings.ROOT_URLCONF = "tests.urls_without_seloste"
    assert [e.id for e in check_cookie_urls(None)] == ["wagtail_seloste.E101"]


def test_check_finds_the_cookie_urls_of_the_example_site():
    assert check_cookie_urls(None) == []


def test_check_warns_without_the_clean_cookies_middleware(settings):
    settings.MIDDLEWARE = [
        m for m in settings.MIDDLEWARE if not m.endswith(".CleanCookiesMiddleware")
    ]
    assert [w.id for w in check_clean_cookies_middleware(None)] == ["wagtail_seloste.W102"]
