"""The site with its cache gone: every page is served from the database, nothing fails.

A real Redis cache (Django's ``RedisCache``) is put behind a TCP proxy of the test's own, which
is then stopped (refused connections) or silenced (accepts, never answers); the shared Redis is
never touched.
"""

import logging
from io import StringIO

import pytest
from django.core.cache.backends.base import BaseCache
from django.core.management import call_command
from django.test import override_settings

import tests.public_pages as public_pages_module
from tests.public_pages import public_pages
from tests.tcp_proxy import TcpProxy, reachable
from wagtail_seloste import cache as cache_module
from wagtail_seloste import log as log_module
from wagtail_seloste.cache import SafeCache, cache, safe_cache
from wagtail_seloste.ratelimit import limit_reached


class BrokenCache(BaseCache):
    """A cache backend whose every operation fails, like a client whose server is gone."""

    calls = 0

    def __init__(self, location, params):
        super().__init__(params)

    def _fail(self, *args, **kwargs):
        BrokenCache.calls += 1
        raise ConnectionError("the cache server is gone")

    get = set = add = incr = delete = delete_many = get_many = clear = has_key = _fail


BROKEN = {"default": {"BACKEND": "tests.test_cache_outage.BrokenCache"}}


@pytest.fixture(autouse=True)
def _fresh_breaker():
    cache_module.reset()
    yield
    cache_module.reset()


@pytest.fixture
def broken_cache():
    BrokenCache.calls = 0
    with override_settings(CACHES=BROKEN):
        yield


def test_a_failing_cache_reads_as_a_miss(broken_cache):
    assert cache.get("key", "default") == "default"


def test_a_failing_cache_computes_the_value_of_get_or_set(broken_cache):
    assert cache.get_or_set("key", lambda: 42, 60) == 42


def test_a_failing_cache_reports_writes_as_not_stored(broken_cache):
    assert cache.set("key", 1, 60) is False


def test_a_failing_cache_rests_before_it_is_asked_again(broken_cache):
    cache.get("a")
    cache.get("b")
    cache.set("c", 1)

    assert BrokenCache.calls == 1


def test_a_failing_cache_is_logged_once_a_minute_not_per_request(broken_cache, caplog, monkeypatch):
    monkeypatch.setattr(cache_module, "PAUSE", 0)
    with caplog.at_level(logging.WARNING, logger="wagtail_seloste.cache"):
        for _ in range(5):
            cache.get("key")

    assert BrokenCache.calls == 5
    assert len(caplog.records) == 1


def test_a_failing_cache_is_logged_again_after_a_minute(broken_cache, caplog, monkeypatch):
    monkeypatch.setattr(cache_module, "PAUSE", 0)
    now = [1000.0]
    monkeypatch.setattr(log_module.failures, "clock", lambda: now[0])
    with caplog.at_level(logging.WARNING, logger="wagtail_seloste.cache"):
        cache.get("key")
        now[0] += log_module.LOG_EVERY
        cache.get("key")

    assert len(caplog.records) == 2


def test_the_log_of_a_failing_cache_names_no_key(broken_cache, caplog):
    with caplog.at_level(logging.WARNING, logger="wagtail_seloste.cache"):
        cache.get("wagtail_seloste:rate:rights-email:secret")

    assert "secret" not in caplog.text


def test_a_missing_cache_alias_is_a_configuration_error_not_an_outage():
    from django.core.cache.backends.base import InvalidCacheBackendError

    with pytest.raises(InvalidCacheBackendError):
        safe_cache("no-such-cache").get("key")


def test_rate_limits_fail_open_without_a_cache(broken_cache):
    assert [limit_reached("test", "192.0.2.1", 0, 60) for _ in range(3)] == [False] * 3


def test_rate_limits_still_count_with_a_cache():
    assert [limit_reached("test", "192.0.2.1", 1, 60) for _ in range(2)] == [False, True]


# The demo site on a real Redis behind a proxy ---------------------------------------------------

REDIS = ("127.0.0.1", 6379)


