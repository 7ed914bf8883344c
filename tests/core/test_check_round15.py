"""The reader of round 15 (issue 18): consent by conduct read from the sentence's shape. An act
of the person said as the means ("asettumalla"), the condition ("kun astut", "när du sätter
dig", "Öppnar du …"), the subject ("kirjautuminen merkitsee") or the time ("tullessaan"), then
the person's agreement to a keeper's act of processing, is consent by conduct whatever the
act's word (GDPR Art 4(11), 7(4)). Probes in the lead's own wordings, each with its expected
findings written before it ran.
"""

import pytest

from .notice_text import BASIS, CONTROLLER, GRUND, KONTROLLER, codes
from .test_check_round13 import DATA, UPPGIFTER
from .test_check_round14 import FI_COVERED, SV_COVERED

OTHER = "\nMuuta\n"
OVRIGT = "\nÖvrigt\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Hierontapöydälle asettumalla asiakas hyväksyy, että merkitsemme hoitokorttiin hänen "
        "vaivansa.",
        "Istumalla tuoliin asiakas suostuu siihen, että kuvaamme lopputuloksen.",
        "Avaamalla viestin hyväksyt, että seuraamme avauksia.",
        "Paikalle saapumalla asiakas antaa luvan kirjata terveystietonsa.",
        "Kun istut tuoliin, hyväksyt, että kuvaamme lopputuloksen.",
        "Palveluun kirjautuminen merkitsee, että hyväksyt profiloinnin.",
        "Asiakas hyväksyy vastaanotolle tullessaan, että hänen terveystietonsa kirjataan.",
    ],
)
def test_any_act_of_the_person_before_agreeing_to_a_keeper_s_act_is_consent_by_conduct(sentence):
    assert "consent-by-conduct" in codes(FI_COVERED + OTHER + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Genom att lägga dig på britsen godkänner du att vi antecknar dina besvär.",
        "När du sätter dig i stolen godkänner du att vi fotograferar resultatet.",
        "Öppnar du nyhetsbrevet godkänner du att vi följer vad du klickar på.",
    ],
)
def test_any_act_of_the_person_before_agreeing_is_consent_by_conduct_in_swedish(sentence):
    assert "consent-by-conduct" in codes(SV_COVERED + OVRIGT + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Varaamalla ajan hyväksyt, että peruuttamattomasta ajasta laskutamme täyden hinnan.",
        "Täyttämällä lomakkeen saat ajan nopeammin.",
        "Lomakkeen lähettämällä vahvistat, että antamasi tiedot ovat oikein.",
        "Allekirjoittamalla suostumuslomakkeen hyväksyt, että kuvaamme hoidon.",
        "Kun haluat uutiskirjeen, hyväksyt, että lähetämme sen sinulle.",
        "Kun tilaat uutiskirjeen, suostut siihen, että lähetämme sen sinulle.",
        "Samalla hyväksyt, että käytämme tietoja laskutukseen.",
        "Ajanvarauksen tekeminen ei tarkoita, että hyväksyt markkinoinnin.",
        "Tapauksessa, jossa asiakas hyväksyy, että tallennamme tietoja, poistamme ne vuoden "
        "kuluttua.",
        "Kuvia julkaisen vain, jos kerrot niistä ja annat kirjaamiseen nimenomaisen suostumuksen.",
    ],
)
def test_an_act_agreeing_to_terms_or_a_consent_given_by_its_own_act_is_no_consent_by_conduct(
    sentence,
):
    assert "consent-by-conduct" not in codes(FI_COVERED + OTHER + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Genom att kryssa i rutan samtycker du till att vi sparar bilderna.",
        "Genom att boka godkänner du avbokningsvillkoren.",
        "När du bokar godkänner du att avbokningsavgiften är 20 euro.",
        "Om du vill får du nyhetsbrevet och godkänner att vi skickar det.",
    ],
)
def test_a_ticked_box_or_terms_agreed_to_are_no_consent_by_conduct_in_swedish(sentence):
    assert "consent-by-conduct" not in codes(SV_COVERED + OVRIGT + sentence + "\n")


