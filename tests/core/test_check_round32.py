"""Round 32 of the reader (issue 18): bases named by a purpose's letter.

Each probe had its expected findings written before it ran and fails on stop 48's code
(fda9fd5) unless marked a guard.
"""

from wagtail_seloste.notice.importer import import_text

from .notice_text import CONTROLLER, KONTROLLER, claims_of, codes

# A law named alone for a lettered purpose ---------------------------------------------------------

_FI_LETTERED = (
    CONTROLLER + "Käsittelyn tarkoitukset\na) ajanvaraus\nb) potilasasiakirjat\n\n"
    "Oikeusperusteet\nKohta a: sopimus asiakkaan kanssa.\n"
)
_SV_LETTERED = (
    KONTROLLER
    + "Ändamål\na) bokningar\nb) journaler\n\nRättslig grund\nPunkt a: avtal med kunden.\n"
)


def _basis_of(text, position):
    purposes = next(s["purposes"] for s in import_text(text)["sections"] if s.get("purposes"))
    return purposes[position]["legal_basis"]


def test_a_law_named_alone_for_a_purposes_letter_is_its_legal_obligation():
    text = _FI_LETTERED + "Kohta b: laki potilaan asemasta ja oikeuksista (785/1992).\n"

    assert _basis_of(text, 1) == "c"


def test_a_swedish_law_named_alone_for_a_purposes_letter_is_its_legal_obligation():
    text = _SV_LETTERED + "Punkt b: lagen om patientens ställning och rättigheter (785/1992).\n"

    assert _basis_of(text, 1) == "c"


def test_the_accounting_act_named_for_a_purposes_letter_is_read_as_its_basis():
    text = _FI_LETTERED + "Kohta b: kirjanpitolaki (1336/1997).\n"

    bases = {c.value for c in claims_of(text, "basis") if "kirjanpitolaki" in c.sentence}

    assert bases == {"c"}


def test_the_data_protection_act_named_alone_for_a_purpose_is_no_obligation():
    # Art 6(3): the obligation must be laid down by a law that requires the processing
    found = codes(_FI_LETTERED + "Kohta b: tietosuojalaki (1050/2018).\n")

    assert "basis-not-an-obligation" in found


def test_the_gdpr_named_alone_for_a_swedish_purpose_is_no_obligation():
    found = codes(_SV_LETTERED + "Punkt b: dataskyddsförordningen (EU) 2016/679.\n")

    assert "basis-not-an-obligation" in found


def test_the_data_protection_act_leaves_the_purposes_basis_to_the_owner():
    # guard: the importer gives no basis the law cannot give
    assert _basis_of(_FI_LETTERED + "Kohta b: tietosuojalaki (1050/2018).\n", 1) == ""


def test_the_law_a_notice_follows_named_under_a_label_is_no_basis():
    # guard: "Lainsäädäntö: …" names the law the notice follows, not a purpose's basis
    text = _FI_LETTERED + "Kohta b: sopimus.\nLainsäädäntö: EU:n tietosuoja-asetus.\n"

    assert "basis-not-an-obligation" not in codes(text)


# An animal's health in a long list ----------------------------------------------------------------

_FI_DOG = (
    CONTROLLER + "Käsittelyn tarkoitus\nKoirakurssit. Peruste: sopimus.\n\nKäsiteltävät tiedot\n"
    "{line}\n\nSäilytysaika\nTiedot poistetaan kahden vuoden kuluttua viimeisestä kurssista.\n"
)


def test_an_animals_illnesses_at_the_end_of_its_list_are_no_health_data():
    line = (
        "Koiran nimi, rotu, ikä, paino ja rokotukset sekä tiedot mahdollisista sairauksista, "
        "jotka vaikuttavat harjoitteluun."
    )

    assert "missing-special-category-condition" not in codes(_FI_DOG.format(line=line))


def test_the_owners_allergies_after_the_animals_data_are_health_data():
    # the person named between makes the health the person's (Art 9(1))
    line = "Koiran nimi ja rotu sekä omistajan allergiat, jotka ohjaajan on hyvä tietää."

    assert "missing-special-category-condition" in codes(_FI_DOG.format(line=line))


# Consent by conduct ---------------------------------------------------------------------------------

_FI_MARKETING = (
    CONTROLLER + "Käsittelyn tarkoitus\nKurssit. Peruste: sopimus.\n\nMarkkinointi\n{line}\n\n"
    "Säilytysaika\nTiedot poistetaan kahden vuoden kuluttua viimeisestä kurssista.\n"
)
_SV_MARKETING = (
    KONTROLLER + "Ändamål\nKurser. Grund: avtal.\n\nMarknadsföring\n{line}\n\n"
    "Lagringstid\nUppgifterna raderas två år efter den senaste kursen.\n"
)


