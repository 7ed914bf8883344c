"""Deliver the outbox's emails whose task was lost, optionally retry the failed ones, and
delete the rows of emails sent more than --keep-days ago.

Run it every minute from cron or a systemd timer (docs/deployment.md). With the immediate task
backend (no worker) it is also what retries a failed email once its next attempt is due.
"""

from django.core.management.base import BaseCommand

from wagtail_seloste import outbox


class Command(BaseCommand):
    help = (
        "Send the outbox emails that are due and have no task (after a worker died, or with "
        "the immediate backend); --retry-failed gives failed emails another round."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--retry-failed",
            action="store_true",
            help="Mark the emails that finally failed as waiting again, then send them.",
        )
        parser.add_argument(
            "--keep-days",
            type=int,
            default=30,
            help="Delete sent emails' rows older than this many days (default 30).",
        )

    def handle(self, *args, retry_failed=False, keep_days=30, **options):
        retried = outbox.retry_failed() if retry_failed else 0
        swept = outbox.sweep()
        pruned = outbox.prune(keep_days)
        self.stdout.write(
            f"{swept} email(s) taken up; {retried} failed email(s) retried; "
            f"{pruned} old row(s) deleted."
        )