def test_an_act_in_one_sentence_and_the_agreement_in_the_next_is_consent_by_conduct():
    text = (
        "Varaat ajan verkossa. Samalla hyväksyt, että tallennamme tietosi markkinointia varten.\n"
    )
    assert "consent-by-conduct" in codes(FI_COVERED + OTHER + text)


def test_an_act_and_then_a_thereby_agreement_is_consent_by_conduct_in_swedish():
    text = "Du bokar tiden på nätet. Därmed godkänner du att vi sparar dina uppgifter för reklam.\n"
    assert "consent-by-conduct" in codes(SV_COVERED + OVRIGT + text)


@pytest.mark.parametrize(
    "text",
    [
        "Varaat ajan verkossa. Samalla voit antaa suostumuksen uutiskirjeeseen.\n",
        "Varaat ajan verkossa. Samalla saat vahvistuksen sähköpostiisi.\n",
    ],
)
def test_a_consent_offered_or_a_confirmation_after_the_act_is_no_consent_by_conduct(text):
    assert "consent-by-conduct" not in codes(FI_COVERED + OTHER + text)


# Firm periods for the invoices and the photos; each probe adds the client data's statement.
RETENTION_FI = FI_COVERED.rsplit(" Asiakkaan yhteys", 1)[0] + " "
RETENTION_SV = SV_COVERED.rsplit(" Kundens kontakt", 1)[0] + " "


@pytest.mark.parametrize(
    "statement",
    [
        "Asiakaskortit pidetään kansiossa, kunnes kansio täyttyy.",
        "Asiakastiedot säilytetään, kunnes tila loppuu palvelimelta.",
        "Asiakastiedot säilytetään seuraavaan siivoukseen asti.",
        "Asiakastietoja säilytetään vuosia.",
        "Asiakastiedot säilytetään niin kauan kuin kortisto on käytössä.",
        "Asiakastiedot säilytetään, kunnes kortisto uusitaan.",
    ],
)
def test_the_keeper_s_storage_or_years_with_no_number_is_a_vague_period(statement):
    assert "vague-retention" in codes(RETENTION_FI + statement + "\n")


@pytest.mark.parametrize(
    "statement",
    [
        "Kundkorten sparas i en pärm tills pärmen är full.",
        "Kunduppgifterna sparas i åratal.",
        "Kunduppgifterna sparas till nästa rensning.",
        "Kunduppgifterna sparas i flera år.",
    ],
)
def test_the_keeper_s_storage_or_years_with_no_number_is_a_vague_period_in_swedish(statement):
    assert "vague-retention" in codes(RETENTION_SV + statement + "\n")


@pytest.mark.parametrize(
    "statement",
    [
        "Asiakastiedot poistetaan seuraavassa vuosittaisessa siivouksessa.",
        "Asiakastiedot säilytetään kolme vuotta, kunnes ne poistetaan järjestelmästä.",
        "Asiakastiedot säilytetään, kunnes asiakas poistetaan rekisteristä asiakkuuden päätyttyä.",
    ],
)
def test_a_yearly_clean_up_or_a_deletion_from_the_system_is_no_vague_period(statement):
    assert "vague-retention" not in codes(RETENTION_FI + statement + "\n")


def test_a_yearly_clean_up_in_january_is_no_vague_period_in_swedish():
    statement = "Kunduppgifterna raderas vid den årliga rensningen i januari.\n"
    assert "vague-retention" not in codes(RETENTION_SV + statement)


@pytest.mark.parametrize(
    "text",
    [
        FI_COVERED + OTHER + "Jos asiakas ei erikseen kiellä, katsomme hänen antaneen luvan kuvien "
        "julkaisemiseen.\n",
        SV_COVERED + OVRIGT + "Om du inte säger ifrån räknas det som samtycke till att vi "
        "publicerar bilden.\n",
    ],
)
def test_silence_on_a_condition_taken_as_consent_is_consent_by_conduct(text):
    assert "consent-by-conduct" in codes(text)


