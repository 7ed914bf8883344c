"""The completeness check: every code triggers on its mistake and stays quiet without it."""

import json

import pytest
from django.core.management import call_command
from django.utils import translation

from wagtail_seloste.notice.check import check_notice


def codes(notice):
    return {finding.code for finding in check_notice(notice)}


def section(notice, kind):
    return next(s for s in notice["sections"] if s["kind"] == kind)


def drop(notice, kind):
    notice["sections"] = [s for s in notice["sections"] if s["kind"] != kind]


def test_complete_notice_has_no_findings(notice_data):
    assert check_notice(notice_data) == []


def test_missing_controller_contact_triggers_without_contact_details(notice_data):
    for key in ("email", "phone", "address"):
        notice_data["controller"][key] = ""

    assert "missing-controller-contact" in codes(notice_data)


def test_missing_controller_contact_triggers_without_a_name(notice_data):
    notice_data["controller"]["name"] = ""

    assert "missing-controller-contact" in codes(notice_data)


def test_missing_controller_contact_is_quiet_with_name_and_email_only(notice_data):
    notice_data["controller"].update(phone="", address="")

    assert "missing-controller-contact" not in codes(notice_data)


def test_invalid_business_id_triggers_on_a_wrong_check_digit(notice_data):
    notice_data["controller"]["business_id"] = "3011457-7"

    assert "invalid-business-id" in codes(notice_data)


def test_invalid_business_id_is_quiet_without_a_business_id(notice_data):
    notice_data["controller"]["business_id"] = ""

    assert "invalid-business-id" not in codes(notice_data)


def test_missing_purposes_triggers_without_a_purposes_section(notice_data):
    drop(notice_data, "purposes")

    assert "missing-purposes" in codes(notice_data)


def test_missing_purposes_is_quiet_when_purposes_are_only_described_in_text(notice_data):
    section(notice_data, "purposes").update(purposes=[], text="Asiakassuhteen hoito.")
    notice_data["sections"].append({"kind": "legal_basis", "heading": "", "text": "Sopimus."})

    assert "missing-purposes" not in codes(notice_data)


def test_missing_legal_basis_triggers_on_a_purpose_without_a_basis(notice_data):
    section(notice_data, "purposes")["purposes"][0]["legal_basis"] = ""

    assert "missing-legal-basis" in codes(notice_data)


def test_missing_legal_basis_is_quiet_when_the_legal_basis_section_explains_it(notice_data):
    section(notice_data, "purposes").update(purposes=[], text="Asiakassuhteen hoito.")
    notice_data["sections"].append({"kind": "legal_basis", "heading": "", "text": "Sopimus."})

    assert "missing-legal-basis" not in codes(notice_data)


def test_missing_legitimate_interest_triggers_when_the_interest_is_not_described(notice_data):
    section(notice_data, "purposes")["purposes"].append(
        {"purpose": "Asiakasviestintä.", "legal_basis": "f", "legitimate_interest": ""}
    )

    assert "missing-legitimate-interest" in codes(notice_data)


def test_missing_legitimate_interest_is_quiet_when_described(notice_data):
    section(notice_data, "purposes")["purposes"].append(
        {
            "purpose": "Asiakasviestintä.",
            "legal_basis": "f",
            "legitimate_interest": "Kerromme muutoksista.",
        }
    )

    assert "missing-legitimate-interest" not in codes(notice_data)


@pytest.mark.parametrize(
    "kind, code",
    [
        ("recipients", "missing-recipients"),
        ("transfers", "missing-transfers"),
        ("retention", "missing-retention"),
        ("rights", "missing-rights"),
        ("automated_decisions", "missing-automated-decisions"),
        ("sources", "missing-sources"),
        ("data_content", "missing-requirement-statement"),
    ],
)
def test_missing_section_triggers_its_code(notice_data, kind, code):
    drop(notice_data, kind)

    assert code in codes(notice_data)


def test_missing_transfers_is_quiet_when_the_text_says_there_are_none(notice_data):
    section(notice_data, "transfers").update(
        transfers=[], text="Tietoja ei siirretä EU:n ulkopuolelle."
    )

    assert "missing-transfers" not in codes(notice_data)


def test_missing_transfers_triggers_on_an_empty_transfers_section(notice_data):
    section(notice_data, "transfers").update(transfers=[], text="")

    assert "missing-transfers" in codes(notice_data)


def test_missing_retention_triggers_on_a_section_without_rules_or_text(notice_data):
    section(notice_data, "retention").update(rules=[], text="")

    assert "missing-retention" in codes(notice_data)


def test_missing_requirement_statement_triggers_when_the_statement_is_empty(notice_data):
    section(notice_data, "data_content")["requirement"] = ""

    assert "missing-requirement-statement" in codes(notice_data)


def test_missing_consent_withdrawal_triggers_when_consent_is_a_basis(notice_data):
    rights = section(notice_data, "rights")
    rights["rights"] = [r for r in rights["rights"] if r["right"] != "withdraw_consent"]

    assert "missing-consent-withdrawal" in codes(notice_data)


def test_missing_consent_withdrawal_is_quiet_when_the_text_explains_withdrawal(notice_data):
    rights = section(notice_data, "rights")
    rights["rights"] = [r for r in rights["rights"] if r["right"] != "withdraw_consent"]
    rights["text"] = "Voit perua suostumuksesi milloin tahansa."

    assert "missing-consent-withdrawal" not in codes(notice_data)


