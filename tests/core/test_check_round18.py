"""The reader of round 18 (issue 18): a criterion must name what ends the keeping.

A retention criterion ("kunnes …", "niin kauan kuin …", "så länge …", "tills …") is a period
only when its clause names something that ends: a relationship or service of the person's, the
person, their consent, a law or a claim, a matter settled, something done by then. A clause that
names none of these leaves the end to the keeper ("niin kauan kuin meillä riittää levytilaa",
"så länge det går") and is vague (GDPR Art 13(2)(a); WP260 rev.01). Probes in the lead's own
wordings, each with its expected findings written before it ran.
"""

import pytest

from .notice_text import claims_of, codes
from .test_check_round14 import FI_COVERED, SV_COVERED
from .test_check_round15 import RETENTION_FI, RETENTION_SV


@pytest.mark.parametrize(
    "text",
    [
        RETENTION_FI + "Asiakastiedot säilytän niin kauan kuin meillä riittää levytilaa.\n",
        RETENTION_FI + "Palautelomakkeet pidetään tallessa niin kauan kuin se on mahdollista.\n",
        RETENTION_FI + "Sähköpostit säilyvät niin kauan kuin postilaatikko antaa myöten.\n",
        RETENTION_FI + "Asiakaskortit säilytän, kunnes tulee sopiva hetki käydä ne läpi.\n",
        RETENTION_SV + "Kundkorten sparas så länge det går.\n",
        RETENTION_SV + "Mejlen sparas så länge inkorgen tillåter.\n",
        RETENTION_SV + "Kontaktuppgifterna finns kvar så länge sidan är uppe.\n",
        RETENTION_SV + "Anteckningarna sparar jag tills jag har hunnit gå igenom dem.\n",
        # the keeper's studio going on is no end the person can check ("stud" of a student is)
        RETENTION_FI + "Asiakastiedot säilytetään niin kauan kuin studio toimii.\n",
    ],
)
def test_a_criterion_that_names_nothing_that_ends_is_vague(text):
    assert "vague-retention" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        RETENTION_FI + "Lahjakortin ostajan tiedot säilytän, kunnes kortti on lunastettu.\n",
        RETENTION_FI + "Vuokralaisten tiedot säilytetään niin kauan kuin vuokrasuhde jatkuu.\n",
        RETENTION_FI + "Reklamaatioviestit säilytän, kunnes reklamaatio on ratkaistu.\n",
        RETENTION_FI + "Lasten tiedot säilytetään niin kauan kuin lapsi käy tunneilla.\n",
        RETENTION_SV + "Uppgifterna om hunden sparas så länge hunden går på dagiset.\n",
        RETENTION_SV + "Elevens uppgifter sparas tills eleven slutar i musikskolan.\n",
        RETENTION_SV + "Pappersblanketterna förvaras tills de har skannats in.\n",
        RETENTION_SV + "Inspelningen sparas tills ärendet är avslutat.\n",
        RETENTION_SV + "Journalens kopior sparas lika länge som journalen.\n",
    ],
)
def test_a_criterion_that_names_an_end_is_no_vague_period(text):
    assert "vague-retention" not in codes(text)


OTHER = "\nMuuta\n"
OVRIGT = "\nÖvrigt\n"


