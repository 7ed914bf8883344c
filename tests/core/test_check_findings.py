"""Every finding says what is wrong, how to fix it, and where the rule comes from."""

import json

import pytest
from django.core.management import call_command

from wagtail_seloste.notice.check import ERROR, WARNING, Finding, check_notice, has_errors
from wagtail_seloste.notice.importer import import_text

from .conftest import read_fixture

BROKEN = """Tietosuojaseloste

1. Rekisterinpitäjä

Hieronta Esimerkki, hieronta@esimerkki.example

2. Käsittelyn tarkoitus

Ajanvaraus, laskutus ja kirjanpito asiakkaan suostumuksella. Terveystiedot kirjataan.

3. Tietojen siirto

Tietoja ei siirretä EU:n ulkopuolelle. Uutiskirje lähetetään Mailchimpillä.

4. Säilytysaika

Tietoja säilytetään niin kauan kuin on tarpeen.

5. Oikeudet

Yksi maksuton tarkastus vuodessa. Voit valittaa tietosuojavaltuutetulle.

6. Evästeet

Sivusto käyttää Google Analytics -evästeitä.

7. Muutokset

Pidätämme oikeuden muuttaa selostetta ilman ennakkoilmoitusta.
"""


@pytest.fixture
def findings():
    return check_notice(import_text(BROKEN))


def test_a_broken_notice_raises_each_new_code(findings):
    assert {
        "consent-for-legal-obligation",
        "missing-special-category-condition",
        "transfer-without-safeguard",
        "vague-retention",
        "limits-free-requests",
        "undeclared-cookies",
        "changes-without-notice",
        "missing-right-rectification",
        "missing-right-erasure",
        "missing-right-restriction",
        "missing-right-portability",
    } <= {f.code for f in findings}


def test_every_finding_of_law_names_its_source(findings):
    house_rules = {"missing-updated-date", "invalid-business-id"}

    assert all(f.source for f in findings if f.code not in house_rules)


def test_every_finding_has_a_severity_and_a_full_stop_ending_message(findings):
    assert all(f.severity in (ERROR, WARNING) for f in findings)
    assert all(f.message.endswith(".") for f in findings)


def test_errors_come_first(findings):
    severities = [f.severity for f in findings]

    assert severities == sorted(severities, key=lambda s: s != ERROR) and has_errors(findings)


def test_a_finding_is_a_dict_with_its_source_and_sentences():
    """Issue 18: a finding carries the sentences it rests on (a list in JSON)."""
    finding = Finding(
        "vague-retention",
        ERROR,
        "Viesti.",
        "retention",
        "GDPR Art 13(2)(a)",
        ("Tietoja säilytetään niin kauan kuin on tarpeen.",),
    )

    assert finding.as_dict() == {
        "code": "vague-retention",
        "severity": "error",
        "message": "Viesti.",
        "section": "retention",
        "source": "GDPR Art 13(2)(a)",
        "sentences": ["Tietoja säilytetään niin kauan kuin on tarpeen."],
    }


def test_the_check_command_reads_a_plain_text_notice_as_json(tmp_path, capsys):
    path = tmp_path / "seloste.txt"
    path.write_text(BROKEN, encoding="utf-8")

    with pytest.raises(SystemExit):
        call_command("seloste_check", str(path), "--format", "json")

    output = json.loads(capsys.readouterr().out)
    assert all(
        {"code", "severity", "message", "section", "source"} <= f.keys() for f in output["findings"]
    )
    assert "vague-retention" in {f["code"] for f in output["findings"]}


def test_a_clean_text_notice_passes_the_check_command(tmp_path, capsys):
    path = tmp_path / "seloste.txt"
    path.write_text(read_fixture("joogakoulu_roomalaiset.txt"), encoding="utf-8")

    call_command("seloste_check", str(path), "--format", "json")  # SystemExit(1) on errors

    assert json.loads(capsys.readouterr().out) == {"findings": []}
