"""The task worker with the scheduled work inside it: ``manage.py seloste_worker``.

django-tasks has no scheduler, and starting ``manage.py`` for each scheduled command costs
2–3 s of CPU (loading Django and Wagtail) every minute. This command runs django-tasks-db's
worker (every option of ``db_worker``) and, in a thread of the same process, the scheduled
commands of docs/deployment.md when they are due, through ``call_command``: Django is loaded
once. Commands of apps that are not installed are left out. Each scheduled command is safe to
run twice, so several workers may run the schedule; ``--no-schedule`` leaves it to one.
"""

import io
import logging
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from datetime import time as clock

from django.core.management import call_command, get_commands
from django.core.management.base import BaseCommand, CommandError
from django.db import InterfaceError, OperationalError, close_old_connections, connections
from django.utils import timezone

from ...log import failures

logger = logging.getLogger("wagtail_seloste.worker")

MINUTE = 60
# Seconds between the worker's attempts to reach the database again after losing it.
RECONNECT_DELAY = 2


@dataclass
class Job:
    """A command run every ``every`` seconds, or daily at ``at`` (local time): then it is due
    once a day, within the hour after ``at`` (a worker started in the afternoon does not purge
    at once, and one that was down that hour waits for the next day)."""

    command: str
    every: float = 0
    at: clock | None = None
    args: tuple = ()
    last_run: float | None = field(default=None, compare=False)
    last_day: object = field(default=None, compare=False)

    def due(self, now, local_now):
        if self.at is not None:
            start = datetime.combine(local_now.date(), self.at, local_now.tzinfo)
            in_window = start <= local_now < start + timedelta(hours=1)
            return in_window and self.last_day != local_now.date()
        return self.last_run is None or now - self.last_run >= self.every

    def ran(self, now, local_now):
        self.last_run = now
        self.last_day = local_now.date()


def default_jobs(minute=MINUTE):
    """The schedule of docs/deployment.md ("Scheduled commands"); ``minute`` shortens the
    intervals for a load test."""
    return [
        Job("seloste_send_emails", every=minute),
        Job("publish_scheduled", every=minute),
        Job("seloste_send_reminders", every=15 * minute),
        Job("seloste_breach_reminders", every=60 * minute),
        Job("seloste_rights_reminders", at=clock(6, 10)),
        Job("seloste_purge", at=clock(3, 15)),
        Job("seloste_prune_consent_log", at=clock(3, 30)),
        Job("clearsessions", at=clock(3, 45)),
        Job("prune_db_task_results", at=clock(3, 50)),
    ]


class Schedule:
    def __init__(self, jobs=None):
        available = get_commands()
        self.jobs = [job for job in (jobs or default_jobs()) if job.command in available]

    def run_due(self, now=None, local_now=None):
        """Run every job that is due; returns the names run. One failing job is logged and
        does not keep the others from running."""
        now = time.monotonic() if now is None else now
        local_now = local_now or timezone.localtime()
        ran = []
        for job in self.jobs:
            if not job.due(now, local_now):
                continue
            job.ran(now, local_now)
            close_old_connections()
            try:
                call_command(job.command, *job.args, verbosity=0, stdout=io.StringIO())
                ran.append(job.command)
            except Exception:  # noqa: BLE001 - the next round tries again
                logger.exception("The scheduled command %s failed.", job.command)
        return ran

    def loop(self, stop, tick=1.0):
        while not stop.is_set():
            try:
                self.run_due()
            finally:
                # This thread's connections: a database restart must not leave one broken.
                connections.close_all()
            stop.wait(tick)


def through_database_outages(run, stop, delay=None):
    """``run()`` until it returns; when it loses the database, wait ``delay`` seconds (or until
    ``stop`` is set) and run it again in the same process. Exiting instead would have the
    service manager start Django and Wagtail again: seconds of CPU, taken from the app
    processes just when the database is back and the visitors return."""
    delay = RECONNECT_DELAY if delay is None else delay
    while True:
        try:
            return run()
        except (OperationalError, InterfaceError):
            if failures.allow(("worker", "database")):
                logger.warning(
                    "The task worker lost the database; it tries again every %s seconds. "
                    "This is logged at most once a minute.",
                    delay,
                )
            connections.close_all()
            if stop.wait(delay):
                return None


def _db_worker_command():
    """django-tasks-db's worker command, or None when the app is not installed (its models
    cannot even be imported then)."""
    from django.apps import apps

    if not apps.is_installed("django_tasks_db"):
        return None
    from django_tasks_db.management.commands.db_worker import Command

    return Command


DbWorkerCommand = _db_worker_command()

if DbWorkerCommand is None:

    class Command(BaseCommand):
        help = "Needs django-tasks-db (the production extra)."

        def handle(self, *args, **options):
            raise CommandError(
                "seloste_worker runs django-tasks-db's worker: install it with "
                '`pip install "wagtail-seloste[production]"` and add "django_tasks_db" to '
                "INSTALLED_APPS (docs/deployment.md)."
            )

else:

    class Command(DbWorkerCommand):
        help = (
            "Run the django-tasks-db worker (the options of db_worker) and the scheduled "
            "commands of docs/deployment.md in the same process, when they are due."
        )

        def add_arguments(self, parser):
            super().add_arguments(parser)
            parser.add_argument(
                "--no-schedule",
                action="store_true",
                help="Only run tasks: another worker runs the scheduled commands.",
            )
            parser.add_argument(
                "--minute",
                type=float,
                default=MINUTE,
                help="Seconds in a minute of the schedule (default 60; shorter for load tests).",
            )

        def handle(self, *args, no_schedule=False, minute=MINUTE, **options):
            stop = threading.Event()
            if not no_schedule:
                schedule = Schedule(default_jobs(minute))
                logger.info(
                    "Scheduled in the worker: %s", ", ".join(j.command for j in schedule.jobs)
                )
                threading.Thread(
                    target=schedule.loop, args=(stop,), name="seloste-schedule", daemon=True
                ).start()
            try:
                return through_database_outages(
                    lambda: super(Command, self).handle(*args, **options), stop
                )
            finally:
                stop.set()
