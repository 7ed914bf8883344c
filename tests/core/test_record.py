"""The record of processing activities (GDPR Art 30(1)), made from the notice and registers."""

import csv
import datetime
import io
import json

import pytest
from django.core.management import CommandError, call_command
from openpyxl import load_workbook
from wagtail.models import Site

from wagtail_seloste.notice.json_format import notice_to_dict, page_fields_from_dict
from wagtail_seloste.register.models import Processor, RecordActivity
from wagtail_seloste.register.record import COLUMN_KEYS, build_record

URL = "/admin/seloste/record/"


@pytest.fixture
def site(notice):
    return Site.objects.get(is_default_site=True)


def purposes(notice_data):
    return [
        p["purpose"]
        for s in notice_data["sections"]
        if s["kind"] == "purposes"
        for p in s["purposes"]
    ]


def test_one_activity_per_purpose_of_the_notice(site, notice_data):
    record = build_record(site)

    assert [a.purpose for a in record.activities] == purposes(notice_data)


def test_every_art_30_column_of_an_activity_is_filled(site):
    for activity in build_record(site).activities:
        assert activity.missing == []


def test_the_record_names_the_notice_revision_it_was_made_from(site, notice):
    record = build_record(site)

    assert record.revision_id == notice.live_revision_id
    assert str(notice.live_revision_id) in record.activities[0].source


def test_a_notice_change_is_reflected_in_the_record(site, notice):
    before = build_record(site)
    data = notice_to_dict(notice)
    next(s for s in data["sections"] if s["kind"] == "purposes")["purposes"].append(
        {
            "purpose": "Asiakaspalautteen kerääminen.",
            "legal_basis": "f",
            "legitimate_interest": "Palvelun kehittäminen.",
        }
    )
    notice.sections = page_fields_from_dict(data, language="fi")["sections"]
    notice.save_revision().publish()

    after = build_record(site)

    assert len(after.activities) == len(before.activities) + 1
    assert after.activities[-1].purpose == "Asiakaspalautteen kerääminen."
    assert "Palvelun kehittäminen." in after.activities[-1].legal_basis
    assert after.revision_id != before.revision_id


def test_a_processor_outside_the_eu_shows_in_the_transfers_of_its_activities(site):
    Processor.objects.create(
        site=site,
        name="Uutiskirjepalvelu Inc",
        country="US",
        safeguard="scc",
        data_groups=["marketing"],
        dpa_date=datetime.date(2025, 1, 1),
    )

    by_purpose = {a.purpose: a for a in build_record(site).activities}

    assert "Uutiskirjepalvelu Inc" in by_purpose["Uutiskirje."].transfers
    assert "vakiosopimuslausekkeet" in by_purpose["Uutiskirje."].transfers.lower()
    assert (
        "Uutiskirjepalvelu Inc"
        not in by_purpose["Valmennusten sopiminen ja toteuttaminen."].transfers
    )


def test_the_owners_own_activities_are_in_the_record(site):
    RecordActivity.objects.create(
        site=site,
        name="Paperiset asiakaskortit",
        purpose="Valmennusmuistiinpanot paperilla.",
        legal_basis="b",
        data_subjects="Asiakkaat",
        data_categories="Nimi, muistiinpanot",
        retention="2 vuotta asiakkuuden päättymisestä",
        security="Lukittu kaappi",
    )

    activity = build_record(site).activities[-1]

    assert activity.name == "Paperiset asiakaskortit"
    assert activity.source == "Omistajan lisäämä"
    assert activity.missing == []


def run(*args):
    out = io.StringIO()
    call_command("seloste_record", *args, stdout=out)
    return out.getvalue()


def test_the_command_prints_one_csv_row_per_activity_in_art_30_order(site, notice_data):
    rows = list(csv.reader(io.StringIO(run("--format", "csv"))))

    header, body = rows[0], rows[1:]
    assert header[1].startswith("Rekisterinpitäjä") and "30 art. 1 kohdan a" in header[1]
    assert [row[2] for row in body] == purposes(notice_data)
    assert all(len(row) == len(COLUMN_KEYS) for row in body)


