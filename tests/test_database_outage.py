"""The site with its database gone: a 503 page in the visitor's language that says nothing was
saved or sent, with Retry-After; the booking wizard's earlier steps survive the outage.

On PostgreSQL (``DATABASE_URL``) the database is taken away through a TCP proxy of the test's
own (the shared server is never touched); on SQLite every query of the failing request raises
the ``OperationalError`` a lost connection raises.
"""

import logging
from contextlib import contextmanager

import pytest
from django.db import OperationalError, connection
from django.test import Client

from tests.booking_helpers import first_free
from tests.tcp_proxy import TcpProxy
from wagtail_seloste.log import LOG_EVERY, failures
from wagtail_seloste.middleware import DatabaseOutageLogFilter


def _refuse(execute, sql, params, many, context):
    raise OperationalError("connection to server at 127.0.0.1 failed: Connection refused")


@contextmanager
def database_out():
    with connection.execute_wrapper(_refuse):
        yield


@pytest.fixture(autouse=True)
def _fresh_throttle():
    failures.reset()
    yield
    failures.reset()


@pytest.fixture
def visitor():
    # The test client re-raises a view's exception by default; a visitor sees the response.
    return Client(raise_request_exception=False)


def test_a_database_outage_answers_503_with_retry_after(visitor, home):
    with database_out():
        response = visitor.get("/")

    assert (response.status_code, response["Retry-After"]) == (503, "30")


@pytest.mark.parametrize(
    ("path", "accept", "says"),
    [
        ("/", "fi", "Mitään ei tallennettu eikä lähetetty"),
        ("/sv/", "fi", "Ingenting sparades och ingenting skickades"),
        ("/en/", "fi", "Nothing was saved and nothing was sent"),
        ("/admin/login/", "sv", "Ingenting sparades och ingenting skickades"),
    ],
)
def test_the_outage_page_is_in_the_visitors_language(visitor, home, path, accept, says):
    with database_out():
        response = visitor.get(path, HTTP_ACCEPT_LANGUAGE=accept)

    assert says in response.content.decode()


def test_the_outage_page_is_never_cached(visitor, home):
    with database_out():
        response = visitor.get("/")

    assert response["Cache-Control"] == "no-store"


def test_other_server_errors_stay_500(visitor, home, monkeypatch):
    from wagtail_seloste import middleware

    def broken(*args, **kwargs):
        raise RuntimeError("a bug, not an outage")

    monkeypatch.setattr(middleware.Site, "find_for_request", broken)

    assert visitor.get("/").status_code == 500


def test_a_booking_post_during_the_outage_stores_nothing(visitor, booking_page, wizard):
    from wagtail_seloste.booking.models import Booking

    wizard.client = visitor
    visitor.get("/ajanvaraus/")
    wizard.choose_service()
    wizard.choose_time(first_free(booking_page, wizard.service()))
    wizard.contact()
    with database_out():
        response = wizard.post("vahvistus", {})

    assert (response.status_code, Booking.objects.count()) == (503, 0)


def test_the_wizards_earlier_steps_survive_the_outage(visitor, booking_page, wizard):
    wizard.client = visitor
    visitor.get("/ajanvaraus/")
    wizard.choose_service()
    start = first_free(booking_page, wizard.service())
    with database_out():
        wizard.choose_time(start)

    after = wizard.choose_time(start)

    assert after.status_code == 302
    assert after["Location"].endswith("/yhteystiedot/")


# Through a proxy in front of PostgreSQL --------------------------------------------------------


@pytest.fixture
def postgres_proxy(transactional_db):
    if connection.vendor != "postgresql":
        pytest.skip("the proxy tests run on PostgreSQL (DATABASE_URL), as in CI's second run")
    settings_dict = connection.settings_dict
    host, port = settings_dict["HOST"] or "127.0.0.1", int(settings_dict["PORT"] or 5432)
    proxy = TcpProxy(host, port).start()
    connection.close()
    settings_dict.update(HOST="127.0.0.1", PORT=str(proxy.port))
    yield proxy
    proxy.up()
    connection.close()
    settings_dict.update(HOST=host, PORT=str(port))
    proxy.close()


@pytest.mark.parametrize("outage", ["down"])
def test_postgresql_gone_answers_503_through_the_proxy(visitor, postgres_proxy, outage):
    visitor.get("/")  # a connection is open when the database goes
    getattr(postgres_proxy, outage)()

    response = visitor.get("/")

    assert (response.status_code, response["Retry-After"]) == (503, "30")


def test_the_site_answers_again_when_postgresql_is_back(visitor, postgres_proxy):
    postgres_proxy.down()
    visitor.get("/")
    postgres_proxy.up()

    assert visitor.get("/").status_code != 503


# The log of an outage: one line a minute, not a traceback per request -------------------------


def _request_log(caplog):
    return [record for record in caplog.records if record.name == "django.request"]


def test_a_database_outage_logs_one_line_for_many_requests(visitor, home, caplog):
    with caplog.at_level(logging.ERROR, logger="django.request"), database_out():
        for _ in range(5):
            visitor.get("/")

    assert len(_request_log(caplog)) == 1


def test_the_outage_line_names_the_error_without_a_traceback(visitor, home, caplog):
    with caplog.at_level(logging.ERROR, logger="django.request"), database_out():
        visitor.get("/")

    [record] = _request_log(caplog)
    assert "OperationalError" in record.getMessage()
    assert (record.exc_info, record.exc_text) == (None, None)


def test_a_database_outage_is_logged_again_after_a_minute(visitor, home, caplog, monkeypatch):
    now = [1000.0]
    monkeypatch.setattr(failures, "clock", lambda: now[0])
    with caplog.at_level(logging.ERROR, logger="django.request"), database_out():
        visitor.get("/")
        now[0] += LOG_EVERY
        visitor.get("/")

    assert len(_request_log(caplog)) == 2


def _error_record(error):
    return logging.LogRecord(
        "django.request",
        logging.ERROR,
        __file__,
        1,
        "Internal Server Error: %s",
        ("/",),
        (type(error), error, None),
    )


def test_other_server_errors_are_logged_each_time_with_their_traceback():
    log_filter = DatabaseOutageLogFilter()
    records = [_error_record(ValueError("a bug")) for _ in range(3)]

    assert [log_filter.filter(record) for record in records] == [True, True, True]
    assert all(record.exc_info is not None for record in records)
