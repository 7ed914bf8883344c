"""The reader of round 19 (issue 18): what a consent may rest on, and whose the end is.

Consent is the person's own statement or clear affirmative act (GDPR Art 4(11)). No act of the
person "means", "equals", "counts as" or "is deemed" a consent: a sentence that says so claims
consent by conduct, whatever the act, unless what the consent rests on is a box ticked, a form
signed, a yes, or a consent asked apart. A retention criterion that ends with the keeper's own
tool (a licence, a subscription to a service, a change of system) names no end of the
person's. Probes in the lead's own wordings, each with its expected findings written before it
ran.
"""

import pytest

from .notice_text import claims_of, codes
from .test_check_round13 import FI as FI13
from .test_check_round14 import FI_COVERED, SV_COVERED
from .test_check_round15 import RETENTION_FI, RETENTION_SV

OTHER = "\nMuuta\n"
OVRIGT = "\nÖvrigt\n"


@pytest.mark.parametrize(
    "text",
    [
        FI_COVERED + OTHER + "Ensimmäinen hoitokäyntisi on minulle sama asia kuin lupa lähettää "
        "sinulle tarjousviestejä.\n",
        FI_COVERED + OTHER + "Viestin lähettäminen meille rinnastetaan suostumukseen tallentaa "
        "viesti asiakasrekisteriin.\n",
        FI_COVERED + OTHER + "Varauksen tekeminen vastaa lupaa lähettää sinulle tarjouksia "
        "tekstiviestillä.\n",
        SV_COVERED + OVRIGT + "Anmälan till en kurs likställs med samtycke till att vi lägger "
        "till dig i kampanjutskicken.\n",
        SV_COVERED + OVRIGT + "Att betala kursavgiften räknas som medgivande till att vi delar "
        "dina uppgifter med samarbetspartner.\n",
        SV_COVERED + OVRIGT + "Bokningen är samtidigt ett samtycke till att vi skickar "
        "erbjudanden.\n",
        FI_COVERED + OTHER + "Yhteydenotto lomakkeella antaa meille luvan tallentaa tietosi "
        "markkinointirekisteriin.\n",
    ],
)
def test_an_act_said_to_mean_or_equal_a_consent_is_consent_by_conduct(text):
    assert "consent-by-conduct" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        FI_COVERED + OTHER + "Asiakas, joka tulee hoitoon, hyväksyy samalla hoitotietojensa "
        "tallentamisen ja niiden käytön markkinointiin.\n",
        SV_COVERED + OVRIGT + "Genom ditt besök bekräftar du ditt samtycke till att vi sparar "
        "dina hälsouppgifter.\n",
        SV_COVERED + OVRIGT + "Med bokningen följer ditt godkännande av att vi skickar "
        "sms-erbjudanden.\n",
    ],
)
def test_an_agreement_at_the_same_time_as_an_act_or_by_it_is_consent_by_conduct(text):
    assert "consent-by-conduct" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        SV_COVERED + OVRIGT + "Med ditt samtycke skickar vi nyhetsbrevet en gång i månaden.\n",
        FI_COVERED + OTHER + "Ajanvarauksen yhteydessä voit samalla antaa suostumuksen "
        "uutiskirjeeseen.\n",
        SV_COVERED + OVRIGT + "Med din anmälan godkänner du samtidigt kursvillkoren.\n",
    ],
)
def test_an_agreement_offered_or_to_terms_beside_an_act_is_no_conduct(text):
    assert "consent-by-conduct" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        SV_COVERED + OVRIGT + "Bokningen omfattar även ditt samtycke till att vi skickar "
        "nyhetsbrev.\n",
        FI_COVERED + OTHER + "Ajanvaraus kattaa myös suostumuksen tietojesi käyttöön "
        "markkinoinnissa.\n",
        SV_COVERED + OVRIGT + "Samtycket till nyhetsbrevet ges genom att du bokar en tid.\n",
        SV_COVERED + OVRIGT + "Vi behandlar din bokning som ett samtycke till att få nyhetsbrev.\n",
        FI_COVERED + OTHER + "Kaikki ajan varanneet katsotaan uutiskirjeen tilaajiksi.\n",
    ],
)
def test_an_act_that_includes_gives_or_is_treated_as_a_consent_is_consent_by_conduct(text):
    assert "consent-by-conduct" in codes(text)


