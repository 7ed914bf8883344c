"""The reader of round 14 (issue 18): probes in the lead's own wordings, each with its expected
findings written before it ran. A retention sentence with a time word and no measure
("säilytetään pitkään", "poistetaan myöhemmin", "tapauskohtainen", "då och då"), a criterion
ended by the keeper's judgement or the data's worth ("niin kauan kuin asiakkuus on meille
merkityksellinen", "så länge jag själv vill") or by the person's request to erase is a vague
period; a consent presumed ("utgår vi från att du godkänner") or given by joining a group is
consent by conduct.
"""

import pytest

from .notice_text import BASIS, CONTROLLER, GRUND, KONTROLLER, codes
from .test_check_round13 import DATA, UPPGIFTER

# Firm periods for the invoices and the photos; each probe adds the client data's statement.
FI = (
    CONTROLLER
    + DATA
    + BASIS
    + "\nSäilytysaika\nLaskut säilytetään kuusi vuotta kirjanpitolain mukaan. Kuvat poistetaan "
    "kahden vuoden kuluttua kuvauksesta. "
)
SV = (
    KONTROLLER
    + UPPGIFTER
    + GRUND
    + "\nLagringstid\nFakturorna sparas i sex år enligt bokföringslagen. Bilderna raderas två år "
    "efter fotograferingen. "
)
RIGHTS = (
    "\nOikeutesi\nSinulla on oikeus tarkastaa tietosi, pyytää niiden oikaisemista tai "
    "poistamista, rajoittaa käsittelyä ja siirtää tiedot toiselle. Voit tehdä valituksen "
    "tietosuojavaltuutetulle.\n"
)
RATTIGHETER = (
    "\nDina rättigheter\nDu har rätt att få tillgång till dina uppgifter, få dem rättade eller "
    "raderade, begränsa behandlingen och flytta dem. Du kan klaga hos dataombudsmannen.\n"
)
FI_COVERED = (
    FI
    + "Asiakkaan yhteys- ja varaustiedot poistetaan kolmen vuoden kuluttua viimeisestä käynnistä.\n"
)
SV_COVERED = (
    SV + "Kundens kontakt- och bokningsuppgifter raderas tre år efter det senaste besöket.\n"
)


@pytest.mark.parametrize(
    "statement",
    [
        "Asiakastietoja säilytetään harkintamme mukaan.",
        "Asiakastietoja säilytetään pitkään, jotta voimme palvella sinua jatkossakin.",
        "Asiakastietojen säilytysaika on tapauskohtainen.",
        "Asiakastietoja ei säilytetä tarpeettomasti.",
        "Vanhoja asiakastietoja poistetaan silloin tällöin.",
        "Asiakastiedot arkistoidaan ja poistetaan myöhemmin.",
        "Asiakastiedot säilytetään, kunnes ne vanhenevat.",
    ],
)
def test_a_time_word_with_no_measure_is_a_vague_period(statement):
    found = codes(FI + statement + "\n")
    assert "vague-retention" in found
    assert "retention-incomplete" not in found


@pytest.mark.parametrize(
    "statement",
    [
        "Hur länge kunduppgifterna sparas avgörs från fall till fall.",
        "Gamla kunduppgifter rensar vi bort då och då.",
        "Kunduppgifterna sparas länge, eftersom många kunder kommer tillbaka efter flera år.",
        "Kunduppgifterna sparas tills de blir inaktuella.",
    ],
)
def test_a_time_word_with_no_measure_is_a_vague_period_in_swedish(statement):
    assert "vague-retention" in codes(SV + statement + "\n")


@pytest.mark.parametrize(
    "text",
    [
        FI + "Asiakastiedot säilytetään niin kauan kuin asiakkuus on meille merkityksellinen.",
        FI + "Asiakastiedot pidetään tallessa niin pitkään kuin niistä on meille apua.",
        FI + "Asiakastiedot säilytetään, kunnes asiakas pyytää niiden poistamista.",
        SV + "Kunduppgifterna sparar jag så länge jag själv vill.",
        SV + "Kunduppgifterna sparas tills kunden begär att de raderas.",
    ],
)
def test_a_criterion_ended_by_a_judgement_or_a_request_to_erase_is_a_vague_period(text):
    assert "vague-retention" in codes(text + "\n")


