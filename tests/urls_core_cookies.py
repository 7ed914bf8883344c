from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("cookies/", include("cookie_consent.urls")),
    path("cookies/", include("wagtail_seloste.cookies.urls")),
    path("", include(wagtail_urls)),
]
