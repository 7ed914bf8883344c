"""Template filters of the booking pages and emails."""

from django import template

from ..formats import on_weekday as _on_weekday

register = template.Library()


@register.filter
def on_weekday(value):
    """``{{ start|on_weekday }}``: "keskiviikkona 2.12.2026" (the weekday in the essive)."""
    return _on_weekday(value)
