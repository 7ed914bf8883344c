"""Dates of a notice file that the calendar does not have: exit status 2 with the field named,
never a traceback (issue 22)."""

import datetime
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wagtail_seloste.models import NoticePage
from wagtail_seloste.notice.json_format import (
    NoticeFormatError,
    stream_from_dict,
    validate_notice,
)


def with_change(notice_data, date):
    notice_data["sections"].append(
        {"kind": "changes", "changes": [{"date": date, "description": "Uusi palvelu."}]}
    )
    return notice_data


def test_an_impossible_change_date_exits_2_naming_the_field(home, notice_data, tmp_path):
    path = tmp_path / "seloste.json"
    path.write_text(json.dumps(with_change(notice_data, "2026-02-30")), encoding="utf-8")

    with pytest.raises(CommandError) as raised:
        call_command("seloste_import", str(path))

    assert raised.value.returncode == 2
    assert "changes" in str(raised.value) and "date" in str(raised.value)
    assert "2026-02-30" in str(raised.value)


def test_an_impossible_change_date_creates_nothing(home, notice_data, tmp_path):
    path = tmp_path / "seloste.json"
    path.write_text(json.dumps(with_change(notice_data, "2026-13-01")), encoding="utf-8")

    with pytest.raises(CommandError):
        call_command("seloste_import", str(path))

    assert not NoticePage.objects.exists()


def test_a_real_change_date_is_accepted(notice_data):
    assert validate_notice(with_change(notice_data, "2024-02-29"))


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    date=st.one_of(
        st.none(),
        st.text(max_size=30),
        st.dates().map(datetime.date.isoformat),
        st.builds(
            "{:04d}-{:02d}-{:02d}".format,
            st.integers(0, 10000),
            st.integers(0, 13),
            st.integers(0, 32),
        ),
        st.integers(),
        st.floats(allow_nan=False),
        st.lists(st.integers(), max_size=2),
        st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    )
)
def test_a_change_date_is_a_calendar_date_or_a_named_error(notice_data, date):
    """The schema's promise for any JSON value in ``changes[].date``: accepted only if the
    page's date field takes it, else ``NoticeFormatError`` (exit 2) naming the field, never
    another exception."""
    data = with_change(json.loads(json.dumps(notice_data)), date)
    try:
        validate_notice(data)
        stream_from_dict(data, NoticePage._meta.get_field("sections").stream_block)
    except NoticeFormatError as error:
        assert "date" in str(error)
