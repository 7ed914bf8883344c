"""Test settings: the example site's, with SQLite in memory (or DATABASE_URL) and locmem mail."""

import os

from example_site.settings.base import *  # noqa: F403

SECRET_KEY = "tests-only"
DEBUG = False
ALLOWED_HOSTS = ["*"]
if not os.environ.get("DATABASE_URL"):
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Publishing renders the site's pages for the site checks; the tests that need it enable it.
WAGTAIL_SELOSTE_SITE_CHECKS_ON_PUBLISH = False
