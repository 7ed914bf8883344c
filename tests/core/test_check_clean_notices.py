"""Complete notices in the shapes people write them get no findings: no false alarms."""

import json
from pathlib import Path

import pytest

from wagtail_seloste.notice.check import check_notice
from wagtail_seloste.notice.importer import import_text

from .conftest import read_fixture

DEMO_NOTICE = (
    Path(__file__).resolve().parents[2] / "example_site" / "home" / "fixtures" / "demo_notice.json"
)


@pytest.mark.parametrize(
    "name",
    [
        "kauneushoitola_numeroitu.txt",  # numbered headings, list of rights, DPF transfer
        "PERSONAL_TRAINER_ISOT.txt",  # UPPERCASE headings, rights in one sentence, SCC
        "terapia_kysymykset.txt",  # question headings, complaint right in its own question
        "joogakoulu_roomalaiset.txt",  # roman numerals
        "valokuvaaja_proosa.txt",  # prose paragraphs, no headings
        "dataskyddsbeskrivning.txt",  # Swedish
        "pilates_english.txt",  # English
        "siivous_pitkat_kappaleet.txt",  # bases in brackets, every right in one sentence
    ],
)
def test_a_complete_plain_text_notice_has_no_findings(name):
    findings = check_notice(import_text(read_fixture(name)))

    assert [f.code for f in findings] == []


def test_the_demo_notice_has_no_findings():
    notice = json.loads(DEMO_NOTICE.read_text(encoding="utf-8"))

    assert [f.code for f in check_notice(notice)] == []


def test_the_demo_notice_states_the_health_care_condition_it_uses():
    notice = json.loads(DEMO_NOTICE.read_text(encoding="utf-8"))
    basis = next(s for s in notice["sections"] if s["kind"] == "legal_basis")["text"]

    assert "9 artiklan 2 kohdan h alakohdan" in basis


def test_rights_under_a_heading_each_and_analytics_only_in_words():
    """Each right under its own heading ("Oikeus tulla unohdetuksi", "Oikeus siirtää tiedot
    järjestelmästä toiseen") is read; Google Analytics named in words with no cookie category
    leaves the banner asking nothing, a true finding. Issue 18 adds health-data-undeclared:
    "Hierontapalvelu Kuuma Kivi" is a massage practice (health care) whose notice declares no
    health data or treatment notes at all."""
    findings = check_notice(import_text(read_fixture("hieronta_oikeudet_otsikoittain.txt")))

    assert sorted(f.code for f in findings) == ["health-data-undeclared", "undeclared-cookies"]


def test_question_headings_the_importer_does_not_know_still_reach_their_sections():
    text = read_fixture("terapia_kysymykset.txt")
    for known, unknown in [
        ("Kenelle tietoja luovutetaan?", "Kuka tietojasi näkee?"),
        ("Siirretäänkö tietoja EU:n ulkopuolelle?", "Voiko tietoja päätyä ulkomaille?"),
        ("Kuinka kauan tietoja säilytetään?", "Mihin asti tiedot pidetään tallessa?"),
        ("Tehdäänkö automaattisia päätöksiä?", "Tekeekö kone päätöksiä puolestani?"),
        ("Mitä oikeuksia sinulla on?", "Mitä voit pyytää?"),
        ("Mistä tiedot saadaan?", "Keneltä tiedot tulevat?"),
    ]:
        assert known in text
        text = text.replace(known, unknown)

    assert [f.code for f in check_notice(import_text(text))] == []
