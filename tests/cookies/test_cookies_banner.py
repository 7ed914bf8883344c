"""The cookie banner, the settings view, the consent cookie and the template tags."""

import json

import pytest
from cookie_consent.models import ACTION_ACCEPTED, ACTION_DECLINED, LogItem
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory, override_settings
from django.test.utils import CaptureQueriesContext

from tests.cookie_utils import key_of
from wagtail_seloste.cookies.models import TrackingSnippet

pytestmark = pytest.mark.django_db

SETTINGS_URL = "/cookies/settings/"


def default_site():
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True)


def choose(client, action, **data):
    return client.post(SETTINGS_URL, {"action": action, "next": "/", **data})


def banner_shown(client, path="/"):
    return "data-seloste-banner" in client.get(path).content.decode()


def test_banner_is_shown_on_the_first_visit(cookie_notice, client):
    assert banner_shown(client)


def test_banner_links_to_the_notices_cookie_section(cookie_notice, client):
    html = client.get("/").content.decode()
    assert f'href="{cookie_notice.url}#evasteet"' in html


def test_banner_accept_and_reject_are_the_same_kind_of_element(cookie_notice, client):
    html = client.get("/").content.decode()
    assert (
        '<button class="seloste-cookie-button" type="submit" name="action" value="accept_all">'
        in html
    )
    assert (
        '<button class="seloste-cookie-button" type="submit" name="action" value="reject_all">'
        in html
    )


def test_banner_is_a_labelled_region(cookie_notice, client):
    html = client.get("/").content.decode()
    assert (
        '<section class="seloste-cookie-banner" id="seloste-cookie-banner" aria-labelledby="seloste-cookie-banner-title"'
        in html
    )
    assert 'id="seloste-cookie-banner-title"' in html


def test_banner_is_gone_after_rejecting(cookie_notice, client):
    choose(client, "reject_all")
    assert not banner_shown(client)


def test_banner_is_gone_after_accepting(cookie_notice, client):
    choose(client, "accept_all")
    assert not banner_shown(client)


def test_no_banner_when_the_notice_declares_only_necessary_cookies(home, notice_data, client):
    from wagtail_seloste.cookies.consent import sync_cookies
    from wagtail_seloste.notice.json_format import create_notice

    section = next(s for s in notice_data["sections"] if s["kind"] == "cookies")
    section["categories"] = [c for c in section["categories"] if c["necessary"]]
    notice_data["cookies"] = [c for c in notice_data["cookies"] if c["category"] == "necessary"]
    sync_cookies(create_notice(notice_data, parent=home, publish=True))
    assert not banner_shown(client)


def test_choice_redirects_back_to_a_safe_next(cookie_notice, client):
    response = client.post(SETTINGS_URL, {"action": "accept_all", "next": "/sivu/?a=1"})
    assert response["Location"] == "/sivu/?a=1"


def test_choice_never_redirects_to_another_site(cookie_notice, client):
    response = client.post(SETTINGS_URL, {"action": "accept_all", "next": "https://evil.example/"})
    assert response["Location"] == SETTINGS_URL


def test_accepting_stores_every_optional_category_in_the_consent_cookie(cookie_notice, client):
    response = choose(client, "accept_all")
    value = response.cookies["cookie_consent"].value
    pairs = dict(pair.split("=") for pair in value.split("|"))
    assert {key_of(name) for name in pairs} == {"analytics", "marketing"}
    assert "-1" not in pairs.values()


def test_consent_cookie_lasts_the_configured_time(cookie_notice, client, settings):
    settings.WAGTAIL_SELOSTE_CONSENT_MAX_AGE = 3600
    response = choose(client, "accept_all")
    assert response.cookies["cookie_consent"]["max-age"] == 3600


def test_consent_lasts_twelve_months_by_default(cookie_notice, client):
    response = choose(client, "accept_all")
    assert response.cookies["cookie_consent"]["max-age"] == 365 * 24 * 60 * 60


def test_rejecting_expires_the_declared_cookies_of_the_category(cookie_notice, client):
    client.cookies["_stats"] = "1"
    response = choose(client, "reject_all")
    assert response.cookies["_stats"]["max-age"] == 0
    assert response.cookies["_stats"].value == ""


