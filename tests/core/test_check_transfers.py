"""Transfers outside the EU/EEA (GDPR Art 13(1)(f), 44–49): a named service needs a safeguard."""

import pytest

from wagtail_seloste.notice.check import check_notice
from wagtail_seloste.notice.importer import import_text

from .conftest import dict_codes, replaced, section, text_codes

TRAINER_TRANSFER = "Siirrot perustuvat Euroopan komission hyväksymiin vakiosopimuslausekkeisiin."


def test_transfer_without_safeguard_triggers_on_a_named_us_service(trainer_text):
    text = replaced(trainer_text, TRAINER_TRANSFER, "")

    assert "transfer-without-safeguard" in text_codes(text)


@pytest.mark.parametrize(
    "safeguard",
    [
        "Siirto perustuu EU:n ja Yhdysvaltojen väliseen tietosuojakehykseen.",
        "Zoom on sertifioitunut EU–US Data Privacy Framework -järjestelyyn.",
        "Siirroissa käytetään EU:n vakiolausekkeita.",
        "Siirto perustuu Euroopan komission päätökseen tietosuojan riittävästä tasosta.",
    ],
)
def test_transfer_without_safeguard_is_quiet_when_a_safeguard_is_named(trainer_text, safeguard):
    text = replaced(trainer_text, TRAINER_TRANSFER, safeguard)

    assert "transfer-without-safeguard" not in text_codes(text)


@pytest.mark.parametrize(
    "derogation",
    [
        "Siirto perustuu tietosuoja-asetuksen 49 artiklan mukaiseen nimenomaiseen suostumukseen.",
        "Siirto perustuu asiakkaan nimenomaiseen suostumukseen tietojen siirtoon.",
        "Överföringen grundar sig på ditt uttryckliga samtycke till överföringen.",
    ],
)
def test_an_art_49_derogation_is_no_safeguard_for_a_service_used_routinely(
    trainer_text, derogation
):
    """Issue 18: the trainer's video service is used every week; the Art 49 derogations are
    exceptions for occasional transfers (EDPB Guidelines 2/2018), so explicit consent to the
    transfer leaves it without a safeguard. (This wording was a recognised safeguard before.)"""
    text = replaced(trainer_text, TRAINER_TRANSFER, derogation)

    findings = check_notice(import_text(text))

    finding = next(f for f in findings if f.code == "transfer-without-safeguard")
    assert "49" in finding.message and "2/2018" in finding.message


def test_the_transfer_fix_never_proposes_an_art_49_derogation(trainer_text):
    """The fix leads the owner to a processor in the EU/EEA with a DPA, the DPF or SCCs."""
    text = replaced(trainer_text, TRAINER_TRANSFER, "")

    finding = next(
        f for f in check_notice(import_text(text)) if f.code == "transfer-without-safeguard"
    )
    assert "Data Privacy Framework" in finding.message
    assert "derogation" not in finding.message


def test_a_provider_that_promises_adequate_protection_is_not_a_safeguard(trainer_text):
    text = replaced(
        trainer_text,
        TRAINER_TRANSFER,
        "Palveluntarjoaja vastaa omalta osaltaan henkilötietojen riittävästä suojaamisesta.",
    )

    assert "transfer-without-safeguard" in text_codes(text)


@pytest.mark.parametrize("name", ["Mailchimpin", "Googlen", "Facebookin", "Mail-chimp"])
def test_an_inflected_service_name_is_recognised(salon_text, name):
    text = replaced(
        salon_text,
        "Uutiskirjeet lähetetään Mailchimp-palvelulla (Intuit Inc., Yhdysvallat). Siirto perustuu "
        "EU:n ja Yhdysvaltojen väliseen tietosuojakehykseen (EU–US Data Privacy Framework), jonka "
        "piiriin Intuit on sertifioitunut.",
        f"Tietoja ei siirretä EU:n ulkopuolelle. Käytämme {name} palveluja.",
    )

    assert "transfer-without-safeguard" in text_codes(text)


def test_no_transfers_and_a_us_service_contradict(notice_data):
    section(notice_data, "processors")["processors"].append(
        {"name": "Intuit Mailchimp", "service": "Uutiskirje", "country": ""}
    )

    findings = [f for f in check_notice(notice_data) if f.code == "transfer-without-safeguard"]

    assert findings and "Mailchimp" in findings[0].message


