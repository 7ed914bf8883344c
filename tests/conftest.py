"""Shared fixtures: a site with a home page, notice data and a published notice."""

import copy
import json
from pathlib import Path

import pytest
from django.core.cache import caches
from wagtail.models import Page, Site

from example_site.home.models import HomePage
from wagtail_seloste.notice_json import create_notice

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def _clear_caches():
    """Every test starts with empty caches: django-cookie-consent caches its groups for an
    hour, and ``bulk_create`` does not clear them."""
    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def home(db):
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


@pytest.fixture
def notice(home, notice_data):
    """The site's published canonical notice at /tietosuojaseloste/."""
    return create_notice(notice_data, parent=home, publish=True)


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin", "admin@example.com", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def cookie_notice(home, notice_data):
    """A published canonical notice declaring necessary, analytics (_stats) and marketing
    (_mkt) cookies, synced to django-cookie-consent."""
    from wagtail_seloste.cookies import sync_cookies

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
    sync_cookies(page)
    return page
