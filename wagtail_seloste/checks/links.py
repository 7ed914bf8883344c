"""The site's address in clients' links (id wagtail_seloste.E005).

Booking and request emails, calendar files, feeds and exports carry absolute links built on
the Wagtail Site's hostname and port (``wagtail_seloste.links``). ``wagtail start`` leaves the
default Site at ``localhost:80``: every cancel link, notice link and calendar UID would then
point at the client's own machine, silently. With DEBUG off that is an error; in development
the admin shows a warning instead (``wagtail_hooks.py``), since a developer's site is local.
"""

from django.conf import settings
from django.core.checks import Error, register


def _local_addresses():
    from .. import links

    try:
        return links.local_addresses()
    except Exception:  # noqa: BLE001 - before `migrate` (no Site table), or no database here
        # A check must never break `check` itself: without a database there is nothing to say.
        return []


@register()
def check_site_address(app_configs, **kwargs):
    if settings.DEBUG:
        return []
    return [
        Error(
            f"Links in emails, calendar files and exports would point to {address}: "
            "clients cannot open them.",
            hint=(
                "Set the site's real hostname (www.yritys.fi) and port 443 in the admin: "
                "Settings → Sites (https://github.com/wagtail-seloste/wagtail-seloste/blob/main/docs/installation.md#7-the-sites-address)."
            ),
            id="wagtail_seloste.E005",
        )
        for address in _local_addresses()
    ]