def test_the_contract_that_gives_the_right_to_process_is_no_consent_by_conduct():
    line = (
        "Kurssille ilmoittautuminen on sopimus, ja juuri sopimus antaa meille oikeuden käsitellä "
        "tietojasi kurssin järjestämiseksi."
    )

    assert "consent-by-conduct" not in codes(_FI_MARKETING.format(line=line))


def test_the_agreement_that_gives_the_right_in_swedish_is_no_consent_by_conduct():
    line = "Anmälan är ett avtal, och det är avtalet som ger oss rätt att använda dina uppgifter."

    assert "consent-by-conduct" not in codes(_SV_MARKETING.format(line=line))


def test_a_consent_put_first_and_withdrawn_by_an_act_is_no_consent_by_conduct():
    line = (
        "Samtycket till bilder och hälsoanteckningar kan du ta tillbaka när du vill genom att "
        "skicka ett sms."
    )

    assert "consent-by-conduct" not in codes(_SV_MARKETING.format(line=line))


def test_an_equation_with_the_guardians_approval_is_consent_by_conduct():
    line = "Kuvia julkaistaan kotisivuilla (leirille osallistuminen = huoltajan hyväksyntä)."

    assert "consent-by-conduct" in codes(_FI_MARKETING.format(line=line))


def test_an_equation_with_the_guardians_approval_in_swedish_is_consent_by_conduct():
    line = "Bilder från lägret publiceras på webbplatsen (deltagande = målsmans godkännande)."

    assert "consent-by-conduct" in codes(_SV_MARKETING.format(line=line))


def test_an_act_after_a_colon_taken_as_agreeing_is_consent_by_conduct():
    # the "not" before the colon denies a box on the form, not the conduct (Art 4(11), 7(2))
    line = (
        "Lomakkeessa ei ole tälle omaa rastiruutua: joka kilpailuun ilmoittautuu, hyväksyy "
        "samalla nimensä ja tuloksensa julkaisemisen kotisivuilla."
    )

    assert "consent-by-conduct" in codes(_FI_MARKETING.format(line=line))


def test_a_reply_taken_as_leave_beside_a_consent_not_asked_is_consent_by_conduct():
    line = (
        "Erillistä lupaa emme kysy, koska jo kyselyyn vastaamalla kerrot, että palautteesi "
        "julkaiseminen kotisivuilla sopii sinulle."
    )

    assert "consent-by-conduct" in codes(_FI_MARKETING.format(line=line))


# Retention ------------------------------------------------------------------------------------------

_SV_HAIR = (
    KONTROLLER + "Ändamål\nBokningar. Grund: avtal.\n\nUppgifter som behandlas\nNamn, telefon, "
    "bokningar och färgkort.\n\nLagringstid\nKunduppgifterna raderas två år efter det senaste "
    "besöket. {line}\n"
)


def test_kept_in_case_the_client_some_day_returns_is_a_vague_period():
    # "en dag" after "ifall du" is some day, not one day (Art 13(2)(a))
    line = "Färgkorten sparar vi för säkerhets skull, ifall du en dag vill ha samma färg igen."

    assert "vague-retention" in codes(_SV_HAIR.format(line=line))


def test_a_log_kept_by_the_systems_default_settings_is_a_vague_period():
    text = (
        CONTROLLER + "Käsittelyn tarkoitus\nKuntosalin jäsenyys. Peruste: sopimus.\n\n"
        "Säilytysaika\nJäsentiedot poistetaan vuoden kuluttua jäsenyyden päättymisestä. "
        "Ovenavauslokit säilyvät kulunvalvontalaitteessa sen oletusasetusten mukaisesti.\n"
    )

    assert "vague-retention" in codes(text)


def test_a_swedish_log_kept_by_the_default_settings_is_a_vague_period():
    line = "Dörrloggarna sparas i passersystemet enligt leverantörens standardinställningar."

    assert "vague-retention" in codes(_SV_HAIR.format(line=line))


def test_all_data_listed_in_the_notice_with_examples_cover_every_group():
    text = (
        CONTROLLER + "Käsittelyn tarkoitus\nValmennus. Peruste: sopimus.\n\nKäsiteltävät tiedot\n"
        "Nimi, yhteystiedot, muistiinpanot ja terveyttä koskevat merkinnät nimenomaisella "
        "suostumuksellasi (9 art. 2 a).\n\nSäilytysaika\nKaikki tässä selosteessa mainitut "
        "tiedot, myös terveyttä koskevat merkinnät, poistan vuoden kuluttua valmennuksen "
        "päättymisestä.\n"
    )

    assert "retention-incomplete" not in codes(text)


