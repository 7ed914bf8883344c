"""Health and other special category data (GDPR Art 9) need an Art 9(2) condition."""

import pytest

from .conftest import dict_codes, replaced, section, text_codes

THERAPY_CONDITION = (
    " Psykoterapeuttina olen terveydenhuollon ammattihenkilö, ja terveystietoja käsitellään "
    "tietosuoja-asetuksen 9 artiklan 2 kohdan h alakohdan nojalla."
)
THERAPY_LAW = " (laki potilaan asemasta ja oikeuksista 785/1992)"
THERAPY_RETENTION_LAW = " (STM:n asetus 94/2022)"


def without_condition(text):
    text = replaced(text, THERAPY_CONDITION, "")
    text = replaced(text, THERAPY_LAW, "")
    return replaced(text, THERAPY_RETENTION_LAW, "")


def test_missing_special_category_condition_triggers_on_patient_records_without_one(
    therapy_text,
):
    assert "missing-special-category-condition" in text_codes(without_condition(therapy_text))


@pytest.mark.parametrize(
    "condition",
    [
        " Terveystietoja käsitellään tietosuoja-asetuksen 9 artiklan 2 kohdan h alakohdan nojalla.",
        " Terveystietoja käsitellään tietosuojalain 6 §:n nojalla.",
        " Olen terveydenhuollon ammattihenkilö.",
    ],
)
def test_missing_special_category_condition_is_quiet_with_a_condition(therapy_text, condition):
    text = replaced(
        without_condition(therapy_text),
        "potilasasiakirjojen laatimiseen.",
        "potilasasiakirjojen laatimiseen." + condition,
    )

    assert "missing-special-category-condition" not in text_codes(text)


@pytest.mark.parametrize(
    "words",
    [
        "Allergiatiedot",
        "Tiedot lääkityksestä",
        "Tiedot sairauksista",
        "Hoitotiedot",
        "Terveyteen liittyvät tiedot",
        "Esitietolomakkeen tiedot",
    ],
)
def test_missing_special_category_condition_triggers_on_health_words(salon_text, words):
    text = replaced(
        salon_text,
        "Allergiat ja ihoherkkyydet kirjataan vain, jos asiakas antaa niihin nimenomaisen "
        "suostumuksensa. Suostumus on vapaaehtoinen eikä ole ajanvarauksen ehto.",
        f"{words} kirjataan asiakaskorttiin.",
    )

    assert "missing-special-category-condition" in text_codes(text)


def test_explicit_consent_is_a_condition(salon_text):
    # The salon asks explicit consent for allergies (Art 9(2)(a)).
    assert "missing-special-category-condition" not in text_codes(salon_text)


def test_a_notice_that_says_it_processes_no_health_data_needs_no_condition(salon_text):
    text = replaced(
        salon_text,
        "Allergiat ja ihoherkkyydet kirjataan vain, jos asiakas antaa niihin nimenomaisen "
        "suostumuksensa. Suostumus on vapaaehtoinen eikä ole ajanvarauksen ehto.",
        "Emme käsittele terveystietoja.",
    )
    text = replaced(text, "Allergiatiedot poistetaan, kun suostumus peruutetaan.", "")

    assert "missing-special-category-condition" not in text_codes(text)


def test_a_structured_special_category_needs_a_condition(notice_data):
    section(notice_data, "data_content")["categories"].append(
        {"name": "Terveystiedot", "description": "", "required": False, "special_category": True}
    )

    assert "missing-special-category-condition" in dict_codes(notice_data)


def test_a_health_purpose_on_consent_is_a_condition(notice_data):
    section(notice_data, "data_content")["categories"].append(
        {"name": "Terveystiedot", "description": "", "required": False, "special_category": True}
    )
    section(notice_data, "purposes")["purposes"].append(
        {
            "purpose": "Terveystietojen huomioiminen valmennuksessa.",
            "legal_basis": "a",
            "legitimate_interest": "",
        }
    )

    assert "missing-special-category-condition" not in dict_codes(notice_data)


def test_health_data_of_a_health_care_professional_is_not_consent_based(notice_data):
    section(notice_data, "data_content")["categories"].append(
        {"name": "Hoitotiedot", "description": "", "required": False, "special_category": True}
    )
    section(notice_data, "purposes")["purposes"] = [
        {
            "purpose": "Fysioterapia ja potilasasiakirjat.",
            "legal_basis": "c",
            "legitimate_interest": "",
        }
    ]
    notice_data["sections"].append(
        {
            "kind": "legal_basis",
            "heading": "",
            "text": "Terveystiedot: tietosuoja-asetuksen "
            "9 artiklan 2 kohdan h alakohta ja laki potilaan asemasta ja oikeuksista (785/1992).",
        }
    )
    rights = section(notice_data, "rights")
    rights["rights"] = [r for r in rights["rights"] if r["right"] != "withdraw_consent"]

    assert "missing-consent-withdrawal" not in dict_codes(notice_data)


def test_a_cancellation_for_illness_in_the_booking_terms_is_not_health_data(notice_data):
    notice_data["sections"].append(
        {
            "kind": "changes",
            "heading": "",
            "text": "Sairauden vuoksi perutusta ajasta veloitetaan puolet.",
        }
    )

    assert "missing-special-category-condition" not in dict_codes(notice_data)


def test_article_99_is_not_an_article_9_condition(notice_data):
    section(notice_data, "data_content")["categories"].append(
        {"name": "Terveystiedot", "description": "", "required": False, "special_category": True}
    )
    notice_data["sections"].append(
        {"kind": "legislation", "heading": "", "text": "Asetusta sovelletaan 99 artiklan mukaan."}
    )

    assert "missing-special-category-condition" in dict_codes(notice_data)


SALON_CONSENT = (
    "Allergiat ja ihoherkkyydet kirjataan vain, jos asiakas antaa niihin nimenomaisen "
    "suostumuksensa. Suostumus on vapaaehtoinen eikä ole ajanvarauksen ehto."
)


def test_explicit_consent_in_another_inflection_is_a_condition(salon_text):
    text = replaced(
        salon_text,
        SALON_CONSENT,
        "Vi antecknar allergier och hudreaktioner endast med ditt uttryckliga samtycke.",
    )

    assert "missing-special-category-condition" not in text_codes(text)


def test_consent_that_is_not_explicit_is_no_condition_for_health_data(salon_text):
    text = replaced(
        salon_text, SALON_CONSENT, "Allergiat kirjataan asiakaskorttiin asiakkaan luvalla."
    )

    assert "missing-special-category-condition" in text_codes(text)


def test_an_animals_health_is_no_special_category_data(salon_text):
    text = replaced(
        salon_text, SALON_CONSENT, "Kirjaamme lemmikin nimen, rodun, lääkityksen ja sairaudet."
    )
    text = replaced(text, "Allergiatiedot poistetaan, kun suostumus peruutetaan.", "")

    assert "missing-special-category-condition" not in text_codes(text)
