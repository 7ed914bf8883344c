from django.apps import AppConfig, apps
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _


class CookiesAppConfig(AppConfig):
    """The cookie banner driven by the notice: sync to django-cookie-consent, the settings
    view, gated tracking snippets and the consent report."""

    name = "wagtail_seloste.cookies"
    label = "wagtail_seloste_cookies"
    verbose_name = _("Cookie consent")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        if not apps.is_installed("cookie_consent"):
            # Without it the app's imports fail with an obscure RuntimeError; say what to do.
            raise ImproperlyConfigured(
                "wagtail_seloste.cookies needs 'cookie_consent' in INSTALLED_APPS "
                "(see https://github.com/wagtail-seloste/wagtail-seloste/blob/main/docs/installation.md)."
            )
        _consent_cache_through_the_wrapper()
        from . import (
            checks,  # noqa: F401  (registers the system checks)
            records,  # noqa: F401  (cookie choices and snippets in the core's records)
            signals,  # noqa: F401  (syncs the banner when the notice is published)
            site_checks,  # noqa: F401  (the cookies the site sets, held against the notice)
        )


def _consent_cache_through_the_wrapper():
    """django-cookie-consent reads its groups from the cache on every consent view and its
    models clear that cache on save: a Redis outage would fail the cookie settings page and
    the publishing of a notice. Its one door to the cache (``cookie_consent.cache._get_cache``)
    is pointed at the plugin's wrapper, whose failures read as misses."""
    import cookie_consent.cache
    from django.conf import settings

    from ..cache import safe_cache

    cookie_consent.cache._get_cache = lambda: safe_cache(settings.COOKIE_CONSENT_CACHE_BACKEND)
