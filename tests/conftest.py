"""Shared fixtures: a site with a home page, notice data and a published notice."""

import copy
import json
from collections import Counter
from datetime import time
from pathlib import Path

import pytest
from django.core.cache import cache, caches
from django.core.cache.backends.locmem import LocMemCache
from django.core.signals import setting_changed
from django.urls import clear_url_caches
from wagtail.models import Page, Site

from example_site.home.models import HomePage
from wagtail_seloste.notice.json_format import create_notice

FIXTURES = Path(__file__).parent / "fixtures"


def _forget_urls_when_the_default_language_changes(setting, **kwargs):
    """Django fills a URL resolver's reverse table once per language, with the prefix that
    LANGUAGE_CODE gave at that moment (``i18n_patterns(prefix_default_language=False)``). A test
    that makes English the default through ``settings.LANGUAGE_CODE = "en"`` would otherwise
    leave English URLs without their /en/ for every test after it in the process."""
    if setting == "LANGUAGE_CODE":
        clear_url_caches()


setting_changed.connect(_forget_urls_when_the_default_language_changes)


@pytest.fixture(autouse=True)
def _default_language():
    """Every test starts in the site's default language: a request through the test client
    activates the language of its URL or cookie (LocaleMiddleware) and Django leaves it active
    in the thread, so without this a test that reads translated text depends on which test ran
    before it in the same process (found when xdist put an English request before a test that
    reads a Finnish finding)."""
    from django.utils import translation

    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _clear_caches():
    """Every test starts with empty caches: django-cookie-consent caches its groups for an
    hour, and ``bulk_create`` does not clear them."""
    from wagtail_seloste import cache as seloste_cache

    for backend in caches.all():
        backend.clear()
    # The process-local copies and the generations last read go with the cache.
    seloste_cache.reset()
    yield
    for backend in caches.all():
        backend.clear()
    seloste_cache.reset()


@pytest.fixture(scope="session")
def migrated_snapshot(django_db_setup, django_db_blocker):
    """What the migrations created — Wagtail's root page, locale, default site, content types —
    so transactional tests (which end with a flush) can be followed by tests that need it.

    Taken at the first test that needs it: pytest-django runs transactional tests last, and a
    transactional test flushes only at its teardown, so the database is still as migrated.
    """
    from django.db import connection

    with django_db_blocker.unblock():
        assert Page.objects.exists(), "a transactional test flushed before the snapshot"
        return connection.creation.serialize_db_to_string()


def restore_migrated_state(snapshot):
    """Bring back the migrated state after a flush (no-op when the root page is there)."""
    from django.contrib.contenttypes.models import ContentType
    from django.core import serializers
    from django.db import connection, transaction

    if Page.objects.exists():
        return
    # The flush's post_migrate re-created content types and permissions with new ids; the
    # snapshot brings back the original ones, first, before any row that points at them.
    objects = list(serializers.deserialize("json", snapshot))
    objects.sort(key=lambda obj: not isinstance(obj.object, ContentType))
    with transaction.atomic(), connection.constraint_checks_disabled():
        ContentType.objects.all().delete()
        ContentType.objects.clear_cache()
        for obj in objects:
            obj.save()


@pytest.fixture
def migrated_db(db, migrated_snapshot):
    """The database as migrated, also after an earlier transactional test's flush."""
    restore_migrated_state(migrated_snapshot)


@pytest.fixture
def home(migrated_db):
    """The default site's root: a HomePage replacing Wagtail's welcome page."""
    root = Page.get_first_root_node()
    home = HomePage(title="Koti", slug="koti")
    root.add_child(instance=home)
    site = Site.objects.get(is_default_site=True)
    old = site.root_page
    site.root_page = home
    site.hostname = "testserver"
    site.save()
    old.delete()
    return home


@pytest.fixture
def notice_data():
    """A complete notice of a fictional coach, as wagtail-seloste/1 JSON (a fresh copy)."""
    return copy.deepcopy(json.loads((FIXTURES / "notice_coach.json").read_text(encoding="utf-8")))


