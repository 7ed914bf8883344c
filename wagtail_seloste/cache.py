"""The plugin's one door to the cache: a page never fails because the cache does.

Everything the plugin keeps in a cache (the site of a host, the canonical notice, the banner's
data, the rate limits, the site checks' results, the notice's fragment) is a copy of what the
database says or a counter that may be lost. So when the backend raises (Redis gone, refused,
or silent until its socket timeout) the wrapper answers as if the entry were missing: reads
return the default, the value is computed from the database, writes are dropped. The failure
is logged at most once a minute per cache, not once per request.

A circuit breaker per process and backend: after a failure the backend is not asked at all for
``PAUSE`` seconds; then one call tries it, and only a success closes the breaker again. So a
silent Redis costs one socket timeout per process every few seconds, not one per cache call.

Generations: an entry derived from the page tree is keyed with the numbers of the generation
counters it depends on (``generation(key)``); ``bump(key)`` starts a new generation, which
forgets every such entry at once. An entry under such a key never changes, so ``get(...,
generational=True)`` keeps a process-local copy of it and answers from that copy without
asking Redis: a page reads its generations once per request (one ``get_many``, in
``generation_scope``) instead of a dozen entries from Redis. While the cache is out, the process
goes on with the generations it last read and its local copies, so an outage costs little. A
bump or delete that fails while the cache is out is remembered, and done when the breaker
closes: a page saved during an outage is not served stale for an hour after it.

Use ``cache`` (the default cache) or ``safe_cache(alias)``; never ``django.core.cache``
directly.

Wagtail, Django's sessions and other apps read the same cache without such a door. For them,
``wagtail_seloste.cache.RedisCache`` is Django's ``RedisCache`` with the same behaviour (a
failure reads as a miss, logged once a minute, the same breaker): set it as the ``BACKEND`` of
the default cache in production (docs/deployment.md), and the whole site survives its Redis.
"""

import contextlib
import contextvars
import logging
import pickle
import threading
import time
from collections import OrderedDict

from django.core.cache import DEFAULT_CACHE_ALIAS, caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT, InvalidCacheBackendError
from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient

from .log import failures

logger = logging.getLogger("wagtail_seloste.cache")

# After a failure, the backend rests this long (seconds) before one call tries it again.
PAUSE = 5
# Process-local copies of generational entries, per cache alias (least recently used dropped).
LOCAL_ENTRIES = 2000

_MISSING = object()


class Breaker:
    """Whether a backend may be asked: closed (yes), open (no, for ``PAUSE`` seconds after a
    failure), then half-open (one caller tries; its success closes the breaker)."""

    def __init__(self):
        self.failed = False
        self.open_until = 0.0
        # The ticket of the one caller trying the backend while half-open, else False.
        self.probing = False
        self._lock = threading.Lock()

    def acquire(self):
        """A ticket to ask the backend (give it back with ``release``), or None: not now."""
        if not self.failed:
            return _CLOSED
        with self._lock:
            if self.probing or time.monotonic() < self.open_until:
                return None
            # This caller tries the backend; the others still wait.
            self.probing = ticket = object()
            return ticket

    def release(self, ticket):
        """The call with ``ticket`` is over. A probe that neither succeeded nor failed (it was
        interrupted: KeyboardInterrupt, SystemExit, a gevent timeout) frees the half-open
        state, so that the next caller tries; else the breaker would stay open for good."""
        if ticket is _CLOSED or ticket is None or self.probing is not ticket:
            return
        with self._lock:
            if self.probing is ticket:
                self.probing = False

    def allow(self):
        return self.acquire() is not None

    def failure(self):
        with self._lock:
            self.failed = True
            self.probing = False
            self.open_until = time.monotonic() + PAUSE

    def success(self):
        """Close the breaker; True when it was open (the backend is back)."""
        if not self.failed:
            return False
        with self._lock:
            was_open, self.failed, self.probing = self.failed, False, False
            return was_open

    @property
    def closed(self):
        return not self.failed


