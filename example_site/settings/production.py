"""Production: every value from an environment variable.

What only the deployment can know has no default: DJANGO_SECRET_KEY (the settings refuse to
load without it), DJANGO_ALLOWED_HOSTS, DEFAULT_FROM_EMAIL and WAGTAILADMIN_BASE_URL (left
unset, `manage.py check --deploy` names each: wagtail_seloste.E201, W202, W203). The services
default to this machine (PostgreSQL, Redis and SMTP on 127.0.0.1); `make production` sets the
rest for a local run (example_site/production/stack.py). Each part is explained in
docs/deployment.md.
"""

import os

import django
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import INSTALLED_APPS, MIDDLEWARE


def env(name, default=""):
    return os.environ.get(name, default)


def env_bool(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name, default):
    value = os.environ.get(name)
    return int(value) if value not in (None, "") else default


def env_list(name, default=""):
    """A comma-separated variable as a list, without empty items (never ``['']``)."""
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


DEBUG = False

SECRET_KEY = env("DJANGO_SECRET_KEY")
if not SECRET_KEY:
    raise ImproperlyConfigured(
        "Set DJANGO_SECRET_KEY (e.g. python -c 'import secrets; print(secrets.token_urlsafe(50))')."
    )

# No default: an unset variable leaves ALLOWED_HOSTS empty, which check --deploy reports.
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

# --- Database -----------------------------------------------------------------------------
# Connections are kept open CONN_MAX_AGE seconds by each app process and worker: count them
# against PostgreSQL's max_connections (docs/deployment.md, "Connections").
import dj_database_url  # noqa: E402

DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/seloste"),
        conn_max_age=env_int("CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
# Wagtail's search index uses PostgreSQL's full-text indexes, which Django 6.1's checks want
# django.contrib.postgres installed for (postgres.E005).
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    INSTALLED_APPS = [*INSTALLED_APPS, "django.contrib.postgres"]

# --- Cache --------------------------------------------------------------------------------
# Several app processes share one cache (the banner's consent groups, the notice fragment,
# rate limits): Redis. REDIS_URL="" falls back to a per-process cache, which only a single
# process may use (system check wagtail_seloste.W204).
REDIS_URL = env("REDIS_URL", "redis://127.0.0.1:6379/0")
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's RedisCache whose failures read as misses (logged once a minute), so
            # Wagtail's and the sessions' own cache reads survive a Redis outage too
            # (docs/deployment.md, "Redis: the shared cache").
            "BACKEND": "wagtail_seloste.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env("CACHE_KEY_PREFIX", "seloste"),
            # A silent Redis holds a request for at most this long, once per process.
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# --- Tasks --------------------------------------------------------------------------------
# Emails, exports and purges are stored in the database in the transaction that creates their
# work and run by `manage.py db_worker` (django-tasks-db): a task survives a restart.
INSTALLED_APPS = [*INSTALLED_APPS, "django_tasks_db"]
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# --- Email --------------------------------------------------------------------------------
_SMTP = {
    "host": env("EMAIL_HOST", "127.0.0.1"),
    "port": env_int("EMAIL_PORT", 25),
    "username": env("EMAIL_HOST_USER"),
    "password": env("EMAIL_HOST_PASSWORD"),
    "use_tls": env_bool("EMAIL_USE_TLS", False),
    "use_ssl": env_bool("EMAIL_USE_SSL", False),
    # An SMTP server that accepts and never answers must not hold a worker for ever.
    "timeout": env_int("EMAIL_TIMEOUT", 10),
}
# Django 6.1 configures email in MAILERS (the EMAIL_* settings are deprecated there and may not
# be set beside it); 5.2 and 6.0 know only the EMAIL_* settings. The same environment either way.
if django.VERSION >= (6, 1):
    MAILERS = {
        "default": {"BACKEND": "django.core.mail.backends.smtp.EmailBackend", "OPTIONS": _SMTP}
    }
else:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = _SMTP["host"]
    EMAIL_PORT = _SMTP["port"]
    EMAIL_HOST_USER = _SMTP["username"]
    EMAIL_HOST_PASSWORD = _SMTP["password"]
    EMAIL_USE_TLS = _SMTP["use_tls"]
    EMAIL_USE_SSL = _SMTP["use_ssl"]
    EMAIL_TIMEOUT = _SMTP["timeout"]
# The business's own sender, never the demo's: unset, Django's webmaster@localhost stays and
# check --deploy names it (wagtail_seloste.W202).
if env("DEFAULT_FROM_EMAIL"):
    DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL")
if env("SERVER_EMAIL") or env("DEFAULT_FROM_EMAIL"):
    SERVER_EMAIL = env("SERVER_EMAIL", env("DEFAULT_FROM_EMAIL"))
# "Name <address>" or "address", comma-separated: who gets an email on a server error. Django 6.0
# takes the strings as they are (its (name, address) pairs are deprecated); 5.2 needs the pairs.
if django.VERSION >= (6, 0):
    ADMINS = env_list("DJANGO_ADMINS")
else:
    ADMINS = [
        (item.split("<")[0].strip(), item.split("<")[-1].rstrip(">").strip())
        for item in env_list("DJANGO_ADMINS")
    ]

# The site's public address, for the admin links of owners' emails; unset, check --deploy names
# it (wagtail_seloste.W203) instead of sending links to 127.0.0.1.
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL")

# --- Static files -------------------------------------------------------------------------
# WhiteNoise serves the collected static files from the app processes, compressed and with
# far-future caching; a CDN or the proxy can serve STATIC_ROOT instead.
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    *[m for m in MIDDLEWARE if m != "django.middleware.security.SecurityMiddleware"],
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if env("STATIC_ROOT"):
    STATIC_ROOT = env("STATIC_ROOT")
if env("MEDIA_ROOT"):
    MEDIA_ROOT = env("MEDIA_ROOT")

# --- HTTPS behind a proxy -----------------------------------------------------------------
# The app processes listen on plain HTTP behind a proxy (nginx, a load balancer) that ends TLS
# and sets X-Forwarded-Proto; trust that header only when such a proxy is the only way in.
# DJANGO_HTTPS=0 turns the HTTPS settings off for a local run over plain HTTP (make production).
HTTPS = env_bool("DJANGO_HTTPS", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if HTTPS else None
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", HTTPS)
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
COOKIE_CONSENT_SECURE = HTTPS
# Start low (e.g. 300) on a new domain and raise it once HTTPS works everywhere.
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 60 * 60 * 24 * 365 if HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", True)
# Preloading is a commitment to the browsers' preload list that only the domain's owner can
# make; `check --deploy` reminds of it (security.W021) until they opt in.
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", False)
SILENCED_SYSTEM_CHECKS = [] if SECURE_HSTS_PRELOAD else ["security.W021"]
if not HTTPS:
    # Plain HTTP on 127.0.0.1 only: Django's HTTPS checks do not apply to it. The plugin's own
    # (wagtail_seloste.W209) stays until it is acknowledged below.
    SILENCED_SYSTEM_CHECKS += [
        "security.W004",
        "security.W008",
        "security.W012",
        "security.W016",
    ]
# Warnings of check --deploy that a deployment acknowledges, by id, comma-separated, e.g.
# DJANGO_SILENCED_SYSTEM_CHECKS=wagtail_seloste.W209 for a site on an internal network only.
SILENCED_SYSTEM_CHECKS += env_list("DJANGO_SILENCED_SYSTEM_CHECKS")

# --- Logging ------------------------------------------------------------------------------
# One JSON object a line on stderr (journald, Docker and log collectors read it), with email
# addresses and phone numbers redacted; ADMINS get a short email without the request's data.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "redact": {"()": "wagtail_seloste.log.RedactPersonalData"},
        "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
    },
    "formatters": {"json": {"()": "wagtail_seloste.log.JsonFormatter"}},
    "handlers": {
        "stderr": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stderr",
            "filters": ["redact"],
            "formatter": "json",
        },
        "mail_admins": {
            "class": "wagtail_seloste.log.AdminEmailHandler",
            "level": "ERROR",
            "filters": ["require_debug_false", "redact"],
        },
    },
    "root": {"handlers": ["stderr"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        "django": {"handlers": ["stderr", "mail_admins"], "level": "INFO", "propagate": False},
        # Each request line carries its path; gunicorn's access log is off for the same reason.
        "django.server": {"handlers": ["stderr"], "level": "WARNING", "propagate": False},
    },
}

# --- The plugin ---------------------------------------------------------------------------
# Booking confirmations per client address per hour; a load test from one address raises it.
WAGTAIL_SELOSTE_BOOKING_RATE_LIMIT = env_int("WAGTAIL_SELOSTE_BOOKING_RATE_LIMIT", 5)
# The email outbox: first retry after this many seconds (doubling), attempts before it is marked
# failed, and when an email claimed by a worker that died is taken up again (> EMAIL_TIMEOUT).
WAGTAIL_SELOSTE_OUTBOX_RETRY_DELAY = env_int("WAGTAIL_SELOSTE_OUTBOX_RETRY_DELAY", 60)
WAGTAIL_SELOSTE_OUTBOX_MAX_ATTEMPTS = env_int("WAGTAIL_SELOSTE_OUTBOX_MAX_ATTEMPTS", 8)
WAGTAIL_SELOSTE_OUTBOX_CLAIM_TIMEOUT = env_int("WAGTAIL_SELOSTE_OUTBOX_CLAIM_TIMEOUT", 300)
