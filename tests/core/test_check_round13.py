"""The reader of round 13 (issue 18): probes in the lead's own wordings, each with its expected
findings written before it ran. A period borrowed from another group ("yhdessä asiakastietojen
kanssa", "lika länge som kunduppgifterna", "Detsamma gäller bilderna") covers the group that
borrows it; a pronoun as a retention sentence's data ("Ne poistetaan …") keeps the groups of the
sentence before, not the data as a whole; agreeing that one's name is recorded is agreeing to
processing; not booking without agreeing is a condition, not a denial.
"""

import pytest

from wagtail_seloste.notice.importer.retention import read_rules

from .notice_text import BASIS, CONTROLLER, GRUND, KONTROLLER, codes

DATA = (
    "Käsiteltävät tiedot\nAsiakkaan nimi, puhelinnumero ja sähköpostiosoite, varatut ajat, laskut "
    "sekä ennen ja jälkeen -valokuvat.\n\n"
)
UPPGIFTER = (
    "Uppgifter som behandlas\nKundens namn, telefonnummer och e-postadress, bokade tider, fakturor "
    "och foton före och efter behandlingen.\n\n"
)
FI = CONTROLLER + DATA + BASIS + "\nSäilytysaika\n"
SV = KONTROLLER + UPPGIFTER + GRUND + "\nLagringstid\n"


@pytest.mark.parametrize(
    "retention",
    [
        FI + "Asiakkaan yhteystiedot ja varaushistoria säilytetään kaksi vuotta viimeisen käynnin "
        "jälkeen. Kuvat säilytetään yhdessä asiakastietojen kanssa. Laskut säilytetään kuusi vuotta.",
        FI
        + "Valokuvat säilytetään yhtä kauan kuin muut asiakastiedot eli kaksi vuotta viimeisestä "
        "käynnistä. Laskut säilytetään kuusi vuotta.",
        FI + "Asiakaskortin tiedot poistan kolmen vuoden kuluttua viimeisestä käynnistä. Kuvat "
        "poistuvat samaan aikaan. Laskut säilytän kuusi vuotta.",
        FI
        + "Asiakastiedot säilytän kaksi vuotta viimeisestä käynnistä. Kuvat säilytän yhtä kauan. "
        "Laskut säilytän kuusi vuotta.",
        SV + "Dina kontaktuppgifter och bokningshistoriken sparas i två år efter ditt senaste "
        "besök. Tillsammans med dem raderas även bilderna. Fakturor sparas sex år.",
        SV + "Kunduppgifterna sparas två år efter senaste besöket. Bilderna sparas lika länge. "
        "Fakturorna sparas sex år.",
        SV + "Kunduppgifterna sparas två år efter senaste besöket. Fakturorna sparas i sex år. "
        "Detsamma gäller bilderna.",
    ],
)
def test_a_period_borrowed_from_another_group_covers_the_group(retention):
    assert "retention-incomplete" not in codes(retention + "\n")


@pytest.mark.parametrize(
    "retention",
    [
        # the group lent from has no period of its own
        SV + "Fakturorna sparas i sex år. Bilderna sparas lika länge som kunduppgifterna.",
        FI + "Laskut säilytetään kuusi vuotta. Kuvat säilytetään yhdessä asiakastietojen kanssa.",
        # a denial borrows nothing
        FI + "Asiakastiedot säilytetään kaksi vuotta viimeisestä käynnistä. Laskut säilytetään "
        "kuusi vuotta. Kuvia ei säilytetä yhtä kauan.",
    ],
)
def test_a_period_borrowed_from_nothing_leaves_the_group_uncovered(retention):
    assert "retention-incomplete" in codes(retention + "\n")


FI_PLAIN = (
    CONTROLLER
    + (
        "Käsiteltävät tiedot\nAsiakkaan nimi, puhelinnumero ja sähköpostiosoite, varatut ajat ja "
        "laskut.\n\n"
    )
    + BASIS
    + "\n"
)
SV_PLAIN = (
    KONTROLLER
    + (
        "Uppgifter som behandlas\nKundens namn, telefonnummer och e-postadress, bokade tider och "
        "fakturor.\n\n"
    )
    + GRUND
    + "\n"
)


