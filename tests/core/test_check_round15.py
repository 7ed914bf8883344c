"""The reader of round 15 (issue 18): consent by conduct read from the sentence's shape. An act
of the person said as the means ("asettumalla"), the condition ("kun astut", "när du sätter
dig", "Öppnar du …"), the subject ("kirjautuminen merkitsee") or the time ("tullessaan"), then
the person's agreement to a keeper's act of processing, is consent by conduct whatever the
act's word (GDPR Art 4(11), 7(4)). Probes in the lead's own wordings, each with its expected
findings written before it ran.
"""

import pytest

from .notice_text import codes
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
