"""The email outbox: queued with its work, sent once, retried with backoff, failed visibly."""

import logging
from datetime import timedelta

import pytest
from django.core import mail
from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone

from wagtail_seloste import outbox
from wagtail_seloste.models import OutboxEmail

pytestmark = pytest.mark.django_db

DELIVERED = []


def hello_message(name):
    """A builder: the outbox calls it with the row's arguments when it sends."""
    return EmailMessage(
        f"Hei {name}", "Tervetuloa.", "varaus@hieronta.example", [f"{name}@example.com"]
    )


def nothing_to_send(name):
    return None


def record_delivery(name):
    DELIVERED.append(name)


@pytest.fixture
def refusing_server(monkeypatch):
    def refuse(self, fail_silently=False):
        raise ConnectionRefusedError(f"550 recipient {self.to[0]} refused")

    monkeypatch.setattr(EmailMessage, "send", refuse)


def queue(name="maija", **kwargs):
    return outbox.send_later(hello_message, name, label="test email #1", **kwargs)


def test_an_email_queued_in_a_rolled_back_transaction_is_never_sent(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError), transaction.atomic():
            queue()
            raise RuntimeError("the booking failed")

    assert not OutboxEmail.objects.exists()
    assert mail.outbox == []


def test_a_committed_email_is_sent_and_marked_sent(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        email = queue()

    email.refresh_from_db()
    assert email.status == OutboxEmail.SENT
    assert email.sent_at is not None
    assert [m.to for m in mail.outbox] == [["maija@example.com"]]


def test_the_after_sending_hook_runs_with_the_arguments(django_capture_on_commit_callbacks):
    DELIVERED.clear()
    with django_capture_on_commit_callbacks(execute=True):
        outbox.send_later(hello_message, "aino", label="x", on_sent=record_delivery)

    assert DELIVERED == ["aino"]


def test_a_second_delivery_of_the_same_email_sends_nothing():
    email = queue()
    assert outbox.deliver_now(email.pk) == "sent"

    assert outbox.deliver_now(email.pk) == "not due"
    assert len(mail.outbox) == 1


def test_an_email_no_longer_needed_is_skipped():
    email = outbox.send_later(nothing_to_send, "maija", label="x")

    assert outbox.deliver_now(email.pk) == "skipped"
    email.refresh_from_db()
    assert email.status == OutboxEmail.SKIPPED
    assert mail.outbox == []


def test_a_refused_email_waits_for_a_later_attempt(refusing_server, settings):
    settings.WAGTAIL_SELOSTE_OUTBOX_RETRY_DELAY = 60
    email = queue()
    before = timezone.now()

    assert outbox.deliver_now(email.pk) == "retrying"
    email.refresh_from_db()
    assert email.status == OutboxEmail.PENDING
    assert email.attempts == 1
    assert email.next_attempt_at >= before + timedelta(seconds=45)


def test_the_error_is_recorded_and_logged_without_the_address(refusing_server, caplog):
    email = queue()

    with caplog.at_level(logging.WARNING):
        outbox.deliver_now(email.pk)

    email.refresh_from_db()
    assert "ConnectionRefusedError" in email.last_error
    assert "maija@example.com" not in email.last_error
    assert "test email #1" in caplog.text
    assert "maija@example.com" not in caplog.text


def test_retries_wait_longer_each_time(settings):
    settings.WAGTAIL_SELOSTE_OUTBOX_RETRY_DELAY = 10

    assert outbox.retry_delay(1) <= 12 < 16 <= outbox.retry_delay(3)


def test_after_the_last_attempt_the_email_is_marked_failed_and_logged(
    refusing_server, settings, caplog
):
    settings.WAGTAIL_SELOSTE_OUTBOX_MAX_ATTEMPTS = 2
    email = queue()
    outbox.deliver_now(email.pk)
    OutboxEmail.objects.filter(pk=email.pk).update(next_attempt_at=timezone.now())

    with caplog.at_level(logging.ERROR):
        assert outbox.deliver_now(email.pk) == "failed"

    email.refresh_from_db()
    assert email.status == OutboxEmail.FAILED
    assert "could not be sent after 2 attempts" in caplog.text


def test_a_retry_is_not_sent_before_it_is_due(refusing_server, monkeypatch):
    email = queue()
    outbox.deliver_now(email.pk)
    monkeypatch.undo()

    assert outbox.sweep() == 0
    assert mail.outbox == []


def test_the_sweep_sends_a_retry_that_is_due(refusing_server, monkeypatch):
    email = queue()
    outbox.deliver_now(email.pk)
    monkeypatch.undo()
    OutboxEmail.objects.filter(pk=email.pk).update(next_attempt_at=timezone.now())

    assert outbox.sweep() == 1
    email.refresh_from_db()
    assert email.status == OutboxEmail.SENT


def test_an_email_claimed_by_a_sender_that_died_is_taken_up_again(settings):
    settings.WAGTAIL_SELOSTE_OUTBOX_CLAIM_TIMEOUT = 60
    email = queue()
    OutboxEmail.objects.filter(pk=email.pk).update(
        status=OutboxEmail.SENDING, claimed_at=timezone.now() - timedelta(seconds=61)
    )

    outbox.sweep()

    email.refresh_from_db()
    assert email.status == OutboxEmail.SENT


def test_an_email_being_sent_right_now_is_left_alone(settings):
    settings.WAGTAIL_SELOSTE_OUTBOX_CLAIM_TIMEOUT = 60
    email = queue()
    OutboxEmail.objects.filter(pk=email.pk).update(
        status=OutboxEmail.SENDING, claimed_at=timezone.now()
    )

    assert outbox.sweep() == 0
    assert mail.outbox == []


def test_failed_emails_can_be_given_another_round():
    email = queue()
    OutboxEmail.objects.filter(pk=email.pk).update(status=OutboxEmail.FAILED, attempts=8)

    assert outbox.retry_failed() == 1
    outbox.sweep()
    email.refresh_from_db()
    assert email.status == OutboxEmail.SENT


# The owner's view -------------------------------------------------------------------------


def test_outgoing_emails_are_listed_in_the_admin_without_addresses(admin_client, refusing_server):
    email = queue()
    outbox.deliver_now(email.pk)

    response = admin_client.get("/admin/seloste/outbox/")

    assert response.status_code == 200
    assert "test email #1" in response.content.decode()
    assert "maija@example.com" not in response.content.decode()


def test_outgoing_emails_cannot_be_added_or_edited_in_the_admin(admin_client):
    email = queue()

    assert admin_client.get("/admin/seloste/outbox/new/").status_code in {302, 403}
    assert admin_client.get(f"/admin/seloste/outbox/edit/{email.pk}/").status_code in {302, 403}


def test_a_failed_email_is_shown_on_the_dashboard(admin_client):
    email = queue()
    OutboxEmail.objects.filter(pk=email.pk).update(status=OutboxEmail.FAILED)

    response = admin_client.get("/admin/")

    assert "seloste-outbox" in response.content.decode()


def test_the_dashboard_is_quiet_while_nothing_failed(admin_client):
    queue()

    response = admin_client.get("/admin/")

    assert "seloste-outbox" not in response.content.decode()


def test_rows_of_old_sent_emails_are_deleted_and_failed_ones_kept():
    sent, failed, recent = queue(), queue(), queue()
    long_ago = timezone.now() - timedelta(days=31)
    OutboxEmail.objects.filter(pk=sent.pk).update(status=OutboxEmail.SENT, created_at=long_ago)
    OutboxEmail.objects.filter(pk=failed.pk).update(status=OutboxEmail.FAILED, created_at=long_ago)
    OutboxEmail.objects.filter(pk=recent.pk).update(status=OutboxEmail.SENT)

    assert outbox.prune(days=30) == 1
    assert set(OutboxEmail.objects.values_list("pk", flat=True)) == {failed.pk, recent.pk}
