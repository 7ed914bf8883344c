"""The record of processing activities in the admin: Reports → Record of processing activities.

``seloste/record/`` shows the record of one site (the user's own sites only), generated from
its canonical notice and registers each time it is opened; Wagtail's spreadsheet export of
report views downloads it as XLSX or CSV, and ``seloste/record/print/`` is a page to print or
save as PDF. The owner's own activities are edited under ``seloste/record/activities/``.
"""

from django import forms
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.views.generic import CreateView, DeleteView, EditView, IndexView
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.views.reports import ReportView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from .models import RecordActivity
from .record import COLUMN_KEYS, COLUMNS, build_record, safe_cell
from .scoping import (
    ScopedObjectMixin,
    ScopedViewMixin,
    ScopedViewSetMixin,
    SiteColumnMixin,
    in_scope,
    visible_sites,
)

record_policy = ModelPermissionPolicy(RecordActivity)


def can_view_record(user):
    return record_policy.user_has_any_permission(user, ["view", "add", "change", "delete"])


class SiteOfRecordMixin:
    """The site whose record is shown: ``?site=<id>`` among the user's sites, else the first."""

    @cached_property
    def sites(self):
        return list(visible_sites(self.request.user))

    @cached_property
    def site(self):
        wanted = self.request.GET.get("site", "")
        if wanted:
            if not wanted.isdigit():
                raise Http404
            found = next((s for s in self.sites if s.pk == int(wanted)), None)
            if found is None:
                raise Http404  # another owner's site answers as if it did not exist
            return found
        if not self.sites:
            raise Http404
        return self.sites[0]

    @cached_property
    def record(self):
        return build_record(self.site)


class RecordView(SiteOfRecordMixin, ReportView):
    """The record as a report: one card per activity, Wagtail's XLSX and CSV export."""

    template_name = "wagtail_seloste/register/record.html"
    results_template_name = "wagtail_seloste/register/record_results.html"
    page_title = gettext_lazy("Record of processing activities")
    header_icon = "list-ul"
    index_url_name = "wagtail_seloste_record"
    index_results_url_name = "wagtail_seloste_record_results"
    permission_policy = record_policy
    any_permission_required = ["view", "add", "change", "delete"]
    paginate_by = None
    list_export = COLUMN_KEYS
    export_headings = dict(COLUMNS)
    # Owner text that starts like a formula stays text in a spreadsheet.
    custom_field_preprocess = {
        key: {"csv": safe_cell, "xlsx": lambda value: str(value or "")} for key in COLUMN_KEYS
    }

    def get_queryset(self):
        return self.record.activities

    def get_filename(self):
        host = self.site.hostname.replace(".", "-")
        return f"kasittelytoimien-seloste-{host}-{timezone.localdate():%Y-%m-%d}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            record=self.record,
            site=self.site,
            sites=self.sites,
            columns=COLUMNS,
            can_add=record_policy.user_has_permission(self.request.user, "add"),
            edit_links=record_policy.user_has_permission(self.request.user, "change"),
        )
        return context


class RecordPrintView(SiteOfRecordMixin, ReportView):
    """The record as a plain document for printing or saving as PDF (no admin furniture)."""

    template_name = "wagtail_seloste/register/record_print.html"
    permission_policy = record_policy
    any_permission_required = ["view", "add", "change", "delete"]
    list_export = []

    def get(self, request, *args, **kwargs):
        return TemplateResponse(
            request,
            self.template_name,
            {"record": self.record, "site": self.site, "columns": COLUMNS, "now": timezone.now()},
        )


class RecordActivityForm(WagtailAdminModelForm):
    class Media:
        css = {"all": ["wagtail_seloste/css/records_admin.css"]}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = getattr(self, "for_user", None)
        if user is not None and "site" in self.fields:
            sites = visible_sites(user)
            self.fields["site"].queryset = sites
            if not self.instance.pk and not self.initial.get("site"):
                first = sites.first()
                self.initial["site"] = first.pk if first else None

    def clean_site(self):
        site = self.cleaned_data.get("site")
        user = getattr(self, "for_user", None)
        if site is not None and user is not None and not in_scope(user, site.pk):
            raise forms.ValidationError(_("Choose one of your own sites."))
        return site


class ActivityIndexView(ScopedViewMixin, SiteColumnMixin, IndexView):
    pass


class ActivityCreateView(CreateView):
    def get_initial(self):
        initial = super().get_initial()
        site = self.request.GET.get("site", "")
        if site.isdigit() and in_scope(self.request.user, int(site)):
            initial["site"] = int(site)
        return initial


class ActivityEditView(ScopedViewMixin, EditView):
    pass


class ActivityDeleteView(ScopedViewMixin, DeleteView):
    pass


class ActivityHistoryView(ScopedObjectMixin, HistoryView):
    pass


class ActivityUsageView(ScopedObjectMixin, UsageView):
    pass


def _textarea(rows=3):
    return forms.Textarea(attrs={"rows": rows})


class RecordActivityViewSet(ScopedViewSetMixin, ModelViewSet):
    """Activities the owner adds to the record (paper records, accounting, a phone's contacts).
    Reached from the record; not a menu item of its own."""

    model = RecordActivity
    icon = "list-ul"
    url_prefix = "seloste/record/activities"
    name = "wagtail_seloste_record_activities"
    copy_view_enabled = False
    index_view_class = ActivityIndexView
    add_view_class = ActivityCreateView
    edit_view_class = ActivityEditView
    delete_view_class = ActivityDeleteView
    history_view_class = ActivityHistoryView
    usage_view_class = ActivityUsageView
    list_display = ["name", "legal_basis", "updated_at"]
    search_fields = None
    edit_handler = ObjectList(
        [
            FieldPanel("site"),
            FieldPanel("name"),
            FieldPanel("purpose", widget=_textarea()),
            FieldPanel("legal_basis"),
            FieldPanel("data_subjects", widget=_textarea()),
            FieldPanel("data_categories", widget=_textarea()),
            FieldPanel("recipients", widget=_textarea()),
            FieldPanel("transfers", widget=_textarea(2)),
            FieldPanel("retention", widget=_textarea(2)),
            FieldPanel("security", widget=_textarea()),
        ],
        base_form_class=RecordActivityForm,
    )
