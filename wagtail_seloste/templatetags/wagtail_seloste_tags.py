"""Template tags and filters of the core: ``{% load wagtail_seloste_tags %}``.

The cookie banner's tags are in the cookies app: ``{% load seloste_cookies %}``.
"""

from django import template

from ..models import NoticePage
from ..validators import format_phone

register = template.Library()


@register.filter
def phone(value):
    """A stored E.164 number as people read it (040 123 4567 at home)."""
    return format_phone(value) if value else ""


@register.simple_tag(takes_context=True)
def privacy_notice_url(context, anchor=""):
    """The URL of the site's canonical notice, optionally to one of its sections.

    ``{% privacy_notice_url "evasteet" as url %}``; empty when the site has no live notice.
    """
    from wagtail.models import Site

    request = context.get("request")
    notice = NoticePage.for_site(Site.find_for_request(request)) if request else None
    if notice is None:
        return ""
    url = notice.get_url(request)
    return f"{url}#{anchor}" if anchor else url
