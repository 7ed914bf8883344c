"""Deliver the outbox's emails whose task was lost, and optionally retry the failed ones.

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

    def handle(self, *args, retry_failed=False, **options):
        retried = outbox.retry_failed() if retry_failed else 0
        swept = outbox.sweep()
        self.stdout.write(f"{swept} email(s) taken up; {retried} failed email(s) retried.")
