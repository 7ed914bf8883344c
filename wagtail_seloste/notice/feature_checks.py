"""The notice held against the features the site has: a notice that sends visitors to cookie
settings, a request form or a booking page the site does not have (GDPR Art 12(1): the
information must be accurate; Art 13: it describes the processing that actually happens).

Registered with the site checks from the core's ``AppConfig.ready``. The core knows no feature
app: apps and page models are looked up by name.
"""

import json
import re

from django.apps import apps
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from .site_checks import register_site_check

# What a notice writes when it sends the reader to the feature, in Finnish, Swedish and English
# (lowercase; a stem matches its inflected forms: evästeasetuksista, pyyntölomakkeella).
MENTIONS = {
    "cookies": (
        "evästeasetu",
        "inställningarna för kakor",
        "inställningar för kakor",
        "cookieinställning",
        "cookie settings",
        "cookie preferences",
    ),
    "rights": (
        "pyyntölomak",
        "formuläret för begäran",
        "formulär för begäran",
        "request form",
    ),
    "booking": (
        "ajanvaraussivu",
        "verkkoajanvarau",
        "nettiajanvarau",
        "bokningssida",
        "webbokning",
        "onlinebokning",
        "booking page",
        "online booking",
        "book online",
    ),
}
# The page a mention needs, by (app label, model name); the cookie settings are a view.
PAGES = {
    "rights": ("wagtail_seloste_rights", "RightsRequestPage"),
    "booking": ("wagtail_seloste_booking", "BookingPage"),
}
MESSAGES = {
    "cookies": _(
        "The notice refers to cookie settings, but the site has no cookie banner or settings "
        "page (the cookies app is not installed). Remove the reference, or install the cookies "
        "app."
    ),
    "rights": _(
        "The notice refers to a request form, but the site has no published data subject "
        "request page. Remove the reference, or publish a request page."
    ),
    "booking": _(
        "The notice refers to booking on the site, but the site has no published booking "
        "page. Remove the reference, or publish a booking page."
    ),
}
CODES = {
    "cookies": "missing-feature-cookie-settings",
    "rights": "missing-feature-request-form",
    "booking": "missing-feature-booking-page",
}


def _text(notice):
    """Everything the notice says, lowercase, without markup."""
    return re.sub(r"\s+", " ", strip_tags(json.dumps(notice, ensure_ascii=False))).lower()


def _site_has(site, feature):
    if not apps.is_installed(f"wagtail_seloste.{feature}"):
        return False
    if feature not in PAGES:
        return True
    model = apps.get_model(*PAGES[feature])
    return model.objects.live().descendant_of(site.root_page, inclusive=True).exists()


@register_site_check
def missing_feature_checks(context):
    text = _text(context.notice)
    return [
        context.finding(CODES[feature], "warning", MESSAGES[feature], source="GDPR Art 12(1)")
        for feature, words in MENTIONS.items()
        if any(word in text for word in words) and not _site_has(context.site, feature)
    ]