@pytest.mark.parametrize(
    "text",
    [
        FI_PLAIN + "Valokuvat\nOtamme hoidosta ennen ja jälkeen -kuvia. Ne poistetaan kahden "
        "vuoden kuluttua.\n\nSäilytysaika\nLaskut säilytetään kuusi vuotta.\n",
        SV_PLAIN + "Bilder\nVi tar bilder före och efter behandlingen. De raderas efter två år."
        "\n\nLagringstid\nFakturorna sparas sex år.\n",
    ],
)
def test_a_pronoun_as_the_data_keeps_the_groups_of_the_sentence_before(text):
    # The client data has no period: the photographs' period is not the data's as a whole.
    assert "retention-incomplete" in codes(text)


def test_a_pronoun_after_a_covered_notice_raises_nothing():
    text = (
        SV_PLAIN
        + "Lagringstid\nKunduppgifterna sparas två år efter senaste besöket. Fakturorna sparas "
        "sex år.\n\nBilder\nVi tar bilder före och efter behandlingen. De raderas efter ett år.\n"
    )

    assert "retention-incomplete" not in codes(text)


def test_the_keeper_as_the_subject_leaves_the_object_as_the_imported_rule_s_data():
    rules = read_rules([_Line("Vi sparar fakturorna i sex år, och därefter raderas de.")])

    assert [r["data"] for r in rules] == ["Fakturorna"]


def test_a_pronoun_as_the_subject_gives_no_imported_rule():
    assert read_rules([_Line("Ne poistetaan kahden vuoden kuluttua.")]) == []


class _Line:
    def __init__(self, item):
        self.item = item


@pytest.mark.parametrize(
    "sentence",
    [
        "Tunnille saapumalla osallistuja hyväksyy, että hänen nimensä kirjataan läsnäololistaan.",
        "Osallistumalla kurssille hyväksyt, että sinusta otettuja kuvia julkaistaan Instagramissa.",
        "Varaamalla ajan asiakas hyväksyy, että hänelle lähetetään muistutus tekstiviestillä.",
        "Ajanvarausta ei voi tehdä hyväksymättä samalla tietojen tallentamista.",
    ],
)
def test_agreeing_to_a_record_or_a_publication_by_conduct_is_consent_by_conduct(sentence):
    assert "consent-by-conduct" in codes(CONTROLLER + BASIS + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Genom att delta godkänner du att ditt namn antecknas på närvarolistan.",
        "Genom att anmäla dig godkänner du att bilder från lektionen publiceras på vår webbplats.",
        "Du kan inte boka utan att samtidigt godkänna att vi sparar dina uppgifter.",
    ],
)
def test_agreeing_to_a_record_or_a_publication_by_conduct_in_swedish(sentence):
    assert "consent-by-conduct" in codes(KONTROLLER + GRUND + sentence + "\n")


@pytest.mark.parametrize(
    "text",
    [
        CONTROLLER + BASIS + "Tunnille saapumalla osallistuja hyväksyy tuntien säännöt.\n",
        CONTROLLER + BASIS + "Ajanvarausta ei voi tehdä hyväksymättä peruutusehtoja.\n",
        CONTROLLER + BASIS + "Kuvia ei julkaista ilman asiakkaan suostumusta.\n",
        CONTROLLER + BASIS + "Emme käsittele tietojasi ilman suostumustasi.\n",
        KONTROLLER + GRUND + "Du kan inte boka utan att godkänna avbokningsvillkoren.\n",
        KONTROLLER + GRUND + "Vi publicerar inga bilder utan att du godkänner det.\n",
    ],
)
def test_terms_or_a_consent_asked_before_publishing_are_no_consent_by_conduct(text):
    assert "consent-by-conduct" not in codes(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Bokningen tolkas som samtycke till behandlingen av personuppgifter.",
        "Kundkortet undertecknas vid första besöket och därmed godkänner kunden att uppgifterna "
        "sparas.",
    ],
)
def test_conduct_interpreted_as_consent_or_a_card_signed_is_consent_by_conduct(sentence):
    assert "consent-by-conduct" in codes(KONTROLLER + GRUND + sentence + "\n")