def test_a_consent_refused_on_a_condition_is_no_consent_by_conduct():
    text = FI_COVERED + OTHER + "Jos et anna suostumusta, emme julkaise kuvia.\n"
    assert "consent-by-conduct" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        FI_COVERED + OTHER + "Kurssilaiset, jotka jäävät saliin, näkyvät videolla. Näin katsotaan "
        "annetuksi suostumus videon julkaisemiseen.\n",
        FI_COVERED + OTHER + "Varaamalla ajan hyväksyt, että valitsemme kuvistasi parhaat "
        "esittelyymme.\n",
        SV_COVERED + OVRIGT + "När du hämtar bilderna godkänner du att vi visar några av bilderna "
        "på vår webbplats.\n",
        FI_COVERED + OTHER + "Jos vastaat muistutusviestiin, annat samalla luvan lähettää sinulle "
        "tarjouksia.\n",
    ],
)
def test_a_keeper_doing_anything_with_the_data_or_sending_offers_after_an_act_is_conduct(text):
    assert "consent-by-conduct" in codes(text)


def test_a_written_separate_consent_on_a_condition_is_no_consent_by_conduct():
    text = (
        FI_COVERED
        + OTHER
        + "Kirjaan terveystietoja vain, jos annat siihen kirjallisen, erillisen suostumuksen.\n"
    )
    assert "consent-by-conduct" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        RETENTION_FI + "Asiakastiedot säilytetään niin kauan kuin ne tuntuvat tarpeellisilta.\n",
        RETENTION_SV + "Kunduppgifterna sparas tills ägaren beslutar att radera dem.\n",
        RETENTION_SV + "Kunduppgifterna rensar vi när vi nästa gång går igenom kortregistret.\n",
        RETENTION_SV + "Kunduppgifterna sparas tills hårddisken blir full.\n",
    ],
)
def test_a_feeling_a_decision_to_come_or_the_next_review_is_a_vague_period(text):
    assert "vague-retention" in codes(text)


@pytest.mark.parametrize(
    "statement",
    [
        # the cookies' period, by a pronoun after a semicolon, is no period of the client data
        "Käytämme vain välttämättömiä evästeitä; ne poistuvat, kun suljet selaimen.",
        # what a consent withdrawn deletes is what the sentence before asked the consent for
        "Allergiat kirjaamme vain suostumuksellasi. Voit perua suostumuksen milloin tahansa, "
        "jolloin poistamme merkinnän.",
    ],
)
def test_a_pronoun_s_or_a_withdrawal_s_period_leaves_the_client_data_uncovered(statement):
    assert "retention-incomplete" in codes(RETENTION_FI + statement + "\n")


def test_a_where_question_answered_by_the_authority_alone_states_the_complaint_right():
    rights = (
        "\nOikeutesi\nSinulla on oikeus tarkastaa tietosi, pyytää niiden oikaisemista tai "
        "poistamista, rajoittaa käsittelyä ja siirtää tiedot toiselle.\n"
    )
    question = "\nMihin voin valittaa?\nTietosuojavaltuutetun toimistoon (tietosuoja.fi).\n"
    assert "missing-complaint-right" in codes(FI_COVERED + rights)
    assert "missing-complaint-right" not in codes(FI_COVERED + rights + question)


RIGHTS_FI = (
    "\nOikeutesi\nSinulla on oikeus tarkastaa tietosi, pyytää niiden oikaisemista tai "
    "poistamista, rajoittaa käsittelyä ja siirtää tiedot toiselle. Voit tehdä valituksen "
    "tietosuojavaltuutetulle. "
)
RIGHTS_SV = (
    "\nDina rättigheter\nDu har rätt att få tillgång till dina uppgifter, få dem rättade eller "
    "raderade, begränsa behandlingen och flytta dem. Du kan klaga hos dataombudsmannen. "
)