@pytest.mark.parametrize(
    "text",
    [
        FI + "Asiakastiedot säilytetään niin kauan kuin olet asiakkaamme; voit pyytää tietojesi "
        "poistamista milloin tahansa.",
        FI + "Asiakastiedot säilytetään niin kauan kuin itse haluat olla asiakkaamme.",
        SV + "Kunduppgifterna sparas så länge du vill vara kund hos oss.",
        SV + "Kunduppgifterna sparas tills du ber oss radera dem, dock högst två år efter sista "
        "besöket.",
        SV + "Kunduppgifterna sparas inte i onödan, utan raderas två år efter det senaste besöket.",
        FI + "Kuinka pitkään tietoja säilytetään? Asiakastiedot poistetaan kahden vuoden kuluttua "
        "viimeisestä käynnistä.",
        FI + "Asiakastiedot poistetaan kahden vuoden kuluttua viimeisestä käynnistä, ellei asiakas "
        "pyydä poistamista aiemmin.",
        FI + "Asiakastietojen säilytysaika on tapauskohtainen, kuitenkin enintään kolme vuotta "
        "viimeisestä käynnistä.",
        FI + "Asiakastiedot poistetaan kolmen vuoden kuluttua viimeisestä käynnistä. Myöhemmin "
        "tehtävät varaukset aloittavat ajan alusta.",
    ],
)
def test_a_relationship_a_person_s_wish_or_a_bound_is_no_vague_period(text):
    found = codes(text + "\n")
    assert not {"vague-retention", "retention-incomplete"} & found


def test_a_newsletter_kept_until_the_person_asks_to_be_removed_has_a_criterion():
    text = (
        FI_COVERED.replace("varatut ajat,", "varatut ajat, uutiskirjeen tilaus,")
        + "Uutiskirjeen osoitteet säilytetään, kunnes pyydät poistamaan osoitteesi "
        "postituslistalta.\n"
    )
    assert not {"vague-retention", "retention-incomplete"} & codes(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Liittymällä ryhmän WhatsApp-keskusteluun hyväksyt, että puhelinnumeroasi käsitellään.",
        "Jatkamalla sivuston käyttöä annat luvan henkilötietojesi käsittelyyn.",
        "Oletamme, että asiakas hyväksyy terveystietojensa kirjaamisen, kun hän saapuu hoitoon.",
    ],
)
def test_joining_or_a_presumed_agreement_is_consent_by_conduct(sentence):
    assert "consent-by-conduct" in codes(FI_COVERED + RIGHTS + "\nMuuta\n" + sentence + "\n")


def test_a_presumed_agreement_is_consent_by_conduct_in_swedish():
    sentence = (
        "Om du kommer på behandling utgår vi från att du godkänner att vi antecknar dina "
        "hälsouppgifter."
    )
    assert "consent-by-conduct" in codes(SV_COVERED + RATTIGHETER + "\nÖvrigt\n" + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Lähettämällä lomakkeen vahvistat, että antamasi tiedot ovat oikein.",
        "Rastittamalla lomakkeen kohdan annat suostumuksen uutiskirjeen lähettämiseen.",
        "Tähän keskusteluun liittyvät tiedot poistetaan, kun ryhmä lopettaa.",
    ],
)
def test_confirming_data_a_tick_box_or_related_data_is_no_consent_by_conduct(sentence):
    assert "consent-by-conduct" not in codes(FI_COVERED + RIGHTS + "\nMuuta\n" + sentence + "\n")


# Found by fresh17 (open): the same readings in the lead's own wordings.


def test_a_list_in_the_rights_section_is_read_once_as_text_not_again_as_its_html():
    # "**" makes the importer keep rich text (html) beside the plain text; the list's tags must
    # not glue its items into one sentence, where one item's "ei" refused another's email
    text = (
        FI_COVERED + "\nOikeutesi\nSinulla on **oikeus**:\n- tarkastaa tietosi\n- pyytää tietojen "
        "poistamista, kun niitä ei enää tarvita\n- perua suostumus sähköpostilla\n- siirtää "
        "tiedot koneluettavassa muodossa\n- rajoittaa käsittelyä\n- pyytää oikaisua\nVoit "
        "tehdä valituksen tietosuojavaltuutetulle.\n"
    )
    assert "request-form-required" not in codes(text)


def test_a_card_s_validity_is_no_retention_period():
    text = (
        CONTROLLER
        + "Käsiteltävät tiedot\nAsiakkaan nimi ja puhelinnumero, laskut sekä lahjakortin ostajan "
        "nimi.\n\n"
        + BASIS
        + "\nSäilytysaika\nLaskut säilytetään kuusi vuotta kirjanpitolain mukaan. Lahjakortti on "
        "voimassa vuoden ostopäivästä.\n"
    )
    assert "retention-incomplete" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        FI + "Asiakastiedot poistetaan, kun hoitojakso on päättynyt ja lasku maksettu.",
        SV + "Kunduppgifterna raderas när paketet har levererats och reklamationstiden gått ut.",
    ],
)
def test_a_deletion_on_an_event_of_the_service_is_a_criterion(text):
    assert not {"vague-retention", "retention-incomplete"} & codes(text + "\n")


