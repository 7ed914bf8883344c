"""Many sites on one install: each site's banner follows its own notice."""

import copy

import pytest
from django.core.cache import cache
from wagtail.models import Page, Site

from example_site.home.models import HomePage
from wagtail_seloste.cookies.consent import optional_groups, sync_cookies
from wagtail_seloste.notice.json_format import create_notice


@pytest.fixture
def second_site(cookie_notice, notice_data):
    """Site B (b.example) whose notice declares only a "video" category."""
    root = Page.get_first_root_node()
    home_b = root.add_child(instance=HomePage(title="Salon B", slug="salon-b"))
    site = Site.objects.create(hostname="b.example", port=80, root_page=home_b)
    data = copy.deepcopy(notice_data)
    section = next(s for s in data["sections"] if s["kind"] == "cookies")
    section["categories"] = [
        {"key": "necessary", "name": "Välttämättömät", "description": "", "necessary": True},
        {"key": "video", "name": "Videot", "description": "Upotetut videot.", "necessary": False},
    ]
    data["cookies"] = [
        {
            "category": "video",
            "name": "_vid",
            "provider": "video.example",
            "purpose": "Video.",
            "duration": "1 kk",
        },
    ]
    data["controller"]["name"] = "Salon B Oy"
    notice = create_notice(data, parent=home_b, publish=True)
    sync_cookies(notice)
    cache.clear()
    return site


def test_each_site_has_its_own_categories(cookie_notice, second_site):
    default = Site.objects.get(is_default_site=True)
    assert sorted(optional_groups(default)) == ["analytics", "marketing"]
    assert sorted(optional_groups(second_site)) == ["video"]


def test_visitor_of_site_b_is_asked_only_about_site_bs_cookies(client, second_site):
    html = client.get("/", HTTP_HOST="b.example").content.decode()
    assert "Videot" in html
    assert "Analytiikka" not in html and "Markkinointi" not in html


def test_visitor_of_site_a_is_not_asked_about_site_bs_cookies(client, second_site):
    html = client.get("/").content.decode()
    assert "Analytiikka" in html
    assert "Videot" not in html


def test_accepting_on_site_b_records_only_site_bs_categories(client, second_site):
    response = client.post("/cookies/settings/", {"action": "accept_all"}, HTTP_HOST="b.example")
    value = response.cookies["cookie_consent"].value
    assert [pair.split("=")[0] for pair in value.split("|")] == [f"s{second_site.pk}-video"]


def test_publishing_site_bs_notice_leaves_site_as_groups_alone(cookie_notice, second_site):
    from cookie_consent.models import CookieGroup

    before = set(CookieGroup.objects.values_list("varname", "pk"))
    sync_cookies(site=second_site)
    assert set(CookieGroup.objects.values_list("varname", "pk")) == before


def test_banner_costs_one_cache_read_per_site_however_many_sites(
    client, second_site, django_assert_max_num_queries
):
    from django.template import Context, Template
    from django.test import RequestFactory

    client.get("/", HTTP_HOST="b.example")  # warms this site's cache entry
    request = RequestFactory().get("/", HTTP_HOST="b.example")
    # A page view has found its site before the template runs (Wagtail's serve does).
    assert Site.find_for_request(request) == second_site
    with django_assert_max_num_queries(0):
        Template("{% load seloste_cookies %}{% cookie_banner %}").render(
            Context({"request": request})
        )
