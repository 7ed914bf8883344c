"""Template helpers of the controller's records (the Art 30 record, the breach log)."""

from django import template

register = template.Library()


@register.filter
def column(activity, key):
    """A record column of an activity by its key (``{{ activity|column:"purpose" }}``)."""
    return getattr(activity, key, "")
