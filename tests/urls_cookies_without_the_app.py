"""A URLconf that includes the cookie settings URLs on a site without the cookies app: the
mistake the check wagtail_seloste.E004 names (tests/combinations/test_core_rights.py)."""

from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("cookies/", include("wagtail_seloste.cookies.urls")),
    path("", include(wagtail_urls)),
]