# The ticket of a call made while the breaker is closed (nothing to give back).
_CLOSED = object()


_breakers = {}
# Invalidations that failed while a backend was out, by breaker name: ("bump" | "delete", key).
_pending = {}
# Process-local copies of generational entries, and the generations last read, per alias.
_local = {}
_generations = {}
# The generations read in the current request (``generation_scope``): {(alias, key): number}.
_scope = contextvars.ContextVar("wagtail_seloste_generations", default=None)


def _breaker(name):
    breaker = _breakers.get(name)
    if breaker is None:
        breaker = _breakers.setdefault(name, Breaker())
    return breaker


def _failed(name, operation, error):
    _breaker(name).failure()
    # Reported at most once a minute per cache (the throttle shared with the database's).
    if failures.allow(("cache", name)):
        # The key is not logged: a rate limit's key is derived from an address.
        logger.warning(
            "The cache %r failed (%s: %s); pages are served without it, from the database. "
            "This is logged at most once a minute.",
            name,
            operation,
            type(error).__name__,
        )


def _succeeded(name, backend):
    """The backend answered: when that closed the breaker, do what failed while it was out."""
    if _breaker(name).success():
        pending = _pending.pop(name, None)
        if pending:
            _replay(name, backend, pending)


def _replay(name, backend, pending):
    raw = backend._unsafe if isinstance(backend, FailSafeCacheMixin) else None
    for action, key in pending:
        call = raw or (lambda operation, *args: getattr(backend, operation)(*args))
        try:
            if action == "bump":
                # A new generation, whatever the counter says now (it may be gone).
                try:
                    call("incr", key, 1)
                except ValueError:
                    call("set", key, _fresh_generation(), None)
            else:
                call("delete", key)
        except Exception as error:  # noqa: BLE001 - out again: keep them for the next time
            for item in pending:
                _remember(name, *item)
            _failed(name, action, error)
            return
    logger.info(
        "The cache %r is back; %d invalidations made while it was out were done.",
        name,
        len(pending),
    )


def _remember(name, action, key):
    _pending.setdefault(name, OrderedDict())[(action, key)] = None


def reset():
    """Forget past failures, pending invalidations and local copies (tests, or after the cache
    has been repaired)."""
    _breakers.clear()
    _pending.clear()
    _local.clear()
    _generations.clear()
    failures.reset()


def _fresh_generation():
    # Not 1: a counter that was lost (Redis emptied, the key evicted) starts again above every
    # number it had, so no process takes its old local copies for new ones.
    return time.time_ns() // 1000


class _LocalCopies:
    """A bounded, expiring, process-local store of pickled values (pickled: a caller that
    changes the object it got must not change what the next request reads)."""

    def __init__(self, size=LOCAL_ENTRIES):
        self.size = size
        self.entries = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            entry = self.entries.get(key)
            if entry is None:
                return _MISSING
            expires, data = entry
            if expires is not None and expires <= time.monotonic():
                del self.entries[key]
                return _MISSING
            self.entries.move_to_end(key)
        return pickle.loads(data)  # noqa: S301 - our own pickles of our own values

    def set(self, key, value, timeout):
        if timeout is not None and timeout <= 0:
            return
        data = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
        expires = None if timeout is None else time.monotonic() + timeout
        with self.lock:
            self.entries[key] = (expires, data)
            self.entries.move_to_end(key)
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)

    def delete(self, key):
        with self.lock:
            self.entries.pop(key, None)

    def clear(self):
        with self.lock:
            self.entries.clear()


