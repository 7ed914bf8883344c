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

DATA = (
    "Käsiteltävät tiedot\nAsiakkaan nimi, puhelinnumero ja sähköpostiosoite, varatut ajat, laskut "
    "sekä ennen ja jälkeen -valokuvat.\n\n"
)
UPPGIFTER = (
    "Uppgifter som behandlas\nKundens namn, telefonnummer och e-postadress, bokade tider, fakturor "
    "och foton före och efter behandlingen.\n\n"
)
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
