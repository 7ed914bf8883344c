"""Round 13's readings found on fresh16 (issue 18), notices as new users bring them, each tested
in the lead's own wordings: a consent withdrawn beside conduct, a dog's or a handler's data, a
guardian's contact details, a person's card, a criterion cell in a label row, a consent form
that is no request channel, data needed for a purpose, booking said as a verb, a cookie policy
under its own heading.
"""

from .notice_text import BASIS, CONTROLLER, GRUND, KONTROLLER, codes


def test_a_consent_withdrawn_beside_conduct_is_no_consent_by_conduct():
    text = (
        CONTROLLER
        + BASIS
        + "Säilytysaika\nAllergiatiedot poistetaan, kun tilaus on toimitettu, tai heti, jos perut "
        "suostumuksesi.\n"
    )

    assert "consent-by-conduct" not in codes(text)


def test_a_handlers_and_a_dogs_data_are_the_client_s():
    text = (
        CONTROLLER
        + "Käsiteltävät tiedot\nOhjaajan nimi, puhelinnumero ja koiran tiedot sekä laskut.\n\n"
        + BASIS
        + "\nSäilytysaika\nOhjaajan ja koiran tiedot poistetaan kahden vuoden kuluttua "
        "viimeisestä kurssista. Laskut säilytetään kuusi vuotta.\n"
    )

    assert "retention-incomplete" not in codes(text)


def test_a_guardian_s_contact_details_and_a_rider_s_card_are_the_client_s():
    text = (
        CONTROLLER + "Käsiteltävät tiedot\nRatsastajan nimi ja huoltajan puhelinnumero sekä tieto "
        "allergioista, laskut.\n\n"
        + BASIS
        + "Allergiatiedot kirjataan nimenomaisella suostumuksella (9 art. 2 a).\n\n"
        + "Säilytysaika\nRatsastajakortit ja huoltajien yhteystiedot poistetaan vuoden kuluttua "
        "viimeisestä tunnista. Laskut säilytetään kuusi vuotta.\n"
    )

    assert "retention-incomplete" not in codes(text, field="fitness")


def test_a_criterion_cell_in_a_label_row_is_a_criterion():
    text = (
        KONTROLLER
        + "Uppgifter som behandlas\nNamn, telefonnummer och fakturor.\n\n"
        + GRUND
        + "\nHur länge sparas uppgifterna?\n- Kunduppgifter: till slutet av året efter kursen.\n"
        "- Fakturor: sex år.\n"
    )

    assert "retention-incomplete" not in codes(text)


def test_a_consent_asked_on_the_business_s_own_form_is_no_request_channel():
    text = (
        KONTROLLER
        + GRUND
        + "Allergier antecknar vi endast med ditt uttryckliga samtycke, som vi ber om på en "
        "separat blankett.\n"
    )

    assert "request-form-required" not in codes(text)


def test_data_needed_for_something_names_the_purpose():
    text = CONTROLLER + "Tietoja tarvitaan ajanvaraukseen ja laskutukseen.\n"

    assert "missing-purposes" not in codes(text)


def test_booking_said_as_a_verb_is_a_contract_that_asks_portability():
    text = (
        KONTROLLER
        + "Jag behandlar dina uppgifter för att kunna boka tider åt dig.\n\n"
        + "Dina rättigheter\nDu har rätt att se och rätta dina uppgifter och att få dem "
        "raderade.\n"
    )

    assert "missing-right-portability" in codes(text)


def test_a_cookie_policy_under_its_own_heading_declares_its_categories():
    text = (
        KONTROLLER
        + GRUND
        + "Vi använder Google Analytics för statistik.\n\n"
        + "DEL 2 – KAKPOLICY\nNödvändiga kakor:\n- sessionid – inloggning – sessionen\n"
        "Statistikkakor (endast med samtycke):\n- _ga – Google Analytics, besöksstatistik – 2 år\n"
    )

    assert "undeclared-cookies" not in codes(text)