def test_a_box_to_tick_for_saying_no_leaves_the_conduct_as_it_is():
    text = (
        FI_COVERED + OTHER + "Varaamalla ajan hyväksyt tietojesi käytön markkinointiin, mutta "
        "rastita ruutu, jos et halua tarjouksia.\n"
    )
    assert "consent-by-conduct" in codes(text)


def test_a_consent_given_by_ticking_a_box_is_no_conduct():
    text = FI_COVERED + OTHER + "Suostumus uutiskirjeeseen annetaan rastittamalla ruutu.\n"
    assert "consent-by-conduct" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        # the consent is the source, not the result
        FI_COVERED + OTHER + "Suostumuksesi tarkoittaa, että voimme lähettää sinulle "
        "uutiskirjeen.\n",
        # the equation denied
        SV_COVERED + OVRIGT + "Att du bokar en tid innebär inte att du samtycker till "
        "marknadsföring.\n",
        # terms, not processing
        FI_COVERED + OTHER + "Ajanvaraus tarkoittaa, että hyväksyt peruutusehdot.\n",
        # subscribing to a letter is consenting to receive it
        FI_COVERED + OTHER + "Uutiskirjeen tilaaminen tarkoittaa, että suostut saamaan "
        "uutiskirjeen sähköpostiisi.\n",
        # a basis named
        SV_COVERED + OVRIGT + "Grunden för fotograferingen är ditt samtycke.\n",
        # a consent the person may give
        FI_COVERED + OTHER + "Ajanvarauksen yhteydessä voit halutessasi antaa suostumuksen "
        "uutiskirjeeseen.\n",
        # the law gives the right
        FI_COVERED + OTHER + "Laki antaa meille oikeuden säilyttää laskut kuusi vuotta.\n",
        # a box ticked or a consent form signed is the clear affirmative act itself
        FI_COVERED + OTHER + "Ruksin laittaminen lomakkeen kohtaan tarkoittaa, että annat "
        "suostumuksen tarjousten lähettämiseen.\n",
        FI_COVERED + OTHER + "Allekirjoitettu suostumuslomake katsotaan suostumukseksi "
        "terveystietojen käsittelyyn.\n",
    ],
)
def test_a_consent_that_rests_on_a_clear_act_or_is_not_equated_is_no_conduct(text):
    assert "consent-by-conduct" not in codes(text)


@pytest.mark.parametrize(
    "statement",
    [
        "Varaushistorian säilytän niin kauan kuin varausohjelman lisenssi on voimassa minulla.",
        "Asiakastiedot pidän tallessa niin kauan kuin tilaukseni ajanvarauspalveluun on voimassa.",
        "Asiakastiedot säilyvät, kunnes vaihdan ajanvarausjärjestelmää.",
    ],
)
def test_a_criterion_ended_by_the_keepers_tool_is_vague_fi(statement):
    assert "vague-retention" in codes(RETENTION_FI + statement + "\n")


@pytest.mark.parametrize(
    "statement",
    [
        "Kunduppgifterna sparas så länge min licens för bokningsprogrammet gäller.",
        "Bokningshistoriken sparas så länge vårt abonnemang på bokningstjänsten pågår.",
        "Kunduppgifterna sparas tills vi byter bokningssystem.",
    ],
)
def test_a_criterion_ended_by_the_keepers_tool_is_vague_sv(statement):
    assert "vague-retention" in codes(RETENTION_SV + statement + "\n")


