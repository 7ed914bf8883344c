"""Wagtail's content locales kept in the shared cache (``wagtail_seloste.notice.locales``)."""

from wagtail.models import Locale, Page

from wagtail_seloste.notice.locales import all_locales, locale_of


def test_the_locales_are_read_from_the_database_once(migrated_db, django_assert_num_queries):
    all_locales()

    with django_assert_num_queries(0):
        codes = [locale.language_code for locale in all_locales()]

    assert codes == list(Locale.objects.values_list("language_code", flat=True))


def test_a_locale_added_is_seen_at_once(migrated_db):
    all_locales()

    Locale.objects.create(language_code="sv")

    assert "sv" in [locale.language_code for locale in all_locales()]


def test_a_pages_locale_is_found_without_a_query(home, django_assert_num_queries):
    page = Page.objects.get(pk=home.pk)
    all_locales()

    with django_assert_num_queries(0):
        locale = locale_of(page)

    assert (locale.pk, locale.language_code) == (home.locale_id, home.locale.language_code)
