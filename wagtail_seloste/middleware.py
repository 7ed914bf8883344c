"""The site's own middleware: the request's Wagtail site from the shared cache
(``SiteLookupMiddleware``) and a clear 503 page while the database is out
(``DatabaseOutageMiddleware``, with ``DatabaseOutageLogFilter``: one log line a minute).

Finding the request's Wagtail site from the shared cache, for installs with many sites.

Wagtail looks the site up with a query that reads every site row (hostname OR default site)
on each request, so its cost grows with the number of sites. This middleware keeps the
answer per host and port in the shared cache and hands it to Wagtail (which reads
``request._wagtail_site`` before querying). The site is kept with its root page, so a served
page costs no site query at all. The entries are forgotten whenever a site is saved or
deleted, or a site's root page is saved or moved. Put it first in ``MIDDLEWARE`` on an install
with many sites.
"""

import logging
import sys

from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.models import Site
from wagtail.signals import post_page_move

from .cache import bump, cache, generation, generation_scope, register_generation
from .log import failures, redact

GENERATION_KEY = register_generation("wagtail_seloste:site_generation")
TIMEOUT = 300


def _key(host, port):
    # "site_with_root": the entry holds the Site itself (earlier versions kept its id under
    # "site"), so processes of both versions can share the cache during a deploy.
    return f"wagtail_seloste:site_with_root:{generation(GENERATION_KEY)}:{host}:{port}"


class SiteLookupMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # The request reads each cache generation once, all in one round trip (cache.py).
        with generation_scope():
            return self._call(request)

    def _call(self, request):
        try:
            host = request.get_host().split(":")[0]
            port = request.get_port()
        except Exception:  # noqa: BLE001 - a disallowed host: Django answers it later
            return self.get_response(request)
        key = _key(host, port)
        # The Site itself, with its root page, is kept: a cached id still cost a query on
        # every request. 0 stands for "no site for this host". The key carries its
        # generation, so each process keeps a copy of its own (``generational``).
        site = cache.get(key, generational=True)
        if site is None:
            site = Site.find_for_request(request)
            if site is not None:
                site.root_page  # noqa: B018 - loaded now, so that it is cached with the site
            cache.set(key, site or 0, TIMEOUT, generational=True)
        elif site:
            request._wagtail_site = site
        return self.get_response(request)


@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
@receiver(post_page_move)
def forget_cached_sites(**kwargs):
    # Bumping the generation forgets every host's entry at once (a moved root has new paths).
    bump(GENERATION_KEY)


@receiver(post_save)
def forget_cached_sites_of_a_root_page(sender, instance, **kwargs):
    # The cached sites carry their root pages: a root page saved (renamed, published) is read
    # again. Any page model may be a root, so every save of a Page is looked at.
    from wagtail.models import Page

    if isinstance(instance, Page) and Site.objects.filter(root_page_id=instance.pk).exists():
        forget_cached_sites()


# The database out: a 503 page that says so ---------------------------------------------------

RETRY_AFTER = 30  # seconds


@receiver(got_request_exception, dispatch_uid="wagtail_seloste_database_outage")
def _note_database_outage(sender, request=None, **kwargs):
    # Django turns an exception into a 500 response at the layer where it happens (a view, a
    # middleware, a template), so the outer middleware never sees the exception itself: this
    # receiver, called while it is being handled, marks the request instead.
    error = sys.exc_info()[1]
    if request is not None and isinstance(error, (OperationalError, InterfaceError)):
        request._seloste_database_out = True


def _visitor_language(request):
    language = translation.get_language_from_path(request.path_info)
    if language:
        return language
    if getattr(request, "LANGUAGE_CODE", None):  # LocaleMiddleware had chosen it
        return request.LANGUAGE_CODE
    return translation.get_language_from_request(request)


def database_outage_response(request):
    """The 503 page of a database outage, in the visitor's language. It reads nothing from the
    database (a template of its own, no context processors)."""
    from django.http import HttpResponse

    with translation.override(_visitor_language(request)):
        content = render_to_string(
            "wagtail_seloste/database_unavailable.html",
            {"retry_after": RETRY_AFTER, "LANGUAGE_CODE": translation.get_language()},
        )
    response = HttpResponse(content, status=503)
    response["Retry-After"] = str(RETRY_AFTER)
    response["Cache-Control"] = "no-store"
    return response


class DatabaseOutageMiddleware:
    """Answers a request that failed because the database is unreachable (``OperationalError``,
    ``InterfaceError``) with a 503 page in the visitor's language and ``Retry-After``, instead
    of a bare 500. Nothing was stored or sent: the request's transaction was rolled back, and
    emails leave only from the outbox, which is written in the same transaction. Put it first
    in ``MIDDLEWARE``, so that it also covers the failures of the other middleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 500 and getattr(request, "_seloste_database_out", False):
            response = database_outage_response(request)
            # The failure was logged already (once a minute, DatabaseOutageLogFilter): Django's
            # "Service Unavailable" line for each 503 would be the flood again.
            response._has_been_logged = True
        return response


class DatabaseOutageLogFilter(logging.Filter):
    """Django logs every request that failed as "Internal Server Error" with its traceback, to
    the log and to ``ADMINS``' mail: a database outage under load is then a traceback and a mail
    per visitor. On ``django.request`` (installed by the app), a failure of the database
    (``OperationalError``, ``InterfaceError``) becomes one line without the traceback, at most
    once a minute per error class (the throttle shared with the cache's failures); the other
    errors pass untouched."""

    def filter(self, record):
        error = record.exc_info[1] if record.exc_info else None
        if not isinstance(error, (OperationalError, InterfaceError)):
            return True
        kind = type(error).__name__
        if not failures.allow(("database", kind)):
            return False
        detail = redact(str(error).strip().splitlines()[0]) if str(error).strip() else ""
        record.msg = (
            "The database failed (%s: %s); requests fail until it is back. "
            "This is logged at most once a minute."
        )
        record.args = (kind, detail)
        record.exc_info = None
        record.exc_text = None
        return True


database_outage_log_filter = DatabaseOutageLogFilter()


def install_database_outage_log_filter():
    """Add the filter to Django's request logger (once; the app's ``ready()`` calls this)."""
    logging.getLogger("django.request").addFilter(database_outage_log_filter)
