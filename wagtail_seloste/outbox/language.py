"""The language of an email to the site's owner.

An owner reads the plugin's emails in the language they use the admin in, never in the
language of the client who booked or of the page the request came from: the Wagtail user
whose email is the notification address, with a language chosen in their profile, gets that
language; otherwise the site's default language (the language of its root page, else
``LANGUAGE_CODE``), which is what the admin shows a user who has not chosen one.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import FieldError


def _supported(language):
    """``language`` as one of ``LANGUAGES`` (``sv-fi`` → ``sv``), or None."""
    if not language:
        return None
    codes = [code for code, _name in settings.LANGUAGES]
    for candidate in (language, language.split("-")[0]):
        if candidate in codes:
            return candidate
    return None


def site_language(site):
    """The site's default language: its root page's locale, else ``LANGUAGE_CODE``."""
    try:
        language = site.root_page.locale.language_code if site is not None else None
    except Exception:  # noqa: BLE001 - a site without a root page or locale: the default
        language = None
    return _supported(language) or settings.LANGUAGE_CODE


def owner_language(site, address):
    """The language of an email to the owner at ``address`` on ``site``."""
    for language in _profile_languages(address):
        if supported := _supported(language):
            return supported
    return site_language(site)


def _profile_languages(address):
    """The admin languages chosen by the active users whose email is ``address``."""
    if not address:
        return []
    user_model = get_user_model()
    users = user_model._default_manager.filter(
        **{f"{user_model.get_email_field_name()}__iexact": address.strip()}
    )
    try:
        if any(f.name == "is_active" for f in user_model._meta.concrete_fields):
            users = users.filter(is_active=True)
        return list(
            users.exclude(wagtail_userprofile__preferred_language="")
            .order_by("pk")
            .values_list("wagtail_userprofile__preferred_language", flat=True)
        )
    except FieldError:  # a custom user model without an email field
        return []