@pytest.mark.parametrize(
    "text",
    [
        # the person's act, as a participle before the person, then their agreement
        FI_COVERED + OTHER + "Ensimmäiselle tunnille saapunut oppilas on samalla hyväksynyt, "
        "että hänen kuvansa julkaistaan koulun sivuilla.\n",
        # the keeper taking the person's act as a consent, the act in a clause of its own
        SV_COVERED + OVRIGT + "Varje sms du skickar till salongen ser vi som ett medgivande till "
        "att numret läggs till i vår utskickslista.\n",
        FI_COVERED + OTHER + "Jokaisen viestin, jonka lähetät meille, tulkitsemme luvaksi "
        "lisätä osoitteesi postituslistallemme.\n",
        SV_COVERED + OVRIGT + "Kommer du på prova-på-passet, anser vi det som ditt tillstånd att "
        "vi skickar erbjudanden till dig.\n",
    ],
)
def test_an_act_taken_as_consent_in_a_clause_of_its_own_is_consent_by_conduct(text):
    assert "consent-by-conduct" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        FI_COVERED + OTHER + "Tarjouksia lähetämme vain nykyisille asiakkaille, kuten laki "
        "sähköisen viestinnän palveluista sallii, ja jokaisessa viestissä on peruutuslinkki.\n",
        SV_COVERED + OVRIGT + "Vi ser inte din bokning som ett samtycke till marknadsföring.\n",
        SV_COVERED + OVRIGT + "Vi räknar bara en ikryssad ruta som ditt samtycke till "
        "nyhetsbrevet.\n",
    ],
)
def test_the_law_allowing_or_a_taking_denied_or_a_ticked_box_is_no_consent_by_conduct(text):
    assert "consent-by-conduct" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        # a while with no measure
        RETENTION_FI + "Luonnokset säilytän vielä hetken aikaa projektin jälkeen.\n",
        RETENTION_SV + "Utkasten sparar jag ett bra tag efter uppdraget.\n",
        # deleted some day of itself
        RETENTION_FI + "Vanhat asiakasmerkinnät poistuvat kansiosta aikanaan.\n",
        RETENTION_SV + "Gamla kundanteckningar gallras så småningom.\n",
        # when the keeper finds the time right or has the time
        RETENTION_SV + "Kundkorten rensas när det är dags.\n",
        RETENTION_FI + "Asiakaskortit hävitän, kun ehdin.\n",
        RETENTION_SV + "Kundkorten makulerar jag när jag hinner.\n",
        # kept on after the event, then with no end
        RETENTION_SV + "Kunduppgifterna ligger kvar även efter att kundrelationen upphört och "
        "gallras när tiden är inne.\n",
    ],
)
def test_a_while_some_day_or_the_keepers_time_is_vague(text):
    assert "vague-retention" in codes(text)


def test_a_table_rows_criterion_after_a_word_of_its_own_covers_the_row():
    text = (
        FI_COVERED.replace("varatut ajat,", "varatut ajat, uutiskirjeen tilaus,")
        # a row under a basis heading, its last cell the criterion after a word of its own
        + "\nKäsittelyn perusteet\nUutiskirje | sähköpostiosoite | suostumus | listalla, kunnes "
        "klikkaat kirjeen peruutuslinkkiä\n"
    )
    assert not {"vague-retention", "retention-incomplete"} & codes(text)


def test_the_subscribers_address_removed_on_unsubscribing_covers_the_newsletter():
    text = (
        SV_COVERED.replace("fakturor och foton", "fakturor, foton och nyhetsbrevets adresser")
        + "Prenumeranternas adresser tas bort när prenumerationen sägs upp.\n"
    )
    assert "nyhetsbrevets adresser" in text
    assert "retention-incomplete" not in codes(text)


def test_a_basis_given_to_the_processing_as_a_whole_covers_the_purposes_listed_before_it():
    text = (
        "Dataskyddsbeskrivning\n\nPersonuppgiftsansvarig\nSalong Exempel, FO-nummer 3006642-2, "
        "Storgatan 1, 10600 Ekenäs, info@salong.example\n\nÄndamål\n- tidsbokning\n"
        "- behandlingar och kundkort\n- fakturering\n\nBehandlingen grundar sig på avtalet med "
        "dig, utom faktureringen, som bokföringslagen (1336/1997) ålägger oss.\n"
    )
    assert "missing-legal-basis" not in codes(text)


@pytest.mark.parametrize(
    ("sentence", "right"),
    [
        ("Du får läsa din journal när du vill, säg bara till.", "access"),
        ("Voit lukea potilaskertomuksesi vastaanotolla milloin haluat.", "access"),
        ("Bokningsuppgifterna tar jag bort om du ber om det.", "erasure"),
        ("Ajanvaraustiedot poistan, jos pyydät.", "erasure"),
        (
            "Medan vi reder ut en oenighet om dina uppgifter kan du be mig att inte använda dem.",
            "restriction",
        ),
    ],
)
def test_a_right_said_in_plain_words_outside_a_rights_section_is_a_right(sentence, right):
    text = "Tietosuojaseloste\n\nMuuta\n" + sentence + "\n"
    assert right in {c.subject for c in claims_of(text, "right")}


def test_a_heading_that_says_what_you_can_demand_heads_the_rights():
    from wagtail_seloste.notice.importer.headings import heading_kind

    assert heading_kind("Det här kan du begära") == "rights"


def test_data_that_follow_the_same_schedule_borrow_the_period_before():
    text = (
        SV_COVERED.replace("Kundens kontakt- och bokningsuppgifter", "Anteckningarna")
        + "Namn och kontaktuppgifter följer samma tidtabell.\n"
    )
    assert "Anteckningarna raderas" in text
    found = [c for c in claims_of(text, "retention") if c.subject == "clients"]
    assert found and found[0].detail.get("borrowed")