class SafeCache:
    """A cache backend whose failures read as misses. The methods mirror Django's cache API
    with the answers of an empty cache that keeps nothing when the backend fails."""

    def __init__(self, alias=DEFAULT_CACHE_ALIAS):
        self.alias = alias

    @property
    def backend(self):
        return caches[self.alias]

    def _name(self, backend):
        # One breaker per backend: the fail-safe backend's own, which Wagtail's and the
        # sessions' reads through it share; else one per alias.
        if isinstance(backend, FailSafeCacheMixin):
            return backend._breaker_name
        return self.alias

    @property
    def local(self):
        copies = _local.get(self.alias)
        if copies is None:
            copies = _local.setdefault(self.alias, _LocalCopies())
        return copies

    def _call(self, operation, fallback, *args, **kwargs):
        """``operation`` on the backend; ``fallback`` when it fails or rests. Raises
        ``ValueError`` (a missing key for ``incr``) and configuration errors."""
        try:
            backend = self.backend
        except InvalidCacheBackendError:
            raise  # a configuration error, not an outage: say so at once
        name = self._name(backend)
        breaker = _breaker(name)
        ticket = breaker.acquire()
        if ticket is None:
            return fallback
        try:
            if isinstance(backend, FailSafeCacheMixin):
                result = backend._unsafe(operation, *args, **kwargs)
            else:
                result = getattr(backend, operation)(*args, **kwargs)
        except ValueError:
            _succeeded(name, backend)  # the backend answered: the key is missing
            raise
        except Exception as error:  # noqa: BLE001 - each backend has its own errors
            _failed(name, operation, error)
            return fallback
        else:
            _succeeded(name, backend)
            return result
        finally:
            breaker.release(ticket)

    @property
    def available(self):
        """False while the backend rests after a failure."""
        try:
            backend = self.backend
        except InvalidCacheBackendError:
            return False
        return _breaker(self._name(backend)).closed

    def get(self, key, default=None, *, generational=False):
        """The cached value or ``default``. ``generational``: ``key`` carries the generations
        its value depends on, so the value never changes under it: a process-local copy is
        kept and read first (also while the cache is out)."""
        if generational:
            value = self.local.get(key)
            if value is not _MISSING:
                return value
        value = self._call("get", _MISSING, key, _MISSING)
        if value is _MISSING:
            return default
        if generational:
            self.local.set(key, value, self._timeout(None))
        return value

    def get_many(self, keys):
        return self._call("get_many", {}, keys)

    def _timeout(self, timeout):
        if timeout is DEFAULT_TIMEOUT or timeout is _MISSING:
            try:
                return self.backend.default_timeout
            except InvalidCacheBackendError:
                return None
        return timeout

    def set(self, key, value, timeout=None, *, generational=False):
        """Store ``value``; False when the backend failed (a generational value is still
        kept in this process)."""
        if generational:
            self.local.set(key, value, self._timeout(timeout))
        # Django's backends answer None; the fail-safe backend answers False on a failure.
        return self._call("set", False, key, value, timeout) is not False

    def add(self, key, value, timeout=None):
        return self._call("add", False, key, value, timeout)

    def incr(self, key, delta=1):
        """Like Django's ``incr`` (ValueError for a missing key); None when the backend
        failed."""
        return self._call("incr", None, key, delta)

    def delete(self, key):
        """Forget ``key``; one that cannot be forgotten now (the cache is out) is forgotten
        when the cache is back."""
        self.local.delete(key)
        done = self._call("delete", _MISSING, key)
        if done is _MISSING:
            _remember(self._name(self.backend), "delete", key)
            return False
        return done

    def delete_many(self, keys):
        keys = list(keys)
        for key in keys:
            self.local.delete(key)
        done = self._call("delete_many", _MISSING, keys)
        if done is _MISSING:
            for key in keys:
                _remember(self._name(self.backend), "delete", key)
            return None
        return done

    def clear(self):
        self.local.clear()
        _generations.pop(self.alias, None)
        return self._call("clear", None)

    def get_or_set(self, key, default, timeout=None, *, generational=False):
        """The cached value, or ``default`` (called when callable) stored and returned."""
        value = self.get(key, _MISSING, generational=generational)
        if value is _MISSING:
            value = default() if callable(default) else default
            if value is not None:
                if generational:
                    self.local.set(key, value, self._timeout(timeout))
                self.add(key, value, timeout)
        return value

    # Generations -------------------------------------------------------------------------

    def generations(self, keys):
        """{key: number} of generation counters (a missing one is started). Read from the
        cache, or while it is out, the numbers this process read last."""
        known = _generations.setdefault(self.alias, {})
        values = self._call("get_many", None, list(keys))
        if values is None:  # the cache is out
            return {key: known.setdefault(key, 0) for key in keys}
        for key in keys:
            if key not in values:
                fresh = _fresh_generation()
                stored = self._call("add", None, key, fresh, None)
                values[key] = fresh if stored or stored is None else self.get(key, fresh)
        known.update(values)
        return {key: values[key] for key in keys}

    def bump(self, key):
        """A new generation of ``key``: every entry keyed with the old one is forgotten. This
        process uses the new one at once; with the cache out, the bump is done when it is
        back."""
        known = _generations.setdefault(self.alias, {})
        try:
            value = self._call("incr", None, key)
        except ValueError:  # no counter yet (or it was lost): a fresh one
            value = _fresh_generation()
            if not self.set(key, value, None):
                value = None
        if value is None:
            _remember(self._name(self.backend), "bump", key)
            value = max(known.get(key, 0) + 1, _fresh_generation())
        known[key] = value
        scope = _scope.get()
        if scope is not None:
            scope[(self.alias, key)] = value