@pytest.mark.parametrize(
    "text",
    [
        FI_COVERED + RIGHTS_FI + "Ensimmäinen tarkastuspyyntö vuodessa on maksuton.\n",
        FI_COVERED + RIGHTS_FI + "Selvityksen laatimisesta laskutamme tuntihinnan mukaan.\n",
        SV_COVERED + RIGHTS_SV + "Den första begäran per år är kostnadsfri.\n",
    ],
)
def test_free_only_the_first_time_a_year_or_a_charged_report_limits_free_requests(text):
    assert "limits-free-requests" in codes(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ensimmäinen kopio on maksuton, lisäkopioista voimme periä kohtuullisen maksun.",
        "Selvitys on aina maksuton.",
    ],
)
def test_a_further_copy_charged_or_a_free_report_limits_no_free_request(sentence):
    assert "limits-free-requests" not in codes(FI_COVERED + RIGHTS_FI + sentence + "\n")


@pytest.mark.parametrize(
    "text",
    [
        FI_COVERED + RIGHTS_FI + "Pyynnöt käsitellään vain asiakasportaalin kautta.\n",
        SV_COVERED + RIGHTS_SV + "Begäran görs via formuläret i kundportalen, andra vägar kan "
        "inte användas.\n",
    ],
)
def test_the_keeper_s_portal_as_the_only_way_or_other_ways_refused_is_a_required_form(text):
    assert "request-form-required" in codes(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Voit tehdä pyynnön myös asiakasportaalin kautta.",
        "Pyynnön voi tehdä sähköpostilla tai asiakasportaalissa.",
    ],
)
def test_a_portal_offered_beside_other_ways_is_no_required_form(sentence):
    assert "request-form-required" not in codes(FI_COVERED + RIGHTS_FI + sentence + "\n")


BASIS_FI = "\nKäsittelyn oikeusperuste\n"
BASIS_SV = "\nRättslig grund\n"


@pytest.mark.parametrize(
    "text",
    [
        FI_COVERED + BASIS_FI + "Rekisterin pitäminen on GDPR:n edellyttämää.\n",
        FI_COVERED + BASIS_FI + "Oikeusperuste: laki (henkilötietolaki 523/1999).\n",
        SV_COVERED + BASIS_SV + "Lagen kräver att vi för register över våra kunder (GDPR).\n",
    ],
)
def test_the_data_protection_law_said_to_require_the_register_is_no_obligation(text):
    assert "basis-not-an-obligation" in codes(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tietoja käsitellään tietosuojalain mukaisesti.",
        "Tietosuoja-asetus edellyttää, että kerromme sinulle käsittelystä.",
    ],
)
def test_processing_by_the_law_or_the_law_s_duty_to_inform_is_no_obligation_claimed(sentence):
    assert "basis-not-an-obligation" not in codes(FI_COVERED + BASIS_FI + sentence + "\n")


def _gym(statement, lang="fi"):
    if lang == "sv":
        return (
            KONTROLLER
            + "\nUppgifter som behandlas\nNamn, telefonnummer och e-post. "
            + statement
            + "\n"
            + GRUND
            + "\nLagringstid\nUppgifterna raderas två år efter det senaste besöket.\n"
        )
    return (
        CONTROLLER
        + "\nKäsiteltävät tiedot\nNimi, puhelinnumero ja sähköposti. "
        + statement
        + "\n"
        + BASIS
        + "\nSäilytysaika\nTiedot poistetaan kahden vuoden kuluttua viimeisestä käynnistä.\n"
    )


@pytest.mark.parametrize(
    ("statement", "lang"),
    [
        ("Kulunvalvonnassa käytetään sormenjälkitunnistusta.", "fi"),
        ("Sisäänpääsy tapahtuu kasvojentunnistuksella.", "fi"),
        ("Kirjaamme migreenin ja päänsäryt.", "fi"),
        ("Vi använder fingeravtryck för inpassering.", "sv"),
        ("Vi registrerar medlemskap i fackförbund för rabatten.", "sv"),
        ("Vi noterar religiösa kostbehov.", "sv"),
    ],
)
def test_biometrics_a_union_a_religion_or_headaches_need_an_art_9_condition(statement, lang):
    assert "missing-special-category-condition" in codes(_gym(statement, lang), field="fitness")


def test_a_hair_type_and_a_favourite_colour_need_no_art_9_condition():
    text = _gym("Kirjaamme asiakaskorttiin lempivärisi ja hiustyyppisi.")
    assert "missing-special-category-condition" not in codes(text, field="beauty")


