"""The sync of the notice's declared cookies into django-cookie-consent."""

import pytest
from cookie_consent.cache import CACHE_KEY, all_cookie_groups
from cookie_consent.models import Cookie, CookieGroup, LogItem
from django.core.cache import cache

from tests.cookie_utils import add_category, add_cookie, key_of, publish_notice_with, varname
from wagtail_seloste.cookies.consent import sync_cookies
from wagtail_seloste.models import SelosteSettings
from wagtail_seloste.notice.json_format import create_notice

pytestmark = pytest.mark.django_db


def accept_all(client):
    response = client.post("/cookies/settings/", {"action": "accept_all", "next": "/"})
    assert response.status_code == 302
    return response


def undecided(client):
    from wagtail_seloste.cookies.consent import undecided_categories

    request = client.get("/").wsgi_request
    return sorted(key_of(group.varname) for group in undecided_categories(request))


def test_sync_creates_a_group_per_category_and_a_cookie_per_declared_cookie(cookie_notice):
    groups = {key_of(g.varname): g for g in CookieGroup.objects.all()}
    assert list(groups) == ["necessary", "analytics", "marketing"]
    assert [c.name for c in groups["analytics"].cookie_set.all()] == ["_stats"]
    assert groups["analytics"].name == "Analytiikka"
    assert groups["analytics"].description == "Kävijätilastot."


def test_necessary_category_is_required_and_never_deleted_by_the_middleware(cookie_notice):
    necessary = CookieGroup.objects.get(varname=varname("necessary"))
    assert necessary.is_required and not necessary.is_deletable
    assert "necessary" not in all_cookie_groups()


def test_syncing_an_unchanged_notice_writes_nothing(cookie_notice):
    before = list(Cookie.objects.values_list("pk", "created"))
    result = sync_cookies(cookie_notice)
    assert not result.changed
    assert list(Cookie.objects.values_list("pk", "created")) == before


def test_republishing_unchanged_declarations_does_not_re_ask(
    cookie_notice, client, django_capture_on_commit_callbacks
):
    accept_all(client)
    with django_capture_on_commit_callbacks(execute=True):
        publish_notice_with(cookie_notice, lambda data: None)
    assert undecided(client) == []


def test_adding_a_cookie_re_asks_for_that_category_only(
    cookie_notice, client, django_capture_on_commit_callbacks
):
    accept_all(client)
    with django_capture_on_commit_callbacks(execute=True):
        publish_notice_with(cookie_notice, add_cookie("analytics", "_stats2"))
    assert undecided(client) == ["analytics"]


def test_editing_a_cookie_purpose_updates_it_without_re_asking(
    cookie_notice, client, django_capture_on_commit_callbacks
):
    accept_all(client)

    def change(data):
        next(c for c in data["cookies"] if c["name"] == "_stats")["purpose"] = "Uusi."

    with django_capture_on_commit_callbacks(execute=True):
        publish_notice_with(cookie_notice, change)
    assert Cookie.objects.get(name="_stats").description == "Uusi."
    assert undecided(client) == []


def test_removing_a_cookie_deletes_only_that_cookie_and_does_not_re_ask(
    cookie_notice, client, django_capture_on_commit_callbacks
):
    publish_notice_with(cookie_notice, add_cookie("analytics", "_stats2"))
    sync_cookies(cookie_notice)
    kept = Cookie.objects.get(name="_stats")
    accept_all(client)

    def change(data):
        data["cookies"] = [c for c in data["cookies"] if c["name"] != "_stats2"]

    with django_capture_on_commit_callbacks(execute=True):
        publish_notice_with(cookie_notice, change)
    assert list(Cookie.objects.filter(cookiegroup__varname=varname("analytics"))) == [kept]
    assert undecided(client) == []


def test_removing_a_category_deletes_its_group(cookie_notice):
    def change(data):
        section = next(s for s in data["sections"] if s["kind"] == "cookies")
        section["categories"] = [c for c in section["categories"] if c["key"] != "marketing"]
        data["cookies"] = [c for c in data["cookies"] if c["category"] != "marketing"]

    page = publish_notice_with(cookie_notice, change)
    result = sync_cookies(page)
    assert result.deleted_groups == ["marketing"]
    assert not CookieGroup.objects.filter(varname=varname("marketing")).exists()


