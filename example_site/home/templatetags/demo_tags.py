"""The demo site's navigation in the visitor's language: ``{% load demo_tags %}``."""

from django import template
from django.utils import translation
from wagtail.models import Page, Site

from wagtail_seloste.cache import PAGES_GENERATION, cache, generation
from wagtail_seloste.notice.locales import localized

register = template.Library()

# The links are the same for every visitor of a site in a language: kept in the shared cache
# (each cost two or three queries on every page), forgotten when any page changes.
TIMEOUT = 3600


@register.simple_tag(takes_context=True)
def localized_url(context, slug=""):
    """The URL of the page with the Finnish ``slug`` (the home page when empty), in the active
    language when that page has a live translation, else the Finnish page's URL."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return "/"
    if not hasattr(request, "_demo_pages_generation"):
        request._demo_pages_generation = generation(PAGES_GENERATION)
    key = f"demo:nav:{request._demo_pages_generation}:{site.pk}:{translation.get_language()}:{slug}"
    url = cache.get(key, generational=True)
    if url is None:
        url = _localized_url(request, site, slug)
        cache.set(key, url, TIMEOUT, generational=True)
    return url


def _localized_url(request, site, slug):
    page = site.root_page
    if slug:
        page = Page.objects.in_site(site).filter(slug=slug).first()
        if page is None:
            return ""
    return localized(page).get_url(request) or ""