@pytest.mark.parametrize(
    "text",
    [
        FI + "Asiakastiedot poistetaan, kun niitä ei enää tarvita.",
        FI + "Asiakastiedot poistetaan, kun asiakas sitä pyytää.",
    ],
)
def test_a_deletion_when_no_longer_needed_or_on_request_is_no_criterion(text):
    assert {"vague-retention", "retention-incomplete"} & codes(text + "\n")


def test_a_waiting_list_needs_a_period_of_its_own():
    text = (
        FI_COVERED.replace("varatut ajat,", "varatut ajat, jonotuslista,")
        .replace("Asiakkaan yhteys- ja varaustiedot", "Ajanvaraushistoria")
        .replace(
            "viimeisestä käynnistä.",
            "viimeisestä käynnistä. Asiakkaan yhteystiedot säilytetään yhtä kauan.",
        )
    )
    assert "retention-incomplete" in codes(text)
    named = text + "Jonotuslista tyhjennetään jokaisen lukukauden lopussa.\n"
    assert "retention-incomplete" not in codes(named)


def test_a_waiting_list_kept_vaguely_is_not_excused_by_the_bookings_period():
    text = SV_COVERED.replace("bokade tider,", "bokade tider, väntelista,") + (
        "Namnen på väntelistan sparar vi minst ett halvår.\n"
    )
    assert "vague-retention" in codes(text)


def test_a_deletion_said_after_a_semicolon_with_then_has_the_event_before_it():
    text = SV_COVERED.replace("bokade tider,", "bokade tider, nyhetsbrevets e-postadresser,") + (
        "\nNyhetsbrev\nDu kan säga upp nyhetsbrevet när du vill; då raderas din adress från "
        "utskickslistan.\n"
    )
    assert "retention-incomplete" not in codes(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Du kan få de uppgifter du gett oss i en fil som en annan terapeut kan läsa in.",
        "Voit saada antamasi tiedot tiedostona, jonka toinen palveluntarjoaja voi ottaa käyttöön.",
    ],
)
def test_a_file_another_provider_can_read_is_the_right_to_portability(sentence):
    base = SV_COVERED + RATTIGHETER if sentence.startswith("Du") else FI_COVERED + RIGHTS
    base = base.replace(" och flytta dem", "").replace(" ja siirtää tiedot toiselle", "")
    assert "missing-right-portability" in codes(base)
    assert "missing-right-portability" not in codes(base + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Tulemalla kuvaukseen asiakas antaa luvan käyttää kuvia verkkosivuillani.",
        "Maksettu kurssimaksu katsotaan hyväksynnäksi tietojen käsittelylle.",
    ],
)
def test_coming_to_the_service_or_a_paid_fee_as_agreement_is_consent_by_conduct(sentence):
    assert "consent-by-conduct" in codes(FI_COVERED + RIGHTS + "\nMuuta\n" + sentence + "\n")


def test_a_paid_fee_counted_as_agreement_is_consent_by_conduct_in_swedish():
    sentence = "Inbetald kursavgift räknas som ditt godkännande av att vi behandlar dina uppgifter."
    assert "consent-by-conduct" in codes(SV_COVERED + RATTIGHETER + "\nÖvrigt\n" + sentence + "\n")


def test_a_course_s_registrations_kept_for_a_period_cover_the_client_data():
    text = (
        KONTROLLER
        + "Uppgifter som behandlas\nDeltagarens namn, telefonnummer och e-postadress samt "
        "fakturor.\n\n"
        + GRUND
        + "\nLagringstid\nAnmälningarna raderas ett år efter kursen. Fakturorna sparas i sex år "
        "enligt bokföringslagen.\n"
    )
    assert "retention-incomplete" not in codes(text)


@pytest.mark.parametrize(
    "statement",
    [
        "Asiakastiedot säilytetään, kunnes palveluvalikoima seuraavan kerran uudistetaan.",
        "Asiakastiedot säilytetään vähintään ensi kesään asti.",
    ],
)
def test_the_next_change_of_one_s_own_or_a_minimum_without_a_period_is_vague(statement):
    assert "vague-retention" in codes(FI + statement + "\n")


# Found by fresh18 (open): the same readings in the lead's own wordings.


@pytest.mark.parametrize(
    "statement",
    [
        "Asiakastietoja karsitaan ja vanhoja poistetaan sitä mukaa kuin ehdimme.",
        "Asiakastiedot jäävät kalenteriini jonkin aikaa.",
    ],
)
def test_deletion_as_the_keeper_finds_time_is_a_vague_period(statement):
    assert "vague-retention" in codes(FI + statement + "\n")


def test_the_foreseeable_future_is_a_vague_period():
    assert "vague-retention" in codes(SV + "Kunduppgifterna sparas under överskådlig tid.\n")