@pytest.mark.parametrize(
    "text",
    [
        RETENTION_FI + "Asiakastietoja säilytetään niin pitkään kuin yritys toimii.\n",
        RETENTION_FI + "Asiakastiedot säilytetään toiminnan jatkuessa.\n",
        RETENTION_FI + "Asiakastiedot poistetaan sopivin väliajoin.\n",
        RETENTION_SV + "Kunduppgifterna sparas så länge företaget finns.\n",
        RETENTION_SV + "Kunduppgifterna raderas i sinom tid.\n",
        RETENTION_SV + "Kunduppgifterna sparas under en längre tid.\n",
    ],
)
def test_the_business_going_on_or_an_unmeasured_interval_is_a_vague_period(text):
    assert "vague-retention" in codes(text)


def test_the_business_ending_as_one_end_beside_a_firm_period_is_no_vague_period():
    statement = (
        "Asiakastiedot poistetaan heti, jos yrityksen toiminta päättyy, ja muuten vuoden "
        "kuluttua viimeisestä käynnistä.\n"
    )
    assert "vague-retention" not in codes(RETENTION_FI + statement)


@pytest.mark.parametrize(
    "text",
    [
        FI_COVERED + RIGHTS_FI + "Postikulut maksaa pyytäjä.\n",
        FI_COVERED + RIGHTS_FI + "Tietojen toimittaminen USB-tikulla maksaa 5 €.\n",
        SV_COVERED + RIGHTS_SV + "Portot betalas av den som begär utdraget.\n",
    ],
)
def test_costs_put_on_the_requester_or_an_amount_in_the_rights_limit_free_requests(text):
    assert "limits-free-requests" in codes(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tietojen toimittaminen sähköisesti on maksutonta.",
        "Pyytäjä saa tiedot maksutta.",
        "Jos pyyntö on ilmeisen perusteeton, voimme periä kohtuullisen maksun.",
    ],
)
def test_free_delivery_or_a_fee_for_a_manifestly_unfounded_request_limits_nothing(sentence):
    assert "limits-free-requests" not in codes(FI_COVERED + RIGHTS_FI + sentence + "\n")


@pytest.mark.parametrize(
    "text",
    [
        FI_COVERED + OTHER + "Asiakkaana hyväksyt, että tietojasi käytetään markkinointiin.\n",
        SV_COVERED + OVRIGT + "Som kund godkänner du att vi skickar erbjudanden till dig.\n",
        FI_COVERED + OTHER + "Ajanvarauksen vahvistus toimii samalla suostumuksena tietojen "
        "käsittelyyn.\n",
        SV_COVERED + OVRIGT + "Bokningsbekräftelsen fungerar även som samtycke till "
        "behandlingen.\n",
        FI_COVERED + OTHER + "Kuvien julkaisuun oletetaan lupa, ellei toisin sovita.\n",
        FI_COVERED + OTHER + "Lahjakortin lunastaja hyväksyy samalla uutiskirjeen tilauksen.\n",
    ],
)
def test_being_a_client_a_booking_as_consent_a_presumed_permission_or_a_doer_is_conduct(text):
    assert "consent-by-conduct" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        FI_COVERED + OTHER + "Asiakkaana voit halutessasi tilata uutiskirjeen.\n",
        SV_COVERED + OVRIGT + "Som kund kan du beställa vårt nyhetsbrev.\n",
        FI_COVERED + OTHER + "Uutiskirjeen tilaaja hyväksyy, että lähetämme sen kerran kuussa.\n",
        SV_COVERED + OVRIGT + "Bokningen är ett avtal mellan dig och oss.\n",
        FI_COVERED + OTHER + "Annat suostumuksesi siirtoon tilatessasi uutiskirjeen.\n",
    ],
)
def test_a_choice_offered_a_subscriber_or_a_booking_as_a_contract_is_no_consent_by_conduct(text):
    assert "consent-by-conduct" not in codes(text)


def _controller(lines):
    return "Rekisterinpitäjä\n" + lines + "\n\n" + DATA + BASIS


