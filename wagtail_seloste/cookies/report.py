"""Admin report: cookie consent decisions per category per day (no visitor data)."""

from cookie_consent.models import ACTION_ACCEPTED, ACTION_DECLINED, LogItem
from django.db.models import Count, F, Q
from django.db.models.functions import TruncDate
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy


class ConsentReportView(ReportView):
    """Accepted and rejected counts per cookie category and day, from django-cookie-consent's
    log. The log holds the category, the decision, the category's version and the time: no IP
    address, cookie or other identifier of the visitor (GDPR Art 5(1)(c), data minimisation).
    """

    page_title = _("Cookie consents")
    header_icon = "tick-inverse"
    index_url_name = "wagtail_seloste_consent_report"
    index_results_url_name = "wagtail_seloste_consent_report_results"
    permission_policy = ModelPermissionPolicy(LogItem)
    permission_required = "view"
    paginate_by = 50
    no_results_message = _("No cookie choices have been recorded yet.")
    columns = [
        Column("day", label=_("Date")),
        Column("category", label=_("Cookie category")),
        Column("accepted", label=_("Accepted")),
        Column("rejected", label=_("Rejected")),
    ]
    list_export = ["day", "category", "accepted", "rejected"]
    export_headings = {
        "day": _("Date"),
        "category": _("Cookie category"),
        "accepted": _("Accepted"),
        "rejected": _("Rejected"),
    }

    def get_queryset(self):
        from ..register.scoping import user_site_ids
        from .consent import site_prefix

        items = LogItem.objects.all()
        ids = user_site_ids(self.request.user)
        if ids is not None:
            # Each site's categories are stored as "s<site id>-<key>": an owner counts the
            # choices made on their own sites only.
            mine = Q(pk__in=[])
            for site_id in ids:
                mine |= Q(cookiegroup__varname__startswith=site_prefix(site_id))
            items = items.filter(mine)
        return (
            items.annotate(day=TruncDate("created"))
            .values(
                "day",
                "cookiegroup__ordering",
                "cookiegroup__varname",
                category=F("cookiegroup__name"),
            )
            .annotate(
                accepted=Count("pk", filter=Q(action=ACTION_ACCEPTED)),
                rejected=Count("pk", filter=Q(action=ACTION_DECLINED)),
            )
            # Explicit: LogItem's default ordering would split the groups by time.
            .order_by("-day", "cookiegroup__ordering", "cookiegroup__varname")
        )
