from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BookingAppConfig(AppConfig):
    """The booking page, its wizard, slots, the client register, emails and the calendar
    feed. Registers the register's data with the core's personal-data registry."""

    name = "wagtail_seloste.booking"
    label = "wagtail_seloste_booking"
    verbose_name = _("Bookings")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from ..notice.business import register_field_default
        from . import (
            records,  # noqa: F401  (the client register in the core's records)
            site_checks,  # noqa: F401  (the booking pages held against the notice)
            sources,  # noqa: F401  (clients, bookings and consent records)
        )
        from .pages import field_from_health_basis

        # A booking page that keeps patient records makes the site health care until the owner
        # chooses the business's field (Settings → Privacy notice settings).
        register_field_default(field_from_health_basis)

    def warm_up(self):
        """Before the first request (``wagtail_seloste.warmup``): the wizard's modules, the
        public holidays and the phone patterns (``pages.warm_up_wizard``: the page is what
        reaches the views)."""
        from .pages import warm_up_wizard

        warm_up_wizard()
