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


# Probes of the lead's own wordings (no evaluation notice) --------------------------------------

DATA = "Käsiteltävät tiedot\n- nimi, puhelinnumero ja sähköposti\n- varaukset\n- laskut\n\n"
DATA_SV = "Uppgifter som behandlas\n- namn, telefonnummer och e-post\n- bokningar\n- fakturor\n\n"


@pytest.mark.parametrize(
    "text",
    [
        CONTROLLER + DATA + "Säilytysaika\nPidän tietoja tallessa niin kauan kuin olet "
        "asiakkaani ja vielä vuoden sen jälkeen. Laskut säilytän kuusi vuotta.\n",
        CONTROLLER + DATA + "Säilytysaika\nKaikki muut tiedot paitsi laskut poistetaan kahden "
        "vuoden kuluttua viimeisestä käynnistä; laskut säilytetään kuusi vuotta.\n",
        KONTROLLER + DATA_SV + "Lagringstid\nAlla uppgifter utom fakturor raderas två år efter "
        "det senaste besöket; fakturor sparas i sex år.\n",
    ],
)
def test_a_period_for_all_data_but_the_invoices_covers_the_client_data(text):
    assert "retention-incomplete" not in codes(text, field="beauty")


@pytest.mark.parametrize(
    "sentence",
    [
        "Kun saavut vastaanotolle, hyväksyt samalla henkilötietojesi käsittelyn.",
        "Maksamalla laskun hyväksyt, että tietojasi käsitellään.",
        "Genom att fylla i förhandsformuläret godkänner du att vi behandlar dina uppgifter.",
        "Kunden anses ha samtyckt till behandlingen när hen betalar.",
    ],
)
def test_paying_arriving_or_filling_in_a_form_taken_as_consent_is_consent_by_conduct(sentence):
    assert "consent-by-conduct" in codes(CONTROLLER + "Käsittelyn peruste\n" + sentence)


def test_a_period_as_long_as_it_is_justified_is_vague():
    text = KONTROLLER + (
        "Uppgifter som behandlas\nNamn och telefonnummer.\n\n"
        "Lagringstid\nVi sparar uppgifterna så länge det är motiverat.\n"
    )

    assert "vague-retention" in codes(text, field="beauty")


def test_requests_handled_once_every_half_year_limit_free_requests():
    text = (
        KONTROLLER + "Dina rättigheter\nBegäran om registerutdrag behandlas en gång per halvår.\n"
    )

    assert "limits-free-requests" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        CONTROLLER + "Käsittelyn tarkoitukset\n1. Ajanvaraus (GDPR 6 art. 1 b)\n"
        "2. Kirjanpito (GDPR 6 art. 1 c, kirjanpitolaki)\n"
        "3. Asiakaspalaute (GDPR 6 art. 1 f, etumme on kehittää palvelua)\n",
        KONTROLLER + "Ändamål och rättslig grund\nBokning: art. 6.1 b\nBokföring: art. 6.1 c\n"
        "Nyhetsbrev: art. 6.1 a\n",
    ],
)
def test_bases_cited_by_article_are_bases(text):
    assert "missing-legal-basis" not in codes(text)


@pytest.mark.parametrize("text", ["9 art. 2 h", "art. 9.2 a", "16 art. 1 b", "art. 6.2"])
def test_other_articles_cite_no_article_6_basis(text):
    from wagtail_seloste.notice.legal_bases import cited_bases

    assert cited_bases(text) == []


def test_contact_details_kept_beside_notes_are_the_client_s():
    text = CONTROLLER + (
        "Käsiteltävät tiedot\nNimi, sähköposti, valmennuksen muistiinpanot ja laskut.\n\n"
        "Säilytysaika\nValmennuksen päätyttyä säilytän yhteystiedot ja muistiinpanot vuoden, "
        "minkä jälkeen ne poistetaan. Laskut säilytän kuusi vuotta.\n"
    )

    assert "retention-incomplete" not in codes(text, field="coaching")


def test_a_subscriber_s_address_is_the_newsletter_s_not_the_client_record_s():
    text = CONTROLLER + (
        "Käsiteltävät tiedot\nNimi, puhelinnumero, varaukset ja uutiskirjeen tilaajan "
        "sähköpostiosoite.\n\n"
        "Säilytysaika\nUutiskirjeen tilaajan sähköpostiosoite poistetaan, kun tilaus perutaan.\n"
    )

    assert "retention-incomplete" in codes(text, field="beauty")


def test_diet_details_kept_only_while_needed_are_a_vague_period_of_their_own():
    text = CONTROLLER + (
        "Käsiteltävät tiedot\nNimi, yhteystiedot, varaukset ja ruokavaliotiedot.\n\n"
        "Säilytysaika\nVaraus- ja yhteystietosi säilytämme kaksi vuotta viimeisestä käynnistä. "
        "Ruokavaliotietosi poistamme, kun niitä ei enää tarvita.\n"
    )

    assert "vague-retention" in codes(text, field="other")


def test_cancelling_the_subscription_withdraws_the_newsletter_consent():
    text = CONTROLLER + (
        "Käsittelyn tarkoitukset ja perusteet\n- Ajanvaraus (sopimus)\n"
        "- Uutiskirje (suostumus). Voit perua tilauksen jokaisen viestin lopussa olevasta "
        "linkistä.\n"
    )

    assert "missing-consent-withdrawal" not in codes(text)


def test_a_consent_and_the_accounting_act_in_clauses_of_their_own_are_two_bases():
    text = KONTROLLER + (
        "Ändamål och rättslig grund\nMed ditt samtycke för vi anteckningar om allergier; "
        "fakturorna sparar vi enligt bokföringslagen.\n"
    )

    assert "consent-for-legal-obligation" not in codes(text, field="beauty")


def test_the_accounting_act_named_only_for_retention_is_no_basis_of_a_notice_without_one():
    text = KONTROLLER + (
        "Uppgifter som behandlas\nNamn och adress.\n\n"
        "Lagringstid\nFakturor sparas i sex år enligt bokföringslagen.\n"
    )

    assert "missing-legal-basis" in codes(text, field="other")