def test_rejecting_keeps_necessary_cookies(cookie_notice, client, django_user_model):
    client.force_login(django_user_model.objects.create_user("visitor"))
    response = choose(client, "reject_all")
    assert "sessionid" not in response.cookies


def test_choices_are_logged_without_any_visitor_identifier(cookie_notice, client):
    choose(client, "reject_all", group="analytics")
    item = LogItem.objects.get()
    assert (key_of(item.cookiegroup.varname), item.action) == ("analytics", ACTION_DECLINED)
    assert {f.name for f in LogItem._meta.get_fields()} == {
        "id",
        "action",
        "cookiegroup",
        "version",
        "created",
    }


def test_banner_choice_applies_only_to_the_categories_it_asked_about(cookie_notice, client):
    choose(client, "save", accept="marketing")
    client.post(SETTINGS_URL, {"action": "reject_all", "group": "analytics", "next": "/"})
    request = client.get("/").wsgi_request
    from wagtail_seloste.cookies.consent import consent_states

    assert consent_states(request) == {"analytics": False, "marketing": True}


def test_saving_the_settings_accepts_the_ticked_and_declines_the_rest(cookie_notice, client):
    choose(client, "save", accept="analytics")
    from wagtail_seloste.cookies.consent import consent_states

    assert consent_states(client.get("/").wsgi_request) == {
        "analytics": True,
        "marketing": False,
    }
    assert LogItem.objects.filter(action=ACTION_ACCEPTED).count() == 1


def test_withdrawing_consent_in_the_settings_expires_the_cookies(cookie_notice, client):
    choose(client, "accept_all")
    client.cookies["_stats"] = "1"
    response = choose(client, "save")
    assert response.cookies["_stats"]["max-age"] == 0


def test_json_request_gets_the_new_state(cookie_notice, client):
    response = client.post(
        SETTINGS_URL,
        {"action": "accept_all", "group": "analytics"},
        headers={"Accept": "application/json"},
    )
    assert response.status_code == 200
    assert json.loads(response.content) == {
        "accepted": ["analytics"],
        "declined": [],
        "undecided": ["marketing"],
    }
    assert "cookie_consent" in response.cookies


def test_settings_view_has_a_toggle_per_optional_category_none_ticked(cookie_notice, client):
    html = client.get(SETTINGS_URL).content.decode()
    assert 'name="accept" value="analytics"' in html
    assert 'name="accept" value="marketing"' in html
    assert 'name="accept" value="necessary"' not in html
    assert "checked" not in html


def test_settings_view_shows_accepted_categories_ticked(cookie_notice, client):
    choose(client, "save", accept="analytics")
    html = client.get(SETTINGS_URL).content.decode()
    assert 'value="analytics" id="seloste-cookie-analytics" checked' in html
    assert 'value="marketing" id="seloste-cookie-marketing">' in html


def test_settings_view_lists_each_cookie_with_provider_purpose_and_duration(cookie_notice, client):
    html = client.get(SETTINGS_URL).content.decode()
    assert "<td><code>_mkt</code></td><td>ads.example</td><td>Mainonta.</td><td>3 kk</td>" in html


def test_settings_view_has_no_banner_on_top(cookie_notice, client):
    assert not banner_shown(client, SETTINGS_URL)


def test_snippet_is_not_rendered_before_consent(cookie_notice, client):
    TrackingSnippet.objects.create(
        site=default_site(), name="S", category="analytics", code="<script>ran()</script>"
    )
    html = client.get("/").content.decode()
    assert '<template data-seloste-consent="analytics"><script>ran()</script></template>' in html


def test_snippet_is_rendered_after_consent(cookie_notice, client):
    TrackingSnippet.objects.create(
        site=default_site(), name="S", category="analytics", code="<script>ran()</script>"
    )
    choose(client, "accept_all")
    html = client.get("/").content.decode()
    assert "<script>ran()</script>" in html
    assert "<template" not in html


