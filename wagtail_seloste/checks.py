"""System checks for a host project's configuration (ids wagtail_seloste.E001…, W001…)."""

from django.apps import apps
from django.conf import settings
from django.core.checks import Error, Tags, Warning, register

REQUIRED_APPS = [
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "cookie_consent",
    "formtools",
]


@register()
def check_installed_apps(app_configs, **kwargs):
    errors = []
    for app in REQUIRED_APPS:
        if not apps.is_installed(app):
            errors.append(
                Error(
                    f"wagtail-seloste needs {app!r} in INSTALLED_APPS.",
                    hint="See docs/installation.md for the full list of apps.",
                    id="wagtail_seloste.E001",
                )
            )
    return errors


@register()
def check_context_processors(app_configs, **kwargs):
    processors = [
        p
        for engine in settings.TEMPLATES
        for p in engine.get("OPTIONS", {}).get("context_processors", [])
    ]
    if "django.template.context_processors.request" not in processors:
        return [
            Error(
                "wagtail-seloste's templates need the 'django.template.context_processors.request' "
                "context processor.",
                hint="Add it to TEMPLATES[0]['OPTIONS']['context_processors'].",
                id="wagtail_seloste.E002",
            )
        ]
    return []


@register()
def check_language(app_configs, **kwargs):
    if not settings.USE_I18N:
        return [
            Warning(
                "USE_I18N is False: wagtail-seloste's Finnish and Swedish texts will not be used.",
                hint="Set USE_I18N = True and LANGUAGE_CODE = 'fi'.",
                id="wagtail_seloste.W001",
            )
        ]
    return []


@register()
def check_consent_max_age(app_configs, **kwargs):
    from .conf import seloste_settings

    theirs = getattr(settings, "COOKIE_CONSENT_MAX_AGE", 60 * 60 * 24 * 365)
    if theirs != seloste_settings.CONSENT_MAX_AGE:
        return [
            Warning(
                "COOKIE_CONSENT_MAX_AGE differs from WAGTAIL_SELOSTE_CONSENT_MAX_AGE: consent "
                "given through django-cookie-consent's own views would last a different time.",
                hint="Set both to the same number of seconds (see docs/cookies.md).",
                id="wagtail_seloste.W101",
            )
        ]
    return []


@register(Tags.urls)
def check_cookie_urls(app_configs, **kwargs):
    from django.urls import NoReverseMatch, reverse

    try:
        reverse("wagtail_seloste:cookie_settings")
    except NoReverseMatch:
        return [
            Error(
                "wagtail-seloste's URLs are not included: {% cookie_banner %} and "
                "{% cookie_settings_url %} need the cookie settings view.",
                hint='Add path("cookies/", include("wagtail_seloste.urls")) to the URLconf '
                "(see docs/cookies.md).",
                id="wagtail_seloste.E101",
            )
        ]
    return []


@register()
def check_clean_cookies_middleware(app_configs, **kwargs):
    if "cookie_consent.middleware.CleanCookiesMiddleware" not in settings.MIDDLEWARE:
        return [
            Warning(
                "CleanCookiesMiddleware is not in MIDDLEWARE: cookies of declined categories "
                "are expired only at the moment the visitor declines.",
                hint="Add 'cookie_consent.middleware.CleanCookiesMiddleware' to MIDDLEWARE.",
                id="wagtail_seloste.W102",
            )
        ]
    return []
