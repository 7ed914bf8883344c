"""Statements that are unlawful as written: capped requests (Art 12(5)), silent changes
(Art 12–13), and consent given as the basis of what law requires (Art 6(1)(c))."""

import pytest

from .conftest import dict_codes, replaced, section, text_codes

SALON_CHANGES = "Kerromme olennaisista muutoksista sivustollamme ja sähköpostitse."


def rights_text(notice, text):
    section(notice, "rights")["text"] = text
    return notice


@pytest.mark.parametrize(
    "sentence",
    [
        "Yksi maksuton tarkastus 12 kuukauden aikana.",
        "Tarkastuspyyntö on maksuton kerran vuodessa.",
        "Rekisteröity voi tarkastaa tietonsa kerran vuodessa ilmaiseksi.",
        "Voit pyytää tietojesi kopion enintään kaksi kertaa vuodessa.",
        "Useammasta kuin yhdestä tarkastuspyynnöstä vuodessa perimme 20 euron maksun.",
        "Ett kostnadsfritt registerutdrag per år.",
        "One free access request per year.",
    ],
)
def test_limits_free_requests_triggers_on_a_cap_or_fee(notice_data, sentence):
    assert "limits-free-requests" in dict_codes(rights_text(notice_data, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Tarkastus on maksuton.",
        "Voit käyttää oikeuksiasi maksutta. Vastaamme kuukauden kuluessa.",
        "Jos pyyntö on ilmeisen perusteeton tai kohtuuton, voimme periä kohtuullisen maksun.",
        "Lisäkopioista voimme periä hallinnollisiin kustannuksiin perustuvan maksun kerran "
        "vuodessa tehtävän tarkastuksen jälkeen, jos pyyntöjä tulee toistuvasti.",
    ],
)
def test_limits_free_requests_is_quiet_on_free_requests_and_art_12_5_fees(notice_data, sentence):
    assert "limits-free-requests" not in dict_codes(rights_text(notice_data, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Pidätämme oikeuden muuttaa tätä selostetta ilman erillistä ilmoitusta.",
        "Selostetta voidaan päivittää ilmoittamatta siitä rekisteröidyille.",
        "Muutoksista ei ilmoiteta erikseen.",
        "Voimme muuttaa tätä selostetta kertomatta siitä sinulle.",
        "Vi förbehåller oss rätten att ändra beskrivningen utan föregående meddelande.",
        "We may change this notice without notice.",
    ],
)
def test_changes_without_notice_triggers_on_a_silent_change_clause(salon_text, sentence):
    text = replaced(salon_text, SALON_CHANGES, sentence)

    assert "changes-without-notice" in text_codes(text)


@pytest.mark.parametrize(
    "sentence",
    [
        SALON_CHANGES,
        "Pidätämme oikeuden muuttaa selostetta. Ilmoitamme muutoksista asiakkaillemme.",
        "Teknisiä korjauksia voidaan tehdä ilman ilmoitusta; olennaisista muutoksista "
        "ilmoitamme sähköpostitse.",
    ],
)
def test_changes_without_notice_is_quiet_when_changes_are_communicated(salon_text, sentence):
    text = replaced(salon_text, SALON_CHANGES, sentence)

    assert "changes-without-notice" not in text_codes(text)


def test_consent_for_legal_obligation_triggers_on_bookkeeping_on_consent(notice_data):
    section(notice_data, "purposes")["purposes"].append(
        {"purpose": "Laskutus ja kirjanpito.", "legal_basis": "a", "legitimate_interest": ""}
    )

    assert "consent-for-legal-obligation" in dict_codes(notice_data)


def test_consent_for_legal_obligation_is_quiet_on_bookkeeping_on_legal_obligation(notice_data):
    section(notice_data, "purposes")["purposes"].append(
        {"purpose": "Laskutus ja kirjanpito.", "legal_basis": "c", "legitimate_interest": ""}
    )

    assert "consent-for-legal-obligation" not in dict_codes(notice_data)


def test_consent_for_legal_obligation_triggers_in_text(salon_text):
    text = replaced(
        salon_text,
        "- Laskutus ja kirjanpito (lakisääteinen velvoite, kirjanpitolaki)",
        "- Laskutus ja kirjanpito (suostumus)",
    )

    assert "consent-for-legal-obligation" in text_codes(text)


def test_consent_for_legal_obligation_triggers_when_consent_is_the_only_basis(trainer_text):
    text = replaced(
        trainer_text,
        "Käsittelemme tietoja valmennussopimusten täytäntöönpanoon (sopimus), laskutukseen ja "
        "kirjanpitoon (lakisääteinen velvoite) sekä asiakasviestintään oikeutetun edun "
        "perusteella: kerromme nykyisille asiakkaille valmennusten aikataulumuutoksista.",
        "Käsittelemme tietoja valmennuksiin, laskutukseen ja kirjanpitoon asiakkaan "
        "suostumuksella.",
    )

    assert "consent-for-legal-obligation" in text_codes(text)


