"""The client register (asiakasrekisteri) in the Wagtail admin.

Every opening of a client's record is written to Wagtail's audit log as
``wagtail_seloste.view`` and shown on the record itself: who viewed or changed it and when.
"""

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn, Column
from wagtail.admin.views.bulk_action import BulkAction
from wagtail.admin.views.generic import DeleteView, EditView, IndexView, InspectView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets import AdminDateInput
from wagtail.admin.widgets.button import HeaderButton
from wagtail.log_actions import log
from wagtail.log_actions import registry as log_registry

from ..register.audit import VIEW_ACTION, DeniedActionsPermissionPolicy
from ..register.local_time import LocalTimeInspectMixin, SiteTimeZoneViewSetMixin
from ..register.scoping import (
    ScopedBulkActionMixin,
    ScopedViewMixin,
    ScopedViewSetMixin,
    in_scope,
    scope,
    scope_by_page,
)
from .erasing import delete_booking, erase_client, kept_messages, summary_message
from .models import (
    MARKETING_FIELDS,
    OWNER_CONSENT_SOURCES,
    Booking,
    BookingStatus,
    Client,
    ConsentRecord,
    RecordKind,
    normalise_email,
)
from .panels import BookingSummaryPanel

HEALTH_VIEW_ACTION = "wagtail_seloste.booking.view_health"
HEALTH_PERMISSION = "wagtail_seloste_booking.view_health_data"


def can_view_health(user):
    """Health information is shown only to users with its own permission (GDPR Art 9, 32)."""
    return user.has_perm(HEALTH_PERMISSION)


class NoAddPermissionPolicy(DeniedActionsPermissionPolicy):
    """Clients and bookings come from the booking page and rights requests, not the admin."""

    denied_actions = ("add",)


class ReadOnlyPermissionPolicy(DeniedActionsPermissionPolicy):
    """Nobody adds, changes or deletes consent records in the admin: they are evidence."""

    denied_actions = ("add", "change", "delete")


class LoggedInspectView(ScopedViewMixin, LocalTimeInspectMixin, InspectView):
    """An inspect view that writes every opening to the audit log; times in the site's
    time zone."""

    def get(self, request, *args, **kwargs):
        log(self.object, VIEW_ACTION, user=request.user)
        return super().get(request, *args, **kwargs)


class ClientInspectView(LoggedInspectView):
    template_name = "wagtail_seloste/admin/client_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        client = self.object
        context["bookings"] = client.bookings.select_related("service").order_by("-start")
        context["consents"] = client.consents.order_by("-created_at", "-pk")
        context["history"] = (
            log_registry.get_logs_for_instance(client)
            .select_related("user")
            .order_by("-timestamp")[:200]
        )
        context["booking_inspect_url"] = "wagtail_seloste_bookings:inspect"
        context["can_change"] = self.user_has_permission("change")
        if not client.restricted and (client.marketing_email or client.marketing_existing_customer):
            from .emails import marketing_optout_url

            # 917/2014 200 §: every marketing message carries this link.
            context["optout_url"] = marketing_optout_url(client)
        return context


class BookingInspectView(LoggedInspectView):
    site_field = "client__site"
    template_name = "wagtail_seloste/admin/booking_inspect.html"

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        if self.object.health_info and can_view_health(request.user):
            # "Who viewed health data" has its own log action (GDPR Art 5(2), 9, 32).
            log(self.object, HEALTH_VIEW_ACTION, user=request.user)
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        booking = self.object
        context["show_health"] = can_view_health(self.request.user)
        context["contact_differs"] = booking.contact_differs()
        context["can_change"] = self.user_has_permission("change")
        if context["contact_differs"]:
            context["accept_url"] = reverse(
                "wagtail_seloste_bookings:accept_details", args=[booking.pk]
            )
        return context

    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.user_has_permission("change"):
            if self.object.status == BookingStatus.PENDING:
                buttons.append(
                    HeaderButton(
                        _("Confirm"),
                        url=reverse("wagtail_seloste_bookings:confirm", args=[self.object.pk]),
                        icon_name="check",
                        priority=5,
                    )
                )
            if self.object.status != BookingStatus.CANCELLED:
                buttons.append(
                    HeaderButton(
                        _("Cancel booking"),
                        url=reverse("wagtail_seloste_bookings:cancel", args=[self.object.pk]),
                        icon_name="cross",
                        priority=6,
                    )
                )
        return buttons


