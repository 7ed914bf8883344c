"""Template tags of the cookies app: ``{% load seloste_cookies %}``.

``{% cookie_banner %}`` once per page, ``{% cookie_settings_url %}`` in the footer, and
``{% cookie_gate "analytics" %}…{% endcookie_gate %}`` around markup that sets cookies.
"""

from cookie_consent.util import is_cookie_consent_enabled
from django import template
from django.middleware.csrf import get_token
from django.template.loader import get_template
from django.urls import reverse
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.safestring import mark_safe

from ..consent import (
    consent_states,
    is_accepted,
    label_of,
    notice_link,
    site_id_of,
    tracking_snippets,
)

register = template.Library()


@register.simple_tag(takes_context=True)
def cookie_banner(context):
    """The cookie banner, its script and the tracking snippets; include it once per page.

    ``{% cookie_banner %}`` renders the banner while any optional category is undecided, the
    tracking snippets of the categories the visitor accepted, and (inert, in ``<template>``)
    those of the undecided categories, which the banner's script inserts right after the
    visitor accepts. With warm caches it makes no database query.
    """
    request = context.get("request")
    if request is None or not is_cookie_consent_enabled(request):
        return ""
    groups_and_states = consent_states(request, with_groups=True)
    states = {key: state for key, (_group, state) in groups_and_states.items()}
    site_id = site_id_of(request)
    undecided = [
        {"key": key, "name": label_of(group, key, site_id)[0]}
        for key, (group, state) in groups_and_states.items()
        if state is None
    ]
    show_banner = bool(undecided) and not context.get("seloste_hide_cookie_banner")
    snippets = []
    for category, code in tracking_snippets(request):
        state = states.get(category, False)  # an undeclared category is never rendered
        if state is True or (state is None and show_banner):
            snippets.append(
                {"category": category, "code": mark_safe(code), "accepted": state is True}  # noqa: S308 - the owner's code, by design
            )
    if not show_banner and not snippets:
        return ""
    url, anchor = notice_link(request)
    # Rendered without the context processors (only what the banner needs): this runs on
    # every page view.
    return get_template("wagtail_seloste/cookies/banner.html").render(
        {
            "show_banner": show_banner,
            "undecided": undecided,
            "undecided_names": ", ".join(group["name"] for group in undecided),
            "snippets": snippets,
            "notice_url": f"{url}#{anchor}" if url and anchor else url,
            "next": request.get_full_path(),
            "csrf_token": get_token(request) if show_banner else "",
        }
    )


@register.simple_tag(takes_context=True)
def cookie_settings_url(context):
    """The cookie settings view's URL with ``next`` set to the current page.

    ``<a href="{% cookie_settings_url %}">{% translate "Cookie settings" %}</a>`` in a footer
    lets visitors change or withdraw their consent at any time (GDPR Art 7(3)).
    """
    url = reverse("wagtail_seloste_cookies:cookie_settings")
    request = context.get("request")
    if request is None:
        return url
    if request.path == url:
        next_url = request.GET.get("next", "")
    else:
        next_url = request.get_full_path()
    return f"{url}?{urlencode({'next': next_url})}" if next_url else url


@register.filter
def cookies_accepted(request, category):
    """Whether the visitor accepted the cookie category: ``{% if request|cookies_accepted:"analytics" %}``."""
    return is_accepted(request, category)


class CookieGateNode(template.Node):
    def __init__(self, category, nodelist):
        self.category = category
        self.nodelist = nodelist

    def render(self, context):
        request = context.get("request")
        category = self.category.resolve(context)
        if request is None:
            return ""
        if is_accepted(request, category):
            return self.nodelist.render(context)
        if consent_states(request).get(category, False) is None:
            # Undecided: inert until the banner's script activates it after acceptance.
            return format_html(
                '<template data-seloste-consent="{}">{}</template>',
                category,
                mark_safe(self.nodelist.render(context)),  # noqa: S308 - rendered template
            )
        return ""


@register.tag
def cookie_gate(parser, token):
    """Render the enclosed markup only for visitors who accepted a cookie category.

    ``{% cookie_gate "analytics" %}<script src="…"></script>{% endcookie_gate %}``

    For an undecided visitor the markup is written inside an inert ``<template>`` that the
    banner's script activates if they accept; for one who declined nothing is written.
    """
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError(
            f'{bits[0]} takes one argument, the cookie category: {{% {bits[0]} "analytics" %}}'
        )
    category = parser.compile_filter(bits[1])
    nodelist = parser.parse(("endcookie_gate",))
    parser.delete_first_token()
    return CookieGateNode(category, nodelist)
