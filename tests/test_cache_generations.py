"""The cache's generations, process-local copies and breaker: a Redis outage costs little,
and nothing it made the processes miss stays stale after it (wagtail_seloste/cache.py)."""

import threading
import time

import pytest
from django.core.cache import caches
from django.db import OperationalError

from tests.conftest import SwitchableCache
from wagtail_seloste import cache as cache_module
from wagtail_seloste.cache import (
    PAGES_GENERATION,
    FailSafeCacheMixin,
    bump,
    cache,
    generation,
    generation_scope,
)
from wagtail_seloste.management.commands.seloste_worker import through_database_outages
from wagtail_seloste.notice.models import CANONICAL_GENERATION_KEY


class FailSafeSwitchableCache(FailSafeCacheMixin, SwitchableCache):
    """The fail-safe backend's behaviour (as ``RedisCache``) over a switchable cache."""


def another_process():
    """What a process that did not see this one's bumps knows: nothing kept locally."""
    cache_module._local.clear()
    cache_module._generations.clear()


def entry_key():
    return f"entry:{generation(PAGES_GENERATION)}"


# Process-local copies of generational entries --------------------------------------------------


def test_a_generational_entry_is_read_without_asking_the_cache(switchable_cache):
    cache.set("entry:1", "value", 60, generational=True)
    switchable_cache.calls.clear()

    assert cache.get("entry:1", generational=True) == "value"
    assert switchable_cache.calls["get"] == 0


def test_a_generational_entry_another_process_stored_is_then_kept_locally(switchable_cache):
    caches["default"].set("entry:1", "value", 60)
    cache.get("entry:1", generational=True)
    switchable_cache.calls.clear()

    assert cache.get("entry:1", generational=True) == "value"
    assert switchable_cache.calls["get"] == 0


def test_a_generational_entry_is_served_while_the_cache_is_out(switchable_cache):
    cache.set("entry:1", "value", 60, generational=True)
    switchable_cache.down = True

    assert cache.get("entry:1", generational=True) == "value"


def test_a_local_copy_does_not_change_with_the_object_a_caller_changed(switchable_cache):
    cache.set("entry:1", ["a"], 60, generational=True)
    cache.get("entry:1", generational=True).append("b")

    assert cache.get("entry:1", generational=True) == ["a"]


def test_a_local_copy_expires_with_its_timeout(switchable_cache, monkeypatch):
    cache.set("entry:1", "value", 60, generational=True)
    later = time.monotonic() + 61
    monkeypatch.setattr(cache_module.time, "monotonic", lambda: later)
    switchable_cache.down = True

    assert cache.get("entry:1", generational=True) is None


def test_an_entry_that_is_not_generational_is_always_read_from_the_cache(switchable_cache):
    cache.set("entry", "value", 60)
    caches["default"].set("entry", "changed by another process", 60)

    assert cache.get("entry") == "changed by another process"


# Generations ---------------------------------------------------------------------------------


def test_a_request_reads_all_its_generations_in_one_call(switchable_cache):
    with generation_scope():
        generation(PAGES_GENERATION)
        generation(CANONICAL_GENERATION_KEY)
        generation(PAGES_GENERATION)

    # (LocMemCache's get_many asks its own get per key: Redis answers an MGET at once.)
    assert switchable_cache.calls["get_many"] == 1


def test_a_generation_stays_the_same_for_the_whole_request(switchable_cache):
    with generation_scope():
        before = generation(PAGES_GENERATION)
        caches["default"].incr(PAGES_GENERATION)  # another process's bump

        assert generation(PAGES_GENERATION) == before


def test_a_bump_is_seen_at_once_by_the_request_that_made_it(switchable_cache):
    with generation_scope():
        before = generation(PAGES_GENERATION)
        bump(PAGES_GENERATION)

        assert generation(PAGES_GENERATION) != before


def test_a_bump_by_another_process_is_seen_by_the_next_request(switchable_cache):
    with generation_scope():
        before = generation(PAGES_GENERATION)
    caches["default"].incr(PAGES_GENERATION)

    with generation_scope():
        assert generation(PAGES_GENERATION) != before


def test_a_lost_generation_counter_starts_above_its_old_numbers(switchable_cache):
    bump(PAGES_GENERATION)
    before = generation(PAGES_GENERATION)
    caches["default"].clear()  # Redis emptied, or the key evicted

    assert generation(PAGES_GENERATION) > before


def test_one_sites_banner_change_keeps_the_other_sites_banner(switchable_cache):
    from wagtail_seloste.cookies.consent import banner_generation, clear_caches

    first, second = banner_generation(1), banner_generation(2)
    clear_caches(site_id=1)

    assert banner_generation(1) != first
    assert banner_generation(2) == second


# An outage: what it costs, and what is done when it ends ---------------------------------------


def test_a_bump_while_the_cache_is_out_is_seen_at_once_by_this_process(switchable_cache):
    before = generation(PAGES_GENERATION)
    switchable_cache.down = True
    bump(PAGES_GENERATION)

    assert generation(PAGES_GENERATION) != before


