"""Deploy checks: settings that break silently in production (wagtail_seloste.W2xx/E2xx)."""

import pytest
from django.core import checks
from django.test import override_settings

from wagtail_seloste.checks import deploy as deploy_checks

LOCMEM = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
REDIS = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:6379/0",
    }
}
IMMEDIATE = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
DUMMY = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


def ids(messages):
    return [message.id for message in messages]


def templates_with(files):
    """TEMPLATES whose only loader serves ``files`` from memory."""
    return [
        {
            "BACKEND": "django.template.backends.django.DjangoTemplates",
            "OPTIONS": {
                "loaders": [("django.template.loaders.locmem.Loader", files)],
                "context_processors": ["django.template.context_processors.request"],
            },
        }
    ]


COMPLETE = (
    "{% load i18n %}<html><head><title>{% block title %}{% endblock %}</title>"
    "{% block extra_head %}{% endblock %}</head><body>{% block content %}{% endblock %}</body></html>"
)


# Time zone ----------------------------------------------------------------------------------


@override_settings(TIME_ZONE="UTC", LANGUAGE_CODE="fi")
def test_utc_on_a_finnish_site_is_a_warning():
    assert ids(deploy_checks.check_time_zone(None)) == ["wagtail_seloste.W201"]


@override_settings(TIME_ZONE="UTC", LANGUAGE_CODE="sv-fi")
def test_utc_on_a_swedish_site_is_a_warning():
    assert ids(deploy_checks.check_time_zone(None)) == ["wagtail_seloste.W201"]


@override_settings(TIME_ZONE="Europe/Helsinki", LANGUAGE_CODE="fi")
def test_helsinki_time_passes():
    assert deploy_checks.check_time_zone(None) == []


@override_settings(TIME_ZONE="UTC", LANGUAGE_CODE="en-us")
def test_utc_on_an_english_site_passes():
    assert deploy_checks.check_time_zone(None) == []


# Base template ------------------------------------------------------------------------------


def test_base_template_with_the_three_blocks_passes():
    with override_settings(
        TEMPLATES=templates_with({"base.html": COMPLETE}), WAGTAIL_SELOSTE_BASE_TEMPLATE="base.html"
    ):
        assert deploy_checks.check_base_template(None) == []


def test_base_template_without_extra_head_names_the_missing_block():
    files = {"base.html": COMPLETE.replace("{% block extra_head %}{% endblock %}", "")}
    with override_settings(
        TEMPLATES=templates_with(files), WAGTAIL_SELOSTE_BASE_TEMPLATE="base.html"
    ):
        [message] = deploy_checks.check_base_template(None)
    assert message.id == "wagtail_seloste.E204"
    assert "extra_head" in message.msg
    assert "content" not in message.msg.split("block", 1)[1].split(":")[0]


def test_blocks_defined_in_a_parent_template_count():
    files = {"layout.html": COMPLETE, "base.html": '{% extends "layout.html" %}'}
    with override_settings(
        TEMPLATES=templates_with(files), WAGTAIL_SELOSTE_BASE_TEMPLATE="base.html"
    ):
        assert deploy_checks.check_base_template(None) == []


def test_base_template_using_translate_without_loading_i18n_is_an_error():
    files = {"base.html": COMPLETE.replace("{% load i18n %}", "") + '{% translate "Hi" %}'}
    with override_settings(
        TEMPLATES=templates_with(files), WAGTAIL_SELOSTE_BASE_TEMPLATE="base.html"
    ):
        assert ids(deploy_checks.check_base_template(None)) == ["wagtail_seloste.E203"]


def test_missing_base_template_is_an_error():
    with override_settings(TEMPLATES=templates_with({}), WAGTAIL_SELOSTE_BASE_TEMPLATE="nope.html"):
        assert ids(deploy_checks.check_base_template(None)) == ["wagtail_seloste.E202"]


# Email and admin links ----------------------------------------------------------------------


@pytest.mark.parametrize("address", ["webmaster@localhost", ""])
def test_default_or_empty_from_email_is_a_warning(address):
    with override_settings(
        DEFAULT_FROM_EMAIL=address, WAGTAIL_SELOSTE_FROM_EMAIL=None, DEBUG=False
    ):
        assert ids(deploy_checks.check_from_email(None)) == ["wagtail_seloste.W202"]


