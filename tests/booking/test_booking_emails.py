"""After a booking: emails with .ics, retries, reminders, cancellation link, calendar feed."""

import logging
import re
from datetime import UTC, datetime, timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import TestCase
from django.utils import timezone

from tests.booking_helpers import first_free, free_beyond_cutoff
from wagtail_seloste.booking.calendar import calendar, escape_text, event, fold
from wagtail_seloste.booking.models import Booking
from wagtail_seloste.booking.store import create_booking
from wagtail_seloste.booking.tokens import cancel_token


def make_booking(page, start=None, email="maija@example.com", **client_fields):
    service = page.services.get(name="Klassinen hieronta")
    # The booking's emails go out on commit, as they would in production.
    with TestCase.captureOnCommitCallbacks(execute=True):
        booking = create_booking(
            page,
            service,
            start or free_beyond_cutoff(page, service),
            site=page.get_site(),
            first_name="Maija",
            last_name="Meikäläinen",
            email=email,
            phone="+358401234567",
        )
    if client_fields:
        for key, value in client_fields.items():
            setattr(booking.client, key, value)
        booking.client.save()
    return booking


def shift(booking, start):
    Booking.objects.filter(pk=booking.pk).update(start=start, end=start + timedelta(minutes=60))
    booking.refresh_from_db()
    return booking


# Emails after commit ----------------------------------------------------------------------