def test_signing_a_client_card_taken_as_acceptance_is_consent_by_conduct():
    sentence = "Asiakaskortin allekirjoittamalla asiakas hyväksyy tietojensa tallentamisen."

    assert "consent-by-conduct" in codes(CONTROLLER + BASIS + sentence + "\n")


@pytest.mark.parametrize(
    "text",
    [
        # signing a separate, explicit consent is a clear act
        CONTROLLER + BASIS + "Esitietolomakkeen terveystiedot käsittelemme nimenomaisella "
        "suostumuksella, jonka annat allekirjoittamalla lomakkeen erillisen suostumuskohdan.\n",
        # terms accepted in one statement, the data processed for the contract in the next
        KONTROLLER + GRUND + "Vid bokningen godkänner du våra bokningsvillkor; dina uppgifter "
        "behandlas för att fullgöra avtalet.\n",
    ],
)
def test_a_signed_separate_consent_or_terms_beside_the_contract_are_no_consent_by_conduct(text):
    assert "consent-by-conduct" not in codes(text)


FI_INVOICES = (
    CONTROLLER
    + "Käsiteltävät tiedot\nNimi, puhelinnumero, sähköposti ja laskut.\n\n"
    + BASIS
    + "\nSäilytysaika\nLaskut säilytetään kuusi vuotta kirjanpitolain mukaan. "
)
SV_INVOICES = (
    KONTROLLER
    + "Uppgifter som behandlas\nNamn, telefonnummer, e-post och fakturor.\n\n"
    + GRUND
    + "\nLagringstid\nFakturorna sparas i sex år enligt bokföringslagen. "
)


@pytest.mark.parametrize(
    "text",
    [
        FI_INVOICES + "Asiakastietoja säilytetään, kunnes toisin ilmoitetaan.",
        FI_INVOICES + "Asiakastiedot säilytetään vähintään kaksi vuotta.",
        SV_INVOICES + "Kunduppgifterna sparas i minst två år.",
        FI_INVOICES + "Asiakastiedot säilytetään kaksi vuotta, tarvittaessa pidempään.",
        SV_INVOICES + "Kunduppgifterna sparas två år eller längre vid behov.",
        FI_INVOICES + "Asiakastiedot säilytetään tarpeidemme mukaan.",
        FI_INVOICES + "Asiakastiedot säilytetään lakien salliman ajan.",
    ],
)
def test_an_open_end_a_minimum_or_the_keeper_s_needs_is_a_vague_period(text):
    assert "vague-retention" in codes(text + "\n")


@pytest.mark.parametrize(
    "text",
    [
        FI_INVOICES + "Asiakastiedot säilytetään kaksi vuotta. Kirjanpitoaineisto säilytetään "
        "vähintään kuusi vuotta kirjanpitolain mukaisesti.",
        FI_INVOICES + "Asiakastiedot säilytetään kaksi vuotta, tai pidempään, jos laki sitä "
        "vaatii.",
        SV_INVOICES + "Kunduppgifterna sparas högst två år.",
    ],
)
def test_the_law_s_minimum_or_a_maximum_is_no_vague_period(text):
    assert "vague-retention" not in codes(text + "\n")


def test_an_interval_between_requests_limits_free_requests():
    text = (
        CONTROLLER
        + BASIS
        + "\nOikeutesi\nSinulla on oikeus tarkastaa tietosi. Tarkastuspyyntöjä voi tehdä puolen "
        "vuoden välein.\n"
    )

    assert "limits-free-requests" in codes(text)


def test_an_address_taken_off_the_list_when_the_letter_is_cancelled_has_a_criterion():
    text = (
        KONTROLLER
        + "Uppgifter som behandlas\nNamn, e-post och nyhetsbrev.\n\n"
        + GRUND
        + "\nLagringstid\nKunduppgifterna raderas tre år efter det senaste köpet. Din adress tas "
        "bort ur utskickslistan när du säger upp nyhetsbrevet.\n"
    )

    assert "retention-incomplete" not in codes(text)