def test_a_purpose_with_a_footnote_has_the_footnote_s_basis():
    text = (
        CONTROLLER
        + "Käsittelyn tarkoitukset\n- Ajanvaraus: sopimus (6 art. 1 b)\n- Kuvien julkaisu "
        "kotisivuilla¹\n\n"
        + "Säilytysaika\nAsiakastiedot poistetaan kahden vuoden kuluttua viimeisestä käynnistä.\n\n"
        + "¹ Ajan varaaminen katsotaan luvaksi julkaista kuvia, joissa asiakas näkyy.\n"
    )
    found = codes(text)
    assert "consent-by-conduct" in found
    assert "missing-legal-basis" not in found


def test_a_purpose_that_refers_to_terms_taking_booking_as_consent_has_that_basis():
    text = (
        CONTROLLER
        + "Käsittelyn tarkoitukset\n- Ajanvaraus: sopimus (6 art. 1 b)\n- Tarjousviestit: ks. "
        "kohta 5\n\n"
        + "Säilytysaika\nAsiakastiedot poistetaan kahden vuoden kuluttua viimeisestä käynnistä.\n\n"
        + "5. Varausehdot\nVaraamalla ajan annat samalla luvan lähettää sinulle tarjouksia.\n"
    )
    found = codes(text)
    assert "consent-by-conduct" in found
    assert "missing-legal-basis" not in found


def test_data_that_go_to_my_accountant_have_a_recipient():
    text = FI_COVERED + "\nVastaanottajat\nLaskut menevät tilitoimistolleni.\n"
    assert "missing-recipients" not in codes(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Lapsen ilmoittaminen tanssitunneille katsotaan huoltajan suostumukseksi tietojen "
        "käsittelyyn.",
        "Lahjakortin lunastamalla hyväksyt, että tietosi tallennetaan asiakasrekisteriin.",
    ],
)
def test_registering_a_child_or_redeeming_a_card_as_agreement_is_consent_by_conduct(sentence):
    assert "consent-by-conduct" in codes(FI_COVERED + RIGHTS + "\nMuuta\n" + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Tackar du ja till en gratis provtimme, räknas det som ditt samtycke till att vi skickar "
        "dig erbjudanden.",
        "Den som löser in ett presentkort godkänner samtidigt att vi sparar hens namn i "
        "kundregistret.",
    ],
)
def test_accepting_an_offer_or_redeeming_a_card_is_consent_by_conduct_in_swedish(sentence):
    assert "consent-by-conduct" in codes(SV_COVERED + RATTIGHETER + "\nÖvrigt\n" + sentence + "\n")


def test_a_card_valid_for_a_time_in_a_table_s_retention_cell_is_a_criterion():
    text = (
        KONTROLLER
        + "Uppgifter som behandlas\nKundens namn, telefonnummer, klippkort och fakturor.\n\n"
        + GRUND
        + "\nLagringstid\nÄndamål | Rättslig grund | Lagringstid\nBokning och klippkort | avtal | "
        "så länge kortet är giltigt och ett år därefter\nFakturering | bokföringslagen | sex år\n"
    )
    assert not {"retention-incomplete", "vague-retention"} & codes(text)


def test_a_two_cell_row_until_unsubscribing_is_the_row_s_own_not_all_data():
    text = (
        KONTROLLER + "Uppgifter som behandlas\nKundens namn och telefonnummer, fakturor och "
        "ansökningar till sommarjobb.\n\n"
        + GRUND
        + "\nLagringstid\nData | Lagringstid\nNyheter om kurser | tills du avbeställer dem\n"
        "Fakturor | sex år enligt bokföringslagen\nKunduppgifter | två år efter senaste köpet\n"
    )
    assert "retention-incomplete" in codes(text)


def test_the_data_of_those_who_did_something_kept_vaguely_is_their_own_group():
    text = (
        SV_COVERED + "Uppgifterna om dem som deltagit i en provlektion sparas så länge de behövs.\n"
    )
    assert "vague-retention" in codes(text)


def test_an_application_for_a_benefit_is_no_job_application():
    text = (
        FI_COVERED.replace("laskut", "laskut, Kela-korvaushakemukset")
        + "Kela-hakemukset säilytetään kuusi vuotta.\n"
    )
    plain = FI_COVERED + "\nVastaanotamme myös työhakemuksia kesätöihin.\n"
    assert "retention-incomplete" not in codes(text)
    assert "retention-incomplete" in codes(plain)


# Consent by conduct in more grammar (the lead's probes, expectations written first).


