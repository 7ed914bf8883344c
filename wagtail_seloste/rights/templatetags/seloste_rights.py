"""Template tags of data subject requests, for a site's templates and notice pages.

``{% load seloste_rights %}`` then:

- ``{% seloste_response_time %}``: the site's response time as a sentence, e.g. "We answer
  within 2 days of receiving your request." or, with no promise set, the legal one month;
- ``{% seloste_response_days as days %}``: the promised days (``None`` when there is no promise).
"""

from django import template
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Site

from ..models import RightsSettings

register = template.Library()


def _promised_days(context, site=None):
    if site is None:
        request = context.get("request")
        site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return None
    return RightsSettings.for_site(site).response_days


@register.simple_tag(takes_context=True)
def seloste_response_days(context, site=None):
    """The site's promised response time in days, or ``None`` for the legal month."""
    return _promised_days(context, site)


@register.simple_tag(takes_context=True)
def seloste_response_time(context, site=None):
    """The response time a notice or page can cite (GDPR Art 12(3))."""
    days = _promised_days(context, site)
    if days:
        return ngettext(
            "We answer within %(days)s day of receiving your request.",
            "We answer within %(days)s days of receiving your request.",
            days,
        ) % {"days": days}
    return _(
        "We answer without undue delay and at the latest within one month of receiving your "
        "request."
    )
