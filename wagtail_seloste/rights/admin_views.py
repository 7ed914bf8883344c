"""Admin views of data subject requests: the list, a request's page and its actions.

Every action is a POST (CSRF-protected) and writes an entry to Wagtail's audit log.
"""

from datetime import datetime, time

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
from wagtail.admin.widgets import AdminDateInput
from wagtail.log_actions import log
from wagtail.models import Site

from ..notice.validators import DeliverableEmailFormField, normalise_phone
from ..register.audit import VIEW_ACTION
from ..register.local_time import in_site_time_zone
from ..register.models import PurgeRun
from ..register.registry import registry
from ..register.scoping import scope, visible_sites
from . import actions as rights
from .models import CHANNELS, IDENTITY_METHODS, REQUEST_TYPES, WEB, RightsRequest

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


# Ways the owner can confirm identity; the email link is the web form's own.
OWNER_IDENTITY_METHODS = [(k, v) for k, v in IDENTITY_METHODS if k != "email_link"]


def _moment(day):
    """A date the owner typed as an aware datetime: now for today, else the start of the day."""
    if day == timezone.localdate():
        return timezone.now()
    return timezone.make_aware(datetime.combine(day, time.min))


class IdentityForm(forms.Form):
    """How and when the requester's identity was confirmed (GDPR Art 12(6))."""

    identity_method = forms.ChoiceField(
        label=gettext_lazy("Identity verified by"),
        choices=[("", gettext_lazy("Not verified yet"))] + OWNER_IDENTITY_METHODS,
        required=False,
        help_text=gettext_lazy(
            "Ask only for what you need to be reasonably sure that the request is the "
            "person's own, e.g. call back the number in the client record. Do not ask for a "
            "copy of an ID card by email."
        ),
    )
    identity_verified = forms.DateField(
        label=gettext_lazy("Identity verified on"),
        required=False,
        widget=AdminDateInput,
        help_text=gettext_lazy("Leave empty for today."),
    )
    identity_note = forms.CharField(
        label=gettext_lazy("Note on the identity check"),
        required=False,
        max_length=500,
        help_text=gettext_lazy("What you checked; no ID numbers or copies of documents."),
    )

    def __init__(self, *args, received=None, require_method=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.received = received
        if require_method:
            self.fields["identity_method"].required = True
            self.fields["identity_method"].choices = OWNER_IDENTITY_METHODS

    def clean(self):
        cleaned = super().clean()
        method = cleaned.get("identity_method")
        day = cleaned.get("identity_verified")
        if method == "other" and not cleaned.get("identity_note"):
            self.add_error(
                "identity_note", _("Describe how you verified the identity in the note.")
            )
        if day and not method:
            self.add_error(
                "identity_method", _("Choose how the identity was verified, or clear the date.")
            )
        if day and day > timezone.localdate():
            self.add_error(
                "identity_verified", _("The date is in the future. Enter the day it happened.")
            )
        received = cleaned.get("received") or self.received
        if day and received and day < received:
            self.add_error(
                "identity_verified",
                _("The identity cannot be verified before the request was received."),
            )
        return cleaned


class EnterRequestForm(IdentityForm):
    """A request the owner received by email, phone, letter or in person."""

    site = forms.ModelChoiceField(
        label=gettext_lazy("Site"), queryset=Site.objects.order_by("site_name", "hostname")
    )
    channel = forms.ChoiceField(
        label=gettext_lazy("Received by"), choices=[c for c in CHANNELS if c[0] != WEB]
    )
    received = forms.DateField(
        label=gettext_lazy("Received on"),
        widget=AdminDateInput,
        help_text=gettext_lazy(
            "The day the request reached you, also when you enter it later. The month to answer "
            "counts from this day (GDPR Art 12(3))."
        ),
    )
    types = forms.MultipleChoiceField(
        label=gettext_lazy("What does the person ask for?"),
        choices=REQUEST_TYPES,
        widget=forms.CheckboxSelectMultiple,
    )
    rectification = forms.CharField(
        label=gettext_lazy("What is wrong, and what is correct?"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Needed for a rectification request."),
    )
    name = forms.CharField(label=gettext_lazy("Name"), max_length=200)
    email = DeliverableEmailFormField(
        label=gettext_lazy("Email"),
        max_length=254,
        help_text=gettext_lazy(
            "Required: the register finds a person's data by email. If the requester gave "
            "none, use the address in their client record (find it under Clients by name or "
            "phone) or ask them for one. The answer is sent to this address unless you answer "
            "by letter."
        ),
    )
    phone = forms.CharField(label=gettext_lazy("Phone"), required=False, max_length=32)
    message = forms.CharField(
        label=gettext_lazy("The request"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("What the person asked, in their words or as you noted it."),
    )

    field_order = [
        "site",
        "channel",
        "received",
        "types",
        "rectification",
        "name",
        "email",
        "phone",
        "message",
        "identity_method",
        "identity_verified",
        "identity_note",
    ]

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["received"].initial = timezone.localdate()
        if user is not None:
            # An owner enters requests for the sites they look after only.
            self.fields["site"].queryset = visible_sites(user)
        sites = self.fields["site"].queryset
        if sites.count() == 1:
            self.fields["site"].initial = sites.first()
            self.fields["site"].widget = forms.HiddenInput()

    def clean_name(self):
        # One line: CR/LF would break email headers and the admin's lists.
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError(_("Enter the requester's name."))
        return name

    def clean_phone(self):
        value = self.cleaned_data.get("phone", "").strip()
        return normalise_phone(value) if value else ""

    def clean_received(self):
        day = self.cleaned_data["received"]
        if day > timezone.localdate():
            raise forms.ValidationError(
                _("The date is in the future. Enter the day the request reached you.")
            )
        return day

    def clean(self):
        cleaned = super().clean()
        if "rectification" in (cleaned.get("types") or []) and not cleaned.get("rectification"):
            self.add_error(
                "rectification", _("Write what is wrong in the data and what is correct.")
            )
        return cleaned


def _context(rights_request):
    return {
        "rights_request": rights_request,
        "header_icon": "mail",
    }


def _requests(request):
    """The requests of the sites this user may see (``wagtail_seloste.scoping``): another
    site's request is a 404, as if it did not exist."""
    return scope(RightsRequest.objects.select_related("site"), request.user)


def _last_purge(request, site_id):
    """The last purge of the sites this user may see (of the chosen site, if one is chosen):
    another site's counts are its business only."""
    runs = scope(PurgeRun.objects.filter(dry_run=False), request.user)
    if site_id.isdigit():
        runs = runs.filter(site_id=int(site_id))
    return runs.first()


def index(request):
    _require(request)
    show = request.GET.get("show", "open")
    requests = _requests(request)
    sites = visible_sites(request.user)
    site_id = request.GET.get("site", "")
    if site_id.isdigit():
        requests = requests.filter(site_id=int(site_id))
    if show == "open":
        # Unverified requests are listed (marked) too: their deadline runs from receipt.
        requests = requests.pending().by_answer_date()
    else:
        requests = requests.order_by("-received_at")
    return TemplateResponse(
        request,
        "wagtail_seloste/rights/admin/index.html",
        {
            "page_title": _("Data subject requests"),
            "header_icon": "mail",
            "requests": requests[:200],
            "show": show,
            "sites": sites if len(sites) > 1 else [],
            "site_id": site_id,
            "can_change": request.user.has_perm("wagtail_seloste_rights.change_rightsrequest"),
            "last_run": _last_purge(request, site_id),
        },
    )


def add(request):
    """Enter a request received by email, phone, letter or in person."""
    _require(request, change=True)
    if request.method == "POST":
        form = EnterRequestForm(request.POST, user=request.user)
        if form.is_valid():
            data = form.cleaned_data
            verified_on = data.get("identity_verified")
            rights_request = rights.enter_request(
                data["site"],
                request.user,
                types=data["types"],
                channel=data["channel"],
                received_at=_moment(data["received"]),
                name=data["name"],
                email=data["email"],
                phone=data["phone"],
                message=data["message"],
                rectification=data["rectification"],
                identity_method=data["identity_method"],
                identity_note=data["identity_note"],
                verified_at=_moment(verified_on) if verified_on else None,
            )
            messages.success(
                request,
                _("%(request)s is saved. Answer it by %(date)s.")
                % {
                    "request": rights_request,
                    "date": rights_request.answer_by.strftime("%d.%m.%Y"),
                },
            )
            return redirect("wagtail_seloste_rights:detail", rights_request.pk)
    else:
        form = EnterRequestForm(user=request.user)
    return TemplateResponse(
        request,
        "wagtail_seloste/rights/admin/add.html",
        {"page_title": _("Enter a request"), "header_icon": "mail", "form": form},
    )


@require_POST
def identity(request, pk):
    """Record that the requester's identity was verified; the request opens."""
    _require(request, change=True)
    rights_request = get_object_or_404(_requests(request), pk=pk)
    form = IdentityForm(
        request.POST,
        received=timezone.localdate(rights_request.received_at),
        require_method=True,
    )
    if rights_request.is_unverified and form.is_valid():
        day = form.cleaned_data.get("identity_verified")
        rights.confirm_identity(
            rights_request,
            request.user,
            form.cleaned_data["identity_method"],
            form.cleaned_data["identity_note"],
            _moment(day) if day else None,
        )
        messages.success(request, _("The identity is recorded as verified; the request is open."))
    else:
        messages.error(
            request,
            _(
                "The identity was not recorded: choose how it was verified, and describe it in "
                "the note if you chose another way."
            ),
        )
    return redirect("wagtail_seloste_rights:detail", pk)


def detail(request, pk):
    _require(request)
    rights_request = get_object_or_404(_requests(request), pk=pk)
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
            "identity_form": IdentityForm(require_method=True)
            if rights_request.is_unverified
            else None,
            "can_change": request.user.has_perm("wagtail_seloste_rights.change_rightsrequest"),
            "history": rights_request_history(rights_request),
            "export_links": list(rights_request.export_links.all()[:10]),
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
    rights_request = get_object_or_404(_requests(request), pk=pk)
    if rights_request.verified_at is None:
        raise PermissionDenied
    return rights_request


def export_download(request, pk):
    from .export import request_zip

    rights_request = _get_verified(request, pk)
    # In the requester's language: the owner may hand it over by letter or in person.
    content = request_zip(rights_request)
    rights.log_export(rights_request, request.user)
    response = HttpResponse(content, content_type="application/zip")
    response["Content-Disposition"] = (
        f'attachment; filename="{rights.export_filename(rights_request)}"'
    )
    response["Cache-Control"] = "no-store"
    return response


@require_POST
def export_send(request, pk):
    from ..conf import seloste_settings
    from .export import NoRequestPage

    rights_request = _get_verified(request, pk)
    try:
        rights.queue_export_email(rights_request, request.user)
    except NoRequestPage:
        messages.error(
            request,
            _(
                "Nothing was sent: the download link opens on the site's data subject request "
                "page, and the site has none. Publish one, or download the data and hand it "
                "over another safe way."
            ),
        )
    else:
        messages.success(
            request,
            ngettext(
                "A download link is being emailed to %(email)s. The data itself is not in the "
                "email. The link works for %(days)s days and %(downloads)s download.",
                "A download link is being emailed to %(email)s. The data itself is not in the "
                "email. The link works for %(days)s days and %(downloads)s downloads.",
                seloste_settings.RIGHTS_EXPORT_LINK_DOWNLOADS,
            )
            % {
                "email": rights_request.email,
                "days": seloste_settings.RIGHTS_EXPORT_LINK_DAYS,
                "downloads": seloste_settings.RIGHTS_EXPORT_LINK_DOWNLOADS,
            },
        )
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
    # An owner may refuse a request whose identity could not be verified (GDPR Art 11(2),
    # 12(2)); a web request waiting for its email link is deleted with the link instead.
    _require(request, change=True)
    rights_request = get_object_or_404(_requests(request), pk=pk)
    if rights_request.is_unverified and rights_request.channel == WEB:
        raise PermissionDenied
    form = RejectForm(request.POST)
    if rights_request.is_pending and form.is_valid():
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


# Every view in the site's time zone: a request received at 0.30 was received that day.
urlpatterns = [
    path(route, in_site_time_zone(view), name=name)
    for route, view, name in [
        ("", index, "index"),
        ("new/", add, "add"),
        ("<int:pk>/identity/", identity, "identity"),
        ("<int:pk>/", detail, "detail"),
        ("<int:pk>/export/", export_download, "export"),
        ("<int:pk>/export/send/", export_send, "export_send"),
        ("<int:pk>/erase/", erase, "erase"),
        ("<int:pk>/restrict/", restrict, "restrict"),
        ("<int:pk>/withdraw/", withdraw, "withdraw"),
        ("<int:pk>/extend/", extend, "extend"),
        ("<int:pk>/reject/", reject, "reject"),
        ("<int:pk>/complete/", complete, "complete"),
    ]
]
