"""Wagtail admin hooks of the booking app: the client register, its permissions and log
actions, the calendar feed reset, and keeping booking pages that have bookings."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .admin_views import reset_feed_secret
from .models import Booking, BookingPage, Client, ConsentRecord
from .viewsets import (
    HEALTH_VIEW_ACTION,
    NoAddPermissionPolicy,
    ReadOnlyPermissionPolicy,
    RegisterDeleteBulkAction,
    RegisterViewSetGroup,
)

# Consent records are evidence (GDPR Art 7(1)): read-only for everyone in the admin.
register_permission_policy(ConsentRecord, ReadOnlyPermissionPolicy(ConsentRecord))
register_permission_policy(Client, NoAddPermissionPolicy(Client))
register_permission_policy(Booking, NoAddPermissionPolicy(Booking))


@hooks.register("register_admin_viewset")
def register_client_register():
    return RegisterViewSetGroup()


# Deleting clients and bookings in bulk goes through the erasure path, like a single delete.
hooks.register("register_bulk_action", RegisterDeleteBulkAction)


@hooks.register("register_permissions")
def register_health_permission():
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(
        content_type__app_label="wagtail_seloste_booking", codename="view_health_data"
    )


@hooks.register("register_log_actions")
def register_register_log_actions(actions):
    actions.register_action(
        HEALTH_VIEW_ACTION, _("View health information"), _("Health information viewed")
    )
    actions.register_action(
        "wagtail_seloste.booking.anonymise",
        _("Delete (kept by a legal hold)"),
        _("Deleted, but kept anonymised by a legal hold"),
    )
    actions.register_action(
        "wagtail_seloste.booking.relationship_end",
        _("End customer relationship"),
        _("Customer relationship ended"),
    )
    actions.register_action(
        "wagtail_seloste.booking.details_confirmed",
        _("Confirm contact details"),
        _("Contact details confirmed by the client"),
    )
    actions.register_action(
        "wagtail_seloste.booking.confirm", _("Confirm booking"), _("Booking confirmed")
    )
    actions.register_action(
        "wagtail_seloste.booking.cancel", _("Cancel booking"), _("Booking cancelled")
    )
    actions.register_action(
        "wagtail_seloste.feed.reset", _("Reset calendar feed"), _("Calendar feed address reset")
    )
    actions.register_action(
        "wagtail_seloste.booking.marketing_refused",
        _("Refuse email marketing"),
        _("Email marketing refused"),
    )
    actions.register_action(
        "wagtail_seloste.booking.marketing_listed",
        _("List for marketing"),
        _("Listed in the marketing list (CSV)"),
    )


@hooks.register("register_admin_urls")
def register_booking_admin_urls():
    return [
        path(
            "seloste/booking-page/<int:page_id>/reset-feed/",
            reset_feed_secret,
            name="wagtail_seloste_reset_feed",
        )
    ]


@hooks.register("before_delete_page")
def keep_booking_pages_with_bookings(request, page):
    """A booking page with bookings is not deleted: the bookings are register data, and
    invoiced ones are bookkeeping material (Kirjanpitolaki 1336/1997, 2:10)."""
    pages = BookingPage.objects.descendant_of(page, inclusive=True)
    if Booking.objects.filter(page__in=pages).exists():
        messages.error(
            request,
            _(
                "This page (or a page below it) is a booking page with bookings, so it cannot be "
                "deleted. Unpublish it instead; bookings are removed by erasure or the retention "
                "purge."
            ),
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None