def sign_processor_agreements(site):
    """Record a processor agreement (GDPR Art 28(3)) for every register row of ``site`` that
    has none: the fixtures' notices are complete, and so are their processors registers."""
    from datetime import date

    from wagtail_seloste.register.models import Processor

    Processor.objects.filter(site=site, dpa_date__isnull=True, dpa_url="").update(
        dpa_date=date(2025, 1, 15)
    )


@pytest.fixture
def notice(home, notice_data):
    """The site's published canonical notice at /tietosuojaseloste/, its processors (from the
    notice's list, in the processors register) with their agreements."""
    page = create_notice(notice_data, parent=home, publish=True)
    sign_processor_agreements(page.get_site())
    return page


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin", "admin@example.com", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def cookie_notice(home, notice_data):
    """A published canonical notice declaring necessary, analytics (_stats) and marketing
    (_mkt) cookies, synced to django-cookie-consent."""
    from wagtail_seloste.cookies.consent import sync_cookies

    notice_data = copy.deepcopy(notice_data)  # leave the shared fixture as it is
    section = next(s for s in notice_data["sections"] if s["kind"] == "cookies")
    section["categories"].append(
        {"key": "marketing", "name": "Markkinointi", "description": "Mainonta.", "necessary": False}
    )
    notice_data["cookies"].append(
        {
            "category": "marketing",
            "name": "_mkt",
            "provider": "ads.example",
            "purpose": "Mainonta.",
            "duration": "3 kk",
        }
    )
    page = create_notice(notice_data, parent=home, publish=True)
    sign_processor_agreements(page.get_site())
    sync_cookies(page)
    return page


# Booking ------------------------------------------------------------------------------------


@pytest.fixture
def site(home):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def booking_page(home, notice):
    """A published booking page open every day 9–17 (public holidays too) with two services,
    an optional health-data consent (explicit-consent basis) and two marketing consents."""
    from wagtail_seloste.booking.models import BookingPage, ConsentCheckbox, OpeningHours, Service

    page = BookingPage(
        title="Ajanvaraus",
        slug="ajanvaraus",
        min_notice_hours=0,
        days_ahead=14,
        slot_step_minutes=30,
        buffer_minutes=0,
        owner_email="omistaja@example.com",
        cancellation_cutoff_hours=24,
        health_data_basis="consent",
        close_public_holidays=False,
    )
    page.services = [
        Service(name="Klassinen hieronta", duration_minutes=60, price="65.00"),
        Service(name="Urheiluhieronta", duration_minutes=45, needs_health_info=True),
    ]
    page.opening_hours = [
        OpeningHours(weekday=day, opens=time(9), closes=time(17)) for day in range(7)
    ]
    page.consent_checkboxes = [
        ConsentCheckbox(label="Suostun terveystietojeni käsittelyyn.", kind="health_data"),
        ConsentCheckbox(
            label="Saa lähettää uutiskirjeen sähköpostilla.",
            kind="marketing_email",
            notice_section="purposes",
        ),
        ConsentCheckbox(
            label="Saa lähettää tarjouksia tekstiviestillä.",
            kind="marketing_sms",
            notice_section="purposes",
        ),
    ]
    home.add_child(instance=page)
    page.save_revision().publish()
    cache.clear()  # the rate limit of the last step lives in the cache
    return page


@pytest.fixture
def wizard(client, booking_page):
    """Drives the booking wizard with the test client: ``wizard.book()`` does all steps."""
    from tests.booking_helpers import WizardDriver

    return WizardDriver(client, booking_page)


# Rights requests and the register (tests/test_rights_*.py) --------------------------------


@pytest.fixture
def rights_site(home):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def rights_page(home):
    """The data subject request page at /tietopyynto/."""
    from wagtail_seloste.rights.models import RightsRequestPage

    page = RightsRequestPage(title="Tietopyyntö", slug="tietopyynto")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def service(home):
    """A bookable service on a booking page at /varaa/."""
    from wagtail_seloste.booking.models import BookingPage, Service

    page = BookingPage(title="Varaa aika", slug="varaa")
    home.add_child(instance=page)
    return Service.objects.create(page=page, name="Klassinen hieronta", duration_minutes=60)


