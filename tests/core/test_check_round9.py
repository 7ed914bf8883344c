"""The reader of round 9 (issue 18): lettered purposes and purposes headed by their name, the
law's requirement as a legal obligation, the basis "for" something as a purpose, portability and
access in plain words, a table row's first cell as the data of its period, a row's criterion
cell, health data told but not recorded, and patient records holding the patient's details.

Each behaviour is tested in a wording other than the evaluation notices' (tests/fixtures/
check_eval/fresh7), so that a rule holds on text it was not written for.
"""

import pytest

from wagtail_seloste.notice.importer import import_text
from wagtail_seloste.notice.importer.purposes import legal_bases

from .notice_text import CONTROLLER, KONTROLLER, codes

# Purposes and their bases (GDPR Art 6(1), 13(1)(c)) ------------------------------------------


def purposes_of(text):
    return [p for s in import_text(text)["sections"] for p in s.get("purposes", [])]


def test_lettered_items_are_purposes_each_with_its_own_basis():
    text = CONTROLLER + (
        "Käsittelyn tarkoitukset\n"
        "a) Kurssien järjestäminen. Peruste: sopimus.\n"
        "b) Kirjanpito. Peruste: kirjanpitolaki.\n"
        "c) Kurssikokemusten kerääminen sähköpostikyselyllä kurssin jälkeen.\n"
    )

    assert [p["legal_basis"] for p in purposes_of(text)] == ["b", "c", ""]
    assert "missing-legal-basis" in codes(text)


def test_paragraphs_headed_by_their_purpose_s_name_are_one_purpose_each():
    text = KONTROLLER + (
        "Ändamål och grunder\n"
        "Kurser. Du anmäler dig på webbplatsen eller per telefon. Vi behandlar uppgifterna "
        "eftersom vi har ett avtal med dig.\n"
        "Bokföring. Kvittona sparar vi eftersom bokföringslagen kräver det.\n"
    )

    purposes = purposes_of(text)

    assert [p["legal_basis"] for p in purposes] == ["b", "c"]
    assert "missing-legal-basis" not in codes(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hoitokertomuksen laadimme, koska laki velvoittaa meitä siihen.",
        "Journalen för vi eftersom lagen om yrkesutbildade personer kräver det.",
    ],
)
def test_the_law_requiring_it_is_a_legal_obligation(sentence):
    assert legal_bases(sentence) == ["c"]


def test_the_basis_for_named_activities_names_them_as_purposes():
    text = KONTROLLER + "Grunden för kurserna och anmälningarna är avtalet mellan oss.\n"

    assert "missing-purposes" not in codes(text)


def test_the_basis_for_the_processing_alone_names_no_purpose():
    text = KONTROLLER + "Grunden för behandlingen är avtalet mellan oss.\n"

    assert "missing-purposes" in codes(text)


# Rights in plain words (GDPR Art 15, 20, 12(5)) -----------------------------------------------


def test_data_in_a_format_a_computer_can_read_is_portability():
    text = KONTROLLER + (
        "Ändamål\nKurser: avtal.\n\n"
        "Dina rättigheter\nDu kan få uppgifterna du gett oss i en fil som en dator kan läsa.\n"
    )

    assert "missing-right-portability" not in codes(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Vill du se dina uppgifter fler än två gånger per år debiterar vi 25 euro.",
        "Jos haluat nähdä tietosi useammin kuin kerran vuodessa, perimme 20 euron maksun.",
    ],
)
def test_a_fee_for_seeing_one_s_data_more_often_limits_free_requests(sentence):
    assert "limits-free-requests" in codes(CONTROLLER + "Oikeutesi\n" + sentence)


# Retention per data group (GDPR Art 13(2)(a)) -------------------------------------------------

DATA = "Käsiteltävät tiedot\n- asiakkaan nimi, puhelinnumero ja sähköposti\n- treeniohjelmat\n\n"


def test_a_row_about_a_thing_of_its_own_does_not_cover_the_client_data():
    text = CONTROLLER + DATA + "Säilytysajat\nTreeniohjelmat | 1 vuosi\n"

    assert "retention-incomplete" in codes(text, field="fitness")


def test_a_row_about_all_data_covers_the_client_data():
    text = CONTROLLER + DATA + "Säilytysajat\nKaikki tiedot | 2 vuotta viimeisestä käynnistä\n"

    assert "retention-incomplete" not in codes(text, field="fitness")


@pytest.mark.parametrize(
    "label", ["Kurssilaiset", "Valmennettavat", "Osallistujat", "Potilaat", "Kursdeltagare"]
)
def test_a_row_naming_the_people_served_covers_their_data(label):
    text = CONTROLLER + DATA + f"Säilytysajat\n{label} | 2 vuotta viimeisestä käynnistä\n"

    assert "retention-incomplete" not in codes(text, field="fitness")


def test_a_row_whose_last_cell_is_a_criterion_covers_its_data():
    text = CONTROLLER + (
        "Tiedot, tarkoitukset ja säilytys\n"
        "nimi ja puhelin – ajanvaraus – sopimus – 2 vuotta viimeisestä käynnistä\n"
        "sähköpostiosoite – kuukausikirje – suostumus – kunnes peruutat tilauksen\n"
    )

    assert "retention-incomplete" not in codes(text, field="beauty")


