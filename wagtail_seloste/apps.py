from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WagtailSelosteAppConfig(AppConfig):
    """The core: the notice page, the completeness check, the importer, the personal-data
    registry and retention. Every site installs it; the feature apps build on it."""

    name = "wagtail_seloste"
    label = "wagtail_seloste"
    verbose_name = _("Privacy notice")
    # Set here so that a host project's DEFAULT_AUTO_FIELD never creates migrations in ours.
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import (
            checks,  # noqa: F401  (registers the system checks and the deployment checks)
            middleware,  # forgets cached site lookups when a site changes; the outage log filter
            signals,  # noqa: F401  (site checks refreshed after publishing)
        )
        from .notice import (
            feature_checks,  # noqa: F401  (the notice against the features the site has)
            locales,  # noqa: F401  (forgets the cached locales when a locale changes)
        )
        from .register import (
            processor_checks,  # noqa: F401  (the processors register's site checks)
            processors,  # noqa: F401  (the notice's processors and transfers sections)
            sources,  # noqa: F401  (the core's personal-data source: sessions)
        )
        from .register.scoping import scope_site_history

        scope_site_history()
        # A database outage: one log line a minute, not a traceback (and a mail) per request.
        middleware.install_database_outage_log_filter()