def test_snippet_is_absent_after_rejection(cookie_notice, client):
    TrackingSnippet.objects.create(
        site=default_site(), name="S", category="analytics", code="<script>ran()</script>"
    )
    choose(client, "reject_all")
    assert "ran()" not in client.get("/").content.decode()


def test_snippet_of_an_undeclared_category_is_never_rendered(cookie_notice, client):
    TrackingSnippet.objects.create(
        site=default_site(), name="S", category="gone", code="<script>ran()</script>"
    )
    choose(client, "accept_all")
    assert "ran()" not in client.get("/").content.decode()


def test_disabled_snippet_is_not_rendered(cookie_notice, client):
    TrackingSnippet.objects.create(
        site=default_site(),
        name="S",
        category="analytics",
        code="<script>ran()</script>",
        enabled=False,
    )
    choose(client, "accept_all")
    assert "ran()" not in client.get("/").content.decode()


def test_changing_a_snippet_shows_the_change_at_once(
    cookie_notice, client, django_capture_on_commit_callbacks
):
    snippet = TrackingSnippet.objects.create(
        site=default_site(), name="S", category="analytics", code="<b>one</b>"
    )
    choose(client, "accept_all")
    client.get("/")  # caches the snippets
    snippet.code = "<b>two</b>"
    with django_capture_on_commit_callbacks(execute=True):
        snippet.save()
    assert "<b>two</b>" in client.get("/").content.decode()


def render(template, request):
    return Template("{% load seloste_cookies %}" + template).render(Context({"request": request}))


def request_after(client, *choice):
    if choice:
        choose(client, *choice[:1], **(choice[1] if len(choice) > 1 else {}))
    request = RequestFactory().get("/")
    request.COOKIES.update({k: v.value for k, v in client.cookies.items()})
    return request


GATE = '{% cookie_gate "analytics" %}<script>gated()</script>{% endcookie_gate %}'


def test_cookie_gate_renders_for_accepted(cookie_notice, client):
    assert render(GATE, request_after(client, "accept_all")) == "<script>gated()</script>"


def test_cookie_gate_is_inert_while_undecided(cookie_notice, client):
    assert render(GATE, request_after(client)) == (
        '<template data-seloste-consent="analytics"><script>gated()</script></template>'
    )


def test_cookie_gate_renders_nothing_when_declined(cookie_notice, client):
    assert render(GATE, request_after(client, "reject_all")) == ""


def test_cookies_accepted_filter(cookie_notice, client):
    template = '{% if request|cookies_accepted:"analytics" %}yes{% else %}no{% endif %}'
    assert render(template, request_after(client)) == "no"
    assert render(template, request_after(client, "accept_all")) == "yes"


def test_necessary_category_counts_as_accepted(cookie_notice, client):
    template = '{% if request|cookies_accepted:"necessary" %}yes{% else %}no{% endif %}'
    assert render(template, request_after(client)) == "yes"


def test_cookie_settings_url_returns_to_the_current_page(cookie_notice):
    request = RequestFactory().get("/palvelut/", {"a": "1"})
    assert render("{% cookie_settings_url %}", request) == (
        "/cookies/settings/?next=%2Fpalvelut%2F%3Fa%3D1"
    )


def test_footer_link_to_cookie_settings_is_on_every_page(cookie_notice, client):
    choose(client, "accept_all")
    assert 'href="/cookies/settings/?next=%2F">' in client.get("/").content.decode()


def count_queries(client, path="/"):
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    return len(queries)


def test_banner_adds_at_most_one_query_with_a_warm_cache(cookie_notice, client):
    TrackingSnippet.objects.create(
        site=default_site(), name="S", category="analytics", code="<b>x</b>"
    )
    client.get("/")  # warms the caches
    with_banner = count_queries(client)
    assert banner_shown(client)
    with override_settings(COOKIE_CONSENT_ENABLED=False):
        client.get("/")
        without_banner = count_queries(client)
    assert with_banner - without_banner <= 1


def test_an_unknown_action_changes_nothing(cookie_notice, client):
    response = client.post(SETTINGS_URL, {"action": "everything", "next": "/"})
    assert response.status_code == 400
    assert "cookie_consent" not in response.cookies
