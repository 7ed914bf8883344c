"""Cache-based rate limits that never store who was limited.

The counted value (a client address, an email) reaches the cache only as a keyed hash, and the
counter expires with its window. The cache must be shared between processes in production
(Redis), or each process counts on its own.
"""

import hmac
from hashlib import sha256

from django.conf import settings

from .cache import cache


def client_address(request):
    """The client's address, for rate limiting only.

    Behind a proxy, ``REMOTE_ADDR`` is the proxy's: set it from ``X-Forwarded-For`` in the proxy
    configuration or a middleware you trust.
    """
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def limit_reached(kind, value, limit, window):
    """Count one hit of ``value`` under ``kind``; True when more than ``limit`` hits fell in
    the ``window`` (seconds).

    Without a working cache nothing is counted and the limit is never reached (it fails open):
    a visitor's booking or request must not be refused because Redis is down, and what the
    limits protect against (floods of emails) is held by the outbox and the per-address limits
    kept in the database."""
    digest = hmac.new(settings.SECRET_KEY.encode(), value.encode(), sha256).hexdigest()[:32]
    key = f"wagtail_seloste:rate:{kind}:{digest}"
    cache.add(key, 0, window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        count = 1 if cache.set(key, 1, window) else None
    if count is None:  # the cache failed
        return False
    return count > limit