def test_health_data_told_but_not_recorded_needs_no_period():
    text = CONTROLLER + (
        "Käsiteltävät tiedot\nNimi, puhelinnumero ja varatut ajat.\n"
        "Voit kertoa allergioistasi hoitajalle; niitä ei kirjata minnekään.\n\n"
        "Säilytysaika\nAsiakastiedot ja varaukset poistetaan vuoden kuluttua viimeisestä "
        "käynnistä.\n"
    )

    assert "retention-incomplete" not in codes(text, field="beauty")


RECORDS = (
    "Käsiteltävät tiedot\nPotilaan nimi, henkilötunnus, yhteystiedot ja hoitomerkinnät.\n\n"
    "Säilytysaika\nPotilasasiakirjat säilytetään 12 vuotta potilaan kuolemasta tai, jos "
    "kuolinpäivä ei ole tiedossa, 120 vuotta syntymästä (94/2022).\n"
)


def test_patient_records_keep_the_patient_s_details_for_their_period():
    assert "retention-incomplete" not in codes(CONTROLLER + RECORDS, field="physiotherapy")


def test_booked_times_beside_patient_records_need_a_period_of_their_own():
    text = CONTROLLER + RECORDS.replace("hoitomerkinnät.", "hoitomerkinnät sekä ajanvaraukset.")

    assert "retention-incomplete" in codes(text, field="physiotherapy")


def test_purposes_in_a_list_are_read_apart_from_each_other():
    text = CONTROLLER + (
        "Käsittelyn tarkoitukset\n"
        "- ajanvaraus ja tekstiviestimuistutukset (sopimus)\n"
        "- hoitosuunnitelma, johon kirjataan tehdyt hoidot (sopimus)\n"
        "Varatessasi ajan hyväksyt peruutusehtomme.\n"
    )

    assert "consent-by-conduct" not in codes(text, field="beauty")


# Numbered lists (found by rewriting the open notices' bullets as "1) … 2) …") ----------------


def test_numbered_items_are_read_apart_and_each_after_its_lead_in():
    text = CONTROLLER + (
        "Käsittelyn tarkoitukset\nAjanvaraus: sopimus.\n\n"
        "Oikeutesi\nSinulla on oikeus:\n"
        "1) pyytää nähtäväksesi kaikki sinusta kirjatut tiedot ja saada niistä jäljennöksen\n"
        "2) saada varausta varten antamasi tiedot koneluettavassa muodossa\n"
    )

    assert "missing-right-portability" not in codes(text)
    assert "missing-right-access" not in codes(text)


def test_a_numbered_item_that_asks_a_consent_by_ticking_is_no_consent_by_conduct():
    text = CONTROLLER + (
        "Mitä tietoja tallennamme\n"
        "1) nimi, puhelinnumero ja sähköpostiosoite sekä varatut ja tehdyt hoidot\n"
        "2) allergiat, jos annat niihin nimenomaisen suostumuksen rastittamalla lomakkeen kohdan\n"
        "3) kuvat, jos olet suostunut kuvaamiseen erillisellä lomakkeella\n"
    )

    assert "consent-by-conduct" not in codes(text, field="beauty")


# A sole trader's first person (found by rewriting "we" as "I" in the open notices) ------------


@pytest.mark.parametrize(
    "heading",
    ["Miksi käsittelen tietojasi?", "Mihin käytän tietojasi?", "Varför behandlas uppgifterna?"],
)
def test_a_purposes_heading_in_the_first_person_singular_or_the_passive_is_read(heading):
    notice = import_text(CONTROLLER + f"{heading}\nAjanvaraus: sopimus.\n")

    assert [s["kind"] for s in notice["sections"]][-1] == "purposes"


def test_an_overview_of_the_processing_whose_parts_get_their_bases_after_it_needs_none():
    text = CONTROLLER + (
        "Miksi käsittelen tietojasi?\n"
        "Käsittelen tietojasi, jotta voin sopia tapaamisista, ohjata sinua ja laskuttaa "
        "käynnit. Tapaamiset ja ohjaus perustuvat väliseemme sopimukseen. Laskujen "
        "säilyttäminen perustuu kirjanpitolakiin.\n"
    )

    assert "missing-legal-basis" not in codes(text, field="coaching")


def test_a_purpose_with_no_basis_after_the_overview_still_lacks_one():
    text = CONTROLLER + (
        "Miksi käsittelen tietojasi?\n"
        "Käsittelen tietojasi, jotta voin sopia tapaamisista ja laskuttaa käynnit. Tapaamiset "
        "perustuvat väliseemme sopimukseen. Laskujen säilyttäminen perustuu kirjanpitolakiin. "
        "Lisäksi lähetän asiakkailleni joulutervehdyksen ja tarjouksia tekstiviestillä.\n"
    )

    assert "missing-legal-basis" in codes(text, field="coaching")


# Headings asked as questions (found by giving the open notices' headings other wordings) ---------


@pytest.mark.parametrize(
    "heading, kind",
    [
        ("Miksi tietojasi käsitellään?", "purposes"),
        ("Vad används uppgifterna till?", "purposes"),
        ("Med vilken rätt behandlar vi uppgifterna?", "legal_basis"),
        ("Uppgifter som behandlas", "data_content"),
        ("Vem får uppgifterna?", "recipients"),
        ("Kuka näkee tietosi?", "recipients"),
        ("Hur skyddas uppgifterna?", "security"),
        ("Varför använder vi kakor?", "cookies"),
        ("Miksi käytämme evästeitä?", "cookies"),
    ],
)
def test_a_heading_asked_as_a_question_names_its_kind(heading, kind):
    from wagtail_seloste.notice.importer.headings import heading_kind

    assert heading_kind(heading) == kind
