"""The importer's notes for the owner: headings it was unsure of and retention sentences
without a starting point, kept apart from the notice and shown by the commands and the upload
(issue 14)."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from wagtail_seloste.notice.importer import import_text
from wagtail_seloste.notice.sections import default_heading

UNSURE = "Tietosuojaseloste\n\nRekisterinpitäjä\n\nFirma Oy\n\nYRITYKSEN TIEDOT\n\nLisätietoja.\n"
UNSTARTED = (
    "Tietosuojaseloste\n\nRekisterinpitäjä\n\nFirma Oy\n\nSäilytysaika\n\n"
    "Oppilastiedot säilytetään kolme vuotta. Laskut säilytetään kuusi vuotta tilikauden "
    "päättymisestä.\n"
)


def _notes(text):
    findings = []
    notice = import_text(text, findings=findings)
    return notice, findings


def test_unsure_heading_is_kept_as_other_with_a_note_naming_the_likely_kind():
    notice, findings = _notes(UNSURE)
    assert [s["kind"] for s in notice["sections"]] == ["controller", "other"]
    assert [f.code for f in findings] == ["import-unsure-heading"]
    with translation.override("fi"):
        assert str(default_heading("controller")) in findings[0].message


def test_retention_sentence_without_a_start_gets_a_note_naming_it():
    _notice, findings = _notes(UNSTARTED)
    assert [f.code for f in findings] == ["import-retention-without-start"]
    assert "Oppilastiedot säilytetään kolme vuotta." in findings[0].message


def test_retention_sentence_with_its_start_gets_no_note():
    _notice, findings = _notes(UNSTARTED.replace("Oppilastiedot säilytetään kolme vuotta. ", ""))
    assert findings == []


def test_notes_stay_out_of_the_notice():
    notice, _findings = _notes(UNSTARTED)
    assert "findings" not in notice and "Oppilastiedot säilytetään kolme vuotta." in str(notice)


def test_import_command_prints_the_notes(home, tmp_path, capsys):
    path = tmp_path / "seloste.txt"
    path.write_text(UNSTARTED, encoding="utf-8")
    call_command("seloste_import", str(path))
    assert "import-retention-without-start" in capsys.readouterr().out


def test_json_preview_keeps_the_notes_out_of_standard_output(db, tmp_path, capsys):
    path = tmp_path / "seloste.txt"
    path.write_text(UNSTARTED, encoding="utf-8")
    call_command("seloste_import", str(path), "--format", "json")
    out, err = capsys.readouterr()
    assert "import-retention-without-start" not in out
    assert "import-retention-without-start" in err


def test_upload_shows_the_notes(admin_client, home):
    response = admin_client.post(
        reverse("wagtail_seloste_import"),
        {
            "file": SimpleUploadedFile("seloste.txt", UNSTARTED.encode()),
            "parent": home.pk,
        },
        follow=True,
    )
    assert "Oppilastiedot säilytetään kolme vuotta." in response.content.decode()
