"""Shared fixtures: a site with a home page, notice data and a published notice."""

import copy
import json
from pathlib import Path

import pytest
from wagtail.models import Page, Site

from example_site.home.models import HomePage
from wagtail_seloste.notice_json import create_notice

FIXTURES = Path(__file__).parent / "fixtures"


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
