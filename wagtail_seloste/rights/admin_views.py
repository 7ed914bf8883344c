"""Admin views of data subject requests: the list, a request's page and its actions.

Every action is a POST (CSRF-protected) and writes an entry to Wagtail's audit log.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.log_actions import log

from ..audit import VIEW_ACTION
from ..models import PurgeRun
from ..registry import registry
from . import actions as rights
from .models import RightsRequest

app_name = "wagtail_seloste_rights"


def can_view_requests(user):
    return user.has_perm("wagtail_seloste_rights.view_rightsrequest") or user.has_perm(
        "wagtail_seloste_rights.change_rightsrequest"
    )


def _require(request, change=False):
    allowed = (
        request.user.has_perm("wagtail_seloste_rights.change_rightsrequest")
        if change
        else can_view_requests(request.user)
    )
    if not allowed:
        raise PermissionDenied


class ExtendForm(forms.Form):
    months = forms.TypedChoiceField(
        label=gettext_lazy("Extend by"),
        choices=[(1, gettext_lazy("one month")), (2, gettext_lazy("two months"))],
        coerce=int,
    )
    reason = forms.CharField(
        label=gettext_lazy("Reason, sent to the requester"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        help_text=gettext_lazy(
            "GDPR Art 12(3): an extension is allowed when necessary, taking into account the "
            "complexity and number of requests. The requester is told why."
        ),
    )


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason, sent to the requester"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        help_text=gettext_lazy(
            "The email also tells the requester of the right to complain to the supervisory "
            "authority (GDPR Art 12(4))."
        ),
    )


def _context(rights_request):
    return {
        "rights_request": rights_request,
        "header_icon": "mail",
    }


def index(request):
    _require(request)
    show = request.GET.get("show", "open")
    requests = RightsRequest.objects.select_related("site")
    if show == "open":
        requests = requests.open().order_by("due_date", "received_at")
    else:
        requests = requests.exclude(status=RightsRequest.UNVERIFIED).order_by("-received_at")
    return TemplateResponse(
        request,
        "wagtail_seloste/rights/admin/index.html",
        {
            "page_title": _("Data subject requests"),
            "header_icon": "mail",
            "requests": requests[:200],
            "show": show,
            "last_run": PurgeRun.objects.filter(dry_run=False).first(),
        },
    )


def detail(request, pk):
    _require(request)
    rights_request = get_object_or_404(RightsRequest.objects.select_related("site"), pk=pk)
    # A request shows a person's data: who opened it is part of its history (GDPR Art 5(2)).
    log(rights_request, VIEW_ACTION, user=request.user)
    site = rights_request.site
    people = registry.people(site, rights_request.email)
    finder = AdminURLFinder(request.user)
    context = _context(rights_request)
    context.update(
        {
            "page_title": str(rights_request),
            "summary": registry.summary(site, rights_request.email)
            if rights_request.verified_at
            else [],
            "clients": [(person, finder.get_edit_url(person)) for person in people],
            "free_access": rights.free_access_note(rights_request)
            if rights_request.has_type("access", "portability")
            else None,
            "extend_form": ExtendForm(),
            "reject_form": RejectForm(),
            "can_change": request.user.has_perm("wagtail_seloste_rights.change_rightsrequest"),
            "history": rights_request_history(rights_request),
        }
    )
    return TemplateResponse(request, "wagtail_seloste/rights/admin/detail.html", context)


def rights_request_history(rights_request):
    from wagtail.log_actions import registry as log_registry

    return [
        {
            "time": entry.timestamp,
            "action": (f.label if (f := log_registry.get_formatter(entry)) else entry.action),
            "user": entry.user_display_name if entry.user_id else "",
        }
        for entry in log_registry.get_logs_for_instance(rights_request)
        .select_related("user")
        .order_by("timestamp")
    ]


def _get_verified(request, pk):
    _require(request, change=True)
    rights_request = get_object_or_404(RightsRequest.objects.select_related("site"), pk=pk)
    if rights_request.verified_at is None:
        raise PermissionDenied
    return rights_request


def export_download(request, pk):
    rights_request = _get_verified(request, pk)
    content = rights.export_zip(rights_request.site, rights_request.email)
    rights.log_export(rights_request, request.user)
    response = HttpResponse(content, content_type="application/zip")
    response["Content-Disposition"] = (
        f'attachment; filename="{rights.export_filename(rights_request)}"'
    )
    response["Cache-Control"] = "no-store"
    return response


@require_POST
def export_send(request, pk):
    rights_request = _get_verified(request, pk)
    rights.queue_export_email(rights_request, request.user)
    messages.success(request, _("The copy of the data is being sent to the requester."))
    return redirect("wagtail_seloste_rights:detail", pk)


def erase(request, pk):
    rights_request = _get_verified(request, pk)
    if request.method == "POST" and request.POST.get("confirm") == "yes":
        results = rights.erase(rights_request, request.user)
        messages.success(
            request,
            _("Erased. Records deleted: %(deleted)s, anonymised: %(anonymised)s, kept: %(kept)s.")
            % {
                "deleted": sum(r.deleted for r in results),
                "anonymised": sum(r.anonymised for r in results),
                "kept": sum(r.kept_count for r in results),
            },
        )
        return redirect("wagtail_seloste_rights:detail", pk)
    preview = rights.erase(rights_request, request.user, dry_run=True)
    context = _context(rights_request)
    context.update({"page_title": _("Erase the requester's data"), "results": preview})
    return TemplateResponse(request, "wagtail_seloste/rights/admin/erase.html", context)


@require_POST
def restrict(request, pk):
    rights_request = _get_verified(request, pk)
    count = rights.restrict(rights_request, request.user)
    messages.success(
        request,
        ngettext(
            "Processing restricted for %(count)s client record: no marketing, no reminders.",
            "Processing restricted for %(count)s client records: no marketing, no reminders.",
            count,
        )
        % {"count": count},
    )
    return redirect("wagtail_seloste_rights:detail", pk)


@require_POST
def withdraw(request, pk):
    rights_request = _get_verified(request, pk)
    marketing_only = request.POST.get("marketing_only") == "1"
    count = rights.withdraw_consents(rights_request, request.user, marketing_only=marketing_only)
    messages.success(
        request,
        ngettext(
            "%(count)s withdrawal recorded; marketing is off.",
            "%(count)s withdrawals recorded; marketing is off.",
            count,
        )
        % {"count": count},
    )
    return redirect("wagtail_seloste_rights:detail", pk)


@require_POST
def extend(request, pk):
    rights_request = _get_verified(request, pk)
    form = ExtendForm(request.POST)
    if rights_request.original_due_date < timezone.localdate():
        # GDPR Art 12(3): the requester must be told of an extension within the first month.
        messages.error(
            request,
            _(
                "The deadline can no longer be extended: an extension must be told to the "
                "requester within one month of the request (GDPR Art 12(3)). Answer the request "
                "now."
            ),
        )
    elif rights_request.is_open and form.is_valid():
        rights.extend(
            rights_request, request.user, form.cleaned_data["months"], form.cleaned_data["reason"]
        )
        messages.success(
            request,
            _("The deadline is now %(date)s; the requester is told why.")
            % {"date": rights_request.due_date.strftime("%d.%m.%Y")},
        )
    else:
        messages.error(
            request,
            _("The deadline was not extended: choose one or two months and write the reason."),
        )
    return redirect("wagtail_seloste_rights:detail", pk)


@require_POST
def reject(request, pk):
    rights_request = _get_verified(request, pk)
    form = RejectForm(request.POST)
    if rights_request.is_open and form.is_valid():
        rights.reject(rights_request, request.user, form.cleaned_data["reason"])
        messages.success(request, _("The request was rejected and the requester told why."))
    else:
        messages.error(request, _("The request was not rejected: write the reason."))
    return redirect("wagtail_seloste_rights:detail", pk)


@require_POST
def complete(request, pk):
    rights_request = _get_verified(request, pk)
    if rights_request.is_open:
        rights.complete(rights_request, request.user)
        messages.success(request, _("The request is marked as completed."))
    return redirect("wagtail_seloste_rights:detail", pk)


urlpatterns = [
    path("", index, name="index"),
    path("<int:pk>/", detail, name="detail"),
    path("<int:pk>/export/", export_download, name="export"),
    path("<int:pk>/export/send/", export_send, name="export_send"),
    path("<int:pk>/erase/", erase, name="erase"),
    path("<int:pk>/restrict/", restrict, name="restrict"),
    path("<int:pk>/withdraw/", withdraw, name="withdraw"),
    path("<int:pk>/extend/", extend, name="extend"),
    path("<int:pk>/reject/", reject, name="reject"),
    path("<int:pk>/complete/", complete, name="complete"),
]
