"""The retention purge: the retention rules of each site's canonical notice, applied.

The notice's structured retention rules (GDPR Art 13(2)(a)) are the only configuration: a rule
``{applies_to: "clients", period: 3, unit: "years", counted_from: "last_booking"}`` deletes
clients whose last booking is more than three years old. Publishing a changed rule changes what
the next purge does. The registry's sources do the deleting, in batches, and skip legal holds;
``applies_to: other`` and rules without a period ("until …") are never applied automatically.

Run it with ``manage.py seloste_purge [--dry-run]`` or the ``purge_task`` django-tasks task.
"""

from datetime import timedelta

from django.utils import timezone
from django_tasks import task
from wagtail.models import Site

from ..conf import seloste_settings
from .dates import add_months
from .registry import PurgeResult, registry

AUTOMATIC_TARGETS = ("clients", "bookings", "consents", "requests", "sessions", "health")


def threshold_for(rule, now):
    """The moment before which data under ``rule`` has expired, or None when the rule has no
    period (an "until …" rule, applied by hand)."""
    period = rule.get("period")
    if not period:
        return None
    unit = rule.get("unit") or "years"
    if unit == "days":
        return now - timedelta(days=period)
    months = period * 12 if unit == "years" else period
    return add_months(now, -months)


def rule_label(rule):
    """“Asiakastiedot: 3 vuotta …” as the notice states it, for the counts of a purge run."""
    label = rule.period_label() if hasattr(rule, "period_label") else ""
    return f"{rule.get('data', '')}: {label}" if label else str(rule.get("data", ""))


def purge_site(site, *, dry_run=False, now=None, batch_size=None, notice=None):
    """Apply the retention rules of ``site``'s canonical notice; returns the ``PurgeRun``.

    Sources may also delete what is always deleted (the rights app: unverified requests whose
    link has expired, as the request form promises), whatever the notice's rules say.
    """
    from ..notice.models import NoticePage
    from .models import PurgeRun

    now = now or timezone.now()
    batch_size = batch_size or seloste_settings.PURGE_BATCH_SIZE
    notice = notice or NoticePage.for_site(site)
    run = PurgeRun.objects.create(
        site=site,
        started_at=now,
        dry_run=dry_run,
        notice_revision=notice.live_revision_id if notice else None,
    )
    # What is deleted whatever the rules say (e.g. expired unverified requests).
    counts = registry.purge_always(site, now, dry_run=dry_run)
    rules = notice.retention_rules if notice else []
    try:
        for rule in rules:
            target = rule.get("applies_to")
            threshold = threshold_for(rule, now)
            entry = {
                "rule": "notice",
                "label": rule_label(rule),
                "applies_to": target,
                "deleted": 0,
                "anonymised": 0,
                "kept": 0,
            }
            if target not in AUTOMATIC_TARGETS or threshold is None:
                entry["skipped"] = True
                counts.append(entry)
                continue
            entry["threshold"] = threshold.isoformat()
            total = PurgeResult()
            by_source = registry.purge(
                site,
                target,
                threshold,
                rule.get("counted_from") or "",
                dry_run=dry_run,
                batch_size=batch_size,
            )
            for result in by_source.values():
                total += result
            entry.update(total.as_dict())
            entry["sources"] = {name: r.as_dict() for name, r in by_source.items()}
            counts.append(entry)
    except Exception as error:  # recorded, then re-raised so the scheduler sees the failure
        run.error = f"{type(error).__name__}: {error}"
        raise
    finally:
        run.counts = counts
        run.finished_at = timezone.now()
        run.save()
    return run


def purge_all(*, dry_run=False, now=None, batch_size=None):
    return [
        purge_site(site, dry_run=dry_run, now=now, batch_size=batch_size)
        for site in Site.objects.order_by("pk")
    ]


@task()
def purge_task(dry_run=False):
    """The purge as a django-tasks task: ``purge_task.enqueue()`` from a scheduler."""
    return [run.pk for run in purge_all(dry_run=dry_run)]
