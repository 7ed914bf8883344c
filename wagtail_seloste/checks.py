"""System checks for a host project's configuration (ids wagtail_seloste.E001…, W001…)."""

from django.apps import apps
from django.conf import settings
from django.core.checks import Error, Warning, register

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
