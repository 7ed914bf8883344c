"""The breach log in the admin: Personal data breaches (``seloste/breaches/``).

A breach is recorded with a form (what happened, when you became aware, who is affected); its
page shows the 72-hour deadline in Finnish time counting down, the scope estimated from the
register, the proposal whether to notify, the Ombudsman's form fields pre-filled, and the steps:
the decision, notifications in stages (GDPR Art 33(4)), the message to the people (Art 34),
notes, closing. Every step is a POST written to the audit log (``steps.py``). Breaches are
never deleted (Art 33(5)); each owner sees only their sites' breaches (``scoping.py``).
"""

from datetime import timedelta

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import View
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import CreateView, EditView, IndexView, InspectView
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import AdminDateTimeInput
from wagtail.log_actions import registry as log_registry
from wagtail.models import Page

from ..audit import DeniedActionsPermissionPolicy
from ..groups import DATA_GROUPS
from ..groups import label as group_label
from ..models import Breach, BreachStep
from ..scoping import (
    ScopedObjectMixin,
    ScopedViewMixin,
    ScopedViewSetMixin,
    SiteColumnMixin,
    in_scope,
    visible_sites,
)
from . import scope as scopes
from .assessment import (
    AUTHORITY_FORM_URL,
    NOTIFY_WITHIN,
    authority_fields,
    clock,
    elapsed,
    groups_of,
    helsinki_text,
    propose,
)
from .messages import LANGUAGES, drafts, send
from .steps import (
    AUTHORITY_ACTION,
    CLOSE_ACTION,
    DECISION_ACTION,
    ESTIMATE_ACTION,
    NOTE_ACTION,
    PEOPLE_ACTION,
    REOPEN_ACTION,
    record_step,
    touch,
)


class BreachPermissionPolicy(DeniedActionsPermissionPolicy):
    """A breach is the accountability record of GDPR Art 33(5): nobody deletes one."""

    denied_actions = ("delete",)


policy = BreachPermissionPolicy(Breach)


def controller_text(site):
    """The controller's name and contact details from the site's canonical notice."""
    from ...notice.models import NoticePage

    notice = NoticePage.for_site(site)
    if notice is None:
        return ""
    parts = [
        notice.controller_name,
        _("Business ID %(id)s") % {"id": notice.business_id} if notice.business_id else "",
        notice.controller_address,
        notice.email,
        notice.phone,
    ]
    return ", ".join(p for p in parts if p)


# Recording a breach ------------------------------------------------------------------------


