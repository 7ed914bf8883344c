"""The footer's notice link and the language switcher's links, kept in the shared cache per
site, page and language (issue 22, item 8): read without a query once cached, forgotten when a
notice, a page, the settings or a site changes, and computed from the database while the cache
is down."""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.template import Context, Template
from wagtail.models import Page, Site

from tests.test_cache_outage import BrokenCache
from wagtail_seloste import cache as cache_module
from wagtail_seloste.cache import SafeCache
from wagtail_seloste.models import NoticePage, SelosteSettings
from wagtail_seloste.templatetags.wagtail_seloste_tags import language_links

FOOTER = Template("{% load wagtail_seloste_tags %}{% privacy_notice_url %}")


def footer_link(rf, page=None, host="testserver", request=None):
    """The footer's notice link as a fresh request of ``host`` sees it."""
    request = request or rf.get("/", HTTP_HOST=host)
    return FOOTER.render(Context({"request": request, "page": page}))


def request_with_site(rf, host="testserver"):
    """A request whose site is known, as the middleware leaves it (a query of its own)."""
    request = rf.get("/", HTTP_HOST=host)
    Site.find_for_request(request)
    return request


@pytest.fixture
def demo(migrated_db):
    call_command("load_initial_data", stdout=StringIO())


def switcher(client, path):
    """{language code: URL} of the language switcher of the page at ``path``."""
    html = client.get(path).content.decode()
    nav = html[html.index('class="seloste-languages"') :]
    nav = nav[: nav.index("</nav>")]
    return dict((code, url) for url, code in re.findall(r'href="([^"]*)" hreflang="(\w+)"', nav))


# The footer's notice link -------------------------------------------------------------------


def test_the_footer_link_is_read_without_a_query_once_cached(notice, rf, django_assert_num_queries):
    footer_link(rf, notice)
    request = request_with_site(rf)

    with django_assert_num_queries(0):
        assert footer_link(rf, notice, request=request) == notice.url


def test_the_footer_link_follows_the_notice_renamed_and_published(notice, rf):
    footer_link(rf, notice)
    notice.slug = "seloste"
    notice.save_revision().publish()

    assert footer_link(rf, notice) == "/seloste/"


def test_the_footer_link_disappears_when_the_notice_is_unpublished(notice, rf):
    footer_link(rf, notice)
    notice.unpublish()

    assert footer_link(rf, notice) == ""


def test_the_footer_link_follows_the_notice_chosen_in_the_settings(notice, home, rf):
    footer_link(rf, notice)
    other = NoticePage.objects.get(pk=notice.pk).copy(
        update_attrs={"slug": "toinen-seloste", "title": "Toinen"}, keep_live=True
    )
    settings = SelosteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.notice = other
    settings.save()

    assert footer_link(rf, notice) == "/toinen-seloste/"


def test_the_footer_link_follows_the_site_moved_to_another_root_page(notice, home, rf):
    footer_link(rf, notice)
    new_root = Page.get_first_root_node().add_child(instance=Page(title="Uusi", slug="uusi"))
    site = Site.objects.get(is_default_site=True)
    site.root_page = new_root
    site.save()

    assert footer_link(rf, notice) == ""  # the notice is no longer under the site's root


def test_each_site_has_its_own_footer_link(notice, other_site, rf):
    assert footer_link(rf, notice) == notice.url

    assert footer_link(rf, host="b.example") == ""


@pytest.fixture
def plugin_cache_down(monkeypatch):
    """Every read and write of the plugin's cache fails (Wagtail's own cache still works)."""
    cache_module.reset()
    monkeypatch.setattr(SafeCache, "backend", property(lambda self: BrokenCache("", {})))
    yield
    cache_module.reset()


def test_the_footer_link_is_computed_while_the_cache_is_down(notice, rf, plugin_cache_down):
    assert footer_link(rf, notice) == notice.url


def test_the_footer_link_is_kept_per_language(demo, client):
    client.get("/")  # the Finnish link cached

    html = client.get("/sv/").content.decode()

    assert 'href="/sv/dataskyddsbeskrivning/"' in html


# The language switcher ------------------------------------------------------------------------


def test_the_language_links_are_read_without_a_query_once_cached(
    demo, rf, django_assert_num_queries
):
    page = Page.objects.get(slug="tietosuojaseloste").specific
    language_links(request_with_site(rf, "localhost"), page)
    request = request_with_site(rf, "localhost")

    with django_assert_num_queries(0):
        links = language_links(request, page)

    assert [link["code"] for link in links] == ["fi", "sv", "en"]


def test_a_translation_unpublished_sends_its_language_link_to_that_languages_home(demo, client):
    assert switcher(client, "/tietosuojaseloste/")["sv"] == "/sv/dataskyddsbeskrivning/"
    Page.objects.get(url_path__endswith="/dataskyddsbeskrivning/").specific.unpublish()

    assert switcher(client, "/tietosuojaseloste/")["sv"] == "/sv/"


def test_a_translation_renamed_and_published_changes_its_language_link(demo, client):
    switcher(client, "/tietosuojaseloste/")
    swedish = Page.objects.get(url_path__endswith="/dataskyddsbeskrivning/").specific
    swedish.slug = "integritet"
    swedish.save_revision().publish()

    assert switcher(client, "/tietosuojaseloste/")["sv"] == "/sv/integritet/"


def test_the_language_links_mark_the_language_of_each_page(demo, client):
    switcher(client, "/tietosuojaseloste/")

    html = client.get("/sv/dataskyddsbeskrivning/").content.decode()

    assert re.search(r'hreflang="sv" lang="sv" aria-current="true"', html)


def test_the_language_links_are_computed_while_the_cache_is_down(demo, client, plugin_cache_down):
    links = switcher(client, "/tietosuojaseloste/")

    assert links == {
        "fi": "/tietosuojaseloste/",
        "sv": "/sv/dataskyddsbeskrivning/",
        "en": "/en/privacy-notice/",
    }


# The notice's section anchors (the booking's consent step, the request form) -----------------


def stored(notice):
    """The notice as the next request reads it."""
    return NoticePage.objects.get(pk=notice.pk)


def test_the_anchors_are_read_without_reading_the_sections_once_cached(notice):
    expected = stored(notice).stored_anchor_of("purposes")
    page = stored(notice)

    assert page.stored_anchor_of("purposes") == expected == notice.anchor_of("purposes")
    assert "numbered_sections" not in page.__dict__


def test_the_anchors_follow_a_section_removed_and_published(notice):
    assert stored(notice).stored_anchor_of("purposes")
    page = stored(notice)
    page.sections = [(b.block_type, b.value) for b in page.sections if b.block_type != "purposes"]
    page.save_revision().publish()

    assert stored(notice).stored_anchor_of("purposes") == ""


def test_the_anchors_are_computed_while_the_cache_is_down(notice, plugin_cache_down):
    assert stored(notice).stored_anchor_of("purposes") == notice.anchor_of("purposes")
