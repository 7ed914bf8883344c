"""Warm an app process before it serves: what its first requests would otherwise pay for.

A fresh process spends its first requests importing the modules that views and template tags
import on first use, compiling templates, loading the translation catalogs and building the
public-holiday calendar: about half a second of CPU, measured (docs/deployment.md, "The fourth
round"). Every process of a restart pays it at once, while visitors wait. Call
:func:`warm_up` where the WSGI application is made (``wsgi.py``): with gunicorn's
``--preload`` it runs once in the master and every worker (also one started again after
``--max-requests``) begins warm; without it, each worker warms itself before it accepts a
connection.

It reads nothing from the database or the cache and writes nothing, so it is safe to run in a
process that forks afterwards; it closes the database connections it may have opened.
"""

import logging
import time
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.db import connections
from django.template import engines
from django.urls import get_resolver
from django.utils import translation

logger = logging.getLogger(__name__)


def _template_names(engine):
    """Names of the templates of the plugin's apps and of the project's own directories."""
    roots = [Path(d) for d in engine.dirs]
    for config in apps.get_app_configs():
        if config.name.startswith("wagtail_seloste"):
            roots.append(Path(config.path) / "templates")
    for root in roots:
        if root.is_dir():
            for path in sorted(root.rglob("*.html")) + sorted(root.rglob("*.txt")):
                yield path.relative_to(root).as_posix()


def warm_up():
    """Warm the process (:func:`_warm_up`); a failure is logged and the process serves anyway,
    cold: warming is a saving of time, never a condition of serving. Returns the seconds
    taken."""
    started = time.perf_counter()
    try:
        _warm_up()
    except Exception:  # noqa: BLE001 - the first requests will do the same work, or fail alone
        logger.warning(
            "Warming up the app process failed; it serves cold and warms on its first requests.",
            exc_info=True,
        )
    return time.perf_counter() - started


def _warm_up():
    """Import the URL configuration and the views, compile the plugin's and the project's
    templates, load the translations of ``LANGUAGES`` and call each app config's ``warm_up``
    method (the booking app builds its public-holiday calendar), and build the cache
    backends' clients and the URL resolver's reverse tables. Returns the seconds taken."""
    started = time.perf_counter()
    get_resolver().url_patterns  # noqa: B018  (imports the urls modules and their views)
    for engine in engines.all():
        django_engine = getattr(engine, "engine", None)
        if django_engine is None:
            continue
        for name in _template_names(django_engine):
            try:
                django_engine.get_template(name)  # kept by the cached loader
            except Exception:  # noqa: BLE001 - a fragment that does not compile alone is fine
                logger.debug("Template %s not compiled while warming up.", name)
    resolver = get_resolver()
    current = translation.get_language()
    try:
        for code, _name in settings.LANGUAGES:
            translation.activate(code)
            # The URL resolver's reverse tables are built per language on first use.
            resolver.reverse_dict, resolver.namespace_dict, resolver.app_dict  # noqa: B018
    finally:
        if current:
            translation.activate(current)
        else:
            translation.deactivate()
    for alias in settings.CACHES:
        # The backend's client class (Django imports redis on the first cache call); no
        # connection is opened.
        getattr(caches[alias], "_cache", None)
    for config in apps.get_app_configs():
        warm = getattr(config, "warm_up", None)
        if callable(warm):
            warm()
    connections.close_all()
    return time.perf_counter() - started