def test_photos_deleted_when_the_permission_is_withdrawn_in_a_purpose_have_a_criterion():
    text = (
        CONTROLLER
        + "Käsiteltävät tiedot\nNimi, puhelinnumero, sähköposti, valokuvat ja laskut.\n\n"
        + BASIS
        + "Valokuvia julkaisen luvallasi; kuvat poistan heti, kun perut luvan.\n\n"
        + "Säilytysaika\nAsiakastiedot säilytetään kaksi vuotta viimeisestä käynnistä. Laskut "
        "kuusi vuotta.\n"
    )

    assert "retention-incomplete" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        SV_INVOICES + "Kunduppgifterna raderas enligt vår gallringsplan.",
        FI_INVOICES + "Asiakastietojen säilytysajat määritellään sisäisessä ohjeessamme.",
        FI_INVOICES + "Asiakastiedot poistetaan, kun niiden säilyttämiselle ei ole enää "
        "perustetta.",
        SV_INVOICES + "Kunduppgifterna sparas så länge det finns en rättslig grund för det.",
        FI_INVOICES + "Asiakastietoja säilytetään tavanomaisen ajan.",
        SV_INVOICES + "Kunduppgifterna sparas i enlighet med branschpraxis.",
        FI_INVOICES + "Asiakastiedot säilytetään niin pitkään kuin asiakas käyttää palveluitamme "
        "ja sen jälkeen harkinnan mukaan.",
        SV_INVOICES + "Kunduppgifter gallras när de inte längre är aktuella.",
    ],
)
def test_an_undisclosed_plan_a_lasting_ground_or_custom_is_a_vague_period(text):
    assert "vague-retention" in codes(text + "\n")


@pytest.mark.parametrize(
    "text",
    [
        SV_INVOICES + "Kunduppgifterna sparas så länge du är kund hos oss.",
        FI_INVOICES + "Asiakastiedot poistetaan kahden vuoden kuluttua asiakassuhteen "
        "päättymisestä.",
    ],
)
def test_a_relationship_or_a_period_after_it_is_no_vague_period(text):
    assert "vague-retention" not in codes(text + "\n")


@pytest.mark.parametrize(
    "text",
    [
        CONTROLLER + BASIS + "Suostumus katsotaan annetuksi, kun asiakas varaa ajan.\n",
        CONTROLLER + BASIS + "Sopimuksen hyväksymällä asiakas hyväksyy myös tietojensa "
        "käsittelyn.\n",
        KONTROLLER + GRUND + "Genom att godkänna avtalet godkänner du också behandlingen av "
        "dina personuppgifter.\n",
    ],
)
def test_consent_deemed_on_booking_or_bundled_with_the_contract_is_consent_by_conduct(text):
    assert "consent-by-conduct" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        CONTROLLER + BASIS + "Sopimuksen hyväksymällä asiakas hyväksyy palvelun ehdot ja "
        "hinnaston.\n",
        KONTROLLER + GRUND + "Genom att betala godkänner du betalningsvillkoren.\n",
    ],
)
def test_accepting_the_contract_s_terms_alone_is_no_consent_by_conduct(text):
    assert "consent-by-conduct" not in codes(text)


def test_a_basis_given_for_what_the_sentence_before_named_by_a_pronoun_is_its_basis():
    text = (
        KONTROLLER
        + "Ändamål\nUppgifterna används för att boka tider. Vi behandlar dem med stöd av avtalet "
        "mellan dig och salongen.\n"
    )

    assert "missing-legal-basis" not in codes(text)


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (
            "Nimi ja sähköposti. Kirjaamme myös ruoka-aineallergiat, jotta leivonnaiset ovat "
            "turvallisia.",
            "other",
        ),
        (
            "Namn och telefonnummer. Ryttarens hälsotillstånd, till exempel epilepsi eller diabetes, "
            "antecknas för säkerhetens skull.",
            "other",
        ),
        (
            "Nimi ja puhelinnumero. Kysymme verenpaineesta ja sydänsairauksista ennen saunomista.",
            "other",
        ),
    ],
)
def test_health_noted_by_a_bakery_a_stable_or_a_sauna_needs_an_art_9_condition(data, field):
    text = CONTROLLER + BASIS + "Käsiteltävät tiedot\n" + data + "\n"

    assert "missing-special-category-condition" in codes(text, field=field)