def test_photos_that_follow_the_cards_period_by_a_pronoun_with_a_clitic_are_covered():
    # guard
    text = (
        CONTROLLER + "Käsittelyn tarkoitus\nHoidot. Peruste: sopimus.\n\nKäsiteltävät tiedot\n"
        "Nimi, yhteystiedot ja hoitojen valokuvat.\n\nSäilytysaika\nAsiakaskortit hävitetään "
        "kahden vuoden kuluttua viimeisestä käynnistä. Valokuvat tallennan asiakaskorttiin; "
        "nekin hävitetään samalla.\n"
    )

    assert "retention-incomplete" not in codes(text)


def test_returned_course_work_left_without_a_period_is_retention_incomplete():
    text = (
        CONTROLLER + "Käsittelyn tarkoitus\nKielikurssit. Peruste: sopimus.\n\nKäsiteltävät "
        "tiedot\nNimi, yhteystiedot, palautetut kirjoitustehtävät ja ääninäytteet.\n\nSäilytysaika\n"
        "Nimi ja yhteystiedot poistetaan kahden vuoden kuluttua viimeisestä kurssista.\n"
    )

    assert "retention-incomplete" in codes(text)


# The importer: a sole trader's heading of the data list -------------------------------------------


def test_a_sole_traders_heading_of_the_data_list_opens_the_data_section():
    text = (
        CONTROLLER + "Miksi käsittelen tietojasi\nAjanvaraus. Peruste: sopimus.\n\n"
        "Tiedot, joita käsittelen\n- nimi ja puhelinnumero\n- kuitit ja laskut\n"
    )

    kinds = [s["kind"] for s in import_text(text)["sections"]]

    assert "data_content" in kinds


def test_an_answer_taken_as_showing_that_publishing_is_fine_is_consent_by_conduct():
    line = (
        "Genom att svara på enkäten visar du att det går bra att vi publicerar ditt omdöme på "
        "webbplatsen."
    )

    assert "consent-by-conduct" in codes(_SV_MARKETING.format(line=line))


def test_a_yes_the_person_may_send_by_replying_is_no_consent_by_conduct():
    # guard: the person is offered a way to say yes, which is a statement (Art 4(11))
    line = (
        "Voit halutessasi vastaamalla viestiin kertoa, että palautteesi julkaiseminen sopii "
        "sinulle; muuten sitä ei julkaista."
    )

    assert "consent-by-conduct" not in codes(_FI_MARKETING.format(line=line))


# The keeper's presumption, and agreement said with an act as its occasion --------------------------


def test_a_leave_taken_for_granted_after_a_verb_first_condition_is_consent_by_conduct():
    # "Beställer du …": the Swedish condition said by the verb first
    line = (
        "Beställer du en provlektion tar vi det för givet att vi får ringa dig om våra "
        "kurserbjudanden."
    )

    assert "consent-by-conduct" in codes(_SV_MARKETING.format(line=line))


def test_keeping_the_booking_presumed_for_the_visit_is_no_consent_by_conduct():
    # guard: what the service needs is the contract's, presumed or not (Art 6(1)(b))
    line = "När du bokar tid utgår vi från att vi får spara bokningen så länge den behövs."

    assert "consent-by-conduct" not in codes(_SV_MARKETING.format(line=line))


def test_a_client_committed_to_partners_marketing_at_a_purchase_is_consent_by_conduct():
    line = (
        "Ostoksen yhteydessä asiakas sitoutuu siihen, että hänen tietojaan käytetään myös "
        "kumppaneidemme markkinoinnissa."
    )

    assert "consent-by-conduct" in codes(_FI_MARKETING.format(line=line))


def test_agreement_given_by_a_registration_in_swedish_is_consent_by_conduct():
    line = "Eleven godkänner genom sin anmälan att hens namn får användas i våra kampanjer."

    assert "consent-by-conduct" in codes(_SV_MARKETING.format(line=line))


def test_an_agreement_offered_at_booking_is_no_consent_by_conduct():
    # guard: a choice offered is the person's own statement (Art 4(11))
    line = "Ajanvarauksen yhteydessä voit hyväksyä, että lähetämme sinulle tarjouksia."

    assert "consent-by-conduct" not in codes(_FI_MARKETING.format(line=line))


# Templates run through a translator, and services told each in a paragraph of its own ---------------


def test_a_translators_legitimate_interest_is_a_basis_with_its_interest():
    text = (
        CONTROLLER + "Käsittelyn tarkoitukset\n- Ajanvaraus – sopimus\n- Asiakaskysely – "
        "legitiimi etu: haluamme kehittää palveluamme asiakkaiden toiveiden mukaan.\n"
    )

    found = codes(text)

    assert "missing-legal-basis" not in found
    assert "missing-legitimate-interest" not in found