@pytest.fixture
def make_client(rights_site, service):
    """``make_client(email, bookings=[(start, invoiced)], consents=[(kind, given)], **fields)``."""
    from datetime import timedelta

    from wagtail_seloste.booking.models import Booking, Client, ConsentRecord

    def make(email, *, bookings=(), consents=(), site=None, **fields):
        client = Client.objects.create(site=site or rights_site, email=email, **fields)
        for start, invoiced in bookings:
            Booking.objects.create(
                page=service.page,
                service=service,
                client=client,
                start=start,
                end=start + timedelta(hours=1),
                status="confirmed",
                invoiced=invoiced,
                message=f"Viesti {email}",
            )
        for kind, given in consents:
            ConsentRecord.objects.create(
                site=client.site,
                client=client,
                kind=kind,
                given=given,
                text=f"Suostumusteksti {kind}",
                source="booking",
            )
        return client

    return make


# Many sites and their owners (tests of per-site scoping) ---------------------------------


@pytest.fixture
def other_site(home):
    """A second site (b.example) with its own home page."""
    home_b = Page.get_first_root_node().add_child(instance=HomePage(title="B", slug="b"))
    return Site.objects.create(hostname="b.example", root_page=home_b)


@pytest.fixture
def site_owner(client, django_user_model):
    """``site_owner(site, models)``: a logged-in client of a user whose group edits ``site``'s
    pages and has every model permission of ``models`` (codenames' model parts)."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission

    def make(site, models, actions=("add", "view", "change", "delete")):
        group = Group.objects.create(name=f"Owner of {site.hostname}")
        group.permissions.add(Permission.objects.get(codename="access_admin"))
        for model in models:
            for action in actions:
                group.permissions.add(Permission.objects.get(codename=f"{action}_{model}"))
        GroupPagePermission.objects.create(
            group=group,
            page=site.root_page,
            permission=Permission.objects.get(codename="change_page"),
        )
        user = django_user_model.objects.create_user(f"owner-{site.pk}", password="pw")
        user.groups.add(group)
        client.force_login(user)
        return client

    return make


class SwitchableCache(LocMemCache):
    """A local-memory cache that can be taken away and given back (``SwitchableCache.down``),
    like a Redis that goes and comes back; ``calls`` counts the calls that reached it."""

    down = False
    calls = Counter()

    def _reach(self, operation):
        SwitchableCache.calls[operation] += 1
        if SwitchableCache.down:
            raise ConnectionError("the cache server is gone")

    def get(self, *args, **kwargs):
        self._reach("get")
        return super().get(*args, **kwargs)

    def get_many(self, *args, **kwargs):
        self._reach("get_many")
        return super().get_many(*args, **kwargs)

    def set(self, *args, **kwargs):
        self._reach("set")
        return super().set(*args, **kwargs)

    def add(self, *args, **kwargs):
        self._reach("add")
        return super().add(*args, **kwargs)

    def incr(self, *args, **kwargs):
        self._reach("incr")
        return super().incr(*args, **kwargs)

    def delete(self, *args, **kwargs):
        self._reach("delete")
        return super().delete(*args, **kwargs)


@pytest.fixture
def switchable_cache(settings, monkeypatch):
    """The default cache as a ``SwitchableCache`` that is up, with the breaker's pause 0 (the
    next call after a failure tries the cache again)."""
    from wagtail_seloste import cache as seloste_cache

    monkeypatch.setattr(SwitchableCache, "down", False)
    monkeypatch.setattr(SwitchableCache, "calls", Counter())
    monkeypatch.setattr(seloste_cache, "PAUSE", 0)
    settings.CACHES = {
        "default": {"BACKEND": "tests.conftest.SwitchableCache", "LOCATION": "switchable"}
    }
    seloste_cache.reset()
    yield SwitchableCache
    seloste_cache.reset()