@pytest.mark.parametrize(
    "address",
    [
        "ajanvaraus@lempeakosketus.example",  # the demo's
        "info@example.com",
        "Hieronta <info@www.example.org>",
        "info@example.net",
        "info@hieronta.test",
        "info@hieronta.invalid",
        "info@hieronta.localhost",
        "info@127.0.0.1",
    ],
)
def test_a_demo_or_example_sender_domain_is_a_warning(address):
    with override_settings(
        DEFAULT_FROM_EMAIL=address, WAGTAIL_SELOSTE_FROM_EMAIL=None, DEBUG=False
    ):
        messages = deploy_checks.check_from_email(None)
    assert ids(messages) == ["wagtail_seloste.W207"]
    assert "DEFAULT_FROM_EMAIL" in messages[0].hint


@pytest.mark.parametrize("address", ["ajanvaraus@hieronta.fi", "Hieronta <info@hieronta.fi>"])
def test_own_from_email_passes(address):
    with override_settings(DEFAULT_FROM_EMAIL=address, DEBUG=False):
        assert deploy_checks.check_from_email(None) == []


@override_settings(
    DEFAULT_FROM_EMAIL="webmaster@localhost",
    WAGTAIL_SELOSTE_FROM_EMAIL="varaus@hieronta.fi",
    DEBUG=False,
)
def test_plugin_from_email_is_enough():
    assert deploy_checks.check_from_email(None) == []


@override_settings(
    DEFAULT_FROM_EMAIL="info@hieronta.fi",
    WAGTAIL_SELOSTE_FROM_EMAIL="varaus@lempeakosketus.example",
    DEBUG=False,
)
def test_a_demo_plugin_sender_is_a_warning_too():
    assert ids(deploy_checks.check_from_email(None)) == ["wagtail_seloste.W207"]


@override_settings(DEFAULT_FROM_EMAIL="webmaster@localhost", DEBUG=True)
def test_the_sender_is_not_checked_while_debugging():
    assert deploy_checks.check_from_email(None) == []


@override_settings(WAGTAILADMIN_BASE_URL="", DEBUG=False)
def test_unset_admin_base_url_is_a_warning():
    assert ids(deploy_checks.check_admin_base_url(None)) == ["wagtail_seloste.W203"]


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8001",
        "http://localhost",
        "https://localhost:8443/",
        "http://[::1]:8000",
        "http://0.0.0.0:8000",
    ],
)
def test_an_admin_base_url_on_this_machine_is_a_warning(url):
    with override_settings(WAGTAILADMIN_BASE_URL=url, DEBUG=False):
        assert ids(deploy_checks.check_admin_base_url(None)) == ["wagtail_seloste.W208"]


@override_settings(WAGTAILADMIN_BASE_URL="https://www.hieronta.fi", DEBUG=False)
def test_admin_base_url_passes():
    assert deploy_checks.check_admin_base_url(None) == []


@override_settings(WAGTAILADMIN_BASE_URL="http://127.0.0.1:8000", DEBUG=True)
def test_the_admin_base_url_is_not_checked_while_debugging():
    assert deploy_checks.check_admin_base_url(None) == []


# HTTPS --------------------------------------------------------------------------------------


@override_settings(SECURE_SSL_REDIRECT=False, SECURE_PROXY_SSL_HEADER=None, DEBUG=False)
def test_plain_http_is_a_warning():
    assert ids(deploy_checks.check_https(None)) == ["wagtail_seloste.W209"]


@override_settings(SECURE_SSL_REDIRECT=True, SECURE_PROXY_SSL_HEADER=None, DEBUG=False)
def test_an_https_redirect_passes():
    assert deploy_checks.check_https(None) == []


@override_settings(
    SECURE_SSL_REDIRECT=False,
    SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"),
    DEBUG=False,
)
def test_https_ended_by_a_proxy_passes():
    assert deploy_checks.check_https(None) == []


@override_settings(SECURE_SSL_REDIRECT=False, SECURE_PROXY_SSL_HEADER=None, DEBUG=True)
def test_plain_http_while_debugging_passes():
    assert deploy_checks.check_https(None) == []


# Cache --------------------------------------------------------------------------------------


@override_settings(CACHES=LOCMEM)
def test_per_process_cache_with_several_processes_is_a_warning(monkeypatch):
    monkeypatch.setenv("WEB_CONCURRENCY", "4")
    assert ids(deploy_checks.check_shared_cache(None)) == ["wagtail_seloste.W204"]


