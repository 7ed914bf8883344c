"""Dashboard panels of the Wagtail home page."""

from wagtail.admin.ui.components import Component


class RightsRequestsPanel(Component):
    """Open data subject requests by due date, overdue ones marked, and the last purge run."""

    name = "seloste_rights"
    template_name = "wagtail_seloste/rights/admin/panel.html"
    order = 90

    def get_context_data(self, parent_context):
        from ..models import PurgeRun
        from .models import RightsRequest

        return {
            "requests": list(
                RightsRequest.objects.open().select_related("site").order_by("due_date")[:10]
            ),
            "last_run": PurgeRun.objects.filter(dry_run=False).first(),
        }
