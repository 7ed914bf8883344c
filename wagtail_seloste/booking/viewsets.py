"""The client register (asiakasrekisteri) in the Wagtail admin.

Every opening of a client's record is written to Wagtail's audit log as
``wagtail_seloste.view`` and shown on the record itself: who viewed or changed it and when.
"""

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets.button import HeaderButton
from wagtail.log_actions import log
from wagtail.log_actions import registry as log_registry

from ..audit import VIEW_ACTION, DeniedActionsPermissionPolicy
from .models import Booking, BookingStatus, Client, ConsentRecord, normalise_email


class NoAddPermissionPolicy(DeniedActionsPermissionPolicy):
    """Clients and bookings come from the booking page and rights requests, not the admin."""

    denied_actions = ("add",)


class ReadOnlyPermissionPolicy(DeniedActionsPermissionPolicy):
    """Nobody adds, changes or deletes consent records in the admin: they are evidence."""

    denied_actions = ("add", "change", "delete")


class LoggedInspectView(InspectView):
    """An inspect view that writes every opening to the audit log."""

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
        return context


class BookingInspectView(LoggedInspectView):
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


class BookingIndexView(IndexView):
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
        self.booking = get_object_or_404(Booking.objects.select_related("service"), pk=pk)
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
            with transaction.atomic():
                booking.cancel()
                log(booking, "wagtail_seloste.booking.cancel", user=request.user)
            messages.success(request, _("The booking is cancelled and the time is free again."))
        return redirect(inspect_url)


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
            "restricted",
        ]

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

    def clean(self):
        cleaned = super().clean()
        # GDPR Art 18: a restricted client's data is only stored; marketing stays off.
        if cleaned.get("restricted") and (
            cleaned.get("marketing_email") or cleaned.get("marketing_sms")
        ):
            raise ValidationError(
                _(
                    "Processing of this client's data is restricted, so marketing cannot be "
                    "allowed. Untick the marketing permissions or lift the restriction first."
                )
            )
        return cleaned


class ClientViewSet(ModelViewSet):
    model = Client
    icon = "user"
    menu_label = _("Clients")
    url_prefix = "seloste/clients"
    url_namespace = "wagtail_seloste_clients"
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_class = ClientInspectView
    list_display = ["__str__", "first_name", "last_name", "email", "phone", "created_at"]
    list_filter = ["marketing_email", "marketing_sms", "restricted"]
    search_fields = ["first_name", "last_name", "email", "phone"]
    search_backend_name = None
    inspect_view_fields = [
        "first_name",
        "last_name",
        "email",
        "phone",
        "marketing_email",
        "marketing_sms",
        "restricted",
        "created_at",
        "updated_at",
    ]

    def get_form_class(self, for_update=False):
        return ClientForm


class BookingFilterSet(WagtailFilterSet):
    start = django_filters.DateFromToRangeFilter(label=_("Date"), widget=DateRangePickerWidget)

    class Meta:
        model = Booking
        fields = ["status", "service"]


class BookingViewSet(ModelViewSet):
    model = Booking
    icon = "date"
    menu_label = _("Bookings")
    url_prefix = "seloste/bookings"
    url_namespace = "wagtail_seloste_bookings"
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_class = BookingInspectView
    index_view_class = BookingIndexView
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
    form_fields = ["status", "message", "invoiced"]
    inspect_view_fields = [
        "page",
        "service",
        "client",
        "start",
        "end",
        "status",
        "message",
        "invoiced",
        "created_at",
        "cancelled_at",
        "confirmation_sent_at",
        "owner_notified_at",
        "reminder_sent_at",
    ]
    ordering = ["-start"]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
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
        ]


class ConsentRecordViewSet(ModelViewSet):
    model = ConsentRecord
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
