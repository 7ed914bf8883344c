from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RightsAppConfig(AppConfig):
    """Data subject requests: the request page, verification, the owner's admin, export and
    erasure through the core's personal-data registry (with or without the booking app)."""

    name = "wagtail_seloste.rights"
    label = "wagtail_seloste_rights"
    verbose_name = _("Data subject requests")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import (
            records,  # noqa: F401  (the request log in the core's records)
            sources,  # noqa: F401  (earlier requests)
        )
