"""Round 13's readings found on fresh14 (issue 18), each tested in the lead's own wordings: an
equals sign as the copula of consent, conduct denied to be consent, a fee on every repeated
request, a label row under a retention heading, a purpose row whose basis is the contract, one
month said without a number, a law named by its number in the sentence after a basis, seeing
what is noted of one, a template's blanks, a letter that is no request channel, a period
borrowed in a label row.
"""

import pytest

from wagtail_seloste.notice.check.claims import is_placeholder

from .notice_text import BASIS, CONTROLLER, GRUND, KONTROLLER, codes


def test_an_equals_sign_between_conduct_and_consent_is_consent_by_conduct():
    text = CONTROLLER + BASIS + "Täytetty ilmoittautumislomake = suostumus tietojen käsittelyyn.\n"

    assert "consent-by-conduct" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        CONTROLLER + BASIS + "Tietoja käsittelen sopimuksen perusteella, eikä ajanvaraus "
        "tarkoita, että olisit antanut suostumuksen.\n",
        KONTROLLER + GRUND + "Uppgifterna behandlas för avtalet, och en bokning betyder inte "
        "att du har samtyckt till något.\n",
    ],
)
def test_conduct_denied_to_be_consent_is_no_consent_by_conduct(text):
    assert "consent-by-conduct" not in codes(text)


def test_a_fee_on_every_repeated_request_limits_free_requests():
    text = (
        CONTROLLER
        + BASIS
        + "\nOikeutesi\nSinulla on oikeus tarkastaa tietosi. Ensimmäinen pyyntö on maksuton, "
        "mutta toistuvista pyynnöistä veloitamme 20 euroa.\n"
    )

    assert "limits-free-requests" in codes(text)


def test_a_fee_on_manifestly_excessive_requests_is_lawful():
    text = (
        CONTROLLER
        + BASIS
        + "\nOikeutesi\nSinulla on oikeus tarkastaa tietosi maksutta. Ilmeisen perusteettomista "
        "tai kohtuuttomista, erityisesti toistuvista pyynnöistä voimme periä kohtuullisen "
        "maksun.\n"
    )

    assert "limits-free-requests" not in codes(text)


def test_a_label_row_with_the_laws_time_is_a_vague_period():
    text = (
        CONTROLLER
        + "Käsiteltävät tiedot\nNimi, puhelinnumero ja laskut.\n\n"
        + BASIS
        + "\nSäilytysajat\n- Asiakastiedot: lakien sallima aika.\n- Laskut: kuusi vuotta.\n"
    )

    assert "vague-retention" in codes(text)


def test_a_purpose_row_on_the_contract_keeps_the_client_s_data():
    text = (
        CONTROLLER
        + "Käsiteltävät tiedot\nAsiakkaan nimi, puhelinnumero, toiveet ja laskut.\n\n"
        + "Tarkoitukset ja säilytys\nTarkoitus | Peruste | Säilytys\n"
        "Juhlan järjestäminen tilaajan kanssa | sopimus tilaajan kanssa | vuosi juhlan jälkeen\n"
        "Laskutus | kirjanpitolaki | kuusi vuotta\n"
    )

    assert "retention-incomplete" not in codes(text)


def test_one_month_without_a_number_is_a_period():
    text = (
        KONTROLLER
        + "Uppgifter som behandlas\nNamn och telefonnummer.\n\n"
        + GRUND
        + "\nLagringstid\nKunduppgifterna sparas två år. Ruokavaliotiedot poistetaan kuukauden "
        "kuluttua juhlasta.\n"
    )

    assert "vague-retention" not in codes(text)


def test_an_obligation_whose_law_the_next_sentence_numbers_is_a_real_one():
    text = (
        KONTROLLER
        + "Ändamål och rättslig grund\nMedlemsregister: rättslig förpliktelse. Föreningen är "
        "skyldig att föra register över sina medlemmar enligt föreningslagen (503/1989).\n"
    )

    assert "basis-not-an-obligation" not in codes(text)


def test_seeing_what_is_noted_of_one_is_access():
    text = KONTROLLER + GRUND + "Ni har rätt att se vad jag har skrivit ner om er.\n"

    assert "missing-right-access" not in codes(text)


@pytest.mark.parametrize("value", ["________@________.fi", "(lisätään)", "(fylls i)"])
def test_a_template_s_blanks_are_a_placeholder(value):
    assert is_placeholder(value)


def test_a_business_name_with_tel_inside_a_word_still_names_the_controller():
    text = (
        "Rekisterinpitäjä\nLaatusuunnittelu Kantele / Aino Kantele (toiminimi), Y-tunnus "
        "3006642-2\nRantatie 4, 33100 Tampere\naino@kantele.example\n\n" + BASIS
    )

    assert "missing-controller-contact" not in codes(text)


def test_a_letter_sent_only_to_subscribers_is_no_request_channel():
    text = (
        CONTROLLER
        + "Käsittelyn tarkoitus\nUutiskirje lähetetään vain niille, jotka ovat rastineet "
        "kohdan jäsenhakemuksessa. Peruste on suostumus, jonka voi perua milloin tahansa.\n"
    )

    assert "request-form-required" not in codes(text)


def test_a_label_row_that_borrows_the_records_period_is_covered():
    text = (
        KONTROLLER
        + "Uppgifter som sparas:\nKontaktuppgifter: namn, telefon\nPresentkort: nummer och "
        "värde\nBokföring: fakturor\n\n"
        + GRUND
        + "\nLagringstider:\nKontaktuppgifter: samma tid som presentkorten\nPresentkort: ett år "
        "efter att kortet gått ut\nFakturor: sex år\n"
    )

    assert "retention-incomplete" not in codes(text)
