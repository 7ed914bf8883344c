"""Every admin URL of the plugin, walked as site A's owner against site B's records.

The URLs come from the URL conf: every admin pattern whose view lives in ``wagtail_seloste`` or
whose view is built for one of the plugin's models (Wagtail's own history, history-results,
usage, edit and delete views of a viewset), plus Wagtail's Reports → Site history and the
dashboard. A view added later is walked without editing this file.
"""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import URLResolver, get_resolver
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import GroupPagePermission, Page, Site

from example_site.home.models import HomePage
from wagtail_seloste.notice.json_format import create_notice
from wagtail_seloste.register.scoping import SCOPED_MODELS, site_id_of

MARK = "Bsitemarker"
PURGED = 987654  # the count of site B's purge, found nowhere in site A's admin
# Wagtail's own pages that list the plugin's records or their audit trail.
WAGTAIL_LISTS = ["/admin/", "/admin/reports/site-history/"]


def admin_patterns():
    """(route, view class or function, model or None) of the plugin's admin URLs."""

    def walk(patterns, prefix=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
            else:
                yield prefix + str(pattern.pattern), pattern

    for route, pattern in walk(get_resolver().url_patterns):
        view = getattr(pattern.callback, "view_class", pattern.callback)
        model = (getattr(pattern.callback, "view_initkwargs", None) or {}).get("model")
        model = model or getattr(view, "model", None)
        if not isinstance(model, type):
            model = None
        ours = (
            view.__module__.startswith("wagtail_seloste")
            or (pattern.name or "").startswith("wagtail_seloste")
            or (model is not None and model.__module__.startswith("wagtail_seloste"))
        )
        if route.startswith("admin/") and ours:
            yield route, model


def url_for(route, value=None):
    """The path of ``route`` with its one parameter (if any) set to ``value``."""
    import re

    return "/" + re.sub(r"<(?:\w+:)?\w+>", str(value), route)


def parameter(route):
    import re

    names = re.findall(r"<(?:\w+:)?(\w+)>", route)
    assert len(names) <= 1, f"{route}: the walk knows URLs of at most one parameter"
    return names[0] if names else None


@pytest.fixture
def site_a(home):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def site_b(home):
    home_b = Page.get_first_root_node().add_child(instance=HomePage(title="B", slug="b"))
    return Site.objects.create(hostname="b.example", root_page=home_b, site_name="B")


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("root", "root@example.com", "pw")


@pytest.fixture
def b_records(site_b, notice_data, superuser):
    """One of everything on site B, with the marker in what lists show; {model: [ids]}."""
    from cookie_consent.models import ACTION_ACCEPTED, CookieGroup, LogItem

    from wagtail_seloste.booking.models import (
        Booking,
        BookingPage,
        Client,
        ConsentRecord,
        Service,
    )
    from wagtail_seloste.cookies.consent import varname_for
    from wagtail_seloste.cookies.models import TrackingSnippet
    from wagtail_seloste.outbox.models import OutboxEmail
    from wagtail_seloste.register.models import Breach, Processor, PurgeRun, RecordActivity
    from wagtail_seloste.rights.models import RightsRequest, RightsRequestPage

    home_b = site_b.root_page
    notice = create_notice(notice_data, parent=home_b, publish=True)
    booking_page = BookingPage(title="Varaa B", slug="varaa")
    home_b.add_child(instance=booking_page)
    booking_page.save_revision().publish()
    rights_page = RightsRequestPage(title="Tietopyyntö B", slug="tietopyynto")
    home_b.add_child(instance=rights_page)
    service = Service.objects.create(page=booking_page, name=f"{MARK} hieronta")
    client = Client.objects.create(
        site=site_b, email="bertta@b.example", first_name=MARK, last_name=MARK
    )
    now = timezone.now()
    booking = Booking.objects.create(
        page=booking_page,
        service=service,
        client=client,
        start=now + timedelta(days=2),
        end=now + timedelta(days=2, hours=1),
        status="pending",
        message=MARK,
    )
    consent = ConsentRecord.objects.create(
        site=site_b, client=client, kind="marketing_email", given=True, text=MARK, source="booking"
    )
    request = RightsRequest.objects.create(
        site=site_b,
        types=["access"],
        name=MARK,
        email="bertta@b.example",
        verification_expires_at=now + timedelta(days=1),
    )
    processor = Processor.objects.create(site=site_b, name=MARK)
    activity = RecordActivity.objects.create(
        site=site_b, name=MARK, purpose=MARK, data_subjects=MARK, data_categories=MARK
    )
    breach = Breach.objects.create(site=site_b, title=MARK, description=MARK, aware_at=now)
    email = OutboxEmail.objects.create(
        site=site_b,
        label=MARK,
        builder="x.y",
        status=OutboxEmail.FAILED,
        last_error=MARK,
        next_attempt_at=now,
    )
    PurgeRun.objects.create(site=site_b, counts=[{"rule": "x", "deleted": PURGED}])
    snippet = TrackingSnippet.objects.create(site=site_b, name=MARK, category="analytics")
    group = CookieGroup.objects.create(varname=varname_for(site_b.pk, "analytics"), name=MARK)
    LogItem.objects.create(action=ACTION_ACCEPTED, cookiegroup=group, version="1")
    for instance in (client, booking, consent, request, processor, activity, breach, email):
        log(instance=instance, action="wagtail.edit", user=superuser)
    pages = Page.objects.descendant_of(home_b, inclusive=True)
    return {
        Client: [client.pk],
        Booking: [booking.pk],
        ConsentRecord: [consent.pk],
        RightsRequest: [request.pk],
        Processor: list(Processor.objects.filter(site=site_b).values_list("pk", flat=True))
        + [processor.pk],
        RecordActivity: [activity.pk],
        Breach: [breach.pk],
        OutboxEmail: [email.pk],
        TrackingSnippet: [snippet.pk],
        Page: [page.pk for page in pages] + [notice.pk],
    }


@pytest.fixture
def owner_a(client, site_a, django_user_model):
    """A non-superuser who edits site A's pages and holds every permission of the plugin."""
    group = Group.objects.create(name="Salon A")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(content_type__app_label__startswith="wagtail_seloste"),
        # The consent report reads django-cookie-consent's log.
        Permission.objects.get(codename="view_logitem"),
    )
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group, page=site_a.root_page, permission=Permission.objects.get(codename=codename)
        )
    user = django_user_model.objects.create_user("owner-a", password="pw")
    user.groups.add(group)
    client.force_login(user)
    return client


def candidate_ids(route, model, b_records):
    """Site B's ids for ``route``: of its model, else (a view that names no model) every id of
    site B, since site A holds no records and so every one must be unknown to A's owner."""
    if parameter(route) == "page_id":
        return b_records[Page]
    if model in b_records:
        return b_records[model]
    return sorted({pk for ids in b_records.values() for pk in ids})


def object_routes():
    return [(route, model) for route, model in admin_patterns() if parameter(route)]


def list_routes():
    return [route for route, model in admin_patterns() if not parameter(route)]


def test_the_walk_finds_the_plugins_admin_urls():
    routes = {route for route, model in admin_patterns()}
    assert {
        "admin/seloste/clients/history/<int:pk>/",
        "admin/seloste/bookings/usage/<int:pk>/",
        "admin/seloste/outbox/inspect/<int:pk>/",
        "admin/tietopyynnot/<int:pk>/",
        "admin/seloste/breaches/<int:pk>/decide/",
    } <= routes


def answer(client, method, url):
    """What ``url`` answers: status, redirect and body (without the messages an earlier
    request left for the next page)."""
    client.cookies.pop("messages", None)
    response = getattr(client, method)(url)
    return response.status_code, response.get("Location"), response.content


def test_another_sites_ids_answer_like_missing_ones(owner_a, b_records):
    """404, or for a view that answers every id alike before looking it up (405 to a GET of a
    POST-only action, a redirect where nobody may edit), exactly what a missing id gets."""
    answers = {}
    for route, model in object_routes():
        for method in ("get", "post"):
            missing = answer(owner_a, method, url_for(route, 999999))
            for pk in candidate_ids(route, model, b_records):
                url = url_for(route, pk)
                got = answer(owner_a, method, url)
                if got[0] not in {404, 405, 302} or got != missing:
                    answers[f"{method.upper()} {url}"] = got[0]
    assert answers == {}, "\n".join(f"{url}: {answer}" for url, answer in answers.items())


def test_the_walk_reaches_site_bs_records_as_a_superuser(client, superuser, b_records):
    """The control: the ids the walk uses exist, so its 404s come from the scoping."""
    client.force_login(superuser)
    unreached = [
        route
        for route, model in object_routes()
        if all(
            client.get(url_for(route, pk)).status_code == 404
            for pk in candidate_ids(route, model, b_records)
        )
    ]
    assert unreached == []