def test_a_new_category_is_asked_while_decided_ones_stay_decided(
    cookie_notice, client, django_capture_on_commit_callbacks
):
    accept_all(client)
    with django_capture_on_commit_callbacks(execute=True):
        publish_notice_with(cookie_notice, add_category("video", "Videot", ["yt"]))
    assert undecided(client) == ["video"]


def test_publishing_a_notice_that_is_not_canonical_does_not_sync(
    cookie_notice, home, notice_data, django_capture_on_commit_callbacks
):
    settings = SelosteSettings.for_site(home.get_site())
    settings.notice = cookie_notice
    settings.save()
    notice_data["title"] = "Toinen seloste"
    with django_capture_on_commit_callbacks(execute=True):
        create_notice(notice_data, parent=home, publish=True)
    assert CookieGroup.objects.filter(varname=varname("marketing")).exists()


def test_publishing_the_canonical_notice_syncs_after_commit(
    home, notice_data, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        create_notice(notice_data, parent=home, publish=True)
    assert not CookieGroup.objects.exists()
    for callback in callbacks:
        callback()
    assert {key_of(v) for v in CookieGroup.objects.values_list("varname", flat=True)} == {
        "necessary",
        "analytics",
    }


def test_sync_clears_the_consent_cache_after_commit(
    cookie_notice, django_capture_on_commit_callbacks
):
    all_cookie_groups()  # warm
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        page = publish_notice_with(cookie_notice, add_cookie("analytics", "_new"))
        sync_cookies(page)
        # Inside the transaction a stale cache may be refilled by another request...
        all_cookie_groups()
    for callback in callbacks:
        callback()
    # ...and is gone once the transaction commits.
    assert cache.get(CACHE_KEY) is None


def test_sync_without_a_canonical_notice_changes_nothing(cookie_notice):
    cookie_notice.unpublish()
    assert sync_cookies() is None
    assert CookieGroup.objects.count() == 3


def test_removing_a_category_also_drops_its_consent_log(cookie_notice, client):
    # A documented consequence of django-cookie-consent's cascade.
    accept_all(client)
    assert LogItem.objects.filter(cookiegroup__varname=varname("marketing")).exists()

    def change(data):
        section = next(s for s in data["sections"] if s["kind"] == "cookies")
        section["categories"] = [c for c in section["categories"] if c["key"] != "marketing"]
        data["cookies"] = [c for c in data["cookies"] if c["category"] != "marketing"]

    sync_cookies(publish_notice_with(cookie_notice, change))
    assert not LogItem.objects.filter(cookiegroup__varname=varname("marketing")).exists()


def test_choosing_another_canonical_notice_makes_the_banner_follow_it(
    cookie_notice, home, notice_data, django_capture_on_commit_callbacks
):
    notice_data["title"] = "Uusi seloste"
    other = create_notice(notice_data, parent=home, publish=True)
    settings = SelosteSettings.for_site(home.get_site())
    settings.notice = other
    with django_capture_on_commit_callbacks(execute=True):
        settings.save()
    assert not CookieGroup.objects.filter(varname=varname("marketing")).exists()


def test_unpublishing_the_notice_forgets_the_banners_link_to_it(
    cookie_notice, client, django_capture_on_commit_callbacks
):
    assert b"#evasteet" in client.get("/").content
    with django_capture_on_commit_callbacks(execute=True):
        cookie_notice.unpublish()
    assert b"#evasteet" not in client.get("/").content


def test_scheduled_publishing_syncs_too(cookie_notice, django_capture_on_commit_callbacks):
    import datetime

    from django.core.management import call_command
    from django.utils import timezone

    from wagtail_seloste.models import NoticePage
    from wagtail_seloste.notice.json_format import notice_to_dict, page_fields_from_dict

    page = NoticePage.objects.get(pk=cookie_notice.pk)
    data = notice_to_dict(page)
    add_cookie("analytics", "_scheduled")(data)
    page.sections = page_fields_from_dict(data)["sections"]
    page.save_revision(approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1))
    with django_capture_on_commit_callbacks(execute=True):
        call_command("publish_scheduled")
    assert Cookie.objects.filter(name="_scheduled").exists()