class BulkIndexMixin:
    """Index views with the bulk-action checkboxes and footer."""

    template_name = "wagtail_seloste/admin/register_index.html"

    @cached_property
    def columns(self):
        return [BulkActionsCheckboxColumn("bulk_actions", obj_type="register"), *super().columns]

    def _get_title_column(self, *args, **kwargs):
        # The checkbox's aria-describedby points at the title ("Asiakas #12").
        return super()._get_title_column(
            *args, **kwargs, get_title_id=lambda instance: f"register_{instance.pk}_title"
        )


class BookingIndexView(ScopedViewMixin, BulkIndexMixin, IndexView):
    site_field = "client__site"

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("service", "client")

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.permission_policy.user_has_permission(self.request.user, "change"):
            if instance.status == BookingStatus.PENDING:
                buttons.append(
                    MenuItem(
                        _("Confirm"),
                        url=reverse("wagtail_seloste_bookings:confirm", args=[instance.pk]),
                        icon_name="check",
                        priority=5,
                    )
                )
            if instance.status != BookingStatus.CANCELLED:
                buttons.append(
                    MenuItem(
                        _("Cancel booking"),
                        url=reverse("wagtail_seloste_bookings:cancel", args=[instance.pk]),
                        icon_name="cross",
                        priority=6,
                    )
                )
        return buttons


class BookingActionView(WagtailAdminTemplateMixin, TemplateView):
    """Confirm or cancel a booking: a confirmation page, then a POST."""

    template_name = "wagtail_seloste/admin/booking_action.html"
    action = None  # "confirm" or "cancel"
    header_icon = "date"

    def dispatch(self, request, pk):
        from wagtail.permissions import policy_registry

        if not policy_registry.get_by_type(Booking).user_has_permission(request.user, "change"):
            raise PermissionDenied
        self.booking = get_object_or_404(
            scope(Booking.objects.select_related("service"), request.user, "client__site"), pk=pk
        )
        return super().dispatch(request, pk)

    def get_page_title(self):
        return _("Confirm booking") if self.action == "confirm" else _("Cancel booking")

    def get_page_subtitle(self):
        return str(self.booking)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["booking"] = self.booking
        context["action"] = self.action
        context["inspect_url"] = reverse("wagtail_seloste_bookings:inspect", args=[self.booking.pk])
        return context

    def post(self, request, pk):
        booking = self.booking
        inspect_url = reverse("wagtail_seloste_bookings:inspect", args=[booking.pk])
        if self.action == "confirm":
            if booking.status != BookingStatus.PENDING:
                messages.error(request, _("Only a pending booking can be confirmed."))
                return redirect(inspect_url)
            with transaction.atomic():
                booking.status = BookingStatus.CONFIRMED
                # The client gets a fresh confirmation (with the calendar file).
                booking.confirmation_sent_at = None
                booking.save(update_fields=["status", "confirmation_sent_at"])
                log(booking, "wagtail_seloste.booking.confirm", user=request.user)
                from .emails import queue_confirmation

                queue_confirmation(booking)
            messages.success(request, _("The booking is confirmed and the client is notified."))
        else:
            if booking.status == BookingStatus.CANCELLED:
                messages.error(request, _("The booking is already cancelled."))
                return redirect(inspect_url)
            from .emails import notify_client_of_cancellation

            with transaction.atomic():
                booking.cancel()
                log(booking, "wagtail_seloste.booking.cancel", user=request.user)
                notify_client_of_cancellation(booking)
            messages.success(
                request,
                _("The booking is cancelled, the time is free again and the client is notified."),
            )
        return redirect(inspect_url)


class AcceptDetailsView(BookingActionView):
    """The owner accepts the contact details given with a booking into the client record."""

    def get(self, request, pk):
        return redirect(reverse("wagtail_seloste_bookings:inspect", args=[pk]))

    def post(self, request, pk):
        booking = Booking.objects.select_related("client").get(pk=pk)
        with transaction.atomic():
            changed = booking.apply_contact_to_client()
            if changed:
                log(booking.client, "wagtail.edit", user=request.user)
        if changed:
            messages.success(request, _("The client record now has the details of this booking."))
        else:
            messages.info(request, _("The client record already had these details."))
        return redirect(reverse("wagtail_seloste_bookings:inspect", args=[pk]))


