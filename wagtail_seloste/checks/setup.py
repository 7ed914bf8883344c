"""System checks for a host project's configuration (ids wagtail_seloste.E001…, W001…).

The feature apps add their own (``cookies/checks.py``: E101, W101, W102).
"""

from django.apps import apps
from django.conf import settings
from django.core.checks import Error, Tags, Warning, register

# What each of our apps needs beside it (docs/installation.md).
REQUIRED_APPS = {
    "wagtail_seloste": ["wagtail.contrib.settings", "wagtail.contrib.routable_page"],
    "wagtail_seloste.cookies": ["cookie_consent"],
    "wagtail_seloste.booking": ["formtools"],
    "wagtail_seloste.rights": [],
}


@register()
def check_installed_apps(app_configs, **kwargs):
    errors = []
    for ours, needed in REQUIRED_APPS.items():
        if not apps.is_installed(ours):
            continue
        for app in needed:
            if not apps.is_installed(app):
                errors.append(
                    Error(
                        f"{ours!r} needs {app!r} in INSTALLED_APPS.",
                        hint="See https://github.com/wagtail-seloste/wagtail-seloste/blob/main/docs/installation.md for the apps each part needs.",
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
def check_locale_middleware(app_configs, **kwargs):
    # Pages translated with Wagtail's localisation are served under /sv/ and /en/; without
    # LocaleMiddleware the language never follows the address, so a Swedish page gets
    # Finnish labels, links and emails.
    if not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return []
    if "django.middleware.locale.LocaleMiddleware" not in settings.MIDDLEWARE:
        return [
            Warning(
                "WAGTAIL_I18N_ENABLED is True but LocaleMiddleware is not in MIDDLEWARE: "
                "translated pages will show wagtail-seloste's texts in the default language.",
                hint=(
                    "Add 'django.middleware.locale.LocaleMiddleware' after SessionMiddleware "
                    "(https://github.com/wagtail-seloste/wagtail-seloste/blob/main/docs/installation.md, Languages)."
                ),
                id="wagtail_seloste.W002",
            )
        ]
    return []


# Middleware and URLconfs that belong to a feature app, by the app they need: listing one
# without its app crashed every command with a RuntimeError from the app's models.
FEATURE_MIDDLEWARE = {
    "wagtail_seloste.cookies.middleware.CleanCookiesMiddleware": "wagtail_seloste.cookies",
    "cookie_consent.middleware.CleanCookiesMiddleware": "cookie_consent",
}
FEATURE_URLCONFS = {"wagtail_seloste.cookies.urls": "wagtail_seloste.cookies"}


@register()
def check_feature_middleware(app_configs, **kwargs):
    return [
        Error(
            f"MIDDLEWARE lists {middleware!r} but {app!r} is not in INSTALLED_APPS.",
            hint=(
                f"Remove {middleware!r} from MIDDLEWARE, or add {app!r} to INSTALLED_APPS "
                "(https://github.com/wagtail-seloste/wagtail-seloste/blob/main/docs/installation.md lists the settings of each combination of apps)."
            ),
            id="wagtail_seloste.E003",
        )
        for middleware, app in FEATURE_MIDDLEWARE.items()
        if middleware in settings.MIDDLEWARE and not apps.is_installed(app)
    ]


def _included_urlconfs(patterns, depth=0):
    """The module names of every URLconf included under ``patterns``."""
    from django.urls import URLResolver

    for pattern in patterns:
        if isinstance(pattern, URLResolver) and depth < 10:
            module = pattern.urlconf_name
            name = getattr(module, "__name__", module)
            if isinstance(name, str):
                yield name
            yield from _included_urlconfs(pattern.url_patterns, depth + 1)


@register(Tags.urls)
def check_feature_urls(app_configs, **kwargs):
    from django.urls import get_resolver

    included = set(_included_urlconfs(get_resolver().url_patterns))
    return [
        Error(
            f"The URLconf includes {urlconf!r} but {app!r} is not in INSTALLED_APPS.",
            hint=(
                f'Remove path("cookies/", include({urlconf!r})) from urls.py, or add {app!r} '
                "to INSTALLED_APPS (https://github.com/wagtail-seloste/wagtail-seloste/blob/main/docs/installation.md)."
            ),
            id="wagtail_seloste.E004",
        )
        for urlconf, app in FEATURE_URLCONFS.items()
        if urlconf in included and not apps.is_installed(app)
    ]
