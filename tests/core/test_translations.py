"""A notice per locale: the locale-aware lookup, the structural check across translations, the
language switcher and ``seloste_check --locale``."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Locale

from wagtail_seloste.management.commands._targets import find_notice
from wagtail_seloste.models import NoticePage
from wagtail_seloste.notice.json_format import page_fields_from_dict
from wagtail_seloste.notice.translations_check import compare_notices, translation_findings


@pytest.fixture
def swedish(migrated_db):
    return Locale.objects.get_or_create(language_code="sv")[0]


@pytest.fixture
def swedish_home(home, swedish):
    page = home.copy_for_translation(swedish)
    page.save_revision().publish()
    return page


def translate(page, locale, **fields):
    translated = page.copy_for_translation(locale).specific
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    translated.refresh_from_db()
    return translated


@pytest.fixture
def swedish_notice(notice, swedish_home, swedish):
    return translate(notice, swedish, title="Dataskyddsbeskrivning", slug="dataskydd")


def without_cookie(notice_data, name):
    notice_data["cookies"] = [c for c in notice_data["cookies"] if c["name"] != name]
    return notice_data


# NoticePage.for_site(site, locale) ----------------------------------------------------------


def test_for_site_with_a_locale_gives_the_notices_translation(site, notice, swedish_notice):
    assert NoticePage.for_site(site, locale="sv") == swedish_notice


def test_for_site_without_a_locale_gives_the_canonical_notice(site, notice, swedish_notice):
    assert NoticePage.for_site(site) == notice


def test_for_site_falls_back_to_the_canonical_notice_without_a_translation(site, notice):
    assert NoticePage.for_site(site, locale="en") == notice


def test_for_site_ignores_an_unpublished_translation(site, notice, swedish_notice):
    swedish_notice.unpublish()

    assert NoticePage.for_site(site, locale="sv") == notice


def test_privacy_notice_url_follows_the_active_language(site, notice, swedish_notice, rf):
    request = rf.get("/sv/")
    template = Template("{% load wagtail_seloste_tags %}{% privacy_notice_url %}")

    with translation.override("sv"):
        url = template.render(Context({"request": request}))

    assert url == "/sv/dataskydd/"


# The structural check across translations ---------------------------------------------------


def test_translations_with_the_same_structure_give_no_findings(notice_data):
    assert compare_notices(notice_data, notice_data, "sv") == []


def test_a_cookie_missing_from_a_translation_is_a_warning(notice_data):
    import copy

    name = notice_data["cookies"][0]["name"]
    other = without_cookie(copy.deepcopy(notice_data), name)

    findings = compare_notices(notice_data, other, "sv")

    assert [(f.code, f.severity) for f in findings] == [("translation-cookies-differ", "warning")]
    assert name in findings[0].message


def test_a_different_retention_period_in_a_translation_is_a_warning(notice_data):
    import copy

    other = copy.deepcopy(notice_data)
    section = next(s for s in other["sections"] if s["kind"] == "retention")
    section["rules"][0]["period"] += 1

    codes = [f.code for f in compare_notices(notice_data, other, "sv")]

    assert codes == ["translation-retention-differs"]


def test_a_missing_section_in_a_translation_is_a_warning(notice_data):
    import copy

    other = copy.deepcopy(notice_data)
    other["sections"] = [s for s in other["sections"] if s["kind"] != "automated_decisions"]

    codes = [f.code for f in compare_notices(notice_data, other, "sv")]

    assert codes == ["translation-sections-differ"]


def test_translation_findings_compare_the_translations_as_last_saved(
    notice, notice_data, swedish_notice
):
    name = notice_data["cookies"][0]["name"]
    fields = page_fields_from_dict(without_cookie(notice_data, name), language="sv")
    swedish_notice.sections = fields["sections"]
    swedish_notice.save_revision()  # a draft: the editor's latest content

    findings = translation_findings(notice)

    assert [f.code for f in findings] == ["translation-cookies-differ"]


def test_a_notice_without_translations_has_no_translation_findings(notice):
    assert translation_findings(notice) == []


def test_the_notice_editor_shows_translation_warnings(
    admin_client, notice, notice_data, swedish_notice
):
    name = notice_data["cookies"][0]["name"]
    fields = page_fields_from_dict(without_cookie(notice_data, name), language="sv")
    swedish_notice.sections = fields["sections"]
    swedish_notice.save_revision()

    html = admin_client.get(f"/admin/pages/{notice.pk}/edit/").content.decode()

    assert "translation-cookies-differ" in html


# seloste_check --locale ---------------------------------------------------------------------


def test_seloste_check_checks_the_translation_in_the_given_locale(notice, swedish_notice):
    out = io.StringIO()

    call_command("seloste_check", str(notice.pk), "--locale", "sv", "--format", "json", stdout=out)

    assert '"findings"' in out.getvalue()


def test_seloste_check_warns_when_the_translation_misses_a_cookie(
    notice, notice_data, swedish_notice
):
    name = notice_data["cookies"][0]["name"]
    fields = page_fields_from_dict(without_cookie(notice_data, name), language="sv")
    swedish_notice.sections = fields["sections"]
    swedish_notice.save_revision()
    out = io.StringIO()

    call_command("seloste_check", str(swedish_notice.pk), stdout=out)

    assert "translation-cookies-differ" in out.getvalue()


def test_seloste_check_names_the_languages_when_the_locale_has_no_translation(notice):
    with pytest.raises(CommandError, match="fi"):
        call_command("seloste_check", str(notice.pk), "--locale", "en", stdout=io.StringIO())


def test_seloste_check_finds_a_translation_by_the_path_a_visitor_sees(notice, swedish_notice):
    assert find_notice("/sv/dataskydd/") == swedish_notice


def test_seloste_check_finds_a_translation_by_its_address(notice, swedish_notice):
    assert find_notice("http://localhost:8000/sv/dataskydd/") == swedish_notice


def test_seloste_check_still_finds_the_canonical_notice_by_its_path(notice, swedish_notice):
    assert find_notice("/tietosuojaseloste/") == notice


def test_seloste_check_says_no_page_for_a_path_in_a_language_without_the_page(
    notice, swedish_notice
):
    with pytest.raises(CommandError, match="/en/dataskydd/"):
        call_command("seloste_check", "/en/dataskydd/", stdout=io.StringIO())


# The language switcher ----------------------------------------------------------------------


def render_links(page, path):
    request = RequestFactory().get(path, HTTP_HOST="testserver")
    template = Template("{% load wagtail_seloste_tags %}{% seloste_language_links %}")
    return template.render(Context({"request": request, "page": page}))


def test_language_links_point_to_the_translation_of_the_page(notice, swedish_notice):
    html = render_links(notice, "/tietosuojaseloste/")

    assert 'href="/sv/dataskydd/" hreflang="sv"' in html


def test_language_links_fall_back_to_the_languages_home_page(notice, swedish_home):
    html = render_links(notice, "/tietosuojaseloste/")

    assert 'href="/sv/" hreflang="sv"' in html


def test_language_links_mark_the_current_language(notice, swedish_notice):
    html = render_links(swedish_notice, "/sv/dataskydd/")

    assert 'hreflang="sv" lang="sv" aria-current="true"' in html
    assert 'hreflang="fi" lang="fi" aria-current' not in html


def test_language_links_are_left_out_when_there_is_only_one_language(notice):
    assert "<nav" not in render_links(notice, "/tietosuojaseloste/")


def test_language_links_off_wagtail_pages_keep_the_path_under_the_prefix(swedish_home):
    html = render_links(None, "/cookies/settings/")

    assert 'href="/sv/cookies/settings/" hreflang="sv"' in html