class EndRelationshipView(WagtailAdminTemplateMixin, TemplateView):
    """ "Asiakkuus päättynyt": the owner marks the customer relationship ended; retention rules
    counted from the end of the customer relationship count from this moment."""

    def dispatch(self, request, pk):
        from wagtail.permissions import policy_registry

        if not policy_registry.get_by_type(Client).user_has_permission(request.user, "change"):
            raise PermissionDenied
        self.client = get_object_or_404(scope(Client.objects.all(), request.user), pk=pk)
        return super().dispatch(request, pk)

    def get(self, request, pk):
        return redirect(reverse("wagtail_seloste_clients:inspect", args=[pk]))

    def post(self, request, pk):
        self.client.relationship_ended_at = timezone.now()
        self.client.save(update_fields=["relationship_ended_at", "updated_at"])
        log(self.client, "wagtail_seloste.booking.relationship_end", user=request.user)
        messages.success(
            request,
            _(
                "The customer relationship is marked ended. Retention rules counted from the "
                "end of the customer relationship now count from today."
            ),
        )
        return redirect(reverse("wagtail_seloste_clients:inspect", args=[pk]))


class ClientForm(WagtailAdminModelForm):
    class Meta:
        model = Client
        fields = [
            "first_name",
            "last_name",
            "email",
            "phone",
            "marketing_email",
            "marketing_sms",
            "marketing_existing_customer",
            "restricted",
            "birth_date",
            "birth_year",
            "date_of_death",
        ]
        widgets = {"birth_date": AdminDateInput, "date_of_death": AdminDateInput}

    def clean_email(self):
        email = normalise_email(self.cleaned_data.get("email"))
        site_id = self.instance.site_id
        if site_id and (
            Client.objects.filter(site_id=site_id, email=email)
            .exclude(pk=self.instance.pk)
            .exists()
        ):
            raise ValidationError(
                _(
                    "Another client of this site has the email address %(email)s. Edit that client instead."
                ),
                params={"email": email},
            )
        return email

    consent_source = forms.ChoiceField(
        label=_("How did the client give or withdraw the marketing permission?"),
        choices=[("", "---------"), *OWNER_CONSENT_SOURCES],
        required=False,
        help_text=_(
            "Needed when you change a marketing permission: the change is recorded as a "
            "consent record with you as the recorder (GDPR Art 7(1), 917/2014 200 §)."
        ),
    )

    MARKETING_FIELDS = {field: kind for kind, field in MARKETING_FIELDS.items()}

    def marketing_changes(self):
        """[(kind, given)] of the marketing permissions this form changes."""
        changes = []
        for field, kind in self.MARKETING_FIELDS.items():
            if field in self.changed_data and field in self.cleaned_data:
                changes.append((kind, bool(self.cleaned_data[field])))
        return changes

    def clean(self):
        cleaned = super().clean()
        if self.marketing_changes() and not cleaned.get("consent_source"):
            self.add_error(
                "consent_source",
                _(
                    "A marketing permission changes only with evidence: choose how the client "
                    "gave or withdrew it (in person, by phone, on a paper form or by email)."
                ),
            )
        # GDPR Art 18: a restricted client's data is only stored; marketing stays off.
        if cleaned.get("restricted") and any(cleaned.get(field) for field in self.MARKETING_FIELDS):
            raise ValidationError(
                _(
                    "Processing of this client's data is restricted, so marketing cannot be "
                    "allowed. Untick the marketing permissions or lift the restriction first."
                )
            )
        return cleaned


class LoggedEditView(ScopedViewMixin, EditView):
    """An edit view that writes every opening to the audit log, like the inspect view: the
    edit form shows the record too."""

    def get(self, request, *args, **kwargs):
        log(self.get_object(), VIEW_ACTION, user=request.user)
        return super().get(request, *args, **kwargs)


class BookingEditView(LoggedEditView):
    site_field = "client__site"


class ClientEditView(LoggedEditView):
    def save_instance(self):
        from ..notice.models import NoticePage

        changes = self.form.marketing_changes()
        instance = super().save_instance()
        source = self.form.cleaned_data.get("consent_source")
        if changes:
            notice = NoticePage.for_site(instance.site)
            for kind, given in changes:
                label = RecordKind(kind).label
                text = (
                    _("%(kind)s: allowed. Recorded by the owner (%(source)s).")
                    if given
                    else _("%(kind)s: withdrawn. Recorded by the owner (%(source)s).")
                ) % {"kind": label, "source": dict(OWNER_CONSENT_SOURCES)[source]}
                ConsentRecord.objects.create(
                    site=instance.site,
                    client=instance,
                    kind=kind,
                    given=given,
                    text=str(text)[:1].upper() + str(text)[1:],
                    notice=notice,
                    notice_revision_id=notice.live_revision_id if notice else None,
                    source=source,
                    recorded_by=self.request.user,
                )
        return instance