@pytest.mark.parametrize(
    "lines",
    [
        "Hieronta Esimerkki, Y-tunnus 3006642-2\nKatu 1, 00100 Kaupunki\nnimi@esimerkki.fi",
        "Hieronta Esimerkki, Y-tunnus 3006642-2\nosoite tähän, puh. 040 123 4567 (vaihda omaksi)",
    ],
)
def test_a_template_s_example_values_are_no_controller_contact(lines):
    assert "missing-controller-contact" in codes(_controller(lines))


def test_a_template_s_example_values_are_no_controller_contact_in_swedish():
    text = (
        "Personuppgiftsansvarig\nMassage Exempel, FO-nummer 3006642-2\nAdress: Gatan 1, 00000 "
        "Staden\nE-post: din@epost.fi\n\n" + UPPGIFTER + GRUND
    )
    assert "missing-controller-contact" in codes(text)


@pytest.mark.parametrize(
    "lines",
    [
        "Hieronta Lumo, Y-tunnus 3006642-2\nKauppakatu 1, 00100 Helsinki\ninfo@hierontalumo.fi",
        "Hieronta Tie, Y-tunnus 3006642-2\nTie 4 B, 33100 Tampere\nhieronta@tie.fi",
        "Hieronta Lumo, Y-tunnus 3006642-2\npuh. 040 123 4589",
    ],
)
def test_a_real_address_or_number_is_a_controller_contact(lines):
    assert "missing-controller-contact" not in codes(_controller(lines))


@pytest.mark.parametrize(
    "text",
    [
        FI_COVERED + RIGHTS_FI + "Rekisterinpitäjä vastaa rekisteröidyn pyyntöihin kuukauden "
        "kuluessa.\n",
        SV_COVERED + RIGHTS_SV + "Det står den registrerade fritt att begära rättelse.\n",
    ],
)
def test_answering_a_request_or_being_free_to_ask_puts_no_cost_on_the_requester(text):
    assert "limits-free-requests" not in codes(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Rekisterinpitäjä hyväksyy, että tiedot tallennetaan suojatulle palvelimelle.",
        "Valmentaja hyväksyy, että kirjaamme tunnit.",
    ],
)
def test_the_keeper_s_side_agreeing_is_no_consent_by_conduct(sentence):
    assert "consent-by-conduct" not in codes(FI_COVERED + OTHER + sentence + "\n")


@pytest.mark.parametrize(
    "text",
    [
        FI_COVERED + "\nOikeutesi\nSinulla on oikeus tarkastaa tietosi, pyytää niiden korjaamista "
        "tai poistamista ja siirtää ne. Jos kiistät tietojen paikkansapitävyyden, lopetan niiden "
        "käytön siksi aikaa, kun asia tarkistetaan. Voit valittaa tietosuojavaltuutetulle.\n",
        SV_COVERED + "\nDina rättigheter\nDu har rätt att få tillgång till, rätta, radera och "
        "flytta dina uppgifter. Du kan också be att vi tillfälligt slutar använda dem medan en "
        "tvist utreds. Du kan klaga hos dataombudsmannen.\n",
    ],
)
def test_stopping_the_use_for_a_while_states_the_right_to_restriction(text):
    assert "missing-right-restriction" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        CONTROLLER + "\nTätä teen tiedoillasi\nVaraan ajat ja laskutan. Peruste on sopimus.\n",
        CONTROLLER + "\nMitä teen tiedoillasi?\nVaraan ajat ja lähetän laskut. Peruste on "
        "sopimus.\n",
        KONTROLLER + "\nSå använder jag dina uppgifter\nJag bokar tider och skickar fakturor. "
        "Grunden är avtalet.\n",
        KONTROLLER + "\nDärför behöver jag dina uppgifter\nFör att boka tider och skicka fakturor. "
        "Grunden är avtalet.\n",
    ],
)
def test_what_the_keeper_does_before_a_sentence_of_its_basis_is_a_purpose(text):
    assert "missing-purposes" not in codes(text)


def test_a_notice_that_says_it_collects_nothing_names_no_purpose():
    assert "missing-purposes" in codes(CONTROLLER + "\nTietosuoja\nEmme kerää tietoja.\n")


