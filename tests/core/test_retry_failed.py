"""``seloste_send_emails --retry-failed`` sends the failed emails at once, not at the next
sweep minutes later (issue 22)."""

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings

from tests.core.test_outbox import queue
from wagtail_seloste.models import OutboxEmail
from wagtail_seloste.outbox.delivery import deliver

pytestmark = pytest.mark.django_db

DEFERRING = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


def failed_email():
    email = queue()
    mail.outbox.clear()
    OutboxEmail.objects.filter(pk=email.pk).update(status=OutboxEmail.FAILED, attempts=8)
    return email


def test_retry_failed_sends_at_once_without_a_worker(django_capture_on_commit_callbacks):
    email = failed_email()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("seloste_send_emails", "--retry-failed", stdout=None)

    email.refresh_from_db()
    assert (email.status, len(mail.outbox)) == (OutboxEmail.SENT, 1)


def test_retry_failed_gives_each_email_a_task_for_the_worker_at_once(
    django_capture_on_commit_callbacks,
):
    with override_settings(TASKS=DEFERRING):
        email = failed_email()
        backend = deliver.get_backend()
        backend.clear()
        with django_capture_on_commit_callbacks(execute=True):
            call_command("seloste_send_emails", "--retry-failed")

        queued = [result.args for result in backend.results if result.task.name == "deliver"]

    assert queued == [[email.pk]]