class ErasingDeleteView(ScopedViewMixin, DeleteView):
    """Delete through the erasure path: legal holds win, the owner reads what was kept."""

    def erase(self):
        raise NotImplementedError

    def form_valid(self, form):
        success_url = self.get_success_url()
        results = self.erase()
        messages.success(self.request, summary_message(results))
        for line in kept_messages(results):
            messages.warning(self.request, line)
        return redirect(success_url)

    @property
    def confirmation_message(self):
        return _(
            "Deleting erases the data the way an erasure request does: what the law requires "
            "to be kept (invoiced bookings, open payments, patient records) is kept without the "
            "rest of the details, and you see what was kept."
        )


class ClientDeleteView(ErasingDeleteView):
    def erase(self):
        return erase_client(self.object, self.request.user)


class BookingDeleteView(ErasingDeleteView):
    site_field = "client__site"

    def erase(self):
        return [delete_booking(self.object, self.request.user)]


class RegisterDeleteBulkAction(ScopedBulkActionMixin, BulkAction):
    """Bulk delete of clients or bookings, each through the erasure path."""

    display_name = _("Delete")
    action_type = "delete"
    aria_label = _("Delete the selected records")
    template_name = "wagtail_seloste/admin/confirm_bulk_erase.html"
    action_priority = 30
    classes = {"serious"}
    models = [Client, Booking]

    @cached_property
    def permission_policy(self):
        from wagtail.permissions import policy_registry

        return policy_registry.get_by_type(self.model)

    def check_perm(self, obj):
        site_id = obj.site_id if isinstance(obj, Client) else obj.client.site_id
        user = self.request.user
        return self.permission_policy.user_has_permission(user, "delete") and in_scope(
            user, site_id
        )

    def get_execution_context(self):
        return {"user": self.request.user, "results": self.results}

    def form_valid(self, form):
        self.results = []
        response = super().form_valid(form)
        for line in kept_messages(self.results):
            messages.warning(self.request, line)
        return response

    @classmethod
    def execute_action(cls, objects, user=None, results=None, **kwargs):
        for obj in objects:
            if isinstance(obj, Client):
                results.extend(erase_client(obj, user))
            else:
                results.append(delete_booking(obj, user))
        return len(objects), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return summary_message(self.results)


class ClientIndexView(ScopedViewMixin, BulkIndexMixin, IndexView):
    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        buttons.append(
            HeaderButton(
                _("Marketing list (CSV)"),
                url=reverse("wagtail_seloste_clients:marketing_list"),
                icon_name="download",
                priority=50,
            )
        )
        return buttons


