"""The reader of round 10 (issue 18): a wait between requests and a fee on every request, needs
and open terms in more words, what the notice tells is no retention, the person who did
something has thereby consented, who sees a purpose's data is no purpose, and a list the
negation governs after a comma.

Each behaviour is tested in a wording other than the evaluation notices' (tests/fixtures/
check_eval/fresh8), so that a rule holds on text it was not written for.
"""

import pytest

from wagtail_seloste.notice.check.lemmas import clauses

from .notice_text import CONTROLLER, KONTROLLER, codes

# Requests (GDPR Art 12(5)) -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        CONTROLLER + "Oikeutesi\nUuden tarkastuspyynnön voi tehdä aikaisintaan puolen vuoden "
        "kuluttua edellisestä.\n",
        KONTROLLER + "Dina rättigheter\nEn ny begäran om registerutdrag kan göras tidigast sex "
        "månader efter den föregående.\n",
    ],
)
def test_a_wait_between_requests_limits_free_requests(text):
    assert "limits-free-requests" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        KONTROLLER + "Dina rättigheter\nFör varje begäran tar vi ut en skälig avgift för "
        "arbetet.\n",
        CONTROLLER + "Oikeutesi\nJokaisesta pyynnöstä peritään kohtuullinen käsittelymaksu.\n",
    ],
)
def test_a_fee_on_every_request_limits_free_requests(text):
    assert "limits-free-requests" in codes(text)


def test_a_reasonable_fee_for_manifestly_unfounded_requests_only_is_lawful():
    text = CONTROLLER + (
        "Oikeutesi\nPyynnöt ovat maksuttomia. Ilmeisen perusteettomista tai kohtuuttomista "
        "pyynnöistä voimme periä kohtuullisen maksun.\n"
    )

    assert "limits-free-requests" not in codes(text)


# Retention (GDPR Art 13(2)(a)) -----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Kunduppgifterna sparar vi under erforderlig tid.",
        "Asiakastiedot säilytetään ilman aikarajaa.",
        "Kunduppgifterna sparas utan tidsgräns.",
    ],
)
def test_a_need_or_no_term_is_a_vague_period(sentence):
    text = CONTROLLER + "Käsiteltävät tiedot\nNimi ja puhelinnumero.\n\nSäilytysaika\n" + sentence

    assert "vague-retention" in codes(text, field="beauty")


def test_what_the_notice_tells_is_no_retention_statement():
    text = CONTROLLER + (
        "Tämä seloste kertoo, mitä tietoja tarvitsemme ja kuinka kauan niitä säilytetään.\n\n"
        "Käsiteltävät tiedot\nNimi ja puhelinnumero.\n\n"
        "Säilytysaika\nAsiakastiedot poistetaan kahden vuoden kuluttua viimeisestä käynnistä.\n"
    )

    assert "vague-retention" not in codes(text, field="beauty")


# Consent by conduct (GDPR Art 4(11), 7(4)) ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Ajan varannut asiakas on samalla hyväksynyt tietojensa käsittelyn.",
        "Den som har bokat en tid har därmed samtyckt till behandlingen av sina uppgifter.",
    ],
)
def test_the_person_who_did_something_has_thereby_consented(sentence):
    assert "consent-by-conduct" in codes(CONTROLLER + "Käsittelyn peruste\n" + sentence)


def test_a_person_who_ticked_a_box_gave_consent_by_an_act_of_choice():
    text = CONTROLLER + (
        "Uutiskirje\nUutiskirjeen tilannut asiakas on antanut suostumuksensa rastittamalla "
        "erillisen kohdan.\n"
    )

    assert "consent-by-conduct" not in codes(text)


# Purposes and bases (GDPR Art 13(1)(c)) -------------------------------------------------------


def test_who_sees_the_data_of_a_purpose_is_no_purpose_of_its_own():
    text = KONTROLLER + (
        "Ändamål\n"
        "Bokningarna behandlar vi för att kunna ge behandlingarna. Grunden är avtalet med dig. "
        "Bokningarna ser endast salongens ägare.\n"
    )

    assert "missing-legal-basis" not in codes(text, field="beauty")


# Denials -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, lang, word",
    [
        ("Jag använder inte Zoom, Teams eller andra videotjänster.", "sv", "Teams"),
        ("En käytä Zoomia, Teamsia tai muita videopalveluja.", "fi", "Teamsia"),
    ],
)
def test_the_rest_of_a_denied_list_after_a_comma_is_denied(sentence, lang, word):
    clause = next(c for c in clauses(sentence, lang) if any(t.text == word for t in c.tokens))

    assert clause.negated


def test_a_clause_of_its_own_after_a_denial_is_not_denied():
    parts = clauses("Tietoja ei luovuteta, ne säilytetään Suomessa tai Ruotsissa.", "fi")

    assert [c.negated for c in parts] == [True, False]


def test_a_service_named_only_in_a_denied_list_needs_no_safeguard():
    text = KONTROLLER + (
        "Överföringar\nVi använder inte Zoom, Teams eller andra amerikanska videotjänster; "
        "uppgifterna stannar i Finland.\n"
    )

    assert "transfer-without-safeguard" not in codes(text)
