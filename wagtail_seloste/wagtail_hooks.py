"""Wagtail admin hooks: the notice's publishing warning and import, the cookie report, the
client register, and data subject requests."""

from django.contrib import messages
from django.contrib.auth.models import Permission
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import rights
from .completeness import ERROR, check_notice
from .dashboard import RightsRequestsPanel
from .models import Booking, BookingPage, Client, ConsentRecord, NoticePage, TrackingSnippet
from .notice_json import notice_to_dict
from .views import rights_admin
from .views.admin import reset_feed_secret
from .views.cookie_report import ConsentReportView
from .views.importer import ImportNoticeView, can_import
from .viewsets import (
    VIEW_ACTION,
    NoAddPermissionPolicy,
    ReadOnlyPermissionPolicy,
    RegisterViewSetGroup,
)


def _warn_on_publish_with_errors(request, page):
    page = page.specific
    if not isinstance(page, NoticePage) or "action-publish" not in request.POST:
        return
    errors = [f for f in check_notice(notice_to_dict(page)) if f.severity == ERROR]
    if errors:
        messages.warning(
            request,
            ngettext(
                "The notice was published, but the completeness check found %(count)s error: "
                "%(messages)s Fix it and publish again.",
                "The notice was published, but the completeness check found %(count)s errors: "
                "%(messages)s Fix them and publish again.",
                len(errors),
            )
            % {"count": len(errors), "messages": " ".join(f.message for f in errors)},
        )


@hooks.register("after_create_page")
def warn_after_create(request, page):
    _warn_on_publish_with_errors(request, page)


@hooks.register("after_edit_page")
def warn_after_edit(request, page):
    _warn_on_publish_with_errors(request, page)


# "Tuo vanha seloste": import an old plain-text notice as a draft (docs/importing.md).


class ImportNoticeMenuItem(MenuItem):
    def is_shown(self, request):
        return can_import(request.user)


@hooks.register("register_admin_urls")
def register_import_url():
    return [path("seloste/import/", ImportNoticeView.as_view(), name="wagtail_seloste_import")]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportNoticeMenuItem(
        _("Import an old notice"),
        reverse("wagtail_seloste_import"),
        name="seloste-import",
        icon_name="upload",
        order=10000,
    )


# Cookie consent: tracking snippets and the consent report --------------------------------------


class TrackingSnippetViewSet(SnippetViewSet):
    model = TrackingSnippet
    icon = "code"
    menu_label = _("Tracking snippets")
    add_to_admin_menu = False
    list_display = ["name", "category_name", "enabled"]
    copy_view_enabled = False


register_snippet(TrackingSnippetViewSet)


@hooks.register("register_admin_urls")
def register_consent_report_urls():
    return [
        path(
            "seloste/cookie-consents/",
            ConsentReportView.as_view(),
            name="wagtail_seloste_consent_report",
        ),
        path(
            "seloste/cookie-consents/results/",
            ConsentReportView.as_view(results_only=True),
            name="wagtail_seloste_consent_report_results",
        ),
    ]


class ConsentReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("cookie_consent.view_logitem")


@hooks.register("register_reports_menu_item")
def register_consent_report_menu_item():
    return ConsentReportMenuItem(
        _("Cookie consents"),
        reverse("wagtail_seloste_consent_report"),
        name="cookie-consents",
        icon_name="tick-inverse",
        order=1100,
    )


# Data subject requests ---------------------------------------------------------------------


@hooks.register("register_admin_urls")
def register_rights_urls():
    return [
        path(
            "tietopyynnot/",
            include(
                (rights_admin.urlpatterns, rights_admin.app_name), namespace=rights_admin.app_name
            ),
        )
    ]


class RightsMenuItem(MenuItem):
    def is_shown(self, request):
        return rights_admin.can_view_requests(request.user)


@hooks.register("register_admin_menu_item")
def register_rights_menu_item():
    return RightsMenuItem(
        _("Data subject requests"),
        reverse("wagtail_seloste_rights:index"),
        name="seloste-rights",
        icon_name="mail",
        order=250,
    )


@hooks.register("register_permissions")
def register_rights_permissions():
    return Permission.objects.filter(
        content_type__app_label="wagtail_seloste",
        codename__in=["view_rightsrequest", "change_rightsrequest"],
    )


@hooks.register("construct_homepage_panels")
def add_rights_panel(request, panels):
    if rights_admin.can_view_requests(request.user):
        panels.append(RightsRequestsPanel())


@hooks.register("register_log_actions")
def register_rights_log_actions(actions):
    actions.register_action(
        rights.LOG_VERIFIED, _("Verify request"), _("Request verified by the requester")
    )
    actions.register_action(rights.LOG_EXPORTED, _("Export data"), _("Data exported"))
    actions.register_action(rights.LOG_EXPORT_SENT, _("Send data"), _("Data sent to the requester"))
    actions.register_action(rights.LOG_ERASED, _("Erase data"), _("Data erased"))
    actions.register_action(
        rights.LOG_RESTRICTED, _("Restrict processing"), _("Processing restricted")
    )
    actions.register_action(rights.LOG_WITHDRAWN, _("Withdraw consents"), _("Consents withdrawn"))
    actions.register_action(rights.LOG_EXTENDED, _("Extend deadline"), _("Deadline extended"))
    actions.register_action(rights.LOG_REJECTED, _("Reject request"), _("Request rejected"))
    actions.register_action(rights.LOG_COMPLETED, _("Complete request"), _("Request completed"))


# The client register -----------------------------------------------------------------------


# Consent records are evidence (GDPR Art 7(1)): read-only for everyone in the admin.
register_permission_policy(ConsentRecord, ReadOnlyPermissionPolicy(ConsentRecord))
register_permission_policy(Client, NoAddPermissionPolicy(Client))
register_permission_policy(Booking, NoAddPermissionPolicy(Booking))


@hooks.register("register_admin_viewset")
def register_client_register():
    return RegisterViewSetGroup()


@hooks.register("register_log_actions")
def register_register_log_actions(actions):
    actions.register_action(VIEW_ACTION, _("View"), _("Viewed"))
    actions.register_action(
        "wagtail_seloste.booking.confirm", _("Confirm booking"), _("Booking confirmed")
    )
    actions.register_action(
        "wagtail_seloste.booking.cancel", _("Cancel booking"), _("Booking cancelled")
    )
    actions.register_action(
        "wagtail_seloste.feed.reset", _("Reset calendar feed"), _("Calendar feed address reset")
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