def test_consent_next_to_a_contract_basis_is_not_consent_for_bookkeeping(notice_data):
    # "Billing on the client relationship, renewal on consent" (as one sample writes it).
    section(notice_data, "purposes")["purposes"] = [
        {
            "purpose": "Asiakassuhteen hoito ja laskutus asiakassuhteen perusteella, sekä "
            "suostumuksella asiakassuhteen uudistaminen.",
            "legal_basis": "a",
            "legitimate_interest": "",
        }
    ]

    assert "consent-for-legal-obligation" not in dict_codes(notice_data)


def test_a_yearly_review_of_the_register_is_not_a_cap_on_requests(notice_data):
    section(notice_data, "retention")["text"] = (
        "Rekisterin tiedot tarkastetaan kerran vuodessa ja yli 2 vuotta vanhat tiedot poistetaan."
    )

    assert "limits-free-requests" not in dict_codes(notice_data)


def test_missing_legal_basis_triggers_when_the_basis_section_names_no_basis(notice_data):
    section(notice_data, "purposes")["purposes"][0]["legal_basis"] = ""
    notice_data["sections"].append(
        {"kind": "legal_basis", "heading": "", "text": "Käsittely on lainmukaista."}
    )

    assert "missing-legal-basis" in dict_codes(notice_data)


def _purpose_items(notice_data, *items):
    section(notice_data, "purposes")["purposes"] = [
        {"purpose": text, "legal_basis": basis, "legitimate_interest": ""} for text, basis in items
    ]
    return notice_data


def test_missing_legal_basis_triggers_on_a_listed_purpose_without_one(notice_data):
    _purpose_items(notice_data, ("Ajanvaraus ja hieronta", "b"), ("asiakastyytyväisyyskyselyt", ""))

    assert "missing-legal-basis" in dict_codes(notice_data)


def test_a_basis_given_by_the_next_sentence_is_the_purposes_basis(notice_data):
    _purpose_items(
        notice_data,
        ("Tunnistamme palaavat asiakkaat ja tarjoamme heille kanta-asiakashinnan.", ""),
        ("Tämä perustuu oikeutettuun etuumme: haluamme palkita uskollisia asiakkaita.", "f"),
    )

    assert "missing-legal-basis" not in dict_codes(notice_data)


def test_the_art_9_condition_of_health_data_is_no_purpose_without_a_basis(notice_data):
    _purpose_items(
        notice_data,
        ("Vården ges enligt ett vårdavtal mellan oss.", "b"),
        ("Hälsouppgifter behandlar jag med stöd av artikel 9.2 h i dataskyddsförordningen.", ""),
    )

    assert "missing-legal-basis" not in dict_codes(notice_data)


def test_a_data_list_taken_for_purposes_is_no_purpose_without_a_basis(notice_data):
    _purpose_items(
        notice_data,
        ("Terapia perustuu terapiasopimukseen.", "b"),
        ("nimi, henkilötunnus, osoite, puhelin, sähköposti", ""),
        ("esitiedot, hoitosuunnitelma ja käyntimerkinnät", ""),
        ("laskut", ""),
    )

    assert "missing-legal-basis" not in dict_codes(notice_data)


def test_a_fragment_of_the_sentence_before_is_no_purpose_without_a_basis(notice_data):
    _purpose_items(notice_data, ("vårt avtal.", "b"), ("du kan boka utan den.", ""))

    assert "missing-legal-basis" not in dict_codes(notice_data)


def test_a_basis_read_from_a_sentence_anywhere_counts_for_a_notice_in_prose():
    from .conftest import text_codes

    text = (
        "Massage Lövdal\n\nPersonuppgiftsansvarig: Massage Lövdal, FO-nummer 2828427-9, "
        "Skolgatan 4, 68600 Jakobstad, johan@lovdal.example\n\nVarför\nGrunden är vårdavtalet "
        "mellan dig och mig. Jag använder uppgifterna för att boka tider och ge behandlingen."
    )

    assert "missing-legal-basis" not in text_codes(text)


def test_a_treatment_contract_with_art_9_2_h_is_a_legal_basis(notice_data):
    section(notice_data, "purposes")["purposes"] = []
    section(notice_data, "purposes")["text"] = (
        "Käsittelyn perusteena on hoitosopimus ja terveydenhuollon palvelujen tarjoaminen "
        "(GDPR 9 art. 2 h). Käytän tietoja ajanvaraukseen ja hierontahoidon toteuttamiseen."
    )

    assert "missing-legal-basis" not in dict_codes(notice_data)


def test_an_obligation_the_next_sentence_corrects_is_not_read_as_the_basis(notice_data):
    _purpose_items(
        notice_data,
        ("Otamme vastaan huonevarauksesi ja järjestämme majoituksesi.", "c"),
        ("Tämä perustuu kanssasi tehtävään majoitussopimukseen.", "b"),
    )

    assert "basis-not-an-obligation" not in dict_codes(notice_data)


def test_a_booking_given_a_legal_obligation_is_no_obligation(notice_data):
    _purpose_items(notice_data, ("Otamme vastaan huonevarauksesi.", "c"))

    assert "basis-not-an-obligation" in dict_codes(notice_data)
