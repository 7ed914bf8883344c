"""Public URLs of wagtail-seloste. Include them beside django-cookie-consent's:

    path("cookies/", include("cookie_consent.urls")),
    path("cookies/", include("wagtail_seloste.urls")),

which gives the cookie settings view at ``/cookies/settings/`` (docs/cookies.md).
"""

from django.urls import path

from .views import CookieSettingsView

app_name = "wagtail_seloste_cookies"

urlpatterns = [
    path("settings/", CookieSettingsView.as_view(), name="cookie_settings"),
]