def test_missing_consent_withdrawal_is_quiet_without_consent_based_processing(notice_data):
    for purpose in section(notice_data, "purposes")["purposes"]:
        purpose["legal_basis"] = "b"
    rights = section(notice_data, "rights")
    rights["rights"] = [r for r in rights["rights"] if r["right"] != "withdraw_consent"]

    assert "missing-consent-withdrawal" not in codes(notice_data)


def test_missing_consent_withdrawal_triggers_for_health_data(notice_data):
    for purpose in section(notice_data, "purposes")["purposes"]:
        purpose["legal_basis"] = "b"
    section(notice_data, "data_content")["categories"].append(
        {"name": "Terveystiedot", "description": "", "required": False, "special_category": True}
    )
    rights = section(notice_data, "rights")
    rights["rights"] = [r for r in rights["rights"] if r["right"] != "withdraw_consent"]

    assert "missing-consent-withdrawal" in codes(notice_data)


def test_missing_complaint_right_triggers_without_the_complaint_right(notice_data):
    rights = section(notice_data, "rights")
    rights["rights"] = [r for r in rights["rights"] if r["right"] != "complaint"]

    assert "missing-complaint-right" in codes(notice_data)


def test_missing_complaint_right_is_quiet_when_the_text_names_the_ombudsman(notice_data):
    rights = section(notice_data, "rights")
    rights["rights"] = [r for r in rights["rights"] if r["right"] != "complaint"]
    rights["text"] = "Voit valittaa tietosuojavaltuutetulle."

    assert "missing-complaint-right" not in codes(notice_data)


def test_missing_updated_date_triggers_without_a_date(notice_data):
    notice_data["updated"] = None

    assert "missing-updated-date" in codes(notice_data)


@pytest.mark.parametrize(
    "text",
    [
        "Henkilötietolain (523/1999) 10 §:n mukainen rekisteriseloste",
        "Henkilötietolaki",
        "lain 523/1999 mukaan",
    ],
)
def test_repealed_law_reference_triggers_on_the_personal_data_act(notice_data, text):
    section(notice_data, "register_name")["text"] = text

    findings = [f for f in check_notice(notice_data) if f.code == "repealed-law-reference"]

    assert findings and findings[0].severity == "error" and findings[0].section == "register_name"


def test_repealed_law_reference_is_quiet_about_personal_data_in_general(notice_data):
    section(notice_data, "register_name")["text"] = (
        "Henkilötietojen käsittely tietosuojalain (1050/2018) mukaan."
    )

    assert "repealed-law-reference" not in codes(notice_data)


def test_incorrect_gdpr_date_warns_about_1_1_2019(notice_data):
    section(notice_data, "register_name")["text"] = (
        "EU:n 1.1.2019 voimaan tulleen tietosuoja-asetuksen mukaisesti."
    )

    assert "incorrect-gdpr-date" in codes(notice_data)


def test_errors_come_before_warnings(notice_data):
    notice_data["updated"] = None
    drop(notice_data, "rights")

    severities = [f.severity for f in check_notice(notice_data)]
    assert severities == sorted(severities, key=lambda s: s != "error")


def test_messages_are_finnish_and_say_how_to_fix(notice_data):
    drop(notice_data, "rights")

    with translation.override("fi"):
        [finding] = [f for f in check_notice(notice_data) if f.code == "missing-rights"]

    assert "Lisää" in finding.message


# The command ------------------------------------------------------------------------------


def test_check_command_exits_1_on_errors(notice_data, tmp_path, capsys):
    drop(notice_data, "rights")
    path = tmp_path / "notice.json"
    path.write_text(json.dumps(notice_data), encoding="utf-8")

    with pytest.raises(SystemExit) as exit:
        call_command("seloste_check", str(path))

    assert exit.value.code == 1
    assert "missing-rights" in capsys.readouterr().out


def test_check_command_exits_0_on_a_complete_notice(notice_data, tmp_path):
    path = tmp_path / "notice.json"
    path.write_text(json.dumps(notice_data), encoding="utf-8")

    call_command("seloste_check", str(path))  # raises SystemExit(1) on errors


def test_check_command_prints_json_findings(notice_data, tmp_path, capsys):
    notice_data["updated"] = None
    path = tmp_path / "notice.json"
    path.write_text(json.dumps(notice_data), encoding="utf-8")

    call_command("seloste_check", str(path), "--format", "json")

    output = json.loads(capsys.readouterr().out)
    assert output["findings"][0].keys() >= {"code", "severity", "message", "section"}
    assert output["findings"][0]["code"] == "missing-updated-date"


def test_check_command_finds_a_page_by_url_path(notice, capsys):
    call_command("seloste_check", "/tietosuojaseloste/", "--format", "json")

    assert json.loads(capsys.readouterr().out) == {"findings": []}


def test_check_command_finds_a_page_by_id(notice, capsys):
    call_command("seloste_check", str(notice.pk), "--format", "json")

    assert json.loads(capsys.readouterr().out) == {"findings": []}


def test_check_command_checks_the_latest_draft(notice, capsys):
    notice.controller_name = ""
    notice.save_revision()

    with pytest.raises(SystemExit):
        call_command("seloste_check", str(notice.pk))

    assert "missing-controller-contact" in capsys.readouterr().out


def test_check_command_explains_an_unknown_page(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="/ei-ole/"):
        call_command("seloste_check", "/ei-ole/")
