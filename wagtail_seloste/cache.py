"""The plugin's one door to the cache: a page never fails because the cache does.

Everything the plugin keeps in a cache (the site of a host, the canonical notice, the banner's
data, the rate limits, the site checks' results, the notice's fragment) is a copy of what the
database says or a counter that may be lost. So when the backend raises (Redis gone, refused,
or silent until its socket timeout) the wrapper answers as if the entry were missing: reads
return the default, the value is computed from the database, writes are dropped. The failure
is logged at most once a minute per cache, not once per request, and for a few seconds after
a failure the backend is not asked at all, so a silent Redis costs one socket timeout per
process, not one per cache call.

Use ``cache`` (the default cache) or ``safe_cache(alias)``; never ``django.core.cache``
directly.

Wagtail, Django's sessions and other apps read the same cache without such a door. For them,
``wagtail_seloste.cache.RedisCache`` is Django's ``RedisCache`` with the same behaviour (a
failure reads as a miss, logged once a minute): set it as the ``BACKEND`` of the default cache
in production (docs/deployment.md), and the whole site survives its Redis.
"""

import logging
import time

from django.core.cache import DEFAULT_CACHE_ALIAS, caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT, InvalidCacheBackendError
from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient

from .log import failures

logger = logging.getLogger("wagtail_seloste.cache")

# After a failure, the backend rests this long (seconds) before it is asked again.
PAUSE = 5

_MISSING = object()
_paused_until = {}


def _failed(alias, operation, error):
    _paused_until[alias] = time.monotonic() + PAUSE
    # Reported at most once a minute per cache alias (the throttle shared with the database's).
    if failures.allow(("cache", alias)):
        # The key is not logged: a rate limit's key is derived from an address.
        logger.warning(
            "The cache %r failed (%s: %s); pages are served without it, from the database. "
            "This is logged at most once a minute.",
            alias,
            operation,
            type(error).__name__,
        )


def reset():
    """Forget past failures (tests, or after the cache has been repaired)."""
    _paused_until.clear()
    failures.reset()


class SafeCache:
    """A cache backend whose failures read as misses. The methods mirror Django's cache API
    with the answers of an empty cache that keeps nothing when the backend fails."""

    def __init__(self, alias=DEFAULT_CACHE_ALIAS):
        self.alias = alias

    @property
    def backend(self):
        return caches[self.alias]

    def _call(self, operation, fallback, *args, **kwargs):
        if _paused_until.get(self.alias, 0) > time.monotonic():
            return fallback
        try:
            backend = self.backend
        except InvalidCacheBackendError:
            raise  # a configuration error, not an outage: say so at once
        try:
            return getattr(backend, operation)(*args, **kwargs)
        except Exception as error:  # noqa: BLE001 - each backend has its own errors
            _failed(self.alias, operation, error)
            return fallback

    @property
    def available(self):
        """False while the backend rests after a failure."""
        return _paused_until.get(self.alias, 0) <= time.monotonic()

    def get(self, key, default=None):
        return self._call("get", default, key, default)

    def get_many(self, keys):
        return self._call("get_many", {}, keys)

    def set(self, key, value, timeout=None):
        """Store ``value``; False when the backend failed."""
        # Django's backends answer None; the fail-safe backend answers False on a failure.
        return self._call("set", False, key, value, timeout) is not False

    def add(self, key, value, timeout=None):
        return self._call("add", False, key, value, timeout)

    def incr(self, key, delta=1):
        """Like Django's ``incr`` (ValueError for a missing key); None when the backend
        failed."""
        if _paused_until.get(self.alias, 0) > time.monotonic():
            return None
        try:
            return self.backend.incr(key, delta)
        except ValueError:
            raise
        except Exception as error:  # noqa: BLE001
            _failed(self.alias, "incr", error)
            return None

    def delete(self, key):
        return self._call("delete", False, key)

    def delete_many(self, keys):
        return self._call("delete_many", None, keys)

    def clear(self):
        return self._call("clear", None)

    def get_or_set(self, key, default, timeout=None):
        """The cached value, or ``default`` (called when callable) stored and returned."""
        value = self.get(key, _MISSING)
        if value is _MISSING:
            value = default() if callable(default) else default
            if value is not None:
                self.add(key, value, timeout)
        return value


