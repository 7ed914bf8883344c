"""Wagtail admin hooks of the rights app: the requests admin, its menu, permissions, the
dashboard panel and the audit log actions."""

from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import actions as rights
from . import admin_views as rights_admin
from .dashboard import RightsRequestsPanel
from .export import LOG_DOWNLOADED


@hooks.register("register_admin_urls")
def register_rights_urls():
    from ..register.scoping import register_scoped_model
    from .models import RightsRequest

    # The requests' audit trail in Reports → Site history: each owner sees their sites' only.
    register_scoped_model(RightsRequest)
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
        content_type__app_label="wagtail_seloste_rights",
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
    actions.register_action(
        rights.LOG_EXPORT_SENT, _("Send data"), _("Download link of the data sent to the requester")
    )
    actions.register_action(
        LOG_DOWNLOADED, _("Download data"), _("Data downloaded by the requester through the link")
    )
    actions.register_action(rights.LOG_ERASED, _("Erase data"), _("Data erased"))
    actions.register_action(
        rights.LOG_RESTRICTED, _("Restrict processing"), _("Processing restricted")
    )
    actions.register_action(rights.LOG_WITHDRAWN, _("Withdraw consents"), _("Consents withdrawn"))
    actions.register_action(rights.LOG_EXTENDED, _("Extend deadline"), _("Deadline extended"))
    actions.register_action(rights.LOG_REJECTED, _("Reject request"), _("Request rejected"))
    actions.register_action(rights.LOG_COMPLETED, _("Complete request"), _("Request completed"))
    actions.register_action(
        rights.LOG_ENTERED, _("Enter request"), _("Request entered by the owner")
    )
    actions.register_action(
        rights.LOG_IDENTITY, _("Verify identity"), _("Requester's identity verified")
    )
    actions.register_action(
        rights.LOG_OVER_LIMIT,
        _("Hold the verification link"),
        _("Over the per-email limit: kept, its verification link sent later"),
    )
