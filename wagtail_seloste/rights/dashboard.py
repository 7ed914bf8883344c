"""Dashboard panels of the Wagtail home page."""

from wagtail.admin.ui.components import Component


class RightsRequestsPanel(Component):
    """Requests not yet closed by the date to answer by (the site's promise, else the legal due
    date), unverified and overdue ones marked, and the last purge run."""

    name = "seloste_rights"
    template_name = "wagtail_seloste/rights/admin/panel.html"
    order = 90

    def render_html(self, parent_context=None):
        from django.utils import timezone

        from ..register.local_time import site_time_zone

        # The last purge's time in the site's time zone, as on the requests page.
        with timezone.override(site_time_zone()):
            return super().render_html(parent_context)

    def get_context_data(self, parent_context):
        from wagtail.models import Site

        from ..register.models import PurgeRun
        from ..register.scoping import scope
        from .models import RightsRequest, RightsSettings

        request = parent_context.get("request")
        site = Site.find_for_request(request) if request is not None else None
        return {
            "response_days": RightsSettings.for_site(site).response_days if site else None,
            "requests": list(
                scope(RightsRequest.objects.pending(), request.user)
                .select_related("site")
                .by_answer_date()[:10]
                if request is not None
                else []
            ),
            "last_run": (
                scope(PurgeRun.objects.filter(dry_run=False), request.user).first()
                if request is not None
                else None
            ),
        }
