"""The wagtail-seloste/1 JSON format: export, import and the commands."""

import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from wagtail_seloste.models import NoticePage
from wagtail_seloste.notice.json_format import (
    NoticeFormatError,
    create_notice,
    html_to_text,
    notice_to_dict,
    text_to_html,
)


def test_export_import_export_gives_the_same_json(home, notice):
    exported = notice_to_dict(notice)

    again = notice_to_dict(create_notice(exported, parent=home, publish=True))

    assert again == exported


def test_export_matches_the_fixture_it_was_imported_from(notice, notice_data):
    assert notice_to_dict(notice) == notice_data


def test_export_flattens_cookies_with_their_category(notice):
    exported = notice_to_dict(notice)

    assert {
        "category": "analytics",
        "name": "_stats",
        "provider": "kompassi.example",
        "purpose": "Tilastot.",
        "duration": "1 vuosi",
    } in exported["cookies"]
    categories = [s for s in exported["sections"] if s["kind"] == "cookies"][0]["categories"]
    assert all("cookies" not in category for category in categories)


def test_import_creates_a_draft_by_default(home, notice_data):
    page = create_notice(notice_data, parent=home)

    assert not page.live
    assert page.get_latest_revision() is not None


def test_import_with_publish_creates_a_live_page(home, notice_data):
    page = create_notice(notice_data, parent=home, publish=True)

    assert NoticePage.objects.live().filter(pk=page.pk).exists()


@pytest.mark.parametrize(
    "mutate, message",
    [
        (lambda d: d.update(schema="other/1"), "schema"),
        (lambda d: d.update(title=""), "title"),
        (lambda d: d.update(updated="4.5.2026"), "ISO"),
        (lambda d: d["sections"].append({"kind": "unknown"}), "unknown"),
        (lambda d: d["cookies"].append({"category": "marketing", "name": "_m"}), "marketing"),
        (lambda d: d["cookies"].append({"name": "_m"}), "category"),
        (lambda d: d["sections"][2].update(purposes="not a list"), "list"),
        (
            lambda d: d["sections"][2]["purposes"][0].update(legal_basis="z"),
            "3 \\(purposes\\) › purposes › 0 › legal_basis: ",
        ),
    ],
)
def test_import_rejects_bad_json_with_a_clear_message(home, notice_data, mutate, message):
    mutate(notice_data)

    with pytest.raises(NoticeFormatError, match=message):
        create_notice(notice_data, parent=home)


def test_rejected_import_creates_nothing(home, notice_data):
    notice_data["schema"] = "other/1"

    with pytest.raises(NoticeFormatError):
        create_notice(notice_data, parent=home)

    assert not NoticePage.objects.exists()


def test_plain_text_round_trips_through_rich_text():
    text = (
        "Ensimmäinen kappale.\nToinen rivi.\n\n- kohta yksi\n- kohta kaksi\n\nLoppu <b> & merkit."
    )

    assert html_to_text(text_to_html(text)) == text


def test_rich_text_lists_become_dash_lines():
    assert (
        html_to_text("<p>Tiedot:</p><ul><li>nimi</li><li>puhelin</li></ul>")
        == "Tiedot:\n\n- nimi\n- puhelin"
    )


def test_export_command_writes_a_file(notice, tmp_path):
    path = tmp_path / "seloste.json"

    call_command("seloste_export", "/tietosuojaseloste/", "--output", str(path))

    assert json.loads(path.read_text(encoding="utf-8")) == notice_to_dict(notice)


def test_import_command_creates_a_draft_under_the_parent(home, notice_data, tmp_path, capsys):
    path = tmp_path / "seloste.json"
    path.write_text(json.dumps(notice_data), encoding="utf-8")

    call_command("seloste_import", str(path), "--parent", "/")

    page = NoticePage.objects.get()
    assert page.get_parent().pk == home.pk and not page.live
    assert f"/admin/pages/{page.pk}/edit/" in capsys.readouterr().out


def test_import_command_publishes_with_publish(home, notice_data, tmp_path):
    path = tmp_path / "seloste.json"
    path.write_text(json.dumps(notice_data), encoding="utf-8")

    call_command("seloste_import", str(path), "--publish")

    assert NoticePage.objects.get().live


def test_import_command_refuses_to_publish_an_invalid_business_id(home, notice_data, tmp_path):
    notice_data["controller"]["business_id"] = "3011457-7"
    path = tmp_path / "seloste.json"
    path.write_text(json.dumps(notice_data), encoding="utf-8")

    with pytest.raises(CommandError, match="Y-tunnus|business ID"):
        call_command("seloste_import", str(path), "--publish")


def test_import_command_explains_invalid_json(db, tmp_path):
    path = tmp_path / "seloste.json"
    path.write_text("{not json", encoding="utf-8")

    with pytest.raises(CommandError, match="seloste.json.*JSON"):
        call_command("seloste_import", str(path))


def test_import_command_explains_a_missing_file(db, tmp_path):
    with pytest.raises(CommandError, match="puuttuu.json"):
        call_command("seloste_import", str(tmp_path / "puuttuu.json"))
