"""Production logging: JSON lines, personal data redacted, short error mails to ADMINS."""

import json
import logging
import smtplib

import django
from django.core import mail

from wagtail_seloste.log import (
    AdminEmailHandler,
    JsonFormatter,
    RedactPersonalData,
    Throttle,
    redact,
)


def record(message, *args, exc_info=None):
    return logging.LogRecord(
        "wagtail_seloste.test", logging.ERROR, __file__, 1, message, args, exc_info
    )


def refused_error():
    try:
        raise smtplib.SMTPRecipientsRefused({"maija@example.com": (550, b"no such user")})
    except smtplib.SMTPRecipientsRefused as error:
        return (type(error), error, error.__traceback__)


def test_email_addresses_and_phone_numbers_are_redacted():
    text = redact("maija.meikalainen@example.com soitti numerosta +358 40 123 4567 ja 040-1234567")

    assert "@" not in text
    assert "123" not in text
    assert text.count("[phone]") == 2


def test_booking_numbers_and_dates_are_left_alone():
    assert redact("booking #12345 on 2026-12-01") == "booking #12345 on 2026-12-01"


def test_the_filter_redacts_arguments_and_the_traceback():
    entry = record("Email to %s failed", "maija@example.com", exc_info=refused_error())

    assert RedactPersonalData().filter(entry)

    assert "maija@example.com" not in entry.getMessage()
    assert "maija@example.com" not in JsonFormatter().format(entry)
    assert "maija@example.com" not in logging.Formatter().format(entry)
    assert "SMTPRecipientsRefused" in entry.exc_text


def test_a_record_is_one_json_line_with_the_exception():
    entry = record("Booking #%s failed", 12, exc_info=refused_error())

    line = JsonFormatter().format(entry)

    assert "\n" not in line
    data = json.loads(line)
    assert data["message"] == "Booking #12 failed"
    assert data["level"] == "ERROR"
    assert data["time"].endswith("Z")
    assert "SMTPRecipientsRefused" in data["exception"]


def test_the_admins_mail_has_the_message_and_the_error_type_only(settings):
    # Django 6.0 deprecates the (name, address) pairs that 5.2 still needs.
    if django.VERSION >= (6, 0):
        settings.ADMINS = ["Ylläpito <admin@hieronta.example>"]
    else:
        settings.ADMINS = [("Ylläpito", "admin@hieronta.example")]
    entry = record("Internal Server Error: /ajanvaraus/", exc_info=refused_error())
    entry.request = object()  # whatever the request held stays out of the mail

    AdminEmailHandler().emit(entry)

    [message] = mail.outbox
    assert "Internal Server Error: /ajanvaraus/" in message.body
    assert "smtplib.SMTPRecipientsRefused" in message.body
    assert "maija@example.com" not in message.body
    assert "Traceback" not in message.body


class Clock:
    """A clock the test moves by hand."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_the_throttle_allows_a_kind_of_failure_once():
    throttle = Throttle(every=60, clock=Clock())

    assert [throttle.allow("database"), throttle.allow("database")] == [True, False]


def test_the_throttle_allows_it_again_after_a_minute():
    clock = Clock()
    throttle = Throttle(every=60, clock=clock)
    throttle.allow("database")
    clock.now += 60

    assert throttle.allow("database") is True


def test_the_throttle_still_refuses_just_before_the_minute():
    clock = Clock()
    throttle = Throttle(every=60, clock=clock)
    throttle.allow("database")
    clock.now += 59.9

    assert throttle.allow("database") is False


def test_the_throttle_counts_each_kind_of_failure_apart():
    throttle = Throttle(every=60, clock=Clock())
    throttle.allow(("cache", "default"))

    assert throttle.allow(("database", "OperationalError")) is True


def test_the_throttle_forgets_after_reset():
    throttle = Throttle(every=60, clock=Clock())
    throttle.allow("database")
    throttle.reset()

    assert throttle.allow("database") is True