@pytest.mark.parametrize(
    "text",
    [
        RETENTION_FI + "Asiakastiedot säilytetään niin kauan kuin sopimuksesi on voimassa.\n",
        RETENTION_FI + "Asiakastiedot säilytetään niin kauan kuin käytät sovellusta.\n",
        RETENTION_SV + "Kunduppgifterna sparas så länge kontot i vårt system är aktivt.\n",
        RETENTION_SV + "Kunduppgifterna sparas tills du avslutar ditt konto.\n",
        # the person stops using the tool: their end, not the keeper's
        RETENTION_SV + "Kunduppgifterna sparas tills kunden slutar använda programmet.\n",
    ],
)
def test_a_criterion_of_the_persons_own_account_or_contract_is_no_vague_period(text):
    assert "vague-retention" not in codes(text)


@pytest.mark.parametrize("label", ["Hundägaren", "Vårdnadshavare", "Omistaja"])
def test_a_table_row_labelled_with_the_person_keeps_the_persons_whole_record(label):
    text = SV_COVERED + f"\n{label} | namn, adress, telefon, e-post | tre år efter sista besöket\n"
    row = [
        c
        for c in claims_of(text, "retention")
        if c.sentence.startswith(label) and c.subject == "clients"
    ]
    assert row
    # not the contact details only: the row is the person's record (GDPR Art 13(2)(a))
    assert not any(c.detail.get("contact_only") for c in row)


def test_a_waiting_list_reset_every_quarter_has_its_criterion():
    text = (
        SV_COVERED.replace("fakturor och foton", "fakturor, foton och en kölista till kurserna")
        + "\nKölistan | namn, telefon | listan nollställs vid varje kvartalsskifte\n"
    )
    assert "kölista" in text
    assert not {"retention-incomplete", "vague-retention"} & codes(text)


def test_addresses_kept_until_a_subscription_is_cancelled_are_the_mailings():
    text = (
        FI_COVERED.replace("laskut sekä", "laskut, veromuistion tilaajien osoitteet sekä")
        + "Veromuistion osoitteet poistetaan, kun tilaus perutaan.\n"
    )
    assert "veromuistion tilaajien" in text
    assert "retention-incomplete" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        RETENTION_FI + "Asiakaskortit pysyvät tallessa niin kauan kuin vuokraan tuolia Salonki "
        "Sointulassa.\n",
        RETENTION_FI + "Ohjelmat ja yhteystiedot säilyvät niin kauan kuin yhteistyösopimukseni "
        "Kuntokeskus Routan kanssa jatkuu.\n",
        RETENTION_SV + "Kunduppgifterna sparas tills jag lämnar över firman till min kompanjon.\n",
        RETENTION_SV + "Kunduppgifterna sparas så länge vi hyr lokalen på Storgatan.\n",
    ],
)
def test_a_criterion_of_the_keepers_own_doing_or_own_contract_is_vague(text):
    assert "vague-retention" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        RETENTION_FI + "Asiakastiedot säilytän niin kauan kuin teemme yhteistyötä ja kaksi vuotta "
        "sen jälkeen.\n",
        RETENTION_FI + "Asiakastiedot säilytetään niin kauan kuin sopimuksemme on voimassa.\n",
        RETENTION_SV + "Kunduppgifterna sparas tills vi har avslutat uppdraget.\n",
        RETENTION_SV + "Kunduppgifterna sparas så länge vi samarbetar.\n",
    ],
)
def test_a_criterion_of_the_keeper_and_the_person_together_is_no_vague_period(text):
    assert "vague-retention" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        RETENTION_SV + "Kunduppgifterna sparas tills vi har fått ersättningen från FPA.\n",
        RETENTION_SV + "Beställarens uppgifter sparas tills vi har levererat beställningen.\n",
    ],
)
def test_a_criterion_of_the_keepers_act_for_the_service_is_no_vague_period(text):
    assert "vague-retention" not in codes(text)


