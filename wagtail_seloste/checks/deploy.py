"""System checks for settings that break silently in production (ids wagtail_seloste.W2xx/E2xx).

Two run with every ``manage.py check`` because they break a development site too: the time zone
of a Finnish or Swedish site, and the blocks of the base template. The others describe a
deployment and run with ``manage.py check --deploy``. docs/deployment.md lists them all.

Like Django's own checks and checks.py, the messages are for the developer and stay in English.
"""

import os

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register
from django.template import Context, TemplateDoesNotExist, TemplateSyntaxError
from django.template.loader_tags import BlockNode, ExtendsNode
from django.utils.module_loading import import_string

# The blocks the plugin's pages fill: the page title, the plugin's CSS, and the page itself.
REQUIRED_BLOCKS = ("title", "extra_head", "content")
PER_PROCESS_CACHES = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)
IMMEDIATE_TASKS = (
    "django_tasks.backends.immediate.ImmediateBackend",
    "django.tasks.backends.immediate.ImmediateBackend",
)
UTC_NAMES = {"UTC", "Etc/UTC", "GMT", "Etc/GMT", "Zulu", "Universal"}


@register()
def check_time_zone(app_configs, **kwargs):
    """A Finnish or Swedish site on UTC shows times 2–3 hours off in emails and .ics files."""
    language = (settings.LANGUAGE_CODE or "").lower()
    if settings.TIME_ZONE in UTC_NAMES and language.split("-")[0] in {"fi", "sv"}:
        return [
            Warning(
                (
                    f"TIME_ZONE is {settings.TIME_ZONE} while LANGUAGE_CODE is {settings.LANGUAGE_CODE}: booking times "
                    "in emails and calendar files will differ from the owner's clock."
                ),
                hint='Set TIME_ZONE = "Europe/Helsinki" (or the zone the business works in).',
                id="wagtail_seloste.W201",
            )
        ]
    return []


def _blocks_of(engine, name, seen=()):
    """The block names of template ``name`` and of the templates it extends."""
    template = engine.get_template(name)
    nodelist = getattr(template, "template", template).nodelist
    names = {node.name for node in nodelist.get_nodes_by_type(BlockNode)}
    for extends in nodelist.get_nodes_by_type(ExtendsNode):
        parent = extends.parent_name.resolve(Context())
        if isinstance(parent, str) and parent not in seen:
            names |= _blocks_of(engine, parent, (*seen, name))
    return names


@register(Tags.templates)
def check_base_template(app_configs, **kwargs):
    """The base template loads, and defines the blocks the plugin's pages fill."""
    from django.template import engines

    from ..conf import seloste_settings

    name = seloste_settings.BASE_TEMPLATE
    django_engines = [e for e in engines.all() if hasattr(e, "engine")]
    if not django_engines:
        return []
    engine = django_engines[0].engine
    try:
        blocks = _blocks_of(engine, name)
    except TemplateDoesNotExist:
        return [
            Error(
                f"The base template {name} (WAGTAIL_SELOSTE_BASE_TEMPLATE) does not exist.",
                hint="Set WAGTAIL_SELOSTE_BASE_TEMPLATE to your site's base template.",
                id="wagtail_seloste.E202",
            )
        ]
    except TemplateSyntaxError as error:
        return [
            Error(
                f"The base template {name} cannot be parsed: {error}",
                hint=("Load the tag libraries it uses at its top, e.g. {% load i18n static %}."),
                id="wagtail_seloste.E203",
            )
        ]
    missing = [block for block in REQUIRED_BLOCKS if block not in blocks]
    if not missing:
        return []
    return [
        Error(
            (
                "The base template {name} has no block {blocks}: the privacy notice, booking "
                "and request pages lose their content, title or stylesheets."
            ).format(name=name, blocks=", ".join(missing)),
            hint=(
                "Add {% block title %}{% endblock %} in <title>, {% block extra_head %}"
                "{% endblock %} in <head> and {% block content %}{% endblock %} in <body>."
            ),
            id="wagtail_seloste.E204",
        )
    ]


