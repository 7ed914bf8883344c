"""System checks for settings that break silently in production (ids wagtail_seloste.W2xx/E2xx).

Two run with every ``manage.py check`` because they break a development site too: the time zone
of a Finnish or Swedish site, and the blocks of the base template. The others describe a
deployment and run with ``manage.py check --deploy``. docs/deployment.md lists them all.

Like Django's own checks and checks.py, the messages are for the developer and stay in English.

A warning that does not apply to a deployment is acknowledged explicitly, by its id in Django's
SILENCED_SYSTEM_CHECKS (e.g. ``"wagtail_seloste.W209"`` for a site on an internal network): the
production checks never guess from other settings that a mistake was meant.
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


# Host names that never reach a business's customers: this machine, and the domains reserved
# for documentation and tests (RFC 2606, RFC 6761), which the demo uses too.
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "[::1]", "0.0.0.0", ".localhost"}
DEMO_DOMAINS = ("example.com", "example.org", "example.net")
DEMO_SUFFIXES = (".example", ".test", ".invalid", ".localhost", ".local")


def is_local_host(host):
    host = host.strip().lower().rstrip(".")
    return host in LOCAL_HOSTS or host.endswith(".localhost") or host.startswith("127.")


def is_demo_domain(domain):
    domain = domain.strip().lower().rstrip(".")
    return (
        is_local_host(domain)
        or "." not in domain
        or any(domain == d or domain.endswith("." + d) for d in DEMO_DOMAINS)
        or domain.endswith(DEMO_SUFFIXES)
    )


def sender_address():
    """The address the plugin's emails are sent from: its own setting, else Django's."""
    from email.utils import parseaddr

    from ..conf import seloste_settings

    return parseaddr(seloste_settings.FROM_EMAIL or settings.DEFAULT_FROM_EMAIL or "")[1]


@register(deploy=True)
def check_from_email(app_configs, **kwargs):
    """Clients' and owners' emails need a sender of the business's own domain: Django's default
    or a demo domain is rejected or lands in spam, and replies go nowhere."""
    if settings.DEBUG:
        return []
    address = sender_address()
    if not address or address == "webmaster@localhost":
        return [
            Warning(
                (
                    "DEFAULT_FROM_EMAIL is not set (Django's default webmaster@localhost): "
                    "booking confirmations and rights emails would be rejected or marked as spam."
                ),
                hint=(
                    "Set DEFAULT_FROM_EMAIL (the DEFAULT_FROM_EMAIL variable of the example "
                    "settings) to an address of the business's own domain."
                ),
                id="wagtail_seloste.W202",
            )
        ]
    domain = address.rpartition("@")[2]
    if is_demo_domain(domain):
        return [
            Warning(
                (
                    f"The emails' sender {address} is on {domain}, a demo, example or local "
                    "domain: clients' emails would be rejected and their replies lost."
                ),
                hint=(
                    "Set DEFAULT_FROM_EMAIL (or WAGTAIL_SELOSTE_FROM_EMAIL) to an address of the "
                    "business's own domain, e.g. ajanvaraus@hieronta.fi."
                ),
                id="wagtail_seloste.W207",
            )
        ]
    return []


@register(deploy=True)
def check_admin_base_url(app_configs, **kwargs):
    """The links to the admin in the owner's emails start with WAGTAILADMIN_BASE_URL."""
    from urllib.parse import urlsplit

    if settings.DEBUG:
        return []
    base_url = (getattr(settings, "WAGTAILADMIN_BASE_URL", "") or "").strip()
    if not base_url:
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
    try:
        host = urlsplit(base_url).hostname or ""
    except ValueError:
        host = ""
    if is_local_host(host):
        return [
            Warning(
                (
                    f"WAGTAILADMIN_BASE_URL is {base_url}, on this machine: the links to the "
                    "admin in the owner's emails would point to the owner's own computer."
                ),
                hint=(
                    "Set WAGTAILADMIN_BASE_URL to the site's public address, e.g. "
                    '"https://www.hieronta.fi".'
                ),
                id="wagtail_seloste.W208",
            )
        ]
    return []


@register(deploy=True)
def check_https(app_configs, **kwargs):
    """The booking and request forms carry personal data: over plain HTTP anyone on the way
    reads it (GDPR Art 32(1)(a): encryption)."""
    if settings.DEBUG:
        return []
    if getattr(settings, "SECURE_SSL_REDIRECT", False) or getattr(
        settings, "SECURE_PROXY_SSL_HEADER", None
    ):
        return []
    return [
        Warning(
            (
                "The site is served over plain HTTP (SECURE_SSL_REDIRECT is off and "
                "SECURE_PROXY_SSL_HEADER is not set): the booking and request forms would send "
                "names, emails and health information unencrypted."
            ),
            hint=(
                "Serve the site over HTTPS: set SECURE_SSL_REDIRECT = True, or behind a proxy "
                'that ends TLS SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") '
                "(DJANGO_HTTPS=1 in the example settings)."
            ),
            id="wagtail_seloste.W209",
        )
    ]


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
    messages = []
    if "" in [host.strip() for host in hosts]:
        messages.append(
            Warning(
                "ALLOWED_HOSTS contains an empty name, typically from splitting an empty variable.",
                hint="Leave empty items out when splitting the variable.",
                id="wagtail_seloste.W206",
            )
        )
    named = [host.strip() for host in hosts if host.strip()]
    if "*" in named:
        messages.append(
            Warning(
                (
                    'ALLOWED_HOSTS contains "*": any Host header is accepted, so links built '
                    "from the request (the verification and export links of rights requests) "
                    "can be made to point to another site."
                ),
                hint=(
                    "List the site's own host names instead, e.g. "
                    "DJANGO_ALLOWED_HOSTS=www.hieronta.fi."
                ),
                id="wagtail_seloste.W210",
            )
        )
    elif all(is_local_host(host) for host in named):
        messages.append(
            Warning(
                (
                    "ALLOWED_HOSTS lists only this machine ({hosts}): visitors who come by the "
                    "site's name are refused with HTTP 400."
                ).format(hosts=", ".join(named)),
                hint="Add the site's host names, e.g. DJANGO_ALLOWED_HOSTS=www.hieronta.fi.",
                id="wagtail_seloste.W211",
            )
        )
    return messages
