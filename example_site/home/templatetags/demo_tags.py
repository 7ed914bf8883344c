"""The demo site's navigation in the visitor's language: ``{% load demo_tags %}``.

Every page shows the same few links, so their URLs are kept in the shared cache per site,
language and slug; publishing, unpublishing, moving or deleting any page forgets them all.
"""

from django import template
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils import translation
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from wagtail_seloste.cache import cache
from wagtail_seloste.notice.locales import localized

register = template.Library()

GENERATION_KEY = "demo:nav_generation"
TIMEOUT = 300


@register.simple_tag(takes_context=True)
def localized_url(context, slug=""):
    """The URL of the page with the Finnish ``slug`` (the home page when empty), in the active
    language when that page has a live translation, else the Finnish page's URL."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return "/"
    generation = cache.get_or_set(GENERATION_KEY, 1, None)
    key = f"demo:nav:{generation}:{site.pk}:{translation.get_language()}:{slug}"
    url = cache.get(key)
    if url is None:
        url = _url(request, site, slug)
        cache.set(key, url, TIMEOUT)
    return url


def _url(request, site, slug):
    page = site.root_page
    if slug:
        page = Page.objects.in_site(site).filter(slug=slug).first()
        if page is None:
            return ""
    return localized(page).get_url(request) or ""


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
@receiver(post_delete, sender=Page)
def forget_navigation(**kwargs):
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, None)
