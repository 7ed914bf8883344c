"""Wagtail admin hooks of the core: the notice's publishing check, importing an old notice,
and the register's shared "viewed" audit action."""

from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import NoReverseMatch, path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin import messages as admin_messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.log_actions import log
from wagtail.permissions import register_permission_policy

from .notice.check import ERROR, check_notice
from .notice.import_view import ImportNoticeView, can_import
from .notice.json_format import notice_to_dict
from .notice.models import NoticePage
from .notice.review_view import REVIEW_ACTION, ReviewClaimsView
from .register.audit import VIEW_ACTION
from .register.breaches.admin import BreachPermissionPolicy
from .register.models import Breach

PUBLISH_OVERRIDE_ACTION = "wagtail_seloste.publish_override"

# A breach is the accountability record of GDPR Art 33(5): nobody deletes one in the admin.
register_permission_policy(Breach, BreachPermissionPolicy(Breach))


@hooks.register("insert_global_admin_css")
def phone_admin_css():
    """The admin on a phone: wide tables scroll in their own box, long words wrap."""
    return format_html(
        '<link rel="stylesheet" href="{}">', static("wagtail_seloste/css/admin_phone.css")
    )


@hooks.register("before_publish_page")
def log_publish_override(request, page):
    """A superuser published despite errors: the reason stays in the page's history."""
    override = getattr(page, "_seloste_publish_override", None)
    if override:
        log(page, PUBLISH_OVERRIDE_ACTION, user=request.user, data=override)


def findings_list(findings):
    """The findings as an HTML list, in words: each message says what to fix and the law it
    comes from (the developer codes stay out of the owner's view)."""
    return format_html(
        "<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((f.message,) for f in findings))
    )


@hooks.register("before_publish_page")
def refuse_publishing_with_errors(request, page):
    """Publishing a notice whose check finds errors stops here, after Wagtail saved the
    changes as a draft (a new revision): one message says that the draft is saved, that the
    notice was not published, and what to fix (``NoticePageForm`` found the errors)."""
    errors = getattr(page, "_seloste_publish_errors", None)
    if not errors:
        return None
    message = ngettext(
        "Your changes are saved as a draft, but the notice was not published: the completeness "
        "check found %(count)s error. Fix it and publish again.",
        "Your changes are saved as a draft, but the notice was not published: the completeness "
        "check found %(count)s errors. Fix them and publish again.",
        len(errors),
    ) % {"count": len(errors)}
    if request.user.is_superuser:
        message += " " + str(
            _(
                "If the notice must be published now, write why in “Publish despite errors: "
                "reason” at the end of the form; the reason is saved in the page's history."
            )
        )
    admin_messages.error(request, format_html("{}{}", message, findings_list(errors)))
    return redirect("wagtailadmin_pages:edit", page.pk)


def _warn_on_publish_with_errors(request, page):
    page = page.specific
    if not isinstance(page, NoticePage) or "action-publish" not in request.POST:
        return
    errors = [f for f in check_notice(notice_to_dict(page)) if f.severity == ERROR]
    if errors:
        message = ngettext(
            "The notice was published, but the completeness check found %(count)s error. Fix "
            "it and publish again.",
            "The notice was published, but the completeness check found %(count)s errors. Fix "
            "them and publish again.",
            len(errors),
        ) % {"count": len(errors)}
        admin_messages.warning(request, format_html("{}{}", message, findings_list(errors)))


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
    from .register.scoping import ScopedViewSetMixin

    # An email's label and error speak of another site's bookings and requests: each owner
    # sees their sites' rows only (a row without a site, to superusers only).
    class ScopedOutboxViewSet(ScopedViewSetMixin, OutboxViewSet):
        pass

    return ScopedOutboxViewSet()


@hooks.register("construct_homepage_panels")
def add_failed_emails_panel(request, panels):
    from .outbox.viewsets import failed_emails_panel
    from .register.scoping import scope

    panel = failed_emails_panel(request.user, scope)
    if panel is not None:
        panels.append(panel)