def safe_cache(alias=DEFAULT_CACHE_ALIAS):
    return SafeCache(alias)


cache = SafeCache()

# Bumped whenever any page is saved, deleted or moved, or a locale changes (signals.py): part
# of the keys of what is derived from the page tree (links between pages and translations).
PAGES_GENERATION = "wagtail_seloste:pages_generation"


def generation(key):
    """The number of a generation counter (1 when unset), for the keys of entries that
    ``bump(key)`` forgets all at once."""
    return cache.get_or_set(key, 1, None)


def request_generation(request, key):
    """``generation(key)`` read once per request (kept on ``request``; read each time without
    one): a page asks for it in several template tags."""
    if request is None:
        return generation(key)
    known = request.__dict__.setdefault("_seloste_generations", {})
    if key not in known:
        known[key] = generation(key)
    return known[key]


def bump(key):
    """Forget every entry keyed with ``generation(key)``. With the cache down the bump is lost,
    and so is nothing else: the entries it still holds expire after their timeout."""
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, 2, None)


class FailSafeCacheMixin:
    """A cache backend whose failures read as misses (for a backend class: every caller,
    Wagtail and Django's sessions included, gets the wrapper's behaviour)."""

    def _failsafe(self, operation, fallback, *args):
        name = f"{type(self).__name__} {getattr(self, '_servers', '')}"
        if _paused_until.get(name, 0) > time.monotonic():
            return fallback
        try:
            return getattr(super(), operation)(*args)
        except ValueError:
            raise  # incr of a missing key: the caller's business, not an outage
        except Exception as error:  # noqa: BLE001 - each client library has its own errors
            _failed(name, operation, error)
            return fallback

    def get(self, key, default=None, version=None):
        return self._failsafe("get", default, key, default, version)

    def get_many(self, keys, version=None):
        return self._failsafe("get_many", {}, keys, version)

    def has_key(self, key, version=None):
        return self._failsafe("has_key", False, key, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._failsafe("set", False, key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._failsafe("set_many", list(data), data, timeout, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._failsafe("add", False, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._failsafe("touch", False, key, timeout, version)

    def incr(self, key, delta=1, version=None):
        value = self._failsafe("incr", None, key, delta, version)
        if value is None:
            # Without the cache there is no counter: callers already handle a missing key.
            raise ValueError("The cache is unavailable.")
        return value

    def decr(self, key, delta=1, version=None):
        return self.incr(key, -delta, version)

    def delete(self, key, version=None):
        return self._failsafe("delete", False, key, version)

    def delete_many(self, keys, version=None):
        return self._failsafe("delete_many", None, keys, version)

    def clear(self):
        return self._failsafe("clear", None)


class ReusingRedisCacheClient(RedisCacheClient):
    """Django's Redis client that keeps one ``redis.Redis`` per connection pool.

    Django builds a new ``redis.Redis`` for every cache call, and redis-py's constructor (its
    table of some 200 response callbacks) costs more CPU than the call itself: about 1 ms each,
    a tenth of the notice page's CPU with its 15 cache reads (docs/deployment.md, "Where the
    CPU goes"). A ``redis.Redis`` over a pool is safe to share between threads, and the pool
    still opens and replaces the connections.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(pool)
        if client is None:
            client = self._clients[pool] = self._client(connection_pool=pool)
        return client


class RedisCache(FailSafeCacheMixin, DjangoRedisCache):
    """Django's ``RedisCache``, whose failures read as misses: with Redis gone (or silent until
    the socket timeout of its ``OPTIONS``) every page is served from the database. It reuses
    its Redis clients (``ReusingRedisCacheClient``)."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient
