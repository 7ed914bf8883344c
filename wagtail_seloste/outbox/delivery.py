"""The email outbox: every email the plugin sends is a row first, then a task.

A feature that owes someone an email calls :func:`send_later` inside the transaction that
creates the work (the booking, the request, the cancellation). The row commits with that work
or not at all; a task is enqueued to deliver it (with django-tasks-db in the same transaction,
with a backend outside the database after commit). Delivery claims the row with one conditional
UPDATE, builds the message from current data, hands it to the email backend, and only then
marks it sent. A failure is retried with exponential backoff up to
``WAGTAIL_SELOSTE_OUTBOX_MAX_ATTEMPTS``; after the last one the email is marked failed and shown
to the owner in the admin (Settings → Outgoing emails and the dashboard).

A worker that dies in the middle of a delivery leaves the row claimed; after
``WAGTAIL_SELOSTE_OUTBOX_CLAIM_TIMEOUT`` seconds :func:`sweep` (``manage.py seloste_send_emails``,
run every minute, and after each delivery) takes it up again. So an email is sent at least once;
it is sent twice only if the process dies after the mail server accepted it and before the row
was marked sent.

Logs name the email by its label ("booking #12: confirmation") and the error with addresses and
phone numbers redacted: a refused recipient's address never reaches a log.
"""

import logging
import random
from datetime import timedelta

from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks import task

from ..conf import seloste_settings
from ..log import redact

logger = logging.getLogger(__name__)

# Backends whose enqueue writes to the application's database, in the current transaction.
TRANSACTIONAL_BACKENDS = ("django_tasks_db.",)
MAX_DELAY = 6 * 60 * 60


def _path(function):
    return (
        function if isinstance(function, str) else f"{function.__module__}.{function.__qualname__}"
    )


def send_later(builder, *args, label, site=None, on_sent=None, not_before=None):
    """Queue the email that ``builder(*args)`` builds; returns the :class:`OutboxEmail`.

    ``builder`` (a module-level function or its dotted path) returns an ``EmailMessage``, or
    None when the email is no longer needed (e.g. the booking was cancelled). ``args`` must be
    JSON: ids, not model instances. ``on_sent(*args)`` runs after the backend accepted it.
    ``label`` names the email in the admin and in logs: no personal data. ``site`` (a Site or
    its id) lets the admin show each site's owner their own emails. ``not_before`` (an aware
    datetime) holds the email until then: a deferred task, or the sweep once it is due.
    """
    now = timezone.now()
    later = not_before is not None and not_before > now
    email = _row(
        builder, args, label=label, site=site, on_sent=on_sent, at=not_before if later else now
    )
    email.save(force_insert=True)
    if later:
        transaction.on_commit(lambda: _enqueue(email.pk, run_after=not_before))
    else:
        _enqueue(email.pk)
    return email


def send_all_later(*emails):
    """:func:`send_later` for several emails due now, with one INSERT: each of ``emails`` is
    ``(builder, args, options)``, ``options`` being ``label`` and optionally ``site`` and
    ``on_sent``. Returns the :class:`OutboxEmail` rows."""
    from .models import OutboxEmail

    now = timezone.now()
    rows = OutboxEmail.objects.bulk_create(
        [_row(builder, args, at=now, **options) for builder, args, options in emails]
    )
    for email in rows:
        _enqueue(email.pk)
    return rows


def _row(builder, args, *, label, site=None, on_sent=None, at):
    from .models import OutboxEmail

    return OutboxEmail(
        site_id=getattr(site, "pk", site),
        label=str(label)[:200],
        builder=_path(builder),
        args=list(args),
        on_sent=_path(on_sent) if on_sent else "",
        next_attempt_at=at,
    )


def _enqueue(email_id, run_after=None):
    backend = deliver.get_backend()
    if run_after is not None:
        # Without deferred tasks the sweep picks the email up once it is due.
        if getattr(backend, "supports_defer", False):
            deliver.using(run_after=run_after).enqueue(email_id)
        return
    if type(backend).__module__.startswith(TRANSACTIONAL_BACKENDS):
        deliver.enqueue(email_id)
    else:
        # The immediate backend would send before commit, and a broker outside the database
        # could run the task before the row exists: enqueue once the row is committed.
        transaction.on_commit(lambda: deliver.enqueue(email_id))


def _due(now, grace=0):
    """Pending and due (for ``grace`` seconds already), or claimed by a sender that died."""
    from .models import OutboxEmail

    stale = now - timedelta(seconds=seloste_settings.OUTBOX_CLAIM_TIMEOUT)
    return Q(status=OutboxEmail.PENDING, next_attempt_at__lte=now - timedelta(seconds=grace)) | Q(
        status=OutboxEmail.SENDING, claimed_at__lt=stale
    )


@task()
def deliver(email_id):
    """Deliver one outbox email (safe to run twice: the claim lets one run send it)."""
    return deliver_now(email_id)