@override_settings(CACHES=LOCMEM)
def test_per_process_cache_with_one_process_passes(monkeypatch):
    monkeypatch.delenv("WEB_CONCURRENCY", raising=False)
    assert deploy_checks.check_shared_cache(None) == []


@override_settings(CACHES=REDIS)
def test_redis_cache_with_several_processes_passes(monkeypatch):
    monkeypatch.setenv("WEB_CONCURRENCY", "4")
    assert deploy_checks.check_shared_cache(None) == []


# Tasks --------------------------------------------------------------------------------------


@override_settings(TASKS=IMMEDIATE, DEBUG=False)
def test_immediate_tasks_in_production_is_a_warning():
    assert ids(deploy_checks.check_task_backend(None)) == ["wagtail_seloste.W205"]


@override_settings(TASKS=IMMEDIATE, DEBUG=True)
def test_immediate_tasks_while_debugging_passes():
    assert deploy_checks.check_task_backend(None) == []


@override_settings(TASKS=DUMMY, DEBUG=False)
def test_a_queueing_task_backend_passes():
    assert deploy_checks.check_task_backend(None) == []


# ALLOWED_HOSTS ------------------------------------------------------------------------------


@pytest.mark.parametrize("hosts", [[], [""], [" "]])
def test_empty_allowed_hosts_is_an_error(hosts):
    with override_settings(ALLOWED_HOSTS=hosts, DEBUG=False):
        assert ids(deploy_checks.check_allowed_hosts(None)) == ["wagtail_seloste.E201"]


@override_settings(ALLOWED_HOSTS=["www.hieronta.example", ""], DEBUG=False)
def test_an_empty_item_among_hosts_is_a_warning():
    assert ids(deploy_checks.check_allowed_hosts(None)) == ["wagtail_seloste.W206"]


@override_settings(ALLOWED_HOSTS=["www.hieronta.fi"], DEBUG=False)
def test_named_allowed_hosts_pass():
    assert deploy_checks.check_allowed_hosts(None) == []


@pytest.mark.parametrize("hosts", [["*"], ["www.hieronta.fi", "*"]])
def test_a_wildcard_host_is_a_warning(hosts):
    with override_settings(ALLOWED_HOSTS=hosts, DEBUG=False):
        assert ids(deploy_checks.check_allowed_hosts(None)) == ["wagtail_seloste.W210"]


@pytest.mark.parametrize("hosts", [["127.0.0.1", "localhost"], ["localhost"], ["[::1]"]])
def test_hosts_of_this_machine_only_are_a_warning(hosts):
    with override_settings(ALLOWED_HOSTS=hosts, DEBUG=False):
        assert ids(deploy_checks.check_allowed_hosts(None)) == ["wagtail_seloste.W211"]


@override_settings(ALLOWED_HOSTS=["localhost", "www.hieronta.fi"], DEBUG=False)
def test_this_machine_beside_the_sites_name_passes():
    assert deploy_checks.check_allowed_hosts(None) == []


@override_settings(ALLOWED_HOSTS=["*"], DEBUG=True)
def test_hosts_are_not_checked_while_debugging():
    assert deploy_checks.check_allowed_hosts(None) == []


# Registration -------------------------------------------------------------------------------


@override_settings(TASKS=IMMEDIATE, DEBUG=False, WAGTAILADMIN_BASE_URL="")
def test_deployment_checks_run_with_check_deploy_only():
    plain = ids(checks.run_checks())
    deploy = ids(checks.run_checks(include_deployment_checks=True))

    assert "wagtail_seloste.W205" not in plain
    assert {"wagtail_seloste.W203", "wagtail_seloste.W205"} <= set(deploy)


@override_settings(
    DEBUG=False,
    SECURE_SSL_REDIRECT=False,
    SECURE_PROXY_SSL_HEADER=None,
    SILENCED_SYSTEM_CHECKS=["wagtail_seloste.W209"],
)
def test_a_warning_is_acknowledged_by_its_id_in_silenced_system_checks():
    reported = checks.run_checks(include_deployment_checks=True)
    deploy = [message.id for message in reported if not message.is_silenced()]

    assert "wagtail_seloste.W209" not in deploy


@override_settings(DEBUG=False, SECURE_SSL_REDIRECT=False, SECURE_PROXY_SSL_HEADER=None)
def test_an_unacknowledged_warning_is_reported_by_check_deploy():
    deploy = ids(checks.run_checks(include_deployment_checks=True))

    assert "wagtail_seloste.W209" in deploy
