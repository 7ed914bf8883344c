"""Public URLs of wagtail-seloste. Include them beside django-cookie-consent's:

    path("cookies/", include("cookie_consent.urls")),
    path("cookies/", include("wagtail_seloste.cookies.urls")),

which gives the cookie settings view at ``/cookies/settings/`` (docs/cookies.md).
"""

from django.apps import apps
from django.urls import path

app_name = "wagtail_seloste_cookies"

if apps.is_installed("wagtail_seloste.cookies"):
    from .views import CookieSettingsView

    urlpatterns = [
        path("settings/", CookieSettingsView.as_view(), name="cookie_settings"),
    ]
else:
    # Included without the app in INSTALLED_APPS: no routes, and the check
    # wagtail_seloste.E004 says so with the fix (importing the views would raise a
    # RuntimeError from their models at every command instead).
    urlpatterns = []