def redis_caches(port, backend="wagtail_seloste.cache.RedisCache"):
    return {
        "default": {
            "BACKEND": backend,
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            # A key prefix of the test's own: the shared Redis is never flushed.
            "KEY_PREFIX": f"seloste-test-{port}",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }


@pytest.fixture
def redis_proxy():
    pytest.importorskip("redis", reason="the production extra (redis) is not installed")
    if not reachable(*REDIS):
        pytest.fail("these tests need Redis on 127.0.0.1:6379 (the project's machines run one)")
    proxy = TcpProxy(*REDIS).start()
    with override_settings(CACHES=redis_caches(proxy.port)):
        yield proxy
    proxy.close()


@pytest.fixture
def demo(migrated_db, monkeypatch):
    call_command("load_initial_data", stdout=StringIO())
    # The walk clears the cache between languages; a wrapper's clear survives the outage.
    monkeypatch.setattr(public_pages_module, "cache", SafeCache())


def failures(client, language):
    return [
        (name, response.status_code)
        for name, response in public_pages(client, language)
        if response.status_code >= 500
    ]


@pytest.mark.parametrize("outage", ["down", "silent"])
def test_the_plugins_reads_survive_djangos_own_redis_cache_out(redis_proxy, outage):
    with override_settings(
        CACHES=redis_caches(redis_proxy.port, "django.core.cache.backends.redis.RedisCache")
    ):
        cache.set("wagtail_seloste:probe", 1, 10)
        getattr(redis_proxy, outage)()

        assert cache.get("wagtail_seloste:probe", "missed") == "missed"
        assert limit_reached("test", "192.0.2.1", 0, 60) is False


def test_the_fail_safe_backend_reads_a_failure_as_a_miss(redis_proxy):
    from django.core.cache import cache as django_cache

    django_cache.set("probe", 1, 10)
    redis_proxy.down()

    assert (django_cache.get("probe"), "probe" in django_cache) == (None, False)


def test_the_pages_are_served_through_the_proxy_while_redis_is_up(client, demo, redis_proxy):
    response = client.get("/tietosuojaseloste/")

    assert response.status_code == 200
    assert cache.available


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_every_public_page_answers_with_redis_gone(client, demo, redis_proxy, language):
    client.get("/")  # the connection pool holds a connection when Redis goes
    redis_proxy.down()

    assert failures(client, language) == []


def test_every_public_page_answers_with_redis_silent(client, demo, redis_proxy):
    client.get("/")
    redis_proxy.silent()

    assert failures(client, "fi") == []


def test_the_notice_is_whole_with_redis_gone(client, demo, redis_proxy):
    redis_proxy.down()

    response = client.get("/tietosuojaseloste/")

    assert response.status_code == 200
    assert "Rekisterinpitäjä" in response.content.decode()


@pytest.mark.parametrize("outage", ["down", "silent"])
def test_the_admin_login_answers_with_redis_out(client, demo, redis_proxy, outage):
    getattr(redis_proxy, outage)()

    login = client.get("/admin/login/")
    signed_in = client.post("/admin/login/", {"username": "admin", "password": "changeme"})

    assert (login.status_code, signed_in.status_code) == (200, 302)


def test_the_cookie_choice_is_saved_with_redis_gone(client, demo, redis_proxy):
    redis_proxy.down()

    response = client.get("/cookies/")

    assert response.status_code == 200


def test_the_pages_use_the_cache_again_when_redis_is_back(client, demo, redis_proxy, monkeypatch):
    monkeypatch.setattr(cache_module, "PAUSE", 0)
    redis_proxy.down()
    client.get("/tietosuojaseloste/")
    redis_proxy.up()

    client.get("/tietosuojaseloste/")

    assert cache.set("wagtail_seloste:probe", 1, 10) is True


def test_the_fail_safe_backend_reuses_one_redis_client_for_every_call():
    from wagtail_seloste.cache import RedisCache

    backend = RedisCache("redis://127.0.0.1:6379/0", {})

    assert backend._cache.get_client("a") is backend._cache.get_client("b", write=True)


def test_the_fail_safe_backend_reads_the_cache_again_when_redis_is_back(redis_proxy, monkeypatch):
    from django.core.cache import cache as django_cache

    monkeypatch.setattr(cache_module, "PAUSE", 0)
    django_cache.set("probe", 1, 10)
    redis_proxy.down()
    django_cache.get("probe")
    redis_proxy.up()

    assert django_cache.get("probe") == 1
