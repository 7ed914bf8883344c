"""The cookie settings page's categories, kept in the shared cache per site and language
(issue 22, item 8): read without a query once cached, forgotten when the canonical notice is
published or unpublished, computed from the database while the cache is down."""

import pytest
from wagtail.models import Site

from tests.test_cache_outage import BrokenCache
from wagtail_seloste import cache as cache_module
from wagtail_seloste.cache import SafeCache
from wagtail_seloste.cookies.consent import categories_in_language
from wagtail_seloste.models import NoticePage


@pytest.fixture
def site(cookie_notice):
    return Site.objects.get(is_default_site=True)


def names(site, language="fi"):
    return [category["name"] for category in categories_in_language(site, language)]


def test_the_categories_are_read_without_a_query_once_cached(site, django_assert_num_queries):
    expected = names(site)

    with django_assert_num_queries(0):
        assert names(site) == expected


def test_a_category_renamed_and_published_is_shown(site, cookie_notice):
    names(site)
    page = NoticePage.objects.get(pk=cookie_notice.pk)
    for block in page.sections:
        if block.block_type == "cookies":
            for category in block.value["categories"]:
                if category["key"] == "marketing":
                    category["name"] = "Mainonta ja kohdentaminen"
    page.save_revision().publish()

    assert "Mainonta ja kohdentaminen" in names(site)


def test_the_categories_are_gone_when_the_notice_is_unpublished(site, cookie_notice):
    assert names(site)
    NoticePage.objects.get(pk=cookie_notice.pk).unpublish()

    assert names(site) == []


def test_each_site_has_its_own_categories(site, other_site):
    assert names(site)

    assert names(other_site) == []


def test_the_categories_are_computed_while_the_cache_is_down(site, monkeypatch):
    expected = names(site)
    cache_module.reset()
    monkeypatch.setattr(SafeCache, "backend", property(lambda self: BrokenCache("", {})))
    try:
        assert names(site) == expected
    finally:
        cache_module.reset()
