"""Times in the register's admin screens in the site's time zone.

A booking at 9.00 is at 9.00 for the business, whatever time zone an admin user picked in their
Wagtail profile (Wagtail renders admin views in that zone, UTC for some): the register's lists,
inspect and edit views, the requests admin and the owner's emails show times in the zone the
booking pages offer their times in, ``TIME_ZONE`` (:func:`site_time_zone`).

Wagtail's inspect view also formats field values with ``|localize``, which turns an aware
datetime into text before the template converts it to local time; :class:`LocalTimeInspectMixin`
hands it the local time instead.
"""

import functools
import types
import zoneinfo
from datetime import datetime

from django.conf import settings
from django.utils import timezone


def site_time_zone():
    """The zone of the sites' times: the booking pages offer their times in it (``slots.py``
    reads the current zone, ``TIME_ZONE`` outside the admin), so the admin and the emails
    show them in it too."""
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def local(value):
    """An aware datetime in the site's time zone (anything else as it is)."""
    if isinstance(value, datetime) and timezone.is_aware(value):
        return timezone.localtime(value, site_time_zone())
    return value


def in_site_time_zone(view):
    """Decorate an admin view so that it and its (lazily rendered) template run in the site's
    time zone. Wagtail's own wrapper (the user's profile zone) is outside this one."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        zone = site_time_zone()
        with timezone.override(zone):
            response = view(request, *args, **kwargs)
        if hasattr(response, "render") and not getattr(response, "is_rendered", True):
            render = response.render

            def render_in_zone(self):
                with timezone.override(zone):
                    return render()

            response.render = types.MethodType(render_in_zone, response)
        return response

    return wrapped


class SiteTimeZoneViewSetMixin:
    """A Wagtail viewset whose every view (index, inspect, edit, delete, history…) runs in
    the site's time zone. A viewset's own views go in :meth:`get_extra_urlpatterns`."""

    def get_extra_urlpatterns(self):
        return []

    def get_urlpatterns(self):
        patterns = [*super().get_urlpatterns(), *self.get_extra_urlpatterns()]
        for pattern in patterns:
            if hasattr(pattern, "callback"):
                pattern.callback = in_site_time_zone(pattern.callback)
        return patterns


class LocalTimeInspectMixin:
    """An inspect view that shows datetimes in the site's time zone (see the module's note on
    Wagtail's ``|localize``)."""

    def get_field_display_value(self, field_name, field):
        return local(super().get_field_display_value(field_name, field))