RETENTION_ONLY_FI = (
    "\nSäilytysaika\nTiedot poistetaan kolmen vuoden kuluttua viimeisestä käynnistä.\n"
)
RETENTION_ONLY_SV = "\nLagringstid\nUppgifterna raderas tre år efter det senaste besöket.\n"


@pytest.mark.parametrize(
    "text",
    [
        CONTROLLER + "\nKäsittelyn tarkoitukset\n1. Ajanvaraus\n2. Laskutus\nMolemmat perustuvat "
        "asiakassopimukseen.\n" + RETENTION_ONLY_FI,
        CONTROLLER + "\nKäsittelyn tarkoitukset\nAjanvaraus ja laskutus. Kaikki käsittely "
        "perustuu asiakkaan kanssa tehtyyn sopimukseen.\n" + RETENTION_ONLY_FI,
        CONTROLLER + "\nKäsittelyn tarkoitukset\n- ajanvaraus\n- laskutus\nNäiden peruste: "
        "sopimus.\n" + RETENTION_ONLY_FI,
        KONTROLLER
        + "\nÄndamål\n- bokning\n- fakturering\nBåda grundar sig på avtalet med dig.\n"
        + RETENTION_ONLY_SV,
        KONTROLLER + "\nÄndamål\n- bokning\n- nyhetsbrev\nBokningen sker enligt avtal och "
        "nyhetsbrevet med ditt samtycke.\n" + RETENTION_ONLY_SV,
    ],
)
def test_a_basis_given_to_all_purposes_at_once_or_to_each_by_name_is_their_basis(text):
    assert "missing-legal-basis" not in codes(text)


def test_a_basis_given_to_one_purpose_by_name_leaves_the_other_without_one():
    text = (
        CONTROLLER
        + "\nKäsittelyn tarkoitukset\n- ajanvaraus\n- asiakaskyselyt\nAjanvaraus perustuu "
        "sopimukseen.\n" + RETENTION_ONLY_FI
    )
    assert "missing-legal-basis" in codes(text)


OTHER_RIGHTS_FI = (
    " Voit pyytää korjaamaan, poistamaan ja rajoittamaan käsittelyä sekä siirtämään tiedot. Voit "
    "valittaa tietosuojavaltuutetulle.\n"
)
OTHER_RIGHTS_SV = (
    " Du kan begära rättelse, radering, begränsning och flytt av uppgifterna. Du kan klaga hos "
    "dataombudsmannen.\n"
)


@pytest.mark.parametrize(
    "text",
    [
        FI_COVERED + "\nOikeutesi\nHalutessasi lähetämme sinulle kaikki tietosi." + OTHER_RIGHTS_FI,
        SV_COVERED
        + "\nDina rättigheter\nDu kan få ut alla uppgifter vi har om dig."
        + OTHER_RIGHTS_SV,
        SV_COVERED + "\nDina rättigheter\nDu får se din journal när du vill." + OTHER_RIGHTS_SV,
    ],
)
def test_one_s_data_handed_over_or_seen_states_the_right_of_access(text):
    assert "missing-right-access" not in codes(text)


def test_getting_out_what_one_gave_is_portability_not_access():
    text = (
        SV_COVERED + "\nDina rättigheter\nDu har rätt att få dina uppgifter rättade, raderade och "
        "begränsade och att få ut de uppgifter du gett mig. Du kan klaga hos dataombudsmannen.\n"
    )
    assert "missing-right-access" in codes(text)


def test_data_one_must_give_is_a_requirement_statement():
    text = (
        KONTROLLER + "\nÄndamål\nBokning. Grunden är avtalet.\nUppgifter\nDu måste uppge namn och "
        "telefonnummer för att boka.\n" + RETENTION_ONLY_SV
    )
    assert "missing-requirement-statement" not in codes(text)


