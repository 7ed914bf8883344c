"""A site with the core and the rights app only: no cookie banner, no booking."""

from pathlib import Path

from tests.settings import *  # noqa: F403
from tests.settings import INSTALLED_APPS, MIDDLEWARE, TEMPLATES

SELOSTE_COMBINATION = "core_rights"
INSTALLED_APPS = [
    app
    for app in INSTALLED_APPS
    if app
    not in ("wagtail_seloste.booking", "wagtail_seloste.cookies", "formtools", "cookie_consent")
]
MIDDLEWARE = [
    m for m in MIDDLEWARE if not m.startswith(("cookie_consent.", "wagtail_seloste.cookies."))
]
ROOT_URLCONF = "tests.urls_core_rights"
# The example site's base template loads the banner's tags; this site has no banner.
TEMPLATES = [dict(TEMPLATES[0], DIRS=[Path(__file__).parent / "templates"])]
WAGTAIL_SELOSTE_BASE_TEMPLATE = "plain_base.html"