@register(deploy=True)
def check_from_email(app_configs, **kwargs):
    from ..conf import seloste_settings

    if settings.DEFAULT_FROM_EMAIL == "webmaster@localhost" and not seloste_settings.FROM_EMAIL:
        return [
            Warning(
                (
                    "DEFAULT_FROM_EMAIL is Django's default webmaster@localhost: booking "
                    "confirmations and rights emails would be rejected or marked as spam."
                ),
                hint="Set DEFAULT_FROM_EMAIL to an address of the business's own domain.",
                id="wagtail_seloste.W202",
            )
        ]
    return []


@register(deploy=True)
def check_admin_base_url(app_configs, **kwargs):
    if not getattr(settings, "WAGTAILADMIN_BASE_URL", ""):
        return [
            Warning(
                (
                    "WAGTAILADMIN_BASE_URL is not set: the links to the admin in the owner's "
                    "booking and request emails would not work."
                ),
                hint='Set WAGTAILADMIN_BASE_URL = "https://www.example.fi".',
                id="wagtail_seloste.W203",
            )
        ]
    return []


def configured_processes():
    """How many app processes serve the site, from WEB_CONCURRENCY (gunicorn reads it too)."""
    try:
        return int(os.environ.get("WEB_CONCURRENCY", "1"))
    except ValueError:
        return 1


@register(deploy=True)
def check_shared_cache(app_configs, **kwargs):
    """A per-process cache keeps a stale banner and separate rate limits in each process."""
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    processes = configured_processes()
    if backend in PER_PROCESS_CACHES and processes > 1:
        return [
            Warning(
                (
                    "The default cache ({backend}) is per process, but WEB_CONCURRENCY says "
                    "{processes} processes serve the site: after a publish, other processes "
                    "keep showing the old cookie banner and rate limits are counted apart."
                ).format(backend=backend.rsplit(".", 1)[-1], processes=processes),
                hint=(
                    "Use a shared cache: django.core.cache.backends.redis.RedisCache "
                    "(docs/deployment.md)."
                ),
                id="wagtail_seloste.W204",
            )
        ]
    return []


@register(deploy=True)
def check_task_backend(app_configs, **kwargs):
    """The immediate backend runs tasks in the request: nothing is retried, nothing survives."""
    tasks = getattr(settings, "TASKS", {}) or {}
    backend = tasks.get("default", {}).get("BACKEND", IMMEDIATE_TASKS[0])
    try:
        immediate = backend in IMMEDIATE_TASKS or any(
            issubclass(import_string(backend), import_string(name))
            for name in IMMEDIATE_TASKS
            if _importable(name)
        )
    except ImportError:
        immediate = False
    if immediate and not settings.DEBUG:
        return [
            Warning(
                (
                    "Tasks run on the immediate backend with DEBUG = False: emails are sent "
                    "inside the request, and one that fails is not retried."
                ),
                hint=(
                    "Use the database backend (django-tasks-db) and run its worker "
                    "(docs/deployment.md)."
                ),
                id="wagtail_seloste.W205",
            )
        ]
    return []


def _importable(path):
    try:
        import_string(path)
    except ImportError:
        return False
    return True


@register(deploy=True)
def check_allowed_hosts(app_configs, **kwargs):
    hosts = list(settings.ALLOWED_HOSTS)
    if settings.DEBUG:
        return []
    if not [host for host in hosts if host.strip()]:
        return [
            Error(
                (
                    "ALLOWED_HOSTS is empty (or holds only empty names) with DEBUG = False: "
                    "every request is refused with HTTP 400."
                ),
                hint=(
                    "List the site's host names, e.g. DJANGO_ALLOWED_HOSTS=www.example.fi; "
                    "split a variable without keeping empty items."
                ),
                id="wagtail_seloste.E201",
            )
        ]
    if "" in [host.strip() for host in hosts]:
        return [
            Warning(
                "ALLOWED_HOSTS contains an empty name, typically from splitting an empty variable.",
                hint="Leave empty items out when splitting the variable.",
                id="wagtail_seloste.W206",
            )
        ]
    return []
