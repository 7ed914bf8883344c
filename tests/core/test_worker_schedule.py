"""The scheduled commands run inside the task worker (``seloste_worker``), not as a new
``manage.py`` process each minute (issue 22)."""

import logging
from datetime import datetime
from datetime import time as clock
from zoneinfo import ZoneInfo

import pytest

from wagtail_seloste.management.commands import seloste_worker
from wagtail_seloste.management.commands.seloste_worker import Job, Schedule

# Each round closes the connections it no longer trusts, as the worker's thread does.
pytestmark = pytest.mark.django_db

HELSINKI = ZoneInfo("Europe/Helsinki")
NOON = datetime(2026, 12, 3, 12, 0, tzinfo=HELSINKI)


@pytest.fixture
def calls(monkeypatch):
    made = []
    monkeypatch.setattr(
        seloste_worker, "call_command", lambda name, *args, **kwargs: made.append(name)
    )
    return made


def test_the_schedule_leaves_out_commands_that_are_not_installed():
    schedule = Schedule([Job("seloste_send_emails", every=60), Job("no_such_command", every=60)])

    assert [job.command for job in schedule.jobs] == ["seloste_send_emails"]


def test_the_default_schedule_covers_the_every_minute_commands():
    names = {job.command for job in Schedule().jobs}

    assert {"seloste_send_emails", "publish_scheduled", "seloste_purge"} <= names


def test_a_job_runs_at_once_then_after_its_interval(calls):
    schedule = Schedule([Job("seloste_send_emails", every=60)])

    rounds = [schedule.run_due(now, NOON) for now in (0, 30, 60)]

    assert rounds == [["seloste_send_emails"], [], ["seloste_send_emails"]]


def test_a_daily_job_runs_once_within_the_hour_after_its_time(calls):
    schedule = Schedule([Job("seloste_purge", at=clock(3, 15))])
    times = [
        datetime(2026, 12, 3, 3, 0, tzinfo=HELSINKI),
        datetime(2026, 12, 3, 3, 16, tzinfo=HELSINKI),
        datetime(2026, 12, 3, 3, 40, tzinfo=HELSINKI),
        datetime(2026, 12, 4, 3, 20, tzinfo=HELSINKI),
    ]

    rounds = [schedule.run_due(i * 1000, when) for i, when in enumerate(times)]

    assert rounds == [[], ["seloste_purge"], [], ["seloste_purge"]]


def test_a_worker_started_in_the_afternoon_does_not_purge_at_once(calls):
    schedule = Schedule([Job("seloste_purge", at=clock(3, 15))])

    assert schedule.run_due(0, NOON) == []


def test_a_failing_command_is_logged_and_the_others_still_run(monkeypatch, caplog):
    def call(name, *args, **kwargs):
        if name == "seloste_send_emails":
            raise RuntimeError("SMTP down")

    monkeypatch.setattr(seloste_worker, "call_command", call)
    schedule = Schedule([Job("seloste_send_emails", every=60), Job("publish_scheduled", every=60)])

    with caplog.at_level(logging.ERROR, logger="wagtail_seloste.worker"):
        ran = schedule.run_due(0, NOON)

    assert ran == ["publish_scheduled"]
    assert "seloste_send_emails failed" in caplog.text


# Outside a test transaction, as in the worker's thread: each round closes the connections
# that are too old, which inside a transaction (PostgreSQL) would close the test's own.
@pytest.mark.django_db(transaction=True)
def test_the_scheduled_commands_really_run_in_process(django_capture_on_commit_callbacks):
    schedule = Schedule([Job("seloste_send_emails", every=60), Job("publish_scheduled", every=60)])

    assert schedule.run_due(0, NOON) == ["seloste_send_emails", "publish_scheduled"]