def test_a_swedish_list_named_first_is_a_thing_of_its_own_not_all_data():
    text = SV_COVERED + "Gästlistan raderar jag en månad efter bröllopet.\n"
    [claim] = [c for c in claims_of(text, "retention") if c.sentence.startswith("Gästlistan")]
    assert claim.subject == "other"


def test_a_field_the_check_does_not_know_is_read_as_not_given():
    # "physio" is no field of the check's ("physiotherapy" is): the text tells the field then,
    # as for a notice imported with no field at all
    given = claims_of(FI_COVERED, "field", field="physio")
    assert not any(c.detail.get("given") for c in given)
    assert [c.value for c in given] == [c.value for c in claims_of(FI_COVERED, "field")]
    assert [c.value for c in claims_of(FI_COVERED, "field", field="physiotherapy")] == [
        "physiotherapy"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # data named apart, vague, beside a firm period for other data of the same group
        RETENTION_FI + "Raakakuvat säilytän ulkoisella levyllä niin kauan kuin niitä tarvitaan.\n",
        RETENTION_SV + "Originalfilerna har jag kvar på datorn så länge jag själv tycker att de "
        "behövs.\n",
    ],
)
def test_a_vague_period_for_data_named_apart_is_not_excused_by_its_groups_firm_one(text):
    assert "vague-retention" in codes(text)


@pytest.mark.parametrize(
    "statement",
    [
        "Kunduppgifterna sparas under en begränsad tid.",
        "Kunduppgifterna sparas enligt vår interna policy.",
        "Asiakastiedot säilytetään pysyvästi.",
        "Asiakastiedot säilytetään, kunnes ne käyvät tarpeettomiksi.",
        "Asiakastiedot arkistoidaan asiakkuuden päätyttyä.",
        "Kunduppgifterna ligger kvar i systemet efter avslutad kundrelation.",
        "Asiakastiedot jäävät järjestelmään myös asiakkuuden päätyttyä.",
        "Asiakastiedot säilytämme asiakassuhteen päättymisen jälkeen niin kauan kuin on "
        "tarkoituksenmukaista.",
        "Kunduppgifterna raderas tidigast två år efter sista besöket.",
        "Asiakastiedot poistetaan kahden vuoden kuluttua viimeisestä käynnistä tai myöhemmin, jos "
        "se on tarpeen.",
    ],
)
def test_a_period_with_no_end_or_only_an_earliest_day_is_vague(statement):
    lead = RETENTION_SV if " och " in f" {statement} " or "Kund" in statement else RETENTION_FI
    assert "vague-retention" in codes(lead + statement + "\n")


@pytest.mark.parametrize(
    "statement",
    [
        "Asiakastiedot jäävät järjestelmään vuodeksi asiakkuuden päätyttyä.",
        "Kunduppgifterna finns kvar i två år efter sista besöket.",
        "Asiakastiedot arkistoidaan asiakkuuden päätyttyä ja poistetaan kolmen vuoden kuluttua.",
        "Kunduppgifterna ligger kvar tills medlemskapet upphört och raderas sedan.",
        "Kunduppgifterna raderas tidigast ett och senast två år efter sista besöket.",
    ],
)
def test_a_period_after_the_end_or_a_latest_day_is_no_vague_period(statement):
    lead = RETENTION_SV if "Kund" in statement else RETENTION_FI
    assert "vague-retention" not in codes(lead + statement + "\n")


def test_a_client_card_kept_with_its_photos_covers_the_photos():
    text = (
        FI13 + "Laskut säilytetään kuusi vuotta kirjanpitolain mukaan. Asiakaskortti kuvineen ja "
        "varaustiedot poistetaan kolmen vuoden kuluttua viimeisestä käynnistä.\n"
    )
    assert "retention-incomplete" not in codes(text)
