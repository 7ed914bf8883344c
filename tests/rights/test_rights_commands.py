"""The commands: person export and erase, purge, replay, reminders."""

import json
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from wagtail_seloste.booking.models import Client
from wagtail_seloste.models import ErasureRecord, PurgeRun


@pytest.fixture
def maija(make_client):
    return make_client(
        "maija@example.com",
        first_name="Maija",
        bookings=[(timezone.now() - timedelta(days=4 * 365), False)],
    )


def test_person_export_writes_json(capsys, maija, make_client):
    make_client("matti@example.com", first_name="Matti")
    call_command("seloste_person_export", "MAIJA@example.com")
    data = json.loads(capsys.readouterr().out)
    assert data["sources"]["clients"][0]["first_name"] == "Maija"
    assert "Matti" not in json.dumps(data)


def test_person_export_refuses_a_non_email(maija):
    with pytest.raises(CommandError):
        call_command("seloste_person_export", "not an email")


def test_person_export_refuses_an_unknown_site(maija):
    with pytest.raises(CommandError):
        call_command("seloste_person_export", "maija@example.com", site="ei.ole.example")


def test_person_erase_dry_run_changes_nothing(capsys, maija):
    call_command("seloste_person_erase", "maija@example.com", dry_run=True)
    assert Client.objects.count() == 1 and ErasureRecord.objects.count() == 0
    assert capsys.readouterr().out


def test_person_erase_erases_and_records(maija):
    call_command("seloste_person_erase", "maija@example.com")
    assert Client.objects.count() == 0 and ErasureRecord.objects.count() == 1


def test_purge_dry_run_reports_what_the_notice_would_delete(capsys, notice, maija):
    call_command("seloste_purge", dry_run=True)
    out = capsys.readouterr().out
    assert "Asiakastiedot" in out
    assert Client.objects.count() == 1
    assert PurgeRun.objects.get().dry_run


def test_purge_deletes(notice, maija):
    call_command("seloste_purge")
    assert Client.objects.count() == 0
    assert PurgeRun.objects.get().total_deleted == 1


def test_reminders_command_runs(capsys, rights_site):
    call_command("seloste_rights_reminders")
    assert "0" in capsys.readouterr().out
