"""Template tags and filters of the core: ``{% load wagtail_seloste_tags %}``.

The cookie banner's tags are in the cookies app: ``{% load seloste_cookies %}``.
"""

from django import template
from django.conf import settings
from django.core.cache.utils import make_template_fragment_key
from django.templatetags.cache import CacheNode as DjangoCacheNode
from django.urls import translate_url
from django.utils import translation
from wagtail.templatetags.wagtail_cache import WagtailPageCacheNode

from ..cache import PAGES_GENERATION, cache, request_generation, safe_cache
from ..notice.models import CANONICAL_GENERATION_KEY, NoticePage
from ..notice.validators import format_phone

register = template.Library()

# How long the links of the footer and the language switcher are kept (seconds). They are keyed
# with the generations that changing a page, a locale, a site, the notice or the settings bump
# (signals.py), so this only bounds what a change made while the cache was down can leave.
LINKS_TIMEOUT = 3600


@register.filter
def phone(value):
    """A stored E.164 number as people read it (040 123 4567 at home)."""
    return format_phone(value) if value else ""


def context_locale(context):
    """The locale a visitor is reading: the page's (a Wagtail page in the context), else the
    active language's code."""
    from wagtail.models import Locale, Page

    from ..notice.locales import locale_of

    page = context.get("page")
    if isinstance(page, Page) and page.locale_id:
        return locale_of(page)  # from the cached locales, without a query
    locale = getattr(page, "locale", None)
    if isinstance(locale, Locale):
        return locale
    return translation.get_language() or settings.LANGUAGE_CODE


@register.simple_tag(takes_context=True)
def privacy_notice_url(context, anchor=""):
    """The URL of the site's canonical notice in the visitor's language, optionally to one of
    its sections.

    ``{% privacy_notice_url "evasteet" as url %}``. The notice's translation in the page's
    locale (or the active language) when it has one, else the canonical notice; empty when the
    site has no live notice.
    """
    request = context.get("request")
    if request is None:
        return ""
    url = _notice_url(request, context_locale(context))
    return f"{url}#{anchor}" if anchor and url else url


def _notice_url(request, locale):
    """The URL of the request's site's notice in ``locale``, kept in the shared cache per site
    and locale (every page's footer asks): forgotten when a notice, the settings, any page, a
    locale or a site changes."""
    from wagtail.models import Locale, Site

    site = Site.find_for_request(request)
    if site is None:
        return ""
    code = locale.language_code if isinstance(locale, Locale) else str(locale)
    key = (
        f"wagtail_seloste:notice_url:{request_generation(request, CANONICAL_GENERATION_KEY)}:"
        f"{request_generation(request, PAGES_GENERATION)}:{site.pk}:{code}"
    )
    url = cache.get(key, generational=True)
    if url is None:
        notice = NoticePage.for_request(request, locale=locale)
        url = (notice.get_url(request) or "") if notice is not None else ""
        cache.set(key, url, LINKS_TIMEOUT, generational=True)
    return url


def language_links(request, page=None):
    """One link per content language: the current page's live translation when it has one,
    else that language's home page (the translation of the site's root page).

    A list of dicts with ``code``, ``name`` (in its own language), ``url`` and ``current``.
    Languages with neither are left out. Off Wagtail pages (the cookie settings view), the
    link is the same URL under that language's prefix (Django's ``translate_url``).
    """
    from wagtail.models import Page, Site

    from ..notice.locales import locale_of

    current_code = translation.get_language() or settings.LANGUAGE_CODE
    if isinstance(page, Page) and page.locale_id:
        current_code = locale_of(page).language_code
    site = Site.find_for_request(request) if request is not None else None
    key = None
    if isinstance(page, Page) and page.pk and not getattr(request, "is_preview", False):
        # The same for every visitor of the page on a site: kept in the shared cache, forgotten
        # when any page, locale or site changes (PAGES_GENERATION, signals.py).
        key = (
            f"wagtail_seloste:language_links:{request_generation(request, PAGES_GENERATION)}:"
            f"{site.pk if site is not None else 0}:{page.pk}:{current_code}"
        )
        links = cache.get(key, generational=True)
        if links is not None:
            return links
    links = _language_links(request, page, site, current_code)
    if key is not None:
        cache.set(key, links, LINKS_TIMEOUT, generational=True)
    return links


