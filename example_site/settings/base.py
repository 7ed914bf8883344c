"""Settings shared by every environment of the example site."""

import os
from pathlib import Path

SITE_DIR = Path(__file__).resolve().parent.parent  # example_site/
VAR_DIR = SITE_DIR / "var"

INSTALLED_APPS = [
    "example_site.home",
    # The core and the three feature apps (docs/installation.md: pick the ones you use).
    "wagtail_seloste",
    "wagtail_seloste.cookies",
    "wagtail_seloste.booking",
    "wagtail_seloste.rights",
    "cookie_consent",
    "formtools",
    "wagtail.locales",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    # Many sites on one install: the request's site from the shared cache (docs/deployment.md).
    # First: a database outage anywhere below answers 503 with a clear page (docs/deployment.md).
    "wagtail_seloste.middleware.DatabaseOutageMiddleware",
    "wagtail_seloste.middleware.SiteLookupMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # After sessions, before common (Django's order): picks the language from the URL prefix.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "wagtail_seloste.cookies.middleware.CleanCookiesMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "example_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SITE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "example_site.wsgi.application"


def _database():
    """PostgreSQL (or any database) from DATABASE_URL; SQLite in example_site/var otherwise."""
    url = os.environ.get("DATABASE_URL")
    if url:
        import dj_database_url

        return dj_database_url.parse(url, conn_max_age=60)
    VAR_DIR.mkdir(exist_ok=True)
    return {"ENGINE": "django.db.backends.sqlite3", "NAME": VAR_DIR / "db.sqlite3"}


DATABASES = {"default": _database()}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Finnish first; Swedish and English follow.
# The demo site's own strings (its templates); the plugin ships its own catalogues.
LOCALE_PATHS = [SITE_DIR / "locale"]

LANGUAGE_CODE = "fi"
LANGUAGES = [("fi", "suomi"), ("sv", "svenska"), ("en", "English")]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# Wagtail's own localisation: every page exists per locale as a translation of the Finnish one
# (same translation_key). Finnish is served at the root, Swedish under /sv/ and English under
# /en/ (example_site/urls.py; docs/installation.md, "Languages").
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
TIME_ZONE = "Europe/Helsinki"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
# The example site's own static files (css/site.css); example_site is not an app.
STATICFILES_DIRS = [SITE_DIR / "static"]
STATIC_ROOT = VAR_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "Hierontaklinikka Lempeä Kosketus"
# `PORT=8080 make demo` serves on another port: the admin's links in emails follow it.
WAGTAILADMIN_BASE_URL = os.environ.get(
    "WAGTAILADMIN_BASE_URL", f"http://127.0.0.1:{os.environ.get('PORT', '8000')}"
)
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "txt", "xlsx"]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Work that happens after a request (emails, purges) runs as django-tasks tasks. The
# immediate backend runs them in-process after commit; production uses a worker.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

WAGTAIL_SELOSTE_BASE_TEMPLATE = "base.html"