@pytest.mark.parametrize(
    "sentence",
    [
        "Asiakassuhteen solmimalla asiakas antaa suostumuksensa henkilötietojensa käsittelyyn.",
        "Sähköpostin lähettäminen meille on suostumus siihen, että tallennamme yhteystietosi.",
        "Varauksen vahvistaminen merkitsee, että asiakas sallii tietojensa käsittelyn.",
        "Jos et halua tietojasi käsiteltävän, älä käytä palveluitamme.",
    ],
)
def test_entering_sending_confirming_or_a_service_refused_is_consent_by_conduct(sentence):
    assert "consent-by-conduct" in codes(FI_COVERED + RIGHTS + "\nMuuta\n" + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Kunder som handlar i vår webbutik har därmed godkänt behandlingen av sina uppgifter.",
        "Om du inte vill att vi behandlar dina uppgifter ska du inte boka tid hos oss.",
        "Vid bokning ges samtidigt samtycke till att uppgifterna sparas.",
        "När kunden skickar in formuläret anses kunden ha godkänt behandlingen av personuppgifter.",
    ],
)
def test_shopping_a_service_refused_or_booking_as_the_occasion_is_consent_by_conduct_in_swedish(
    sentence,
):
    assert "consent-by-conduct" in codes(SV_COVERED + RATTIGHETER + "\nÖvrigt\n" + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Med din anmälan ingår vi ett avtal, och uppgifterna behandlas för att fullgöra det.",
        "Genom att boka accepterar du avbokningsvillkoren.",
        "Du kan boka tid utan att samtycka till nyhetsbrevet.",
        "Kursen handlar om hur vi behandlar personuppgifter, och du godkänner kursvillkoren.",
    ],
)
def test_a_contract_terms_or_a_choice_is_no_consent_by_conduct_in_swedish(sentence):
    assert "consent-by-conduct" not in codes(
        SV_COVERED + RATTIGHETER + "\nÖvrigt\n" + sentence + "\n"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Kun varaat ajan, pyydämme erikseen suostumuksesi terveystietojen käsittelyyn.",
        "Jos et halua uutiskirjettä, voit jättää rastin pois varauslomakkeesta.",
        "Varauksen tekemällä syntyy sopimus, jonka täyttämiseksi käsittelemme tietojasi.",
    ],
)
def test_a_consent_asked_apart_a_choice_or_the_contract_is_no_consent_by_conduct(sentence):
    assert "consent-by-conduct" not in codes(FI_COVERED + RIGHTS + "\nMuuta\n" + sentence + "\n")


# Vague periods in more places (the lead's probes, expectations written first).


@pytest.mark.parametrize(
    "text",
    [
        FI.replace("Säilytysaika\n", "Kuinka kauan tietojani säilytetään?\n")
        + "Muut tiedot niin kauan kuin niitä tarvitaan.",
        SV.replace("Lagringstid\n", "Hur länge sparas mina uppgifter?\n")
        + "Övrigt så länge det behövs.",
        FI + "Asiakastiedot: niin kauan kuin ne ovat ajankohtaisia.",
    ],
)
def test_a_vague_answer_without_a_verb_is_a_vague_period(text):
    assert "vague-retention" in codes(text + "\n")


@pytest.mark.parametrize(
    "text",
    [
        FI + "Asiakastiedot säilytetään kaksi vuotta viimeisestä käynnistä, minkä jälkeen ne "
        "arkistoidaan toistaiseksi.",
        FI + "Asiakastiedot säilytetään kaksi vuotta viimeisestä käynnistä tai pidempään, jos "
        "katsomme sen tarpeelliseksi.",
        SV + "Kunduppgifterna sparas två år, men vi kan spara dem längre om vi anser det "
        "nödvändigt.",
        SV + "Kunduppgifterna sparas i två år eller tills vidare om kunden fortfarande är aktiv.",
    ],
)
def test_a_period_with_an_open_end_after_it_is_a_vague_period(text):
    assert "vague-retention" in codes(text + "\n")


@pytest.mark.parametrize(
    "text",
    [
        FI + "Asiakastiedot poistetaan kolmen vuoden kuluttua viimeisestä käynnistä; tarvittaessa "
        "aiemmin, jos pyydät.",
        SV + "Kunduppgifterna raderas senast tre år efter sista besöket, vid behov tidigare.",
        SV + "Kunduppgifterna sparas inte längre än tre år efter sista besöket, om du inte ber "
        "oss radera dem tidigare.",
    ],
)
def test_an_earlier_deletion_or_no_longer_than_is_no_open_end(text):
    assert not {"vague-retention", "retention-incomplete"} & codes(text + "\n")


# Request limits in more wordings (the lead's probes, expectations written first).