def test_client_gets_a_confirmation_with_an_ics_attachment(
    booking_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        booking = make_booking(booking_page)
    confirmation = next(m for m in mail.outbox if m.to == ["maija@example.com"])
    name, content, mimetype = confirmation.attachments[0]
    assert name == "varaus.ics"
    assert mimetype.startswith("text/calendar")
    assert f"UID:booking-{booking.pk}@testserver" in content
    booking.refresh_from_db()
    assert booking.confirmation_sent_at is not None


def test_confirmation_has_a_signed_cancellation_link_without_personal_data(
    booking_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        make_booking(booking_page)
    body = next(m for m in mail.outbox if m.to == ["maija@example.com"]).body
    url = re.search(r"http://testserver/ajanvaraus/peru/(\S+)/", body)
    assert url is not None
    assert "maija" not in url.group(0).lower()


def test_owner_gets_a_notification(booking_page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        booking = make_booking(booking_page)
    owner = next(m for m in mail.outbox if m.to == ["omistaja@example.com"])
    assert "Maija" in owner.body
    booking.refresh_from_db()
    assert booking.owner_notified_at is not None


def test_emails_are_not_sent_before_commit(booking_page, django_capture_on_commit_callbacks):
    service = booking_page.services.get(name="Klassinen hieronta")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        create_booking(
            booking_page,
            service,
            first_free(booking_page, service),
            site=booking_page.get_site(),
            first_name="M",
            last_name="M",
            email="m@example.com",
        )
    assert mail.outbox == []
    assert callbacks  # the outbox delivers once the booking is committed


def test_controller_details_in_the_email_come_from_the_notice(
    booking_page, notice, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        make_booking(booking_page)
    body = next(m for m in mail.outbox if m.to == ["maija@example.com"]).body
    assert notice.controller_name in body


def test_failing_mail_server_keeps_the_booking_and_logs_without_personal_data(
    booking_page, monkeypatch, caplog, django_capture_on_commit_callbacks
):
    def refuse(self, fail_silently=False):
        raise ConnectionRefusedError("smtp down")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", refuse)
    with caplog.at_level(logging.WARNING), django_capture_on_commit_callbacks(execute=True):
        booking = make_booking(booking_page)
    booking.refresh_from_db()
    assert booking.confirmation_sent_at is None
    assert f"booking #{booking.pk}" in caplog.text
    assert "maija" not in caplog.text.lower()


def test_failed_confirmation_is_retried_by_the_reminders_command(booking_page, monkeypatch):
    from django.core.mail import EmailMessage

    from wagtail_seloste.models import OutboxEmail

    send = EmailMessage.send
    monkeypatch.setattr(EmailMessage, "send", lambda self, fail_silently=False: 1 / 0)
    booking = make_booking(booking_page)
    monkeypatch.setattr(EmailMessage, "send", send)
    OutboxEmail.objects.update(next_attempt_at=timezone.now())  # the retry is due
    call_command("seloste_send_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    booking.refresh_from_db()
    assert booking.confirmation_sent_at is not None
    assert any(m.to == ["maija@example.com"] and m.attachments for m in mail.outbox)


# Calendar ---------------------------------------------------------------------------------


def test_ics_lines_end_in_crlf_and_are_folded_at_75_octets():
    text = calendar(
        [
            event(
                uid="x@example.com",
                start=datetime(2026, 12, 1, 8, tzinfo=UTC),
                end=datetime(2026, 12, 1, 9, tzinfo=UTC),
                summary="Hieronta – " + "ä" * 80,
            )
        ]
    )
    assert text.endswith("\r\n")
    lines = text.split("\r\n")[:-1]
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    assert "\n" not in text.replace("\r\n", "")
    unfolded = text.replace("\r\n ", "")
    assert "SUMMARY:Hieronta – " + "ä" * 80 in unfolded


def test_ics_text_is_escaped():
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"


def test_fold_keeps_short_lines():
    assert fold("SUMMARY:lyhyt") == "SUMMARY:lyhyt"


def test_ics_times_are_utc():
    text = calendar(
        [
            event(
                uid="x",
                start=datetime(2026, 7, 1, 9, tzinfo=timezone.get_current_timezone()),
                end=datetime(2026, 7, 1, 10, tzinfo=timezone.get_current_timezone()),
                summary="s",
            )
        ]
    )
    assert "DTSTART:20260701T060000Z" in text


# Reminders --------------------------------------------------------------------------------


def test_reminder_is_sent_once_for_a_booking_within_the_window(booking_page):
    booking = shift(make_booking(booking_page), timezone.now() + timedelta(hours=5))
    mail.outbox.clear()
    call_command("seloste_send_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    call_command("seloste_send_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    reminders = [m for m in mail.outbox if m.to == ["maija@example.com"]]
    assert len(reminders) == 1
    booking.refresh_from_db()
    assert booking.reminder_sent_at is not None


def test_no_reminder_for_bookings_beyond_the_window(booking_page):
    shift(make_booking(booking_page), timezone.now() + timedelta(hours=48))
    mail.outbox.clear()
    call_command("seloste_send_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert mail.outbox == []


def test_no_reminder_to_a_restricted_client(booking_page):
    shift(make_booking(booking_page, restricted=True), timezone.now() + timedelta(hours=5))
    mail.outbox.clear()
    call_command("seloste_send_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert mail.outbox == []


@pytest.mark.parametrize("hours,expected", [(4, 0), (6, 1)])
def test_reminder_window_follows_the_setting(booking_page, settings, hours, expected):
    settings.WAGTAIL_SELOSTE_REMINDER_HOURS = hours
    shift(make_booking(booking_page), timezone.now() + timedelta(hours=5))
    mail.outbox.clear()
    call_command("seloste_send_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert len(mail.outbox) == expected


# Cancellation ----------------------------------------------------------------------------


def cancel_url(booking):
    return f"/ajanvaraus/peru/{cancel_token(booking)}/"


def test_cancellation_link_asks_for_confirmation_first(client, booking_page):
    booking = shift(make_booking(booking_page), timezone.now() + timedelta(days=3))
    response = client.get(cancel_url(booking))
    assert response.status_code == 200
    assert b'method="post"' in response.content
    booking.refresh_from_db()
    assert booking.status == "confirmed"


def test_cancelling_before_the_cut_off_frees_the_slot(client, booking_page):
    from wagtail_seloste.booking.slots import free_slots, is_free

    service = booking_page.services.get(name="Klassinen hieronta")
    day = timezone.localdate() + timedelta(days=3)
    start = free_slots(booking_page, service, first_day=day, last_day=day)[day][0]
    booking = make_booking(booking_page, start=start)
    assert not is_free(booking_page, service, start)
    response = client.post(cancel_url(booking))
    assert response.status_code == 200
    booking.refresh_from_db()
    assert booking.status == "cancelled"
    assert booking.cancelled_at is not None
    assert is_free(booking_page, service, start)


def test_cancelling_after_the_cut_off_explains_whom_to_contact(client, booking_page, notice):
    booking = shift(make_booking(booking_page), timezone.now() + timedelta(hours=3))
    response = client.post(cancel_url(booking))
    booking.refresh_from_db()
    assert booking.status == "confirmed"
    assert notice.email.encode() in response.content


def test_tampered_cancellation_token_is_refused(client, booking_page):
    booking = shift(make_booking(booking_page), timezone.now() + timedelta(days=3))
    response = client.post(cancel_url(booking)[:-3] + "x/")
    assert response.status_code == 200
    booking.refresh_from_db()
    assert booking.status == "confirmed"


# Calendar feed ---------------------------------------------------------------------------


def test_feed_lists_upcoming_bookings_without_client_details(client, booking_page):
    booking = make_booking(booking_page)
    response = client.get(f"/ajanvaraus/kalenteri/{booking_page.feed_secret}/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    text = response.content.decode()
    assert f"#{booking.pk}" in text
    assert "Maija" not in text and "maija@example.com" not in text


def test_feed_with_a_wrong_secret_is_not_found(client, booking_page):
    assert client.get("/ajanvaraus/kalenteri/wrong/").status_code == 404


def test_owner_can_reset_the_feed_secret(admin_client, booking_page):
    old = booking_page.feed_secret
    response = admin_client.post(f"/admin/seloste/booking-page/{booking_page.pk}/reset-feed/")
    assert response.status_code == 302
    booking_page.refresh_from_db()
    assert booking_page.feed_secret != old
    assert admin_client.get(f"/ajanvaraus/kalenteri/{old}/").status_code == 404
