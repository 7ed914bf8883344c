"""A URLconf without wagtail-seloste's URLs, for the system check test."""

from django.urls import include, path

urlpatterns = [path("cookies/", include("cookie_consent.urls"))]