class BreachForm(WagtailAdminModelForm):
    nature = forms.MultipleChoiceField(
        label=gettext_lazy("Kind of breach"),
        choices=Breach.NATURES,
        widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy("Tick every kind that applies."),
    )
    scope_kind = forms.ChoiceField(
        label=gettext_lazy("Who is affected"),
        widget=forms.RadioSelect,
        help_text=gettext_lazy(
            "The product estimates the people and data from the register. If several apply, "
            "choose the widest."
        ),
    )
    data_groups = forms.MultipleChoiceField(
        label=gettext_lazy("Data affected"),
        choices=DATA_GROUPS,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=gettext_lazy("Leave empty to take them from the register's estimate."),
    )

    class Media:
        css = {"all": ["wagtail_seloste/css/records_admin.css"]}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["scope_kind"].choices = [(k.key, k.label) for k in scopes.kinds()]
        user = getattr(self, "for_user", None)
        sites = visible_sites(user) if user is not None else None
        if "site" in self.fields and sites is not None:
            self.fields["site"].queryset = sites
            if not self.instance.pk and not self.initial.get("site"):
                first = sites.first()
                self.initial["site"] = first.pk if first else None
        if "scope_page" in self.fields:
            ids = [pid for site in (sites or []) for pid, _title in scopes.page_choices(site)]
            self.fields["scope_page"].queryset = Page.objects.filter(pk__in=ids)
            self.fields["scope_page"].help_text = _("Only for “bookings of one booking page”.")
        if not self.instance.pk:
            self.initial.setdefault("aware_at", timezone.now())

    def clean(self):
        cleaned = super().clean()
        now = timezone.now()
        site = cleaned.get("site")
        user = getattr(self, "for_user", None)
        if site is not None and user is not None and not in_scope(user, site.pk):
            self.add_error("site", _("Choose one of your own sites."))
        aware = cleaned.get("aware_at")
        occurred = cleaned.get("occurred_at")
        if aware and aware > now + timedelta(minutes=5):
            self.add_error("aware_at", _("The moment you became aware cannot be in the future."))
        if aware and occurred and occurred > aware:
            self.add_error(
                "occurred_at", _("The breach cannot have happened after you became aware of it.")
            )
        kind = scopes.kind(cleaned.get("scope_kind") or "")
        if kind is not None and kind.needs_range:
            start, end = cleaned.get("scope_start"), cleaned.get("scope_end")
            if not start or not end:
                self.add_error(
                    "scope_start" if not start else "scope_end",
                    _("Give the start and the end of the time range."),
                )
            elif start > end:
                self.add_error("scope_end", _("The end must be after the start."))
        if kind is not None and kind.needs_page:
            page = cleaned.get("scope_page")
            allowed = {pid for pid, _title in scopes.page_choices(site)} if site else set()
            if page is None:
                self.add_error("scope_page", _("Choose the booking page."))
            elif page.pk not in allowed:
                self.add_error("scope_page", _("Choose a booking page of this site."))
        if (
            kind is not None
            and kind.key == scopes.MANUAL
            and not (cleaned.get("scope_note") or "").strip()
        ):
            self.add_error(
                "scope_note", _("Describe the data affected, since the register does not hold it.")
            )
        return cleaned


def _save_estimate(breach, user, changed):
    """Estimate the scope from the register when it is new or changed (a snapshot: what the
    register held then), and take the data groups from it unless the owner chose them."""
    if not changed and breach.estimate:
        return
    estimate = scopes.estimate(breach)
    breach.estimate = {**estimate.as_dict(), "at": timezone.now().isoformat()}
    if not breach.data_groups:
        breach.data_groups = sorted(estimate.groups)
    Breach.objects.filter(pk=breach.pk).update(
        estimate=breach.estimate, data_groups=breach.data_groups
    )
    from wagtail.log_actions import log

    log(breach, ESTIMATE_ACTION, user=user, data=estimate.as_dict())


SCOPE_FIELDS = ("scope_kind", "scope_start", "scope_end", "scope_page", "site")


class BreachCreateView(CreateView):
    def save_instance(self):
        self.form.instance.created_by = self.request.user
        self.form.instance.last_activity_at = timezone.now()
        breach = super().save_instance()  # saved and written to the audit log
        _save_estimate(breach, self.request.user, changed=True)
        return breach

    def get_success_url(self):
        return reverse("wagtail_seloste_breaches:inspect", args=[self.object.pk])


class BreachEditView(ScopedViewMixin, EditView):
    def save_instance(self):
        breach = super().save_instance()
        touch(breach)
        changed = any(name in self.form.changed_data for name in SCOPE_FIELDS)
        _save_estimate(breach, self.request.user, changed=changed)
        return breach

    def get_success_url(self):
        return reverse("wagtail_seloste_breaches:inspect", args=[self.object.pk])


class BreachIndexView(ScopedViewMixin, SiteColumnMixin, IndexView):
    pass


class BreachHistoryView(ScopedObjectMixin, HistoryView):
    pass


class BreachUsageView(ScopedObjectMixin, UsageView):
    pass


# A breach's page ---------------------------------------------------------------------------