LETTER_SV = (
    "Till dig som tränar hos mig\n\nTränare Exempel, FO-nummer 3006642-2, Storgatan 1, 10600 "
    "Ekenäs, info@tranare.example\n\nHej!\n\nNär du hör av dig sparar jag ditt namn och ditt "
    "telefonnummer. Vi bokar pass och jag skriver upp hur träningen går. Allt det här gör jag för "
    "att vi har ett avtal med varandra. Fakturorna sparar jag eftersom bokföringslagen kräver "
    "det.\n"
)


def test_purposes_told_in_prose_beside_their_bases_are_stated():
    assert "missing-purposes" not in codes(LETTER_SV)


def test_a_templates_purposes_left_as_an_instruction_are_missing_whatever_bases_follow():
    text = (
        "Tietosuojaseloste\n\nRekisterinpitäjä\nSiivous Esimerkki, Y-tunnus 3006642-2, "
        "Kauppakatu 1, 00100 Helsinki, info@siivous.example\n\nHenkilötietojen käsittelyn "
        "tarkoitus\n[Kirjoita tähän, mihin rekisterin tietoja käytetään.]\n\nKäsittelyn "
        "oikeusperuste\nRekisteröidyn ja rekisterinpitäjän välinen sopimussuhde.\n"
    )
    assert "missing-purposes" in codes(text)


def test_health_told_aloud_and_not_recorded_two_sentences_later_is_no_health_data():
    text = (
        FI_COVERED + "\nMuuta\nKerrotko ohjaajalle vammasta tai raskaudesta? Voit kertoa sen "
        "ohjaajalle suullisesti ennen tuntia, jotta hän osaa ehdottaa muunnelmia. Emme kirjaa "
        "sitä mihinkään.\n"
    )
    assert not {"missing-special-category-condition", "retention-incomplete"} & codes(text)


TABLE_FI = (
    "Tietosuojaseloste\n\nRekisterinpitäjä\nStudio Esimerkki, Y-tunnus 3006642-2, Kauppakatu 1, "
    "00100 Helsinki, info@studio.example\n\nMihin tietoja käytetään ja millä perusteella\n"
    "Käyttötarkoitus | Tiedot | Peruste\nAjanvaraus | nimi, puhelin | sopimus\n"
    "Syntymäpäiväviesti | nimi, syntymäpäivä | {basis}\n"
)


def test_a_table_row_with_an_empty_basis_cell_has_no_basis():
    assert "missing-legal-basis" in codes(TABLE_FI.format(basis="–"))


def test_a_table_row_with_its_basis_cell_filled_has_its_basis():
    assert "missing-legal-basis" not in codes(TABLE_FI.format(basis="suostumus"))


@pytest.mark.parametrize(
    ("sentence", "right"),
    [
        (
            "Voit pyytää, ettei asiakastietojasi käytetä sinä aikana, kun tarkistamme niitä.",
            "restriction",
        ),
        ("Voit pyytää, etten käsittele tietoja muuten kuin säilyttämällä.", "restriction"),
        ("Du kan be oss att bara förvara uppgifterna utan att använda dem.", "restriction"),
        (
            "Du får uppgifterna i en fil, så att en annan frisör kan föra över dem till sitt "
            "system.",
            "portability",
        ),
    ],
)
def test_restriction_and_portability_said_in_other_plain_words_are_rights(sentence, right):
    text = "Tietosuojaseloste\n\nMuuta\n" + sentence + "\n"
    assert right in {c.subject for c in claims_of(text, "right")}


@pytest.mark.parametrize(
    "heading",
    ["Mitä voit itse tehdä?", "Det här kan du be om", "Om du vill veta, ändra eller ta bort"],
)
def test_a_readers_question_or_wish_about_their_data_heads_the_rights(heading):
    from wagtail_seloste.notice.importer.headings import heading_kind

    assert heading_kind(heading) == "rights"


@pytest.mark.parametrize(
    "sentence",
    [
        "Kuitit ja maksutiedot säilytän kuusi vuotta, koska kirjanpitolaki sitä vaatii.",
        "Laskutan Kelalta sen korvaaman osuuden ja lähetän sille vaaditut tiedot, 30 euroa kuussa.",
    ],
)
def test_what_a_law_or_a_payer_requires_is_no_request_with_a_fee(sentence):
    text = FI_COVERED + "\nMuuta\n" + sentence + "\n"
    assert not claims_of(text, "right_limit")