@pytest.mark.parametrize(
    "sentence",
    [
        "Tarkastus maksaa 10 €, joka maksetaan etukäteen.",
        "Ensimmäinen kopio on maksuton; jokaisesta uudesta tarkastuspyynnöstä laskutamme "
        "käsittelykulut.",
    ],
)
def test_a_fee_on_a_request_is_a_limit(sentence):
    assert "limits-free-requests" in codes(FI_COVERED + RIGHTS + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Vill du ha en kopia oftare än en gång per år tar vi ut 20 euro.",
        "Förfrågningar behandlas först när handläggningsavgiften är betald.",
        "För att utnyttja rätten till insyn tas en skälig ersättning ut.",
    ],
)
def test_a_fee_on_a_request_is_a_limit_in_swedish(sentence):
    assert "limits-free-requests" in codes(SV_COVERED + RATTIGHETER + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Avgifter: att se dina uppgifter kostar aldrig något, hur många gånger du än frågar.",
        "För ytterligare kopior kan vi ta ut en rimlig avgift.",
        "Det kostar ingenting att begära ett utdrag.",
    ],
)
def test_a_free_request_or_a_fee_for_further_copies_is_no_limit(sentence):
    assert "limits-free-requests" not in codes(SV_COVERED + RATTIGHETER + sentence + "\n")


# Found by fresh19 (open, false alarms on right notices): the readings in the lead's wordings.


def test_questions_under_an_empty_rights_heading_are_the_rights_section():
    text = (
        FI_COVERED
        + "\nOikeutesi – kysymyksiä ja vastauksia\n\nSaanko nähdä tietoni?\nKyllä, lähetän "
        "kopion.\n\nVoinko pyytää, että tietoni poistetaan?\nVoit.\n\nVoinko pyytää, että "
        "tietojasi ei käytetä sillä välin, kun asia selvitetään?\nVoit, rajoitan käsittelyä.\n\n"
        "Voinko siirtää tietoni toiselle?\nVoit, saat ne koneluettavassa muodossa.\n\nVoinko "
        "pyytää korjausta?\nVoit.\n\nVoit tehdä valituksen tietosuojavaltuutetulle.\n"
    )
    found = codes(text)
    assert not {"missing-right-erasure", "missing-right-restriction"} & found


def test_numbered_purposes_given_their_bases_by_number_or_ordinal_have_them():
    purposes = "Käsittelyn tarkoitukset\n1. Tuntien varaaminen\n2. Laskutus\n3. Uutiskirje\n\n"
    by_number = (
        "Kohta 1 perustuu sopimukseen. Kohta 2 on lakisääteinen velvoite (kirjanpitolaki). "
        "Kohta 3 perustuu suostumukseesi.\n\n"
    )
    by_ordinal = (
        "Ensimmäinen perustuu sopimukseemme, toinen kirjanpitolakiin ja kolmas suostumukseesi.\n\n"
    )
    retention = "Säilytysaika\nAsiakastiedot poistetaan kahden vuoden kuluttua.\n"
    assert "missing-legal-basis" not in codes(CONTROLLER + purposes + by_number + retention)
    assert "missing-legal-basis" not in codes(CONTROLLER + purposes + by_ordinal + retention)
    assert "missing-legal-basis" in codes(CONTROLLER + purposes + retention)


def test_health_spoken_of_then_not_recorded_needs_no_art_9_condition():
    text = FI_COVERED.replace(
        "-valokuvat.",
        "-valokuvat.\nJos sinulla on vamma tai sairaus, "
        "kerro siitä suullisesti. En kirjaa sitä mihinkään.",
    )
    assert "missing-special-category-condition" not in codes(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Voit pyytää, että jäädytän tietosi: säilytän ne, mutta en käytä niitä.",
        "Du kan be oss att frysa dina uppgifter medan saken utreds.",
    ],
)
def test_frozen_data_is_the_right_to_restriction(sentence):
    base = FI_COVERED + RIGHTS if sentence.startswith("Voit") else SV_COVERED + RATTIGHETER
    base = base.replace("rajoittaa käsittelyä ja ", "").replace("begränsa behandlingen och ", "")
    assert "missing-right-restriction" in codes(base)
    assert "missing-right-restriction" not in codes(base + sentence + "\n")


def test_a_signature_after_a_closing_is_the_controller():
    text = (
        "Tietosuojaseloste\n\nKäsittelyn tarkoitus ja peruste\nKäsittelen tietoja ajanvarausta "
        "varten. Peruste on sopimus.\n\nSäilytysaika\nAsiakastiedot poistetaan kahden vuoden "
        "kuluttua.\n\nMuutokset\nKerron muutoksista sähköpostilla.\n\nYstävällisin terveisin\n\n"
        "Maija Malli\nHieronta Malli, Y-tunnus 3006642-2\nKauppakatu 1, 00100 Helsinki\n"
        "maija@hieronta.example, 040 123 4567\n"
    )
    assert "missing-controller-contact" not in codes(text)
    unsigned = text.split("Ystävällisin terveisin")[0]
    assert "missing-controller-contact" in codes(unsigned)


