"""The cookies the site sets, held against the notice (registered with the core's site checks).

``site-cookie-undeclared``: a cookie that the site's own pages set, or that a tracking snippet
declares, is missing from the notice, so the banner cannot ask about it and visitors are not
told its purpose and duration (917/2014 §205; GDPR Art 13(1)(c)). The pages are rendered with
Django's test client, as a first-time visitor would see them, and their ``Set-Cookie`` headers
read; snippets, which run in the visitor's browser, declare their cookies in the admin.
"""

from django.conf import settings
from django.test import Client
from django.test.utils import override_settings
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.translation import gettext as _

from ..notice.site_checks import register_site_check

# Enough to reach every page of a small business's site; larger sites are sampled.
MAX_PAGES = 200


def cookies_set_by_pages(site):
    """Names of the cookies the site's public pages set for a first-time visitor."""
    from wagtail.models import Page

    host = site.hostname if site.port in (80, 443) else f"{site.hostname}:{site.port}"
    client = Client(HTTP_HOST=host, raise_request_exception=False)
    names = set()
    paths = [
        page.relative_url(site)
        for page in Page.objects.live()
        .public()
        .descendant_of(site.root_page, inclusive=True)[:MAX_PAGES]
    ]
    try:
        paths.append(reverse("wagtail_seloste_cookies:cookie_settings"))
    except NoReverseMatch:
        pass
    # The host is the site's own: rendering must not fail on a host the settings do not list.
    # The pages' LocaleMiddleware activates each page's language: the caller's (an admin
    # publishing a Swedish notice) comes back afterwards.
    with override_settings(ALLOWED_HOSTS=["*"]), translation.override(translation.get_language()):
        for path in filter(None, paths):
            client.get(path, follow=True)
            names.update(name for name, morsel in client.cookies.items() if morsel["max-age"] != 0)
    # The banner sets the consent cookie when the visitor decides.
    names.add(settings.COOKIE_CONSENT_NAME)
    return names


def _undeclared(context, name, where):
    return context.finding(
        "site-cookie-undeclared",
        "error",
        _(
            "The site sets the cookie “%(name)s” (%(where)s), but the notice does not declare "
            "it. Add it to the notice's cookies with its purpose, duration and category, and "
            "publish the notice."
        )
        % {"name": name, "where": where},
        section="cookies",
        source="917/2014 §205; GDPR Art 13(1)(c)",
    )


@register_site_check(renders_pages=True)
def cookies_of_pages(context):
    declared = context.declared_cookie_names()
    return [
        _undeclared(context, name, _("set by the site's pages"))
        for name in sorted(cookies_set_by_pages(context.site))
        if name.lower() not in declared
    ]


@register_site_check
def cookies_of_snippets(context):
    from .models import TrackingSnippet

    declared = context.declared_cookie_names()
    findings = []
    for snippet in TrackingSnippet.objects.for_site(context.site).filter(enabled=True):
        for name in snippet.cookie_names():
            if name.lower() not in declared:
                where = _("tracking snippet “%(snippet)s”") % {"snippet": snippet.name}
                findings.append(_undeclared(context, name, where))
    return findings