def test_the_command_prints_json(site):
    data = json.loads(run("--format", "json"))

    assert data["format"] == "wagtail-seloste-record/1"
    assert data["notice"]["revision"] == build_record(site).revision_id
    assert list(data["activities"][0]) == COLUMN_KEYS


def test_the_command_says_which_site_it_cannot_find(site):
    with pytest.raises(CommandError, match="999"):
        run("--site", "999")


def test_the_spreadsheet_export_reads_back_with_openpyxl(admin_client, site, notice_data):
    response = admin_client.get(URL, {"export": "xlsx"})

    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(workbook.active.iter_rows(values_only=True))
    assert len(rows[0]) == len(COLUMN_KEYS)
    assert [row[2] for row in rows[1:]] == purposes(notice_data)
    assert all(cell not in (None, "") for row in rows[1:] for cell in row)


def test_the_csv_export_of_the_report(admin_client, site):
    response = admin_client.get(URL, {"export": "csv"})
    text = b"".join(response.streaming_content).decode()

    assert len(list(csv.reader(io.StringIO(text)))) == 1 + len(build_record(site).activities)


def test_owner_text_that_looks_like_a_formula_stays_text(admin_client, site):
    RecordActivity.objects.create(
        site=site,
        name='=HYPERLINK("x")',
        purpose="p",
        data_subjects="s",
        data_categories="c",
        retention="r",
        security="s",
    )

    text = b"".join(admin_client.get(URL, {"export": "csv"}).streaming_content).decode()

    assert "'=HYPERLINK" in text


def test_the_record_page_and_its_print_version(admin_client, site):
    page = admin_client.get(URL)
    printable = admin_client.get(URL + "print/")

    assert page.status_code == printable.status_code == 200
    assert "Valmennusten sopiminen ja toteuttaminen" in printable.content.decode()
    assert "<nav" not in printable.content.decode().split("<main", 1)[1]


def test_each_owner_sees_only_their_own_sites_record(site_owner, site, other_site):
    RecordActivity.objects.create(
        site=site,
        name="A:n kortit",
        purpose="p",
        data_subjects="s",
        data_categories="c",
        retention="r",
        security="s",
    )
    mine = RecordActivity.objects.create(
        site=other_site,
        name="B:n kortit",
        purpose="p",
        data_subjects="s",
        data_categories="c",
        retention="r",
        security="s",
    )
    client = site_owner(other_site, ["recordactivity"])

    html = client.get(URL).content.decode()

    assert "B:n kortit" in html and "A:n kortit" not in html
    assert client.get(URL, {"site": site.pk}).status_code == 404
    assert client.get(URL + "print/", {"site": site.pk}).status_code == 404
    theirs = RecordActivity.objects.get(name="A:n kortit")
    assert client.get(f"{URL}activities/edit/{theirs.pk}/").status_code == 404
    assert client.get(f"{URL}activities/history/{theirs.pk}/").status_code == 404
    assert client.get(f"{URL}activities/edit/{mine.pk}/").status_code == 200


def test_the_record_needs_its_own_permission(site_owner, other_site):
    client = site_owner(other_site, ["processor"])

    assert client.get(URL).status_code in (302, 403)


def test_without_a_published_notice_the_record_lists_the_owners_activities(home):
    site = Site.objects.get(is_default_site=True)
    RecordActivity.objects.create(
        site=site,
        name="Kortit",
        purpose="p",
        data_subjects="s",
        data_categories="c",
        retention="r",
        security="s",
    )

    record = build_record(site)

    assert record.notice is None
    assert [a.name for a in record.activities] == ["Kortit"]
    assert record.activities[0].controller == site.hostname
