"""Round 13's readings found on fresh13 (issue 18), each tested in the lead's own wordings: a
genitive that only says whose the data is, a waiting list, keeping in a calendar, a list of
names, a signature by another word, a template's name fields as a contact, a reader's question
as a heading, data that "goes to" someone, a term as the window of a cap, the rest of the data
kept for a vague time, a consent on a condition, data not taken out of the EU.
"""

import pytest

from wagtail_seloste.notice.check.claims import is_placeholder

from .notice_text import BASIS, CONTROLLER, GRUND, KONTROLLER, codes

FI_DATA = "Käsiteltävät tiedot\nNimi, puhelinnumero, sähköposti ja laskut.\n\n"
SV_DATA = "Uppgifter som behandlas\nNamn, telefonnummer, e-post och fakturor.\n\n"


def test_a_genitive_before_logs_says_whose_the_logs_are():
    # The booking system's logs have a period; the client data has none.
    text = (
        CONTROLLER
        + FI_DATA
        + BASIS
        + "\nSäilytysaika\nAjanvarausjärjestelmän lokitiedot poistuvat puolen vuoden kuluttua. "
        "Laskut säilytetään kuusi vuotta.\n"
    )

    assert "retention-incomplete" in codes(text)


def test_a_waiting_list_in_health_care_needs_a_period_of_its_own():
    text = (
        CONTROLLER
        + "Käsiteltävät tiedot\nPotilaskertomukseen kirjataan nimi, osoite ja hoitomerkinnät. "
        "Odotuslistalle kirjaan nimesi ja puhelinnumerosi.\n\n"
        + "Peruste\nHoito perustuu hoitosopimukseen ja potilasasiakirjojen laatiminen lakiin "
        "potilaan asemasta ja oikeuksista (785/1992). Terveystietoja käsittelen terveydenhuollon "
        "ammattihenkilönä (tietosuoja-asetuksen 9 art. 2 h).\n\n"
        + "Säilytysaika\nPotilasasiakirjat säilytetään asetuksen 94/2022 mukaisesti 12 vuotta "
        "potilaan kuolemasta. Laskut säilytetään kuusi vuotta.\n"
    )

    assert "retention-incomplete" in codes(text, field="physiotherapy")


def test_keeping_in_a_calendar_for_a_period_is_a_retention_period():
    text = (
        CONTROLLER
        + "Käsiteltävät tiedot\nNimi, puhelinnumero ja varatut ajat sekä laskut.\n\n"
        + BASIS
        # in a letter's paragraph, under no retention heading
        + "\nVaratut ajat ja yhteystiedot pidän kalenterissani kaksi vuotta viimeisestä "
        "tapaamisesta. Laskut säilytän kuusi vuotta.\n"
    )

    assert "retention-incomplete" not in codes(text)


def test_holding_a_course_for_children_of_four_years_is_no_period():
    text = (
        KONTROLLER
        + SV_DATA
        + GRUND
        + "\nVi håller kurser för barn från fyra år.\n\nLagringstid\nFakturorna sparas sex år.\n"
    )

    assert "retention-incomplete" in codes(text)


def test_a_list_of_names_keeps_no_coach_s_notes():
    text = (
        CONTROLLER
        + "Käsiteltävät tiedot\nNimi, sähköposti, valmennuksen muistiinpanot sekä tiedot "
        "vammoista ja lääkityksestä.\n\n"
        + BASIS
        + "Terveystietoja käsittelen nimenomaisella suostumuksellasi (9 art. 2 a).\n\n"
        + "Säilytysaika\nKurssilaislistat poistan kurssin päätyttyä. Laskut säilytän kuusi vuotta.\n"
    )

    assert "retention-incomplete" in codes(text, field="coaching")


def test_a_request_with_one_s_name_signed_by_hand_is_a_required_form():
    text = (
        KONTROLLER
        + GRUND
        + "Dina rättigheter\nDu har rätt att få tillgång till dina uppgifter. Begäran ska vara "
        "försedd med din namnteckning.\n"
    )

    assert "request-form-required" in codes(text)


@pytest.mark.parametrize(
    "value",
    ["fornamn.efternamn@foretag.fi", "firstname@company.com", "etunimi@yritys.fi"],
)
def test_a_template_s_name_fields_are_a_placeholder_contact(value):
    assert is_placeholder(value)


@pytest.mark.parametrize("value", ["anna.berg@kotisivu.example", "info@foretagaren.fi"])
def test_a_real_looking_address_is_no_placeholder(value):
    assert not is_placeholder(value)


def test_a_reader_s_questions_as_headings_name_their_sections():
    text = (
        KONTROLLER
        + GRUND
        + "\nVar får du mina uppgifter ifrån?\nAv dig själv när du bokar.\n\n"
        + "Fattar ni automatiska beslut?\nNej.\n"
    )
    found = codes(text)

    assert "missing-sources" not in found
    assert "missing-automated-decisions" not in found


def test_data_that_goes_to_someone_is_handed_over():
    text = KONTROLLER + GRUND + "Fakturorna går till min bokföringsbyrå.\n"

    assert "missing-recipients" not in codes(text)


def test_data_not_taken_out_of_the_eu_is_a_transfer_statement():
    text = KONTROLLER + GRUND + "Inga uppgifter förs ut ur EU.\n"

    assert "missing-transfers" not in codes(text)


def test_one_extract_a_term_caps_the_requests():
    text = (
        KONTROLLER
        + GRUND
        + "Dina rättigheter\nDu har rätt att få ett registerutdrag. Utdrag ges en gång per "
        "termin.\n"
    )

    assert "limits-free-requests" in codes(text)


def test_the_rest_of_the_data_kept_for_a_vague_time_is_a_vague_period():
    text = (
        CONTROLLER
        + FI_DATA
        + BASIS
        + "\nSäilytysaika\nAsiakastiedot säilytetään kaksi vuotta viimeisestä käynnistä. Laskut "
        "säilytetään kuusi vuotta. Muut tiedot säilytetään niin kauan kuin niitä tarvitaan.\n"
    )

    assert "vague-retention" in codes(text)


def test_a_consent_on_a_condition_for_one_item_is_no_consent_by_conduct():
    text = (
        KONTROLLER
        + "Ändamål\nJag behandlar uppgifterna för att boka, fakturera och, om du samtycker, "
        "fotografera resultatet. Bokningen grundar sig på avtalet och faktureringen på "
        "bokföringslagen.\n"
    )
    found = codes(text)

    assert "consent-by-conduct" not in found
    assert "consent-for-legal-obligation" not in found


def test_conduct_on_a_condition_before_agreeing_is_still_consent_by_conduct():
    text = CONTROLLER + BASIS + "Jos varaat ajan, hyväksyt tietojesi käsittelyn.\n"

    assert "consent-by-conduct" in codes(text)