@pytest.mark.parametrize(
    "statement",
    [
        "Asiakastiedot säilytetään arkistossamme niin kauan kuin arkisto on olemassa.",
        "Asiakastiedot jäävät sähköpostiini jonkin aikaa.",
    ],
)
def test_as_long_as_one_s_archive_exists_or_a_while_is_a_vague_period(statement):
    assert "vague-retention" in codes(FI + statement + "\n")


def test_a_list_emptied_every_week_has_a_criterion():
    text = SV_COVERED.replace("bokade tider,", "bokade tider, väntelista,") + (
        "Väntelistan töms varje söndag.\n"
    )
    assert not {"retention-incomplete", "vague-retention"} & codes(text)


def test_a_bound_of_one_year_said_without_a_number_bounds_a_criterion():
    text = FI_COVERED.replace("varatut ajat,", "varatut ajat, jonotuslista,") + (
        "Jonotuslistalla nimesi on, kunnes paikka järjestyy, kuitenkin enintään vuoden.\n"
    )
    assert not {"retention-incomplete", "vague-retention"} & codes(text)


def test_a_purpose_with_a_footnote_mark_takes_the_footnote_s_basis():
    from wagtail_seloste.notice.importer import import_text

    text = (
        KONTROLLER
        + "Ändamål\n– att boka tider ¹\n– att skicka nyhetsbrev ²\n\n"
        + "Lagringstid\nKunduppgifterna raderas två år efter sista besöket.\n\n"
        + "¹ Avtal (art. 6.1 b).\n² Ditt samtycke (art. 6.1 a).\n"
    )
    notice = import_text(text)
    purposes = [
        p for s in notice["sections"] if s["kind"] == "purposes" for p in s.get("purposes", [])
    ]
    assert [p["legal_basis"] for p in purposes] == ["b", "a"]


def test_questions_about_each_right_are_the_rights_section():
    text = (
        SV_COVERED
        + "\nKan jag få se vad du har sparat om mig?\nJa, du får en kopia.\n\nKan jag få mina "
        "uppgifter raderade?\nJa, allt utom fakturorna.\n\nKan jag ta med mina uppgifter till en "
        "annan coach?\nJa, i en maskinläsbar fil.\n\nKan jag begränsa behandlingen?\nJa.\n\n"
        "Vad händer om något är fel?\nSäg till, så rättar jag det. Du kan klaga hos "
        "dataombudsmannen.\n"
    )
    found = codes(text)
    assert (
        not {
            "missing-right-access",
            "missing-right-erasure",
            "missing-right-portability",
            "missing-right-restriction",
        }
        & found
    )


def test_a_closing_taken_for_a_heading_over_the_signature_is_the_controller():
    text = (
        "Om dina uppgifter\n\nVarför behandlar jag uppgifterna?\nFör bokningar. Grunden är "
        "avtalet.\n\nLagringstid\nKunduppgifterna raderas två år efter sista besöket.\n\n"
        "Varma hälsningar\nEmma Exempel\nCoaching Exempel, FO-nummer 3006642-2\nStorgatan 1, "
        "65100 Vasa\nemma@coaching.example\n"
    )
    assert "missing-controller-contact" not in codes(text)


def test_a_heading_that_says_what_you_can_do_is_the_rights_section():
    text = (
        SV_COVERED
        + "\nDet här kan du göra\nDu kan när som helst\n\n- fråga vad vi har sparat om dig och få "
        "en kopia\n- be oss rätta fel\n- be oss radera uppgifterna\n- be oss att bara förvara "
        "uppgifterna utan att använda dem\n- få uppgifterna i maskinläsbar form\n\nDu kan klaga "
        "hos dataombudsmannen.\n"
    )
    assert not {"missing-right-access", "missing-right-restriction"} & codes(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Väljer du kvitto per e-post, godkänner du samtidigt att vi skickar dig erbjudanden.",
        "Den som förnyar sitt kort anses därmed ha godkänt att besökshistoriken används för "
        "erbjudanden.",
    ],
)
def test_choosing_an_option_or_renewing_a_card_as_agreement_is_consent_by_conduct(sentence):
    assert "consent-by-conduct" in codes(SV_COVERED + RATTIGHETER + "\nÖvrigt\n" + sentence + "\n")


def test_withdrawing_by_choosing_another_service_is_no_consent_by_conduct():
    sentence = (
        "Samtycket kan du återkalla när som helst genom att välja besök på mottagningen i stället."
    )
    assert "consent-by-conduct" not in codes(
        SV_COVERED + RATTIGHETER + "\nÖvrigt\n" + sentence + "\n"
    )


@pytest.mark.parametrize(
    "statement",
    [
        "Hur länge kundkorten ligger kvar avgör ägaren från år till år.",
        "Kunduppgifterna finns för tillfället kvar i systemet; vi har ännu inte bestämt när de "
        "ska raderas.",
    ],
)
def test_the_keeper_deciding_as_it_goes_is_a_vague_period(statement):
    assert "vague-retention" in codes(SV + statement + "\n")


