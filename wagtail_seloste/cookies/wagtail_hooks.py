"""Wagtail admin hooks of the cookies app: tracking snippets and the consent report."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from ..register.scoping import ScopedBulkActionMixin, ScopedViewSetMixin
from .models import TrackingSnippet
from .report import ConsentReportView


class ScopedSnippetChooserViewSet(ScopedViewSetMixin, SnippetChooserViewSet):
    pass


class TrackingSnippetViewSet(ScopedViewSetMixin, SnippetViewSet):
    """A snippet runs on one site: each owner sees and chooses their sites' snippets only."""

    chooser_viewset_class = ScopedSnippetChooserViewSet
    model = TrackingSnippet
    icon = "code"
    menu_label = _("Tracking snippets")
    add_to_admin_menu = False
    list_display = ["name", "category_name", "enabled"]
    copy_view_enabled = False


register_snippet(TrackingSnippetViewSet)


class TrackingSnippetDeleteBulkAction(ScopedBulkActionMixin, DeleteBulkAction):
    """Wagtail's bulk delete of snippets, limited to the user's sites' tracking snippets."""

    models = [TrackingSnippet]


# Registered after Wagtail's own snippet bulk delete (order), so that this one is used for
# tracking snippets.
hooks.register("register_bulk_action", TrackingSnippetDeleteBulkAction, order=100)


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


@hooks.register("before_edit_page")
def say_when_the_banner_is_not_shown(request, page):
    """Opening a notice that declares only necessary cookies, say that the banner is not shown
    and why: an owner who followed the installation sees no banner and would think it broken."""
    from wagtail.admin import messages

    from ..notice.models import NoticePage
    from .consent import declared_categories

    if request.method != "GET" or not isinstance(page.specific, NoticePage):
        return
    if any(not category["necessary"] for category in declared_categories(page.specific)):
        return
    messages.info(
        request,
        _(
            "The cookie banner is not shown: this notice declares only necessary cookies, which "
            "need no consent (917/2014 §205). When the site sets other cookies, for example for "
            "analytics, add an optional category with them to the Cookies section and publish: "
            "the banner then asks visitors for consent."
        ),
    )
