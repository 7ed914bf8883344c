"""Wagtail's content locales, read once and kept in the shared cache.

The few ``Locale`` rows almost never change, yet every page view asked for them several times:
a page's ``locale`` (a foreign key), the active language's locale (``.localized``), the list of
languages of the switcher. Here they are read once and kept in the shared cache; saving or
deleting a locale forgets them.
"""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

from ..cache import PAGES_GENERATION, cache, generation

KEY = "wagtail_seloste:locales"
TIMEOUT = 3600


def all_locales():
    """Every locale, in Wagtail's order (by language code), as unsaved-looking ``Locale``
    objects that carry their id and code."""
    # Under the pages' generation, which a locale saved or deleted bumps (signals.py): each
    # process keeps a copy of its own.
    key = f"{KEY}:{generation(PAGES_GENERATION)}"
    rows = cache.get(key, generational=True)
    if rows is None:
        rows = list(Locale.objects.values_list("pk", "language_code"))
        cache.set(key, rows, TIMEOUT, generational=True)
    return [_locale(pk, code) for pk, code in rows]


def _locale(pk, code):
    locale = Locale(pk=pk, language_code=code)
    locale._state.adding = False
    locale._state.db = "default"
    return locale


def locale_of(obj):
    """The ``Locale`` of a translatable object (a page), without a query when cached."""
    if "locale" in obj._state.fields_cache:
        return obj.locale
    for locale in all_locales():
        if locale.pk == obj.locale_id:
            return locale
    return obj.locale


def _for_language(code):
    code = get_supported_content_language_variant(code)
    for locale in all_locales():
        if locale.language_code == code:
            return locale
    raise Locale.DoesNotExist


def default_locale():
    """``Locale.get_default()`` from the cache."""
    return _for_language(settings.LANGUAGE_CODE)


def active_locale():
    """``Locale.get_active()`` from the cache."""
    try:
        return _for_language(translation.get_language())
    except (Locale.DoesNotExist, LookupError):
        return default_locale()


def localized(page):
    """``page.localized`` (its live translation in the active language, else the page itself)
    with the active locale from the cache."""
    if not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return page
    try:
        locale = active_locale()
    except (LookupError, Locale.DoesNotExist):
        return page
    if locale.pk == page.locale_id:
        return page
    translation_ = page.get_translation_or_none(locale)
    if translation_ is None or not getattr(translation_, "live", True):
        return page
    return translation_


@receiver(post_save, sender=Locale)
@receiver(post_delete, sender=Locale)
def forget_locales(**kwargs):
    cache.delete(KEY)
