"""The whole example site with wagtail-localize instead of simple_translation (docs/installation.md,
"Translating the pages")."""

from tests.settings import *  # noqa: F403
from tests.settings import INSTALLED_APPS

SELOSTE_COMBINATION = "localize"
INSTALLED_APPS = [
    {"wagtail.locales": "wagtail_localize.locales"}.get(app, app)
    for app in INSTALLED_APPS
    if app != "wagtail.contrib.simple_translation"
]
INSTALLED_APPS.insert(INSTALLED_APPS.index("wagtail_localize.locales"), "wagtail_localize")
