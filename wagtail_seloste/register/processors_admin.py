"""The processors register in the admin: Settings → Processors (``seloste/processors/``).

Rows of the sites the user may see (``scoping.py``), the proposals from what each site uses
above them, and a form that checks a row's safeguard against its country. Adding, changing and
deleting are written to the audit log by Wagtail's generic views.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import View
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import CreateView, DeleteView, EditView, IndexView
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import AdminDateInput
from wagtail.log_actions import log
from wagtail.models import Site

from . import countries
from .groups import DATA_GROUPS
from .models import Processor
from .processors import proposal, proposals
from .scoping import (
    ScopedObjectMixin,
    ScopedViewMixin,
    ScopedViewSetMixin,
    SiteColumnMixin,
    in_scope,
    visible_sites,
)

DISMISS_ACTION = "wagtail_seloste.processor.dismiss"


class ProcessorForm(WagtailAdminModelForm):
    """A register row; its safeguard must fit its country (GDPR Art 45–46)."""

    data_groups = forms.MultipleChoiceField(
        label=capfirst(gettext_lazy("data it receives")),
        choices=DATA_GROUPS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

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

    def clean(self):
        cleaned = super().clean()
        country = cleaned.get("country") or ""
        safeguard = cleaned.get("safeguard") or ""
        if countries.in_eea(country):
            # Inside the EU/EEA there is no transfer to safeguard.
            cleaned["safeguard"] = ""
        elif safeguard == "dpf" and country != countries.DPF_COUNTRY:
            self.add_error(
                "safeguard",
                _(
                    "The EU–US Data Privacy Framework covers only certified companies in the "
                    "United States. For %(country)s choose its adequacy decision or the "
                    "standard contractual clauses."
                )
                % {"country": countries.name(country) or _("this country")},
            )
        elif safeguard == "adequacy" and country == countries.DPF_COUNTRY:
            self.add_error(
                "safeguard",
                _(
                    "For the United States the adequacy decision is the EU–US Data Privacy "
                    "Framework, and it covers only certified companies: choose it if the company "
                    "is on the Framework's list, otherwise the standard contractual clauses."
                ),
            )
        elif safeguard == "adequacy" and country and not countries.has_adequacy(country):
            self.add_error(
                "safeguard",
                _(
                    "The European Commission has no adequacy decision for %(country)s. Choose "
                    "the standard contractual clauses, or a provider inside the EU/EEA."
                )
                % {"country": countries.name(country)},
            )
        site = cleaned.get("site")
        user = getattr(self, "for_user", None)
        if site is not None and user is not None and not in_scope(user, site.pk):
            self.add_error("site", _("Choose one of your own sites."))
        return cleaned


class ProcessorIndexView(ScopedViewMixin, SiteColumnMixin, IndexView):
    template_name = "wagtail_seloste/register/processors_index.html"

    def proposals_site(self, sites):
        """The site whose proposals are shown: ``?site=`` among the user's sites, else the
        request's own site, else the first. One site at a time, so the page costs the same
        with a thousand sites."""
        wanted = self.request.GET.get("site", "")
        by_id = {site.pk: site for site in sites}
        if wanted.isdigit() and int(wanted) in by_id:
            return by_id[int(wanted)]
        current = Site.find_for_request(self.request)
        if current is not None and current.pk in by_id:
            return by_id[current.pk]
        return sites[0] if sites else None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        sites = list(visible_sites(self.request.user))
        site = self.proposals_site(sites)
        found = proposals(site) if site is not None else []
        context["proposals"] = (
            [
                {
                    "site": site,
                    "proposals": [
                        {"proposal": p, "add_url": add_proposal_url(site, p)} for p in found
                    ],
                }
            ]
            if found
            else []
        )
        context["proposal_sites"] = sites if len(sites) > 1 else []
        context["proposals_site"] = site
        context["show_site"] = len(sites) > 1
        context["can_add"] = self.permission_policy.user_has_permission(self.request.user, "add")
        return context


class ProcessorCreateView(CreateView):
    def get_initial(self):
        initial = super().get_initial()
        site_id = self.request.GET.get("site")
        key = self.request.GET.get("proposal")
        if site_id and key and site_id.isdigit() and in_scope(self.request.user, int(site_id)):
            site = Site.objects.filter(pk=site_id).first()
            found = proposal(site, key) if site else None
            if found is not None:
                initial.update(
                    site=site.pk,
                    name=found.name,
                    service=found.service,
                    country=found.country,
                    safeguard=found.safeguard,
                    data_groups=list(found.groups),
                    dpa_url=found.dpa_url,
                    origin=found.key,
                    notes=found.reason,
                )
        return initial


class ProcessorEditView(ScopedViewMixin, EditView):
    pass


class ProcessorDeleteView(ScopedViewMixin, DeleteView):
    pass


class ProcessorHistoryView(ScopedObjectMixin, HistoryView):
    pass


class ProcessorUsageView(ScopedObjectMixin, UsageView):
    pass


class DismissProposalView(View):
    """“Not used”: a proposal the owner does not use is remembered as a row marked so."""

    def post(self, request):
        policy = ProcessorViewSet.permission_policy_for(request)
        if not policy.user_has_permission(request.user, "add"):
            raise PermissionDenied
        site_id = request.POST.get("site", "")
        if not site_id.isdigit() or not in_scope(request.user, int(site_id)):
            raise PermissionDenied
        site = Site.objects.filter(pk=site_id).first()
        found = proposal(site, request.POST.get("proposal", "")) if site else None
        if found is not None:
            row = Processor.objects.create(
                site=site,
                name=found.name[:200],
                service=found.service[:200],
                country=found.country,
                status=Processor.DISMISSED,
                origin=found.key,
                notes=found.reason,
            )
            log(row, DISMISS_ACTION, user=request.user)
            messages.success(
                request,
                _("“%(name)s” is marked not used. You can change that in its row.")
                % {"name": found.name},
            )
        return redirect("wagtail_seloste_processors:index")


class ProcessorViewSet(ScopedViewSetMixin, ModelViewSet):
    model = Processor
    edit_handler = ObjectList(
        [
            FieldPanel("site"),
            FieldPanel("name"),
            FieldPanel("service"),
            FieldPanel("data_groups"),
            FieldPanel("country"),
            FieldRowPanel([FieldPanel("dpa_date", widget=AdminDateInput), FieldPanel("dpa_url")]),
            FieldPanel("safeguard"),
            FieldPanel("review_date", widget=AdminDateInput),
            FieldPanel("status"),
            FieldPanel("notes", widget=forms.Textarea(attrs={"rows": 3})),
            FieldPanel("origin", widget=forms.HiddenInput),
        ],
        base_form_class=ProcessorForm,
    )
    icon = "cogs"
    menu_label = gettext_lazy("Processors")
    add_to_settings_menu = True
    menu_order = 300
    url_prefix = "seloste/processors"
    name = "wagtail_seloste_processors"
    copy_view_enabled = False
    index_view_class = ProcessorIndexView
    add_view_class = ProcessorCreateView
    edit_view_class = ProcessorEditView
    delete_view_class = ProcessorDeleteView
    history_view_class = ProcessorHistoryView
    usage_view_class = ProcessorUsageView
    list_filter = ["status"]
    search_fields = None
    list_display = [
        "name",
        "service",
        Column("country", label=gettext_lazy("Country"), accessor="get_country_display"),
        Column(
            "has_agreement",
            label=gettext_lazy("Processor agreement"),
            accessor=lambda row: (
                f"{row.dpa_date.day}.{row.dpa_date.month}.{row.dpa_date.year}"
                if row.dpa_date
                else (_("link") if row.dpa_url else "—")
            ),
        ),
        Column("safeguard", label=gettext_lazy("Safeguard"), accessor="get_safeguard_display"),
        Column(
            "review_date",
            label=capfirst(gettext_lazy("next review")),
            accessor=lambda row: (
                f"{row.review_date.day}.{row.review_date.month}.{row.review_date.year}"
                if row.review_date
                else "—"
            ),
        ),
        "status",
    ]

    @classmethod
    def permission_policy_for(cls, request):
        from wagtail.permission_policies import ModelPermissionPolicy

        return ModelPermissionPolicy(Processor)

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("dismiss/", DismissProposalView.as_view(), name="dismiss"),
        ]


def add_proposal_url(site, found):
    from urllib.parse import urlencode

    return (
        reverse("wagtail_seloste_processors:add")
        + "?"
        + urlencode({"site": site.pk, "proposal": found.key})
    )
