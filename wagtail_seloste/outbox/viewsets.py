"""The outbox in the Wagtail admin: Settings → Outgoing emails, and a dashboard panel that
appears when an email finally failed (docs/deployment.md, "Email: the outbox").

The list is read-only: the plugin writes the rows. It shows labels and errors, never addresses
(the row holds none). Who sees it is decided by the model's view permission; which sites' rows,
by the register's scoping, which ``wagtail_hooks.py`` mixes in (the outbox knows nothing of the
register).
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .models import OutboxEmail


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Listing and inspecting only: nobody adds, edits or deletes an outbox row by hand."""

    def user_has_permission(self, user, action):
        if action in {"add", "change", "delete"}:
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(OutboxEmail, ReadOnlyPermissionPolicy(OutboxEmail))


class OutboxViewSet(ModelViewSet):
    model = OutboxEmail
    icon = "mail"
    menu_label = _("Outgoing emails")
    add_to_settings_menu = True
    url_prefix = "seloste/outbox"
    name = "wagtail_seloste_outbox"
    list_display = ["label", "status", "attempts", "last_error", "created_at", "sent_at"]
    list_filter = ["status"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "label",
        "site",
        "status",
        "attempts",
        "next_attempt_at",
        "last_error",
        "created_at",
        "sent_at",
    ]
    exclude_form_fields = []
    copy_view_enabled = False


class FailedEmailsPanel(Component):
    """Shown on the dashboard while emails that finally failed wait for the owner."""

    name = "seloste_outbox"
    template_name = "wagtail_seloste/outbox/panel.html"
    order = 80

    def __init__(self, failed):
        self.failed = failed

    def get_context_data(self, parent_context):
        return {"failed": self.failed}


def failed_emails_panel(user, scope=lambda queryset, user: queryset):
    """The panel for ``user``, or None when nothing failed or they may not see the outbox.
    ``scope(queryset, user)`` limits the rows to the sites the user may see."""
    if not ReadOnlyPermissionPolicy(OutboxEmail).user_has_permission(user, "view"):
        return None
    failed = list(
        scope(OutboxEmail.objects.filter(status=OutboxEmail.FAILED), user).order_by("-created_at")[
            :10
        ]
    )
    return FailedEmailsPanel(failed) if failed else None