def listed_objects(response):
    context = response.context or {}
    for name in ("object_list", "page_obj", "requests", "failed", "items"):
        try:
            value = context.get(name)
        except Exception:  # noqa: BLE001
            value = None
        if value is not None and not isinstance(value, str | bytes):
            try:
                yield from list(value)
            except TypeError:
                pass


def test_lists_show_nothing_of_another_site(owner_a, site_b, b_records):
    shown = {}
    urls = [url_for(route) for route in list_routes()] + WAGTAIL_LISTS
    for url in urls:
        for query in ("", f"?site={site_b.pk}"):
            response = owner_a.get(url + query)
            body = response.content.decode(errors="replace")
            leaked = MARK in body or str(PURGED) in body
            for obj in listed_objects(response):
                field = SCOPED_MODELS.get(type(obj))
                if field and site_id_of(obj, field) == site_b.pk:
                    leaked = True
            if leaked:
                shown[url + query] = response.status_code
    assert shown == {}


def test_site_history_leaves_out_another_sites_register(owner_a, b_records):
    response = owner_a.get("/admin/reports/site-history/")
    b_ids = {(model, str(pk)) for model, ids in b_records.items() for pk in ids}
    listed = {
        (entry.content_type.model_class(), entry.object_id)
        for entry in response.context["object_list"]
    }
    assert response.status_code == 200
    assert not listed & b_ids


def test_a_superuser_sees_every_sites_history(client, superuser, b_records):
    from wagtail_seloste.booking.models import Client

    client.force_login(superuser)
    response = client.get("/admin/reports/site-history/")
    listed = {
        (entry.content_type.model_class(), entry.object_id)
        for entry in response.context["object_list"]
    }
    assert (Client, str(b_records[Client][0])) in listed


def plugin_bulk_actions():
    """(app label, model, action type, model class) of every bulk action on the plugin's models."""
    from wagtail.admin.views.bulk_action.registry import bulk_action_registry

    bulk_action_registry._scan_for_bulk_actions()
    for app_label, models in bulk_action_registry.actions.items():
        for model_name, actions in models.items():
            for action_type, action in actions.items():
                for model in action.models:
                    if model._meta.app_label == app_label and model._meta.model_name == (
                        model_name
                    ):
                        if app_label.startswith("wagtail_seloste"):
                            yield app_label, model_name, action_type, model


def test_bulk_actions_on_another_sites_ids_answer_like_missing_ones(owner_a, b_records):
    actions = list(plugin_bulk_actions())
    assert actions, "the walk found no bulk action of the plugin"
    answers = {}
    for app_label, model_name, action_type, model in actions:
        base = f"/admin/bulk/{app_label}/{model_name}/{action_type}/?next=/admin/&id="
        for method in ("get", "post"):
            missing = answer(owner_a, method, base + "999999")
            for pk in b_records[model]:
                got = answer(owner_a, method, base + str(pk))
                if got != missing or got[0] != 404:
                    answers[f"{method.upper()} {base}{pk}"] = got[0]
    assert answers == {}, "\n".join(f"{url}: {status}" for url, status in answers.items())


def test_bulk_actions_leave_another_sites_records_alone(owner_a, b_records):
    for app_label, model_name, action_type, model in plugin_bulk_actions():
        owner_a.post(f"/admin/bulk/{app_label}/{model_name}/{action_type}/?next=/admin/&id=all")
        assert model.objects.filter(pk__in=b_records[model]).count() == len(b_records[model])


def add_snippet(client, site):
    """Post a new analytics snippet for ``site`` (whose notice declares analytics cookies)."""
    from wagtail_seloste.cookies.consent import sync_cookies
    from wagtail_seloste.notice.models import NoticePage

    sync_cookies(NoticePage.objects.descendant_of(site.root_page).first())
    client.post(
        "/admin/snippets/wagtail_seloste_cookies/trackingsnippet/add/",
        {
            "site": site.pk,
            "name": "Vieras",
            "category": "analytics",
            "code": "<script>stats()</script>",
            "enabled": "on",
        },
    )


def test_an_owner_cannot_add_a_tracking_snippet_to_another_site(owner_a, site_b, b_records):
    from wagtail_seloste.cookies.models import TrackingSnippet

    add_snippet(owner_a, site_b)

    assert not TrackingSnippet.objects.filter(name="Vieras").exists()


def test_a_superuser_adds_a_tracking_snippet_to_any_site(client, superuser, site_b, b_records):
    from wagtail_seloste.cookies.models import TrackingSnippet

    client.force_login(superuser)
    add_snippet(client, site_b)

    assert TrackingSnippet.objects.filter(name="Vieras", site=site_b).exists()