def test_a_structured_transfer_with_a_safeguard_covers_its_service(notice_data):
    section(notice_data, "processors")["processors"].append(
        {"name": "Mailchimp", "service": "Uutiskirje", "country": "Yhdysvallat"}
    )
    section(notice_data, "transfers").update(
        text="",
        transfers=[{"recipient": "Mailchimp", "country": "Yhdysvallat", "safeguard": "adequacy"}],
    )

    assert "transfer-without-safeguard" not in dict_codes(notice_data)


def test_a_structured_transfer_without_a_safeguard_triggers(notice_data):
    section(notice_data, "transfers").update(
        text="", transfers=[{"recipient": "Pilvi Inc.", "country": "Intia", "safeguard": ""}]
    )

    assert "transfer-without-safeguard" in dict_codes(notice_data)


def test_a_processor_in_a_named_third_country_needs_a_safeguard(notice_data):
    section(notice_data, "processors")["processors"].append(
        {"name": "Kalenteri Ltd", "service": "Ajanvaraus", "country": "Yhdysvallat"}
    )

    assert "transfer-without-safeguard" in dict_codes(notice_data)


def test_a_finnish_word_containing_a_country_name_is_not_a_country(notice_data):
    section(notice_data, "processors")["text"] = "Suoramarkkinointia hoitaa Postituspalvelu Oy."

    assert "transfer-without-safeguard" not in dict_codes(notice_data)


def test_analytics_cookies_of_google_are_a_transfer(notice_data):
    notice_data["cookies"].append(
        {
            "category": "analytics",
            "name": "_ga",
            "provider": "Google",
            "purpose": "Tilastot.",
            "duration": "2 vuotta",
        }
    )

    assert "transfer-without-safeguard" in dict_codes(notice_data)


def test_the_invalidated_privacy_shield_is_not_a_safeguard(trainer_text):
    # The CJEU invalidated the EU–US Privacy Shield on 16.7.2020 (C-311/18, Schrems II).
    text = replaced(
        trainer_text, TRAINER_TRANSFER, "Zoom on sitoutunut Privacy Shield -järjestelyyn."
    )

    [finding] = [
        f for f in check_notice(import_text(text)) if f.code == "transfer-without-safeguard"
    ]
    assert "C-311/18" in finding.message


def test_no_disclosure_to_outsiders_says_nothing_of_transfers_outside_the_eu(notice_data):
    notice_data["sections"] = [s for s in notice_data["sections"] if s["kind"] != "transfers"]
    notice_data["sections"].append(
        {"kind": "recipients", "heading": "", "text": "Tietoja ei luovuteta ulkopuolisille."}
    )

    assert "missing-transfers" in dict_codes(notice_data)


def test_a_transfers_section_holding_only_a_placeholder_says_nothing(notice_data):
    notice_data["sections"] = [s for s in notice_data["sections"] if s["kind"] != "transfers"]
    notice_data["sections"].append(
        {
            "kind": "transfers",
            "heading": "Tietojen siirto EU:n tai ETA:n ulkopuolelle",
            "text": "[täydennetään]",
        }
    )

    assert "missing-transfers" in dict_codes(notice_data)


def _transfer_codes(text):
    from .test_check_claims import prose

    return dict_codes(prose(text, "recipients"))


def test_a_named_transfer_with_its_safeguard_is_a_statement_on_transfers():
    text = (
        "Uutiskirjeet lähetetään Mailchimpillä, jonka yhdysvaltalainen omistaja on sitoutunut "
        "EU–US Data Privacy Framework -järjestelyyn."
    )

    assert "missing-transfers" not in _transfer_codes(text)


@pytest.mark.parametrize(
    "stays",
    [
        "Kaikki muut tiedot pysyvät EU:ssa.",
        "Uppgifterna förblir inom EES.",
        "All other data stays in the EU.",
    ],
)
def test_data_said_to_stay_inside_the_eu_is_a_statement_on_transfers(stays):
    assert "missing-transfers" not in _transfer_codes("Kirjanpitäjä näkee laskut. " + stays)


def test_a_notice_silent_on_transfers_still_misses_them():
    assert "missing-transfers" in _transfer_codes("Kirjanpitäjä näkee laskut.")