@pytest.mark.parametrize(
    "sentence",
    [
        "Lähetä pyyntö postitse osoitteeseemme. Sähköpostitse tulleisiin pyyntöihin emme vastaa.",
        "Pyynnöt käsitellään vain, jos ne on tehty kirjallisesti ja allekirjoitettu.",
    ],
)
def test_email_refused_or_a_signature_asked_is_a_required_form(sentence):
    text = CONTROLLER + BASIS + "\nOikeutesi\nSinulla on oikeus tarkastaa tietosi. " + sentence
    assert "request-form-required" in codes(text + "\n")


def test_requests_only_through_the_form_on_the_website_is_a_required_form():
    text = (
        KONTROLLER
        + GRUND
        + "\nDina rättigheter\nDu har rätt att få tillgång till dina uppgifter. Begäran tas emot "
        "enbart via formuläret på vår webbplats.\n"
    )

    assert "request-form-required" in codes(text)


def test_asking_for_proof_of_identity_is_no_required_form():
    text = (
        KONTROLLER
        + GRUND
        + "\nDina rättigheter\nDu har rätt att få tillgång till dina uppgifter. Vi kan be dig "
        "styrka din identitet innan vi lämnar ut uppgifter.\n"
    )

    assert "request-form-required" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        CONTROLLER + BASIS + "Kun asiakas saapuu ensimmäiselle käynnille, hänen katsotaan "
        "hyväksyneen tämän selosteen.\n",
        KONTROLLER + GRUND + "Medlemskapet innebär samtycke till att föreningen behandlar "
        "medlemmens personuppgifter.\n",
        CONTROLLER + BASIS + "Jäsenyys edellyttää, että jäsen hyväksyy tietojensa käsittelyn.\n",
        KONTROLLER + GRUND + "Om du inte godkänner behandlingen kan du inte använda tjänsten.\n",
        CONTROLLER + BASIS + "Jos et hyväksy tietojesi käsittelyä, et voi käyttää palvelua.\n",
    ],
)
def test_a_membership_or_a_service_conditioned_on_agreeing_is_consent_by_conduct(text):
    assert "consent-by-conduct" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        CONTROLLER + BASIS + "Palvelun käyttäminen ei edellytä suostumusta; käsittely perustuu "
        "sopimukseen.\n",
        KONTROLLER + GRUND + "Du behöver inte samtycka till något för att boka en tid.\n",
    ],
)
def test_a_service_that_needs_no_consent_is_no_consent_by_conduct(text):
    assert "consent-by-conduct" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        FI_INVOICES + "Asiakastiedot säilytämme niin kauan kuin niille on käyttöä.",
        FI_INVOICES + "Asiakastietoja säilytetään useita vuosia.",
        SV_INVOICES + "Kunduppgifterna sparas i några år.",
    ],
)
def test_a_use_that_lasts_or_an_uncounted_number_of_years_is_a_vague_period(text):
    assert "vague-retention" in codes(text + "\n")


@pytest.mark.parametrize(
    "text",
    [
        KONTROLLER + GRUND + "Man kan boka en tid utan att godkänna att vi sparar bilder.\n",
        CONTROLLER + BASIS + "Voit varata ajan hyväksymättä kuvien julkaisemista.\n",
    ],
)
def test_booking_without_agreeing_said_as_a_choice_is_no_consent_by_conduct(text):
    assert "consent-by-conduct" not in codes(text)


def test_a_group_named_before_likaså_borrows_the_period_before():
    text = (
        KONTROLLER
        + "Uppgifter som behandlas\nNamn, e-post, bilderna från fotograferingen och fakturor.\n\n"
        + GRUND
        + "\nLagringstid\nBilderna sparar jag i fem år efter fotograferingen. Kontaktuppgifterna "
        "likaså. Fakturorna sparas sex år enligt bokföringslagen.\n"
    )

    assert "retention-incomplete" not in codes(text)
