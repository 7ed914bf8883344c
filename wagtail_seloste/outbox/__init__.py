"""The email outbox: every email the plugin sends is a row first, then a task.

- ``delivery.py``: queueing (:func:`send_later`), delivery, retries with backoff, the sweep;
- ``models.py``: ``OutboxEmail``, one row per email owed;
- ``viewsets.py``: the owner's view of failed emails (Settings → Outgoing emails, dashboard).

The outbox knows neither the notice nor the register: features hand it a builder function and
ids. The names below are its API (``from wagtail_seloste import outbox``; ``outbox.send_later``)
and keep the task path ``wagtail_seloste.outbox.deliver`` of emails queued before 0.2 working.
"""

from .delivery import (
    deliver,
    deliver_now,
    prune,
    retry_delay,
    retry_failed,
    send_all_later,
    send_later,
    sweep,
)

__all__ = [
    "deliver",
    "deliver_now",
    "prune",
    "retry_delay",
    "retry_failed",
    "send_all_later",
    "send_later",
    "sweep",
]
