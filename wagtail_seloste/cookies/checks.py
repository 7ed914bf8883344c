"""System checks of the cookies app."""

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register


@register()
def check_consent_max_age(app_configs, **kwargs):
    from ..conf import seloste_settings

    theirs = getattr(settings, "COOKIE_CONSENT_MAX_AGE", 60 * 60 * 24 * 365)
    if theirs != seloste_settings.CONSENT_MAX_AGE:
        return [
            Warning(
                "COOKIE_CONSENT_MAX_AGE differs from WAGTAIL_SELOSTE_CONSENT_MAX_AGE: consent "
                "given through django-cookie-consent's own views would last a different time.",
                hint="Set both to the same number of seconds (see https://github.com/wagtail-seloste/wagtail-seloste/blob/main/docs/cookies.md).",
                id="wagtail_seloste.W101",
            )
        ]
    return []


@register(Tags.urls)
def check_cookie_urls(app_configs, **kwargs):
    from django.urls import NoReverseMatch, reverse

    try:
        reverse("wagtail_seloste_cookies:cookie_settings")
    except NoReverseMatch:
        return [
            Error(
                "wagtail-seloste's URLs are not included: {% cookie_banner %} and "
                "{% cookie_settings_url %} need the cookie settings view.",
                hint='Add path("cookies/", include("wagtail_seloste.cookies.urls")) to the URLconf '
                "(see https://github.com/wagtail-seloste/wagtail-seloste/blob/main/docs/cookies.md).",
                id="wagtail_seloste.E101",
            )
        ]
    return []


@register()
def check_clean_cookies_middleware(app_configs, **kwargs):
    ours = "wagtail_seloste.cookies.middleware.CleanCookiesMiddleware"
    if ours not in settings.MIDDLEWARE and (
        "cookie_consent.middleware.CleanCookiesMiddleware" not in settings.MIDDLEWARE
    ):
        return [
            Warning(
                "CleanCookiesMiddleware is not in MIDDLEWARE: cookies of declined categories "
                "are expired only at the moment the visitor declines.",
                hint=(
                    "Add 'wagtail_seloste.cookies.middleware.CleanCookiesMiddleware' to "
                    "MIDDLEWARE (it reads only the requesting site's categories)."
                ),
                id="wagtail_seloste.W102",
            )
        ]
    return []