def test_a_swedish_legitimate_interest_calque_is_a_basis():
    text = (
        KONTROLLER + "Ändamål\n- Bokning – avtal\n- Besöksstatistik – legitimt intresse: att "
        "planera öppettiderna efter efterfrågan.\n"
    )

    assert "missing-legal-basis" not in codes(text)


def test_a_translators_heading_for_the_controller_opens_the_controller_section():
    text = (
        "Henkilötietojen vastuullinen käsittelijä\nHieronta Esimerkki, Kauppakatu 2, 00100 "
        "Helsinki\npuh. 040 123 4567\nhieronta@esimerkki.example\n\nKäsittelyn tarkoitus\n"
        "Ajanvaraus. Peruste: sopimus.\n"
    )

    assert "missing-controller-contact" not in codes(text)


def test_a_purpose_labelled_consent_that_the_conduct_explains_asks_no_withdrawal():
    # the only consent is the booking taken as one: the fix is a real consent, not a way to
    # withdraw a consent never asked (Art 4(11), 7(3))
    text = (
        CONTROLLER + "Käsittelyn tarkoitukset\n- Ajanvaraus – sopimus\n- Kampanjaviestit – "
        "suostumus\nKun varaat ajan, katsomme, että olet antanut suostumuksesi kampanjaviestien "
        "vastaanottamiseen.\n\nSäilytysaika\nTiedot poistetaan kahden vuoden kuluttua "
        "viimeisestä käynnistä.\n"
    )

    found = codes(text)

    assert "consent-by-conduct" in found
    assert "missing-consent-withdrawal" not in found


def test_an_accounts_own_data_do_not_cover_the_other_groups():
    text = (
        CONTROLLER + "Käsittelyn tarkoitus\nKurssit ja lahjakortit. Peruste: sopimus.\n\n"
        "Käsiteltävät tiedot\nNimi ja yhteystiedot; lahjakortin ostajan nimi ja sähköposti.\n\n"
        "Säilytysaika\nVerkkokurssin käyttäjätili on voimassa vuoden, minkä jälkeen tili ja sen "
        "tiedot poistetaan.\n"
    )

    assert "retention-incomplete" in codes(text)


def test_explicit_consent_to_note_what_the_client_tells_is_the_condition():
    text = (
        KONTROLLER + "Ändamål\nBokning och behandlingar. Grund: avtal.\n\nUppgifter som "
        "behandlas\nNamn, telefon och allergier mot färgämnen.\n\nFärgbehandlingar\nHar du "
        "reagerat på ett färgämne antecknar vi det bara med ditt uttryckliga samtycke.\n"
    )

    assert "missing-special-category-condition" not in codes(text)


def test_a_services_servers_in_the_usa_outside_the_transfers_section_need_a_safeguard():
    text = (
        KONTROLLER + "Ändamål\nPersonlig träning. Grund: avtal.\n\nOnlinecoachning\nProgrammen "
        "sköts i en träningsapp vars servrar finns i USA.\n\nÖverföring utanför EU/EES\n"
        "Uppgifterna från den personliga träningen lagras i Finland.\n"
    )

    assert "transfer-without-safeguard" in codes(text)


def test_a_services_servers_in_finland_are_no_transfer():
    # guard
    text = (
        KONTROLLER + "Ändamål\nPersonlig träning. Grund: avtal.\n\nOnlinecoachning\nProgrammen "
        "sköts i en träningsapp vars servrar finns i Finland.\n"
    )

    assert "transfer-without-safeguard" not in codes(text)


def _sv_rights(text):
    return (
        KONTROLLER + "Ändamål\nBokning. Grund: avtal.\n\nLagringstid\nKunduppgifterna raderas två "
        "år efter det senaste besöket.\n\nDina rättigheter\nDu har rätt att få tillgång till dina "
        "uppgifter och få dem rättade eller raderade. " + text + "\n"
    )


def test_complaints_turned_to_the_keeper_beside_a_pointer_are_no_complaint_right():
    # Art 13(2)(d), 77: the authority named only as where to read more
    found = codes(
        _sv_rights(
            "Har du klagomål på hur vi behandlar dina uppgifter, kontakta oss i första hand. Mer "
            "information finns på dataombudsmannens webbplats."
        )
    )

    assert "missing-complaint-right" in found


def test_a_complaint_to_the_authority_after_one_to_the_keeper_is_the_complaint_right():
    # guard
    found = codes(
        _sv_rights(
            "Kontakta oss i första hand. Du kan också lämna klagomål till dataombudsmannens byrå."
        )
    )

    assert "missing-complaint-right" not in found
