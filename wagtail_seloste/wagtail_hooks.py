"""Wagtail admin hooks of the core: the notice's publishing check, importing an old notice,
and the register's shared "viewed" audit action."""

from django.contrib import messages
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import log

from .notice.check import ERROR, check_notice
from .notice.import_view import ImportNoticeView, can_import
from .notice.json_format import notice_to_dict
from .notice.models import NoticePage
from .notice.review_view import REVIEW_ACTION, ReviewClaimsView
from .register.audit import VIEW_ACTION

PUBLISH_OVERRIDE_ACTION = "wagtail_seloste.publish_override"


@hooks.register("before_publish_page")
def log_publish_override(request, page):
    """A superuser published despite errors: the reason stays in the page's history."""
    override = getattr(page, "_seloste_publish_override", None)
    if override:
        log(page, PUBLISH_OVERRIDE_ACTION, user=request.user, data=override)


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
    return [
        path("seloste/import/", ImportNoticeView.as_view(), name="wagtail_seloste_import"),
        # The owner confirms what the check read (after an import, or from the editor's panel).
        path(
            "seloste/review/<int:page_id>/",
            ReviewClaimsView.as_view(),
            name="wagtail_seloste_review",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportNoticeMenuItem(
        _("Import an old notice"),
        reverse("wagtail_seloste_import"),
        name="seloste-import",
        icon_name="upload",
        order=10000,
    )


@hooks.register("register_log_actions")
def register_view_log_action(actions):
    actions.register_action(VIEW_ACTION, _("View"), _("Viewed"))
    actions.register_action(
        REVIEW_ACTION,
        _("Confirm what the check read"),
        _("Confirmed what the completeness check read; the draft's structured fields updated"),
    )
    actions.register_action(
        PUBLISH_OVERRIDE_ACTION,
        _("Publish despite errors"),
        _("Published despite the completeness check's errors"),
    )


# The email outbox: Settings → Outgoing emails, and failed emails on the dashboard.


@hooks.register("register_admin_viewset")
def register_outbox_viewset():
    from .outbox.viewsets import OutboxViewSet

    return OutboxViewSet()


@hooks.register("construct_homepage_panels")
def add_failed_emails_panel(request, panels):
    from .outbox.viewsets import failed_emails_panel

    panel = failed_emails_panel(request.user)
    if panel is not None:
        panels.append(panel)