def test_a_vague_keeping_after_a_firm_period_is_the_same_data_s_open_end():
    text = SV + (
        "Kunduppgifterna sparas så länge kortet är giltigt och ett år efter att det gått ut. "
        "Därefter finns uppgifterna kvar i systemet tills vidare.\n"
    )
    assert "vague-retention" in codes(text)


def test_health_told_and_not_written_down_needs_no_art_9_condition_in_swedish():
    text = SV_COVERED.replace(
        "efter behandlingen.",
        "efter behandlingen.\nHar du en sjukdom, berätta det muntligt. Vi skriver inte ner det.",
    )
    assert "missing-special-category-condition" not in codes(text)


# The controller's contact (the lead's probes, expectations written first).


def _controller(lines):
    return (
        lines
        + "\n"
        + BASIS
        + "\nSäilytysaika\nAsiakastiedot poistetaan kahden vuoden kuluttua viimeisestä käynnistä.\n"
    )


@pytest.mark.parametrize(
    "lines",
    [
        "Rekisterinpitäjä: Hieronta Kuusi, Y-tunnus 3006642-2\nPuhelin: +358 40 000 0000\n",
        "Personuppgiftsansvarig: Massage Gran, FO-nummer 3006642-2\nAdress: Gatan 1, 00000 "
        "Staden\n",
    ],
)
def test_a_zero_filled_number_or_postal_code_is_a_placeholder(lines):
    assert "missing-controller-contact" in codes(_controller(lines))


def test_a_swedish_controller_on_one_line_with_an_address_is_a_contact():
    lines = "Personuppgiftsansvarig: Massage Gran, FO-nummer 3006642-2, Strandgatan 5, 65100 Vasa\n"
    assert "missing-controller-contact" not in codes(_controller(lines))


@pytest.mark.parametrize(
    "statement",
    [
        "Garantiuppgifterna sparas två år från köpet.",
        "Beställningsuppgifterna sparas två år.",
    ],
)
def test_a_compound_of_one_thing_s_data_is_no_statement_about_all_data(statement):
    # the photos and invoices have periods; the client's data only a thing's compound:
    # the statement is the client's, not an overview that covers the photos' consent list
    text = SV.replace("bokade tider,", "bokade tider, nyhetsbrevets adresser,") + statement + "\n"
    assert "retention-incomplete" in codes(text)


# Found by fresh20 (open, right notices): rights in plain words, in the lead's wordings.


@pytest.mark.parametrize(
    "sentence, right",
    [
        ("Jos puhelinnumerosi on vaihtunut, kerro, niin muutan sen oikeaksi.", "rectification"),
        ("Voit pyytää, etten käytä tietoa sillä välin kuin asiaa selvitetään.", "restriction"),
    ],
)
def test_a_right_in_plain_finnish_words_is_offered(sentence, right):
    base = FI_COVERED + (
        "\nOikeutesi\nVoit pyytää tietojesi poistamista ja saada tiedot koneluettavassa "
        "muodossa. Voit tehdä valituksen tietosuojavaltuutetulle.\n"
    )
    code = f"missing-right-{right}"
    assert code in codes(base)
    assert code not in codes(base + sentence + "\n")


@pytest.mark.parametrize(
    "sentence, right",
    [
        ("Är något fel ändrar vi det.", "rectification"),
        ("Du kan fråga vad vi vet om dig.", "access"),
        (
            "Du kan be oss att inte använda uppgifterna, bara spara dem, medan vi reder ut saken.",
            "restriction",
        ),
        ("Om vi är oense kan uppgiften ligga kvar orörd tills saken är utredd.", "restriction"),
        ("Vill du att jag river ditt kundkort gör jag det.", "erasure"),
    ],
)
def test_a_right_in_plain_swedish_words_is_offered(sentence, right):
    base = SV_COVERED + (
        "\nDina rättigheter\nDu kan klaga hos dataombudsmannen och få uppgifterna i "
        "maskinläsbar form.\n"
    )
    code = f"missing-right-{right}"
    assert code in codes(base)
    assert code not in codes(base + sentence + "\n")


@pytest.mark.parametrize(
    "heading",
    ["Det här kan du be mig om", "Vad får du bestämma?", "Vad kan jag be dig om?"],
)
def test_a_heading_that_says_what_you_may_ask_is_the_rights_section(heading):
    text = SV_COVERED + (
        f"\n{heading}\nDu kan få en kopia av dina uppgifter, få fel rättade och uppgifterna "
        "raderade, begränsa behandlingen och få uppgifterna i maskinläsbar form. Du kan klaga "
        "hos dataombudsmannen.\n"
    )
    assert "missing-rights" not in codes(text)