def test_only_the_data_needed_is_minimisation_not_a_requirement_statement():
    text = (
        KONTROLLER + "\nÄndamål\nFotografering. Grunden är avtalet.\nUppgifter\nVi samlar endast "
        "in de uppgifter som behövs för uppdraget.\n" + RETENTION_ONLY_SV
    )
    assert "missing-requirement-statement" in codes(text)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (
            "missing-right-portability",
            SV_COVERED + "\nDina rättigheter\nDu har rätt att få tillgång till, rätta, radera och "
            "begränsa dina uppgifter. De uppgifter du själv har gett mig kan du få i en fil som en "
            "annan massörs eller mottagnings system kan läsa in. Du kan klaga hos "
            "dataombudsmannen.\n",
        ),
        (
            "missing-right-restriction",
            FI_COVERED + "\nOikeutesi\nVoit tarkastaa tietosi, pyytää korjaamaan tai poistamaan "
            "ne ja siirtää ne. Voit myös pyytää, että pidän tietosi vain tallessa enkä käytä niitä, "
            "kun selvitämme, ovatko ne oikein. Voit valittaa tietosuojavaltuutetulle.\n",
        ),
        (
            "missing-right-restriction",
            FI_COVERED + "\nOikeutesi\nVoit tarkastaa tietosi, pyytää korjaamaan tai poistamaan "
            "ne ja siirtää ne. Voit myös pyytää, että tietojasi ei käytetä siksi aikaa, kun "
            "selvitämme asian. Voit valittaa tietosuojavaltuutetulle.\n",
        ),
        (
            "missing-right-rectification",
            FI_COVERED + "\nOikeutesi\nVoit tarkastaa tietosi, pyytää poistamaan ne, rajoittaa "
            "käsittelyä ja siirtää ne. Voit valittaa tietosuojavaltuutetulle.\n"
            "\nEntä jos tiedoissa on virhe?\nJos merkinnässä on virhe, se korjataan.\n",
        ),
        (
            "missing-right-erasure",
            SV_COVERED + "\nDina rättigheter\nDu kan få tillgång till, rätta, begränsa och flytta "
            "dina uppgifter. Vill du att vi glömmer dig, säg till så tar vi bort allt. Du kan "
            "klaga hos dataombudsmannen.\n",
        ),
        (
            "missing-right-erasure",
            SV_COVERED + "\nDina rättigheter\nDu kan få tillgång till, rätta, begränsa och flytta "
            "dina uppgifter. Du kan be oss kasta ditt kundkort. Du kan klaga hos "
            "dataombudsmannen.\n",
        ),
        (
            "missing-right-rectification",
            FI_COVERED + "\nOikeutesi\nVoit tarkastaa tietosi, pyytää poistamaan ne, rajoittaa "
            "käsittelyä ja siirtää ne. Jos jokin tieto on väärin, kerro, niin päivitän sen. Voit "
            "valittaa tietosuojavaltuutetulle.\n",
        ),
        (
            "missing-right-rectification",
            SV_COVERED + "\nDina rättigheter\nDu kan få tillgång till, radera, begränsa och flytta "
            "dina uppgifter. Stämmer något inte, hör av dig så uppdaterar vi det. Du kan klaga hos "
            "dataombudsmannen.\n",
        ),
    ],
)
def test_rights_in_everyday_words_are_stated(code, text):
    assert code not in codes(text)


def test_saying_no_to_one_use_states_the_right_to_object():
    text = (
        SV_COVERED + "\nStatistik\nVi för statistik över besöken med stöd av vårt berättigade "
        "intresse. Vill du inte vara med i statistiken, säg till, så räknar vi inte med dig.\n"
    )
    assert "missing-right-objection" not in codes(text)


def test_an_act_the_keeper_takes_as_the_person_s_go_ahead_is_consent_by_conduct():
    text = (
        SV_COVERED + OVRIGT + "Kommer du tillbaka för ett andra samtal, tar jag det som ditt "
        "klartecken till att jag antecknar dina mål.\n"
    )
    assert "consent-by-conduct" in codes(text)


def test_a_compliment_taken_is_no_consent_by_conduct():
    text = SV_COVERED + OVRIGT + "Jag tar det som en komplimang när du kommer tillbaka.\n"
    assert "consent-by-conduct" not in codes(text)