def safe_cache(alias=DEFAULT_CACHE_ALIAS):
    return SafeCache(alias)


cache = SafeCache()

# Bumped whenever any page is saved, deleted or moved, or a locale changes (signals.py): part
# of the keys of what is derived from the page tree (links between pages and translations).
PAGES_GENERATION = "wagtail_seloste:pages_generation"
# Every generation counter a page may read: read together, once per request.
GENERATION_KEYS = {PAGES_GENERATION}


def register_generation(key):
    """Declare a generation counter, so that ``generation_scope`` reads it with the others."""
    GENERATION_KEYS.add(key)
    return key


def generation(key):
    """The number of a generation counter, for the keys of entries that ``bump(key)`` forgets
    all at once. Inside ``generation_scope`` (a request), every counter is read once."""
    scope = _scope.get()
    if scope is None:
        return cache.generations([key])[key]
    if (cache.alias, key) not in scope:
        keys = sorted(GENERATION_KEYS | {key})
        for name, value in cache.generations(keys).items():
            scope.setdefault((cache.alias, name), value)
    return scope[(cache.alias, key)]


@contextlib.contextmanager
def generation_scope():
    """Within it (a request: ``SiteLookupMiddleware``), each generation is read once, all of
    them in one round trip, and stays the same."""
    token = _scope.set({})
    try:
        yield
    finally:
        _scope.reset(token)


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
    """Forget every entry keyed with ``generation(key)``. With the cache down the bump is
    remembered and done when the cache is back (in this process: one that ends meanwhile
    takes it along; its entries then expire after their timeout)."""
    cache.bump(key)


class FailSafeCacheMixin:
    """A cache backend whose failures read as misses (for a backend class: every caller,
    Wagtail and Django's sessions included, gets the wrapper's behaviour)."""

    @property
    def _breaker_name(self):
        return f"{type(self).__name__} {getattr(self, '_servers', '')}"

    def _unsafe(self, operation, *args, **kwargs):
        """The backend's own ``operation``, which raises when the server fails (for
        ``SafeCache``, which keeps the breaker itself)."""
        return getattr(super(), operation)(*args, **kwargs)

    def _failsafe(self, operation, fallback, *args):
        name = self._breaker_name
        breaker = _breaker(name)
        ticket = breaker.acquire()
        if ticket is None:
            return fallback
        try:
            result = getattr(super(), operation)(*args)
        except ValueError:
            _succeeded(name, self)
            raise  # incr of a missing key: the caller's business, not an outage
        except Exception as error:  # noqa: BLE001 - each client library has its own errors
            _failed(name, operation, error)
            return fallback
        else:
            _succeeded(name, self)
            return result
        finally:
            breaker.release(ticket)

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
