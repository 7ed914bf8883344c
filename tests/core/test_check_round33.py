"""Round 33 of the reader (issue 18): consent said to be part of a contract, made a condition of
the service, or noted as given at an act; the consent words' slips of the keyboard.

Each probe had its expected findings written before it ran and fails on stop 49's code
(3cffe3b) unless marked a guard.
"""

from .notice_text import codes
from .test_check_round14 import FI_COVERED, SV_COVERED


def _fi(sentence):
    return codes(FI_COVERED + "\nMarkkinointi\n" + sentence + "\n")


def _sv(sentence):
    return codes(SV_COVERED + "\nMarknadsföring\n" + sentence + "\n")


# A consent inside the contract (GDPR Art 7(2), 7(4), recital 43) ------------------------------


def test_a_marketing_consent_included_in_the_membership_agreement_is_conduct():
    found = _fi(
        "Markkinointisuostumus sisältyy jäsensopimukseen, jonka jäsen hyväksyy liittyessään."
    )

    assert "consent-by-conduct" in found


def test_a_swedish_consent_that_is_part_of_the_membership_agreement_is_conduct():
    assert "consent-by-conduct" in _sv("Samtycket till sms-utskicken ingår i medlemsavtalet.")


def test_an_agreement_said_to_contain_the_consent_is_conduct():
    # guard: read on stop 49's code already (an agreement bundled with an act)
    found = _fi("Jäsensopimus sisältää myös suostumuksen tarjousviestien lähettämiseen.")

    assert "consent-by-conduct" in found


def test_a_consent_said_not_to_be_part_of_the_agreement_is_no_conduct():
    # guard: the lawful way, said so
    found = _fi("Suostumus markkinointiin ei sisälly jäsensopimukseen, vaan se kysytään erikseen.")

    assert "consent-by-conduct" not in found


def test_billing_that_belongs_to_the_agreement_is_no_conduct():
    # guard: the contract's own processing
    assert "consent-by-conduct" not in _fi("Jäsensopimukseen kuuluu jäsenmaksujen laskutus.")


# Marketing made a condition of the service (GDPR Art 7(4)) ------------------------------------


def test_membership_refused_without_the_offers_is_conduct():
    found = _fi("Jos et hyväksy tarjousviestejä, et valitettavasti voi liittyä salin jäseneksi.")

    assert "consent-by-conduct" in found


def test_a_swedish_service_refused_without_the_sms_offers_is_conduct():
    found = _sv("Om du inte godkänner våra sms-erbjudanden kan du tyvärr inte bli medlem.")

    assert "consent-by-conduct" in found


def test_a_newsletter_not_sent_without_its_consent_is_no_conduct():
    # guard: only the marketing refused is lost, which is simply true
    found = _sv("Om du inte ger ditt samtycke till nyhetsbrevet kan du inte få nyhetsbrevet.")

    assert "consent-by-conduct" not in found


def test_a_service_refused_without_accepting_its_terms_is_no_conduct():
    # guard: the terms are the contract's, not a consent
    assert "consent-by-conduct" not in _fi(
        "Jos et hyväksy sopimusehtoja, et voi liittyä jäseneksi."
    )


# A consent noted as given at an act (GDPR Art 4(11), 7(2)) ------------------------------------


def test_a_consent_noted_as_given_when_buying_a_punch_card_is_conduct():
    found = _fi(
        "Tekstiviestitarjoukset | puhelinnumero | suostumus (annetaan sarjakorttia ostettaessa) | "
        "kunnes asiakas kieltää viestit"
    )

    assert "consent-by-conduct" in found


def test_a_swedish_consent_noted_as_given_at_a_purchase_is_conduct():
    found = _sv(
        "Sms-erbjudanden | telefonnummer | samtycke (ges vid köp av klippkort) | tills du avböjer"
    )

    assert "consent-by-conduct" in found


def test_a_consent_given_at_booking_by_ticking_a_box_of_its_own_is_no_conduct():
    # guard: the tick is the clear act
    found = _fi(
        "Uutiskirje | sähköposti | suostumus (annetaan varattaessa rastittamalla erillinen kohta) "
        "| kunnes perut"
    )

    assert "consent-by-conduct" not in found


# The consent words mistyped -------------------------------------------------------------------


def test_a_mistyped_swedish_consent_taken_from_a_purchase_is_conduct():
    found = _sv(
        "Genom att köpa ett klippkort samtyker du till att vi skickar dig sms med erbjudanden."
    )

    assert "consent-by-conduct" in found


def test_a_mistyped_finnish_consent_bundled_with_the_contract_is_conduct():
    # guard: the Finnish readings take the word by its beginning and read it on stop 49's code
    found = _fi("Jäsensopimus sisältää suostumuksn tarjousviestien lähettämiseen.")

    assert "consent-by-conduct" in found
