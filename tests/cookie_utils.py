"""Helpers for the cookie tests (unit and browser): change the notice's declared cookies."""

from wagtail_seloste.models import NoticePage
from wagtail_seloste.notice.json_format import notice_to_dict, page_fields_from_dict


def publish_notice_with(notice, change):
    """Apply ``change(data)`` to the notice's wagtail-seloste/1 dict and publish the result."""
    page = NoticePage.objects.get(pk=notice.pk)
    data = notice_to_dict(page)
    change(data)
    page.sections = page_fields_from_dict(data)["sections"]
    page.save_revision().publish()
    return NoticePage.objects.get(pk=notice.pk)


def add_cookie(category, name, purpose="Testi.", duration="1 vuosi"):
    def change(data):
        data["cookies"].append(
            {
                "category": category,
                "name": name,
                "provider": "example.test",
                "purpose": purpose,
                "duration": duration,
            }
        )

    return change


def add_category(key, name, cookies=()):
    def change(data):
        section = next(s for s in data["sections"] if s["kind"] == "cookies")
        section["categories"].append(
            {"key": key, "name": name, "description": f"{name}.", "necessary": False}
        )
        for cookie in cookies:
            data["cookies"].append(
                {"category": key, "name": cookie, "provider": "", "purpose": "", "duration": ""}
            )

    return change


def varname(key, site=None):
    """The django-cookie-consent varname of the (default) site's category ``key``."""
    from wagtail.models import Site

    from wagtail_seloste.cookies.consent import varname_for

    site = site or Site.objects.get(is_default_site=True)
    return varname_for(site.pk, key)


def key_of(name):
    """The category key of a site-scoped varname ("s1-analytics" → "analytics")."""
    return name.split("-", 1)[1]