class MarketingListView(ScopedViewMixin, IndexView):
    """The clients who may be sent email marketing, as CSV for a mail tool: the basis of each
    (consent, or an existing customer under 917/2014 200 § 2 mom.) and the opt-out link every
    message must carry. Each listed client's history records the listing."""

    def get(self, request, *args, **kwargs):
        from django.http import HttpResponse

        from .marketing import recipients_csv

        content = recipients_csv(self.get_base_queryset(), request.user)
        response = HttpResponse(content, content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="markkinointilista.csv"'
        response["Cache-Control"] = "no-store"
        return response


class ClientViewSet(ScopedViewSetMixin, SiteTimeZoneViewSetMixin, ModelViewSet):
    model = Client
    icon = "user"
    menu_label = _("Clients")
    url_prefix = "seloste/clients"
    url_namespace = "wagtail_seloste_clients"
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_class = ClientInspectView
    index_view_class = ClientIndexView
    edit_view_class = ClientEditView
    delete_view_class = ClientDeleteView
    list_display = ["__str__", "first_name", "last_name", "email", "phone", "created_at"]
    list_filter = ["marketing_email", "marketing_sms", "restricted"]
    panels = [
        FieldPanel("first_name"),
        FieldPanel("last_name"),
        FieldPanel("email"),
        FieldPanel("phone"),
        MultiFieldPanel(
            [
                FieldPanel("marketing_email"),
                FieldPanel("marketing_sms"),
                FieldPanel("marketing_existing_customer"),
                FieldPanel("consent_source"),
            ],
            heading=_("Marketing"),
        ),
        FieldPanel("restricted"),
        MultiFieldPanel(
            [
                HelpPanel(
                    content=_(
                        "Only for a health-care professional's patients. Enter what you know: "
                        "the patient record is kept 12 years after the patient's death, or 120 "
                        "years from birth when the date of death is not known (asetus "
                        "potilasasiakirjoista 94/2022). Without them the record is kept until "
                        "you enter them."
                    )
                ),
                FieldRowPanel([FieldPanel("birth_date"), FieldPanel("birth_year")]),
                FieldPanel("date_of_death"),
            ],
            heading=_("Patient record"),
        ),
    ]
    search_fields = ["first_name", "last_name", "email", "phone"]
    search_backend_name = None
    inspect_view_fields = [
        "first_name",
        "last_name",
        "email",
        "phone",
        "marketing_email",
        "marketing_sms",
        "marketing_existing_customer",
        "restricted",
        "relationship_ended_at",
        "birth_date",
        "birth_year",
        "date_of_death",
        "created_at",
        "updated_at",
    ]

    def get_form_class(self, for_update=False):
        return ClientForm

    def get_extra_urlpatterns(self):
        return [
            path("end/<int:pk>/", EndRelationshipView.as_view(), name="end_relationship"),
            path(
                "marketing-list/",
                MarketingListView.as_view(model=Client, permission_policy=self.permission_policy),
                name="marketing_list",
            ),
        ]


def services_of_users_sites(request):
    """The filter's services: those of the user's sites' booking pages only, so that another
    site's services are neither listed nor guessable."""
    from .pages import Service

    if request is None:
        return Service.objects.none()
    return scope_by_page(Service.objects.select_related("page"), request.user).order_by(
        "page__path", "sort_order"
    )


class BookingFilterSet(WagtailFilterSet):
    start = django_filters.DateFromToRangeFilter(label=_("Date"), widget=DateRangePickerWidget)
    service = django_filters.ModelChoiceFilter(label=_("Service"), queryset=services_of_users_sites)

    class Meta:
        model = Booking
        fields = ["status", "service"]


class BookingViewSet(ScopedViewSetMixin, SiteTimeZoneViewSetMixin, ModelViewSet):
    model = Booking
    icon = "date"
    menu_label = _("Bookings")
    url_prefix = "seloste/bookings"
    url_namespace = "wagtail_seloste_bookings"
    site_field = "client__site"
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_class = BookingInspectView
    index_view_class = BookingIndexView
    edit_view_class = BookingEditView
    delete_view_class = BookingDeleteView
    list_display = [
        "__str__",
        "start",
        "service",
        "status",
        Column("client", label=_("Client"), accessor=lambda booking: booking.client.full_name),
        "invoiced",
    ]
    filterset_class = BookingFilterSet
    search_fields = None
    # The edit form starts with the booking's service and time (in the site's time zone).
    panels = [
        BookingSummaryPanel(heading=_("Booking")),
        FieldPanel("status"),
        FieldPanel("message"),
        FieldPanel("invoiced"),
        FieldPanel("payment_open"),
    ]
    # The health information is shown by the template, to users with its permission only.
    inspect_view_fields = [
        "page",
        "service",
        "client",
        "start",
        "end",
        "status",
        "first_name",
        "last_name",
        "email",
        "phone",
        "message",
        "invoiced",
        "payment_open",
        "created_at",
        "cancelled_at",
        "confirmation_sent_at",
        "owner_notified_at",
        "reminder_sent_at",
    ]
    ordering = ["-start"]

    def get_extra_urlpatterns(self):
        return [
            path(
                "confirm/<int:pk>/",
                BookingActionView.as_view(action="confirm"),
                name="confirm",
            ),
            path(
                "cancel/<int:pk>/",
                BookingActionView.as_view(action="cancel"),
                name="cancel",
            ),
            path(
                "accept-details/<int:pk>/",
                AcceptDetailsView.as_view(),
                name="accept_details",
            ),
        ]


class ConsentIndexView(ScopedViewMixin, IndexView):
    pass


class ConsentInspectView(LoggedInspectView):
    pass


class ConsentRecordViewSet(ScopedViewSetMixin, SiteTimeZoneViewSetMixin, ModelViewSet):
    model = ConsentRecord
    index_view_class = ConsentIndexView
    inspect_view_class = ConsentInspectView
    icon = "tick-inverse"
    menu_label = _("Consent records")
    url_prefix = "seloste/consents"
    url_namespace = "wagtail_seloste_consents"
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["__str__", "created_at", "client", "kind", "given", "source"]
    list_filter = ["kind", "given", "source"]
    search_fields = None
    form_fields = ["kind"]  # never used: the read-only policy denies add and change
    inspect_view_fields = [
        "created_at",
        "client",
        "booking",
        "kind",
        "given",
        "text",
        "notice",
        "notice_revision",
        "source",
    ]


class RegisterViewSetGroup(ModelViewSetGroup):
    menu_label = _("Client register")
    menu_icon = "group"
    menu_order = 250
    items = (ClientViewSet, BookingViewSet, ConsentRecordViewSet)
