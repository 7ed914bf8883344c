"""A site with the core and the cookies app only: no booking, no rights requests."""

from tests.settings import *  # noqa: F403
from tests.settings import INSTALLED_APPS

SELOSTE_COMBINATION = "core_cookies"
INSTALLED_APPS = [
    app
    for app in INSTALLED_APPS
    if app not in ("wagtail_seloste.booking", "wagtail_seloste.rights", "formtools")
]
ROOT_URLCONF = "tests.urls_core_cookies"
