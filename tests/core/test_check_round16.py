"""The reader of round 16 (issue 18): the one-person business's own voice. A keeper who writes in
the first person singular ("kuvaan", "jaan", "säilytän"; "jag fotar", "jag sparar") does what a
"we" does: an act of the person taken as agreement to it is consent by conduct (GDPR Art 4(11),
7(4)), and a period bound to the keeper's own wish or use is vague (Art 13(2)(a)). Probes in the
lead's own wordings, each with its expected findings written before it ran.
"""

import pytest

from .notice_text import codes
from .test_check_round14 import FI_COVERED, SV_COVERED
from .test_check_round15 import RETENTION_FI, RETENTION_SV

OTHER = "\nMuuta\n"
OVRIGT = "\nÖvrigt\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Kun saavut ensimmäiselle treenille, annat samalla luvan siihen, että kuvaan "
        "liikesuorituksiasi ja jaan videot valmennusryhmässä.",
        "Varaamalla ajan hyväksyt, että säilytän kuvat hiuksistasi portfoliossani.",
        "Tulemalla tunnille hyväksyt, että kerään sykemittarisi tiedot ja analysoin ne.",
        "Kun lähetät minulle viestin, suostut siihen, että tallennan keskustelun.",
        "Hoitoon tullessasi hyväksyt, että kirjaan vaivasi muistiin.",
        "Asiakkaana hyväksyt, että valokuvaan kynsitaiteen ja julkaisen kuvat Instagramissa.",
    ],
)
def test_an_act_taken_as_agreeing_to_what_i_do_is_consent_by_conduct(sentence):
    assert "consent-by-conduct" in codes(FI_COVERED + OTHER + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "När du kommer till passet godkänner du att jag fotar dig och delar bilderna i gruppen.",
        "Genom att boka en tid går du med på att jag sparar bilder på frisyren.",
        "Kommer du på första träffen godkänner du samtidigt att jag antecknar dina mål.",
        "Genom att skicka ett meddelande godkänner du att jag lagrar konversationen.",
    ],
)
def test_an_act_taken_as_agreeing_to_what_i_do_is_consent_by_conduct_in_swedish(sentence):
    assert "consent-by-conduct" in codes(SV_COVERED + OVRIGT + sentence + "\n")


@pytest.mark.parametrize(
    "text",
    [
        FI_COVERED + OTHER + "Ennen kuin kuvaan, kysyn sinulta erikseen kirjallisen luvan.\n",
        FI_COVERED + OTHER + "Kun saavut, kerron sinulle, miten kirjaan tiedot.\n",
        FI_COVERED + OTHER + "Varaamalla ajan hyväksyt, että perin peruuttamattomasta ajasta "
        "puolet hinnasta.\n",
        FI_COVERED + OTHER + "Kun tilaat uutiskirjeeni, hyväksyt, että lähetän sen sinulle.\n",
        SV_COVERED + OVRIGT + "Jag frågar alltid separat innan jag fotar dig.\n",
        SV_COVERED + OVRIGT + "När du bokar godkänner du att jag tar ut en avgift om du uteblir.\n",
    ],
)
def test_my_own_separate_question_terms_or_a_subscription_are_no_consent_by_conduct(text):
    assert "consent-by-conduct" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        RETENTION_FI + "Treenipäiväkirjat säilytän niin kauan kuin niistä on minulle iloa.\n",
        RETENTION_FI + "Asiakastiedot säilytän, kunnes vaihdan tietokonetta.\n",
        RETENTION_FI + "Asiakaskortit pidän puhelimessani, kunnes puhelin hajoaa.\n",
        RETENTION_SV + "Kunduppgifterna sparar jag så länge jag har glädje av dem.\n",
        RETENTION_SV + "Kunduppgifterna sparar jag tills jag byter dator.\n",
    ],
)
def test_a_period_bound_to_my_own_wish_or_use_is_vague(text):
    assert "vague-retention" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        RETENTION_FI + "Poistan asiakastiedot kahden vuoden kuluttua viimeisestä käynnistä.\n",
        RETENTION_SV + "Kunduppgifterna raderar jag två år efter ditt senaste besök.\n",
        RETENTION_FI + "Asiakastiedot siirrän uudelle tietokoneelle, kun vaihdan konetta, ja "
        "poistan ne kolmen vuoden kuluttua viimeisestä käynnistä.\n",
    ],
)
def test_a_firm_period_in_my_own_voice_is_no_vague_period(text):
    assert "vague-retention" not in codes(text)