def test_a_generation_read_while_the_cache_is_out_is_the_last_one_read(switchable_cache):
    before = generation(PAGES_GENERATION)
    switchable_cache.down = True

    assert generation(PAGES_GENERATION) == before


def test_a_bump_lost_in_an_outage_is_made_when_the_cache_is_back(switchable_cache):
    before = generation(PAGES_GENERATION)
    switchable_cache.down = True
    bump(PAGES_GENERATION)
    switchable_cache.down = False
    cache.get("probe")  # the first call after the outage closes the breaker

    assert caches["default"].get(PAGES_GENERATION) != before


def test_an_entry_of_the_generation_before_a_lost_bump_is_not_read_after_the_outage(
    switchable_cache,
):
    cache.set(entry_key(), "before the page was saved", 3600, generational=True)
    switchable_cache.down = True
    bump(PAGES_GENERATION)  # a page saved while Redis is gone
    switchable_cache.down = False
    cache.get("probe")
    another_process()

    assert cache.get(entry_key(), generational=True) is None


def test_a_delete_lost_in_an_outage_is_made_when_the_cache_is_back(switchable_cache):
    cache.set("entry", "old", 3600)
    switchable_cache.down = True
    cache.delete("entry")
    switchable_cache.down = False
    cache.get("probe")

    assert caches["default"].get("entry") is None


def test_invalidations_lost_in_an_outage_are_made_once(switchable_cache):
    switchable_cache.down = True
    bump(PAGES_GENERATION)
    switchable_cache.down = False
    cache.get("probe")
    switchable_cache.calls.clear()
    cache.get("probe")

    assert switchable_cache.calls["incr"] == 0


# The breaker ---------------------------------------------------------------------------------


def test_the_cache_rests_after_a_failure(switchable_cache, monkeypatch):
    monkeypatch.setattr(cache_module, "PAUSE", 60)
    switchable_cache.down = True
    cache.get("a")
    switchable_cache.down = False
    cache.get("b")

    assert switchable_cache.calls["get"] == 1


def test_after_its_rest_one_call_tries_the_cache_and_the_others_wait(switchable_cache):
    breaker = cache_module._breaker("default")
    breaker.failure()

    assert [breaker.allow(), breaker.allow()] == [True, False]


class InterruptedCache(FailSafeCacheMixin, SwitchableCache):
    """A backend whose call is interrupted (``interrupt``: KeyboardInterrupt, SystemExit, a
    gevent timeout), not failed."""

    interrupt = None

    def _reach(self, operation):
        super()._reach(operation)
        if InterruptedCache.interrupt is not None:
            raise InterruptedCache.interrupt


@pytest.mark.parametrize("through", ["wrapper", "fail-safe backend"])
@pytest.mark.parametrize("interrupt", [KeyboardInterrupt, SystemExit])
def test_an_interrupted_probe_lets_the_next_call_try_the_cache(
    switchable_cache, settings, monkeypatch, through, interrupt
):
    from django.core.cache import cache as django_cache

    settings.CACHES = {
        "default": {
            "BACKEND": "tests.test_cache_generations.InterruptedCache",
            "LOCATION": "interrupted",
        }
    }
    read = cache.get if through == "wrapper" else django_cache.get
    switchable_cache.down = True
    read("a")  # fails: the breaker opens; with a pause of 0 the next call is a probe
    switchable_cache.down = False
    monkeypatch.setattr(InterruptedCache, "interrupt", interrupt())
    with pytest.raises(interrupt):
        read("b")  # the probe is interrupted
    monkeypatch.setattr(InterruptedCache, "interrupt", None)
    read("c")

    assert switchable_cache.calls["get"] == 3
    assert cache.available


def test_a_success_after_the_rest_closes_the_breaker(switchable_cache):
    switchable_cache.down = True
    cache.get("a")
    switchable_cache.down = False
    cache.get("b")

    assert cache.available


def test_the_wrapper_and_the_fail_safe_backend_share_one_breaker(
    switchable_cache, settings, monkeypatch
):
    from django.core.cache import cache as django_cache

    settings.CACHES = {
        "default": {
            "BACKEND": "tests.test_cache_generations.FailSafeSwitchableCache",
            "LOCATION": "failsafe",
        }
    }
    monkeypatch.setattr(cache_module, "PAUSE", 60)
    switchable_cache.down = True
    django_cache.get("session")  # Django's sessions or Wagtail, through the backend
    switchable_cache.down = False
    cache.get("entry")  # the plugin, through the wrapper

    assert switchable_cache.calls["get"] == 1


# The task worker and the database --------------------------------------------------------------


def test_the_worker_waits_for_the_database_instead_of_exiting():
    runs = []

    def run():
        runs.append(1)
        if len(runs) == 1:
            raise OperationalError("the database is gone")
        return "done"

    assert through_database_outages(run, threading.Event(), delay=0) == "done"
    assert len(runs) == 2


def test_the_worker_stops_while_it_waits_for_the_database():
    stop = threading.Event()
    stop.set()

    def run():
        raise OperationalError("the database is gone")

    assert through_database_outages(run, stop, delay=0) is None
