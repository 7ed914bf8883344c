"""What the register's admin screens share: the "viewed" audit action and permission policies.

Every opening of a record that holds personal data is written to Wagtail's audit log as
``wagtail_seloste.view``, so "who viewed" is answerable (GDPR Art 5(2), accountability).
"""

from django.db.models import Q
from wagtail.permission_policies import ModelPermissionPolicy

VIEW_ACTION = "wagtail_seloste.view"


class DeniedActionsPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, with some actions denied to everyone (superusers included)."""

    denied_actions = ()

    def user_has_permission(self, user, action):
        if action in self.denied_actions:
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


def log_entries(instances):
    """Who viewed or changed these records and when, from Wagtail's audit log (Art 15(1))."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.log_actions import registry as log_registry
    from wagtail.models import ModelLogEntry

    by_type = {}
    for obj in instances:
        ct = ContentType.objects.get_for_model(obj, for_concrete_model=False)
        by_type.setdefault(ct.pk, []).append(str(obj.pk))
    if not by_type:
        return []
    query = Q()
    for ct_id, ids in by_type.items():
        query |= Q(content_type_id=ct_id, object_id__in=ids)
    entries = ModelLogEntry.objects.filter(query).select_related("user").order_by("timestamp")
    rows = []
    for entry in entries:
        formatter = log_registry.get_formatter(entry)
        user = entry.user
        rows.append(
            {
                "time": entry.timestamp,
                "record": entry.label,
                "action": str(formatter.label) if formatter else entry.action,
                "by": (user.get_full_name() or user.get_username()) if user else "",
            }
        )
    return rows