def deliver_now(email_id):
    from .models import OutboxEmail

    now = timezone.now()
    claimed = (
        OutboxEmail.objects.filter(_due(now), pk=email_id).update(
            status=OutboxEmail.SENDING, claimed_at=now, attempts=F("attempts") + 1
        )
        == 1
    )
    if not claimed:
        return "not due"
    email = OutboxEmail.objects.get(pk=email_id)
    try:
        message = import_string(email.builder)(*email.args)
        if message is None:
            OutboxEmail.objects.filter(pk=email.pk).update(
                status=OutboxEmail.SKIPPED, claimed_at=None
            )
            return "skipped"
        message.send(fail_silently=False)
    except Exception as error:  # noqa: BLE001 - any failure is recorded and retried
        return _failed(email, error)
    OutboxEmail.objects.filter(pk=email.pk).update(
        status=OutboxEmail.SENT, sent_at=timezone.now(), claimed_at=None, last_error=""
    )
    if email.on_sent:
        try:
            import_string(email.on_sent)(*email.args)
        except Exception:  # noqa: BLE001 - the email is out; only the record lags
            logger.exception(
                "Recording the delivery of %s (outbox #%s) failed.", email.label, email.pk
            )
    return "sent"


def retry_delay(attempts):
    """Seconds before the next attempt: doubling from OUTBOX_RETRY_DELAY, with jitter."""
    base = seloste_settings.OUTBOX_RETRY_DELAY * 2 ** max(0, attempts - 1)
    return min(MAX_DELAY, base) * random.uniform(0.8, 1.2)  # noqa: S311 - spreads retries


def _failed(email, error):
    from .models import OutboxEmail

    reason = redact(f"{type(error).__name__}: {error}")[:300]
    if email.attempts >= seloste_settings.OUTBOX_MAX_ATTEMPTS:
        OutboxEmail.objects.filter(pk=email.pk).update(
            status=OutboxEmail.FAILED, claimed_at=None, last_error=reason
        )
        logger.error(
            "Email %s (outbox #%s) could not be sent after %s attempts: %s",
            email.label,
            email.pk,
            email.attempts,
            reason,
        )
        return "failed"
    delay = retry_delay(email.attempts)
    next_attempt = timezone.now() + timedelta(seconds=delay)
    OutboxEmail.objects.filter(pk=email.pk).update(
        status=OutboxEmail.PENDING, claimed_at=None, next_attempt_at=next_attempt, last_error=reason
    )
    # An error, not a warning: a mail server that refuses is for the operator to see at once,
    # although the email itself is not lost yet.
    logger.error(
        "Email %s (outbox #%s) failed on attempt %s of %s: %s; retrying in %d s.",
        email.label,
        email.pk,
        email.attempts,
        seloste_settings.OUTBOX_MAX_ATTEMPTS,
        reason,
        delay,
    )
    _enqueue(email.pk, run_after=next_attempt)
    return "retrying"


def sweep(limit=500):
    """Deliver (or enqueue the delivery of) every email whose task was lost; returns the count.

    With a backend that runs deferred tasks, a due email normally has its task in the queue:
    only one due for longer than OUTBOX_CLAIM_TIMEOUT is taken as lost. Without deferred tasks
    (the immediate backend) retries happen here, as soon as they are due. A task enqueued twice
    is harmless: only one claims the row.
    """
    from .models import OutboxEmail

    backend = deliver.get_backend()
    queued = getattr(backend, "supports_defer", False)
    grace = seloste_settings.OUTBOX_CLAIM_TIMEOUT if queued else 0
    ids = list(
        OutboxEmail.objects.filter(_due(timezone.now(), grace))
        .order_by("next_attempt_at")
        .values_list("pk", flat=True)[:limit]
    )
    for email_id in ids:
        if queued:
            deliver.enqueue(email_id)
        else:
            deliver_now(email_id)
    return len(ids)


def retry_failed(site=None):
    """Give the emails that finally failed another round of attempts (after a fix)."""
    from .models import OutboxEmail

    failed = OutboxEmail.objects.filter(status=OutboxEmail.FAILED)
    if site is not None:
        failed = failed.filter(site=site)
    with transaction.atomic():
        ids = list(failed.select_for_update().values_list("pk", flat=True))
        OutboxEmail.objects.filter(pk__in=ids).update(
            status=OutboxEmail.PENDING, attempts=0, next_attempt_at=timezone.now()
        )
        # Each gets its task now: the sweep would take a pending email with a backend of
        # deferred tasks only once it has waited OUTBOX_CLAIM_TIMEOUT (minutes), and whoever
        # retries after a fix expects the emails to leave at once.
        for email_id in ids:
            _enqueue(email_id)
    return len(ids)


def prune(days=30):
    """Delete sent and unneeded emails older than ``days``; failed ones stay for the owner.

    The rows hold no message, but their arguments point at bookings and requests: they are
    kept no longer than the delivery needs to be traceable (GDPR Art 5(1)(e)).
    """
    from .models import OutboxEmail

    cutoff = timezone.now() - timedelta(days=days)
    deleted, _by_model = OutboxEmail.objects.filter(
        status__in=[OutboxEmail.SENT, OutboxEmail.SKIPPED], created_at__lt=cutoff
    ).delete()
    return deleted