class DecisionForm(forms.ModelForm):
    class Meta:
        model = Breach
        fields = ["risk", "notify_authority", "notify_people", "decision_reasons"]
        widgets = {
            "risk": forms.RadioSelect,
            "notify_authority": forms.RadioSelect,
            "notify_people": forms.RadioSelect,
            "decision_reasons": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("risk", "notify_authority", "notify_people"):
            self.fields[name].required = True
            self.fields[name].choices = [c for c in self.fields[name].choices if c[0]]
        self.fields["decision_reasons"].required = True
        self.fields["decision_reasons"].help_text = _(
            "Why you decided so: the Ombudsman may ask (GDPR Art 33(5)). No names."
        )


class AuthorityForm(forms.Form):
    kind = forms.ChoiceField(
        label=gettext_lazy("Notification"),
        choices=[(k, v) for k, v in BreachStep.KINDS if k in BreachStep.AUTHORITY_KINDS],
        widget=forms.RadioSelect,
        help_text=gettext_lazy(
            "If everything is not known yet, send an initial notification now and complete "
            "it later (GDPR Art 33(4))."
        ),
    )
    at = forms.DateTimeField(label=gettext_lazy("Sent"), widget=AdminDateTimeInput)
    reference = forms.CharField(
        label=gettext_lazy("The Ombudsman's reference (diary number)"),
        required=False,
        max_length=100,
    )
    text = forms.CharField(
        label=gettext_lazy("What you sent"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=5000,
    )
    delay_reasons = forms.CharField(
        label=gettext_lazy("Reasons for notifying later than 72 hours"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=5000,
        help_text=gettext_lazy(
            "Required when the notification is later than 72 hours (GDPR Art 33(1))."
        ),
    )

    def __init__(self, *args, breach=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.breach = breach
        self.initial.setdefault("at", timezone.now())
        self.initial.setdefault(
            "kind",
            BreachStep.AUTHORITY_SUPPLEMENT
            if breach is not None and breach.authority_notified_at
            else BreachStep.AUTHORITY_INITIAL,
        )
        if breach is not None:
            self.initial.setdefault("delay_reasons", breach.delay_reasons)
            self.initial.setdefault("reference", breach.authority_reference)

    def clean(self):
        cleaned = super().clean()
        at = cleaned.get("at")
        if at and at > timezone.now() + timedelta(minutes=5):
            self.add_error("at", _("The notification cannot be sent in the future."))
        first = self.breach.authority_notified_at or at
        if (
            at
            and first
            and elapsed(self.breach.aware_at, first) > NOTIFY_WITHIN
            and not (cleaned.get("delay_reasons") or "").strip()
        ):
            self.add_error(
                "delay_reasons",
                _("The notification is later than 72 hours: give the reasons for the delay."),
            )
        return cleaned


class PeopleForm(forms.Form):
    at = forms.DateTimeField(label=gettext_lazy("Told"), widget=AdminDateTimeInput)
    text = forms.CharField(
        label=gettext_lazy("How they were told"),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=5000,
        help_text=gettext_lazy("For example “by phone” or “by letter”. No names."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.initial.setdefault("at", timezone.now())


class NoteForm(forms.Form):
    text = forms.CharField(
        label=gettext_lazy("Note"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=5000,
        help_text=gettext_lazy("What you found out or did. No names or health details."),
    )


class MessageForm(forms.Form):
    confirm = forms.BooleanField(
        label=gettext_lazy(
            "I have read the messages: they hold no one's health details or other personal data."
        )
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for language in LANGUAGES:
            self.fields[f"subject_{language}"] = forms.CharField(
                label=_("Subject (%(language)s)") % {"language": language},
                max_length=200,
                required=language == LANGUAGES[0],
            )
            self.fields[f"body_{language}"] = forms.CharField(
                label=_("Message (%(language)s)") % {"language": language},
                widget=forms.Textarea(attrs={"rows": 14}),
                max_length=10000,
                required=language == LANGUAGES[0],
            )
        self.order_fields([f for lang in LANGUAGES for f in (f"subject_{lang}", f"body_{lang}")])

    def texts(self):
        found = {}
        for language in LANGUAGES:
            subject = self.cleaned_data.get(f"subject_{language}", "").strip()
            body = self.cleaned_data.get(f"body_{language}", "").strip()
            if subject and body:
                found[language] = {"subject": subject, "body": body}
        return found

    def clean(self):
        cleaned = super().clean()
        for language in LANGUAGES[1:]:
            subject = (cleaned.get(f"subject_{language}") or "").strip()
            body = (cleaned.get(f"body_{language}") or "").strip()
            if bool(subject) != bool(body):
                self.add_error(
                    f"body_{language}" if subject else f"subject_{language}",
                    _("Give both the subject and the message, or leave both empty."),
                )
        return cleaned


def _history(breach):
    rows = []
    for entry in (
        log_registry.get_logs_for_instance(breach)
        .select_related("user")
        .order_by("-timestamp")[:200]
    ):
        formatter = log_registry.get_formatter(entry)
        user = entry.user
        rows.append(
            {
                "time": entry.timestamp,
                "action": str(formatter.label) if formatter else entry.action,
                "user": (user.get_full_name() or user.get_username()) if user else "",
            }
        )
    return rows


def breach_context(request, breach, **forms_):
    """What a breach's page shows: the clock, the estimate, the proposal and the steps."""
    from .scope import Estimate

    stored = Estimate.from_dict(breach.estimate)
    proposal = propose(breach, stored)
    can_change = policy.user_has_permission(request.user, "change")
    kind = scopes.kind(breach.scope_kind)
    return {
        "breach": breach,
        "clock": clock(breach),
        "estimate": stored,
        "estimated_at": breach.estimate.get("at") if breach.estimate else None,
        "scope_label": kind.label if kind else breach.scope_kind,
        "proposal": proposal,
        "proposal_risk": dict(Breach.RISKS)[proposal.risk],
        "data_labels": [group_label(key) for key in sorted(groups_of(breach, stored))],
        "authority_fields": authority_fields(breach, stored, controller_text(breach.site)),
        "authority_form_url": AUTHORITY_FORM_URL,
        "steps": breach.steps.select_related("created_by").order_by("at", "pk"),
        "sent_messages": breach.messages.order_by("-created_at"),
        "history": _history(breach),
        "can_change": can_change,
        "decision_form": forms_.get("decision_form") or DecisionForm(instance=breach),
        "authority_form": forms_.get("authority_form") or AuthorityForm(breach=breach),
        "people_form": forms_.get("people_form") or PeopleForm(),
        "note_form": forms_.get("note_form") or NoteForm(),
        "aware_text": helsinki_text(breach.aware_at),
        "occurred_text": helsinki_text(breach.occurred_at),
        "deadline_iso": clock(breach).deadline.isoformat(),
    }


class BreachInspectView(ScopedViewMixin, InspectView):
    template_name = "wagtail_seloste/register/breach_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(breach_context(self.request, self.object))
        return context


class BreachActionView(View):
    """A POST step on one breach: the user's own sites only, with the change permission."""

    form_class = None

    def dispatch(self, request, pk):
        if not policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        self.breach = get_object_or_404(Breach.objects.select_related("site"), pk=pk)
        if not in_scope(request.user, self.breach.site_id):
            from django.http import Http404

            raise Http404
        return super().dispatch(request, pk)

    def get_form(self):
        return self.form_class(self.request.POST)

    title = ""

    def post(self, request, pk):
        form = self.get_form()
        if not form.is_valid():
            # Shown again with what was typed, so nothing is lost.
            return TemplateResponse(
                request,
                "wagtail_seloste/register/breach_step.html",
                {
                    "page_title": str(self.breach),
                    "header_icon": "warning",
                    "breach": self.breach,
                    "form": form,
                    "step_title": self.title,
                    "action_url": request.path,
                },
                status=400,
            )
        with transaction.atomic():
            self.act(form)
        return redirect("wagtail_seloste_breaches:inspect", self.breach.pk)


class DecideView(BreachActionView):
    form_class = DecisionForm
    title = gettext_lazy("Decide whether to notify")

    def get_form(self):
        return DecisionForm(self.request.POST, instance=self.breach)

    def act(self, form):
        form.save()
        labels = dict(Breach.DECISIONS)
        record_step(
            self.breach,
            BreachStep.DECISION,
            self.request.user,
            text=_(
                "Risk: %(risk)s. Notify the Ombudsman: %(authority)s. Tell the people: %(people)s. %(reasons)s"
            )
            % {
                "risk": dict(Breach.RISKS)[self.breach.risk],
                "authority": labels[self.breach.notify_authority],
                "people": labels[self.breach.notify_people],
                "reasons": self.breach.decision_reasons,
            },
            action=DECISION_ACTION,
            data={
                "risk": self.breach.risk,
                "notify_authority": self.breach.notify_authority,
                "notify_people": self.breach.notify_people,
            },
        )
        messages.success(self.request, _("The decision is recorded."))


class AuthorityView(BreachActionView):
    title = gettext_lazy("Record a notification to the Ombudsman")

    def get_form(self):
        return AuthorityForm(self.request.POST, breach=self.breach)

    def act(self, form):
        data = form.cleaned_data
        breach = self.breach
        if breach.authority_notified_at is None:
            breach.authority_notified_at = data["at"]
        if data["reference"]:
            breach.authority_reference = data["reference"]
        if data["delay_reasons"]:
            breach.delay_reasons = data["delay_reasons"]
        if not breach.notify_authority:
            breach.notify_authority = "yes"
        breach.save(
            update_fields=[
                "authority_notified_at",
                "authority_reference",
                "delay_reasons",
                "notify_authority",
                "updated_at",
            ]
        )
        record_step(
            breach,
            data["kind"],
            self.request.user,
            text=data["text"],
            at=data["at"],
            reference=data["reference"],
            action=AUTHORITY_ACTION,
            data={"kind": data["kind"]},
        )
        messages.success(self.request, _("The notification to the Ombudsman is recorded."))


class PeopleView(BreachActionView):
    form_class = PeopleForm
    title = gettext_lazy("Record that the people were told")

    def act(self, form):
        breach = self.breach
        if breach.people_notified_at is None:
            breach.people_notified_at = form.cleaned_data["at"]
            breach.save(update_fields=["people_notified_at", "updated_at"])
        record_step(
            breach,
            BreachStep.PEOPLE,
            self.request.user,
            text=form.cleaned_data["text"],
            at=form.cleaned_data["at"],
            action=PEOPLE_ACTION,
        )
        messages.success(self.request, _("Telling the people is recorded."))


class NoteView(BreachActionView):
    form_class = NoteForm
    title = gettext_lazy("Add a note")

    def act(self, form):
        record_step(
            self.breach,
            BreachStep.NOTE,
            self.request.user,
            text=form.cleaned_data["text"],
            action=NOTE_ACTION,
        )
        messages.success(self.request, _("The note is recorded."))


class CloseView(BreachActionView):
    form_class = NoteForm
    title = gettext_lazy("Close or reopen")

    def get_form(self):
        form = NoteForm(self.request.POST)
        form.fields["text"].required = False
        return form

    def act(self, form):
        breach = self.breach
        reopening = not breach.is_open
        breach.status = Breach.OPEN if reopening else Breach.CLOSED
        breach.closed_at = None if reopening else timezone.now()
        breach.save(update_fields=["status", "closed_at", "updated_at"])
        record_step(
            breach,
            BreachStep.REOPENED if reopening else BreachStep.CLOSED,
            self.request.user,
            text=form.cleaned_data.get("text", ""),
            action=REOPEN_ACTION if reopening else CLOSE_ACTION,
        )
        messages.success(
            self.request,
            _("The breach is open again.") if reopening else _("The breach is closed."),
        )


class MessageView(BreachActionView):
    """The message to the people affected: drafts in every language, then sending."""

    template_name = "wagtail_seloste/register/breach_message.html"

    def get(self, request, pk):
        if not self.breach.is_open:
            messages.error(request, _("The breach is closed: reopen it to send a message."))
            return redirect("wagtail_seloste_breaches:inspect", self.breach.pk)
        initial = {}
        for language, text in drafts(self.breach).items():
            initial[f"subject_{language}"] = text["subject"]
            initial[f"body_{language}"] = text["body"]
        return self.render(MessageForm(initial=initial))

    def render(self, form, status=200):
        people = scopes.contacts(self.breach)
        counts = {}
        for _source, _ref, language in people:
            counts[language] = counts.get(language, 0) + 1
        return TemplateResponse(
            self.request,
            self.template_name,
            {
                "breach": self.breach,
                "form": form,
                "recipients": len(people),
                "by_language": sorted(counts.items()),
                "health": "health" in (self.breach.data_groups or []),
                "page_title": _("Message to the people affected"),
                "header_icon": "mail",
            },
            status=status,
        )

    def post(self, request, pk):
        if not self.breach.is_open:
            messages.error(request, _("The breach is closed: reopen it to send a message."))
            return redirect("wagtail_seloste_breaches:inspect", self.breach.pk)
        form = MessageForm(request.POST)
        if not form.is_valid():
            return self.render(form, status=400)
        if not scopes.contacts(self.breach):
            messages.error(
                request,
                _(
                    "The register reaches no one in this breach's scope: tell the people another way and record it."
                ),
            )
            return self.render(form, status=400)
        message = send(self.breach, form.texts(), request.user)
        messages.success(
            request,
            ngettext(
                "The message is on its way to %(count)s person.",
                "The message is on its way to %(count)s people.",
                message.recipients,
            )
            % {"count": message.recipients},
        )
        return redirect("wagtail_seloste_breaches:inspect", self.breach.pk)


def _deadline_column(breach):
    return clock(breach).text


class BreachViewSet(ScopedViewSetMixin, ModelViewSet):
    model = Breach
    icon = "warning"
    menu_label = gettext_lazy("Data breaches")
    add_to_admin_menu = True
    menu_order = 260
    url_prefix = "seloste/breaches"
    name = "wagtail_seloste_breaches"
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = BreachIndexView
    add_view_class = BreachCreateView
    edit_view_class = BreachEditView
    inspect_view_class = BreachInspectView
    history_view_class = BreachHistoryView
    usage_view_class = BreachUsageView
    list_display = [
        "__str__",
        "title",
        "aware_at",
        Column("deadline", label=gettext_lazy("72-hour deadline"), accessor=_deadline_column),
        "status",
    ]
    list_filter = ["status"]
    search_fields = None
    ordering = ["-aware_at"]
    edit_handler = ObjectList(
        [
            FieldPanel("site"),
            FieldPanel("title"),
            FieldPanel("description", widget=forms.Textarea(attrs={"rows": 4})),
            FieldRowPanel(
                [
                    FieldPanel("aware_at", widget=AdminDateTimeInput),
                    FieldPanel("occurred_at", widget=AdminDateTimeInput),
                ]
            ),
            FieldPanel("nature"),
            MultiFieldPanel(
                [
                    FieldPanel("scope_kind"),
                    FieldRowPanel(
                        [
                            FieldPanel("scope_start", widget=AdminDateTimeInput),
                            FieldPanel("scope_end", widget=AdminDateTimeInput),
                        ]
                    ),
                    FieldPanel("scope_page"),
                    FieldPanel("scope_note", widget=forms.Textarea(attrs={"rows": 2})),
                    FieldRowPanel([FieldPanel("people_estimate"), FieldPanel("records_estimate")]),
                    FieldPanel("data_groups"),
                    FieldPanel("encrypted"),
                ],
                heading=gettext_lazy("Who and which data"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("consequences", widget=forms.Textarea(attrs={"rows": 3})),
                    FieldPanel("measures_taken", widget=forms.Textarea(attrs={"rows": 3})),
                    FieldPanel("measures_proposed", widget=forms.Textarea(attrs={"rows": 3})),
                ],
                heading=gettext_lazy("Consequences and measures"),
            ),
        ],
        base_form_class=BreachForm,
    )

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/decide/", DecideView.as_view(), name="decide"),
            path("<int:pk>/authority/", AuthorityView.as_view(), name="authority"),
            path("<int:pk>/people/", PeopleView.as_view(), name="people"),
            path("<int:pk>/note/", NoteView.as_view(), name="note"),
            path("<int:pk>/close/", CloseView.as_view(), name="close"),
            path("<int:pk>/message/", MessageView.as_view(), name="message"),
        ]