def _language_links(request, page, site, current_code):
    from wagtail.models import Page

    from ..notice.locales import all_locales

    languages = getattr(settings, "WAGTAIL_CONTENT_LANGUAGES", None) or settings.LANGUAGES
    locales = {locale.language_code: locale for locale in all_locales()}
    # Each page's translations in one query, read when first needed (not one per language).
    translations = {}

    def translation_of(source, locale):
        if source.locale_id == locale.pk:
            return source
        if source.pk not in translations:
            translations[source.pk] = {t.locale_id: t for t in source.get_translations()}
        return translations[source.pk].get(locale.pk)

    links = []
    for code, _name in languages:
        url = ""
        locale = locales.get(code)
        if isinstance(page, Page) and locale is not None:
            target = translation_of(page, locale)
            if target is not None and target.live:
                url = target.get_url(request)
            elif site is not None:
                home = translation_of(site.root_page, locale)
                if home is not None and home.live:
                    url = home.get_url(request)
        elif not isinstance(page, Page) and request is not None:
            url = translate_url(request.get_full_path(), code)
        if url:
            info = translation.get_language_info(code)
            links.append(
                {
                    "code": code,
                    "name": info["name_local"],
                    "url": url,
                    "current": code == current_code,
                }
            )
    return links


@register.inclusion_tag("wagtail_seloste/tags/language_links.html", takes_context=True)
def seloste_language_links(context):
    """A language switcher: plain links with ``hreflang``, no JavaScript.

    ``{% seloste_language_links %}`` in a base template links every content language
    (``WAGTAIL_CONTENT_LANGUAGES``) to the current page's translation, or to that language's
    home page when the page has no translation. The current language is marked with
    ``aria-current``. Override ``wagtail_seloste/tags/language_links.html`` to change the
    markup; the template gets ``languages`` (see ``language_links``).
    """
    request = context.get("request")
    return {"languages": language_links(request, context.get("page")), "request": request}


# The notice's fragment cache, through the plugin's cache wrapper -------------------------------


class _SafeCacheNode(DjangoCacheNode):
    """Django's ``{% cache %}`` whose cache failures read as misses: the fragment is rendered
    (and not stored) while the cache is down, instead of the page failing."""

    def render(self, context):
        if self.cache_name:
            alias = self.cache_name.resolve(context)
        else:
            alias = "template_fragments" if "template_fragments" in settings.CACHES else "default"
        expire_time = self.expire_time_var.resolve(context)
        expire_time = int(expire_time) if expire_time is not None else None
        fragment_cache = safe_cache(alias)
        vary_on = [var.resolve(context) for var in self.vary_on]
        key = make_template_fragment_key(self.fragment_name, vary_on)
        value = fragment_cache.get(key)
        if value is None:
            value = self.nodelist.render(context)
            fragment_cache.set(key, value, expire_time)
        return value


class _SafePageCacheNode(WagtailPageCacheNode, _SafeCacheNode):
    """``{% wagtailpagecache %}`` (previews skipped, page and site in the key) over the
    wrapper: the method order puts ``_SafeCacheNode.render`` where Django's would run."""


@register.tag("seloste_pagecache")
def seloste_pagecache(parser, token):
    """``{% seloste_pagecache %}``: ``{% wagtailpagecache %}`` that survives its cache."""
    nodelist = parser.parse(("endseloste_pagecache",))
    parser.delete_first_token()
    tokens = token.split_contents()
    if len(tokens) < 3:
        raise template.TemplateSyntaxError(f"'{tokens[0]}' tag requires at least 2 arguments.")
    cache_name = None
    if len(tokens) > 3 and tokens[-1].startswith("using="):
        cache_name = parser.compile_filter(tokens[-1][len("using=") :])
        tokens = tokens[:-1]
    return _SafePageCacheNode(
        nodelist,
        parser.compile_filter(tokens[1]),
        tokens[2],
        [parser.compile_filter(t) for t in tokens[3:]],
        cache_name,
    )
