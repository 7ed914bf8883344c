from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # django-cookie-consent's accept/decline endpoints answer a POST and redirect back: they
    # need no language of their own.
    path("cookies/", include("cookie_consent.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# What a visitor reads, per language: Finnish (LANGUAGE_CODE) at the root without a prefix,
# Swedish under /sv/ and English under /en/. Wagtail serves each locale's translation of the
# page tree (WAGTAIL_I18N_ENABLED).
urlpatterns += i18n_patterns(
    path("cookies/", include("wagtail_seloste.cookies.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