class SiteAddressPanel(Component):
    """Shown on the dashboard in development while clients' links would be local (the
    production counterpart is the system check wagtail_seloste.E005)."""

    name = "seloste_site_address"
    template_name = "wagtail_seloste/admin/site_address_panel.html"
    order = 70

    def __init__(self, addresses, sites_url):
        self.addresses = addresses
        self.sites_url = sites_url

    def get_context_data(self, parent_context):
        return {"addresses": self.addresses, "sites_url": self.sites_url}


@hooks.register("construct_homepage_panels")
def add_site_address_panel(request, panels):
    from django.conf import settings

    from . import links

    if not settings.DEBUG:
        return
    addresses = links.local_addresses()
    if addresses:
        sites_url = ""
        if request.user.has_perm("wagtailcore.change_site"):
            try:
                sites_url = reverse("wagtailsites:index")
            except NoReverseMatch:  # wagtail.sites not installed
                sites_url = ""
        panels.append(SiteAddressPanel(addresses, sites_url))


# The controller's records (docs/processors.md, record.md, breaches.md).


@hooks.register("register_admin_viewset")
def register_processors_viewset():
    from .register.processors_admin import ProcessorViewSet

    return ProcessorViewSet()


@hooks.register("register_admin_viewset")
def register_record_activities_viewset():
    from .register.record_admin import RecordActivityViewSet

    return RecordActivityViewSet()


@hooks.register("register_admin_urls")
def register_record_urls():
    from .register.record_admin import RecordPrintView, RecordView

    return [
        path("seloste/record/", RecordView.as_view(), name="wagtail_seloste_record"),
        path(
            "seloste/record/results/",
            RecordView.as_view(results_only=True),
            name="wagtail_seloste_record_results",
        ),
        path(
            "seloste/record/print/", RecordPrintView.as_view(), name="wagtail_seloste_record_print"
        ),
    ]


class RecordMenuItem(MenuItem):
    def is_shown(self, request):
        from .register.record_admin import can_view_record

        return can_view_record(request.user)


@hooks.register("register_reports_menu_item")
def register_record_menu_item():
    return RecordMenuItem(
        _("Record of processing activities"),
        reverse("wagtail_seloste_record"),
        name="seloste-record",
        icon_name="list-ul",
        order=900,
    )


@hooks.register("register_admin_viewset")
def register_breaches_viewset():
    from .register.breaches.admin import BreachViewSet

    return BreachViewSet()


@hooks.register("register_log_actions")
def register_records_log_actions(actions):
    from .register.breaches import steps
    from .register.processors_admin import DISMISS_ACTION

    actions.register_action(
        DISMISS_ACTION, _("Mark not used"), _("Proposed processor marked not used")
    )
    for action, label, message in [
        (steps.NOTE_ACTION, _("Add a note"), _("Note added to the breach")),
        (steps.DECISION_ACTION, _("Decide on notifying"), _("Decision on notifying recorded")),
        (
            steps.AUTHORITY_ACTION,
            _("Notify the Ombudsman"),
            _("Notification to the Data Protection Ombudsman recorded"),
        ),
        (steps.PEOPLE_ACTION, _("Tell the people"), _("Telling the people affected recorded")),
        (
            steps.MESSAGE_ACTION,
            _("Send the message"),
            _("Message sent to the people affected"),
        ),
        (steps.CLOSE_ACTION, _("Close"), _("Breach closed")),
        (steps.REOPEN_ACTION, _("Reopen"), _("Breach reopened")),
        (steps.REMINDER_ACTION, _("Remind"), _("Reminder sent to the owner after 48 hours")),
        (steps.ESTIMATE_ACTION, _("Estimate the scope"), _("Scope estimated from the register")),
    ]:
        actions.register_action(action, label, message)
