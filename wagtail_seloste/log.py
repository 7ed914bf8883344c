"""Logging for production: one JSON object a line, with personal data kept out.

Use them from ``LOGGING`` (docs/deployment.md, ``example_site/settings/production.py``):

- :class:`RedactPersonalData`, a filter that replaces email addresses and phone numbers in a
  record's message and exception text. An SMTP error names its recipients and a database error
  can quote a row: neither may reach a log (GDPR Art 5(1)(c) and (f)).
- :class:`JsonFormatter`, one JSON object per line, the format log collectors (journald,
  Docker, Loki, CloudWatch) read without a parser of their own.
- :class:`AdminEmailHandler`, Django's error mail to ``ADMINS`` without the request (its POST
  data and cookies) and without the frames' local variables, which may hold a client's details.

And :data:`failures`, the throttle shared by the outage logs (a failing cache, an unreachable
database): one line a minute per kind of failure, not one per request, so that an outage of
minutes under load neither floods the log nor mails ``ADMINS`` for every visitor.
"""

import json
import logging
import re
import threading
import time
import traceback

import django
from django.utils import log as django_log

EMAIL = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
# International (+358 40 123 4567) or Finnish national (040 123 4567, 09-123 4567) numbers.
PHONE = re.compile(r"(?<![\w.])(?:\+\d{1,3}[ -]?|0)\d{1,3}(?:[ -]?\d{2,4}){2,4}(?![\w.])")


# An outage is reported at most this often (seconds) per kind of failure.
LOG_EVERY = 60


class Throttle:
    """``allow(kind)`` is true at most once per ``every`` seconds for each kind of failure."""

    def __init__(self, every=LOG_EVERY, clock=time.monotonic):
        self.every = every
        self.clock = clock
        self._last = {}
        self._lock = threading.Lock()

    def allow(self, kind):
        now = self.clock()
        with self._lock:
            last = self._last.get(kind)
            if last is not None and now - last < self.every:
                return False
            self._last[kind] = now
            return True

    def reset(self):
        """Forget what was reported (tests, or after the outage has been repaired)."""
        with self._lock:
            self._last.clear()


failures = Throttle()


def redact(text):
    """``text`` with email addresses and phone numbers replaced."""
    return PHONE.sub("[phone]", EMAIL.sub("[email]", text))


class RedactPersonalData(logging.Filter):
    """Redact the message and the exception text of every record; never drops a record."""

    def filter(self, record):
        record.msg = redact(record.getMessage())
        record.args = None
        # Formatters print a cached ``exc_text`` instead of formatting ``exc_info`` again; the
        # exception itself stays for handlers that name its type (AdminEmailHandler).
        if record.exc_info and record.exc_info[0] is not None:
            record.exc_text = redact("".join(traceback.format_exception(*record.exc_info)))
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time (UTC), level, logger, process, message and the traceback."""

    converter = time.gmtime

    def format(self, record):
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%SZ"),
            "level": record.levelname,
            "logger": record.name,
            "process": record.process,
            "message": record.getMessage(),
        }
        status = getattr(record, "status_code", None)
        if status is not None:
            entry["status"] = status
        if record.exc_text:  # already formatted (and redacted) by a filter
            entry["exception"] = record.exc_text
        elif record.exc_info and record.exc_info[0] is not None:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


class AdminEmailHandler(django_log.AdminEmailHandler):
    """Mail ``ADMINS`` the log message and the exception's type, nothing of the request."""

    def emit(self, record):
        message = redact(record.getMessage())
        subject = self.format_subject(f"{record.levelname}: {message}")
        body = [message, "", f"Logger: {record.name}"]
        if record.exc_info and record.exc_info[0] is not None:
            body.append(f"Exception: {record.exc_info[0].__module__}.{record.exc_info[0].__name__}")
        body.append("The traceback is in the server's log.")
        # A log handler must never raise. Django 6.1's handler sends through a connection that
        # fails silently and refuses fail_silently beside it (TypeError); before 6.1 it is
        # passed here, as Django's own emit does.
        extra = {} if django.VERSION >= (6, 1) else {"fail_silently": True}
        self.send_mail(subject, "\n".join(body), **extra)
