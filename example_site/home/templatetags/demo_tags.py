"""The demo site's navigation in the visitor's language: ``{% load demo_tags %}``."""

from django import template
from wagtail.models import Page, Site

register = template.Library()


@register.simple_tag(takes_context=True)
def localized_url(context, slug=""):
    """The URL of the page with the Finnish ``slug`` (the home page when empty), in the active
    language when that page has a live translation, else the Finnish page's URL."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return "/"
    page = site.root_page
    if slug:
        page = Page.objects.in_site(site).filter(slug=slug).first()
        if page is None:
            return ""
    return page.localized.get_url(request) or ""
