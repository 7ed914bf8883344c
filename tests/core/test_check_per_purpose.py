"""The reader of round 6 (issue 18): bases, sources, recipients and retention read per purpose
and per data group, with the sentence before where a sentence leans on it.

Each behaviour is tested in a wording other than the evaluation notices' (tests/fixtures/
check_eval/fresh4), so that a rule holds on text it was not written for.
"""

from wagtail_seloste.notice.check import check_notice
from wagtail_seloste.notice.check.claims import is_placeholder
from wagtail_seloste.notice.check.lemmas import tokens
from wagtail_seloste.notice.check.retention import groups_in
from wagtail_seloste.notice.importer import import_text
from wagtail_seloste.notice.importer.cookies import parse_cookie

from .notice_text import CONTROLLER, KONTROLLER, claims_of, codes

# Bases per purpose (GDPR Art 6(1), 13(1)(c)) ------------------------------------------------


def test_consent_in_brackets_after_invoicing_in_a_list_of_purposes_is_consent_for_bookkeeping():
    text = CONTROLLER + (
        "Henkilötietoja käytetään kurssien järjestämiseen (sopimus), kurssimaksujen "
        "laskutukseen (suostumus) ja muistutusviesteihin (sopimus)."
    )

    assert "consent-for-legal-obligation" in codes(text)


def test_bookkeeping_said_to_be_based_on_consent_in_swedish_prose_is_consent_for_bookkeeping():
    text = KONTROLLER + "Bokföringen av dina köp baseras på samtycke."

    assert "consent-for-legal-obligation" in codes(text)


def test_a_table_row_giving_bookkeeping_consent_as_its_basis_is_consent_for_bookkeeping():
    text = CONTROLLER + (
        "Tarkoitus | Tiedot | Peruste\n"
        "Kirjanpito | kuitit ja maksut | rekisteröidyn suostumus\n"
        "Ajanvaraus | nimi, puhelin | sopimus\n"
    )

    assert "consent-for-legal-obligation" in codes(text)


def test_whose_consent_a_relative_clause_names_beside_invoicing_is_no_basis_of_the_invoicing():
    text = CONTROLLER + (
        "Laskutamme tilaukset; uutiskirjettä lähetämme vain niille, jotka ovat antaneet siihen "
        "suostumuksensa ja voivat perua sen milloin tahansa."
    )

    assert "consent-for-legal-obligation" not in codes(text)


def test_no_withdrawal_is_asked_for_a_consent_given_only_for_bookkeeping():
    text = CONTROLLER + "Ajanvaraus perustuu sopimukseen. Kirjanpito perustuu suostumukseesi."

    found = codes(text)

    assert "consent-for-legal-obligation" in found
    assert "missing-consent-withdrawal" not in found


def test_an_interest_on_one_purposes_line_does_not_describe_another_purposes():
    text = CONTROLLER + (
        "Käsittelyn tarkoitukset\n"
        "- Ajanvaraus – sopimus\n"
        "- Asiakaspalautteen kerääminen – oikeutettu etu: haluamme parantaa palveluamme\n"
        "- Kävijämäärien seuranta – oikeutettu etu\n"
    )

    assert "missing-legitimate-interest" in codes(text)


def test_an_interest_given_in_one_prose_purpose_does_not_describe_the_next_ones():
    text = CONTROLLER + (
        "Keräämme palautetta oikeutetun etumme perusteella: haluamme parantaa palveluamme. "
        "Seuraamme kävijämääriä oikeutetun etumme perusteella.\n"
    )

    assert "missing-legitimate-interest" in codes(text)


def test_an_interest_described_in_a_sentence_of_its_own_covers_the_purposes_on_it():
    text = CONTROLLER + (
        "Keräämme asiakaspalautetta oikeutetun etumme perusteella. Seuraamme myös "
        "kävijämääriä oikeutetun etumme perusteella. Oikeutettu etumme on kehittää palveluja "
        "asiakkaiden tarpeiden mukaan.\n"
    )

    assert "missing-legitimate-interest" not in codes(text)


def test_a_basis_given_by_an_inflected_pronoun_in_the_next_sentence_is_the_purposes_basis():
    text = CONTROLLER + (
        "Käsittelyn tarkoitus\n"
        "Lähetämme asiakkaille tyytyväisyyskyselyn käynnin jälkeen.\n"
        "Sen perusteena on oikeutettu etumme kehittää palvelua.\n"
    )

    assert "missing-legal-basis" not in codes(text)


def test_a_labelled_basis_after_a_list_item_makes_the_item_a_purpose():
    text = CONTROLLER + (
        "Mitä tietoja ja miksi\n"
        "- Lahjakorttien myynti: nimi ja sähköposti.\n"
        "Käsittelyperuste: sopimus.\n"
    )

    assert any(
        c.subject.startswith("- Lahjakorttien") or "Lahjakorttien" in c.subject
        for c in claims_of(text, "purpose")
    )
    assert "missing-purposes" not in codes(text)


def test_booking_taken_as_consent_to_the_processing_is_the_basis_stated_in_any_section():
    text = CONTROLLER + (
        "Miksi keräämme tietoja?\n"
        "Kun teet varauksen, katsomme sinun hyväksyneen tietojesi käsittelyn.\n"
    )

    found = codes(text)

    assert "consent-by-conduct" in found
    assert "missing-legal-basis" not in found


def test_booking_taken_as_consent_asks_for_portability_as_a_contract_does():
    text = CONTROLLER + (
        "Miksi keräämme tietoja?\n"
        "Kun teet varauksen, katsomme sinun hyväksyneen tietojesi käsittelyn.\n\n"
        "Oikeutesi\n"
        "Voit tarkastaa, korjata ja poistaa tietosi sekä rajoittaa käsittelyä.\n"
    )

    assert "missing-right-portability" in codes(text)


# Sources (Art 14(2)(f)) ---------------------------------------------------------------------


def test_a_sources_section_that_names_no_origin_states_no_source():
    text = CONTROLLER + "Tietolähteet\nRekisterin tiedot on suojattu salasanalla.\n"

    assert "missing-sources" in codes(text)


def test_a_sources_section_naming_a_system_in_the_elative_states_a_source():
    text = CONTROLLER + "Tietolähteet\nVarausjärjestelmästä ja lähetteistä.\n"

    assert "missing-sources" not in codes(text)


def test_the_data_a_person_gave_themselves_under_portability_is_no_source():
    text = CONTROLLER + (
        "Oikeutesi\nVoit saada itse toimittamasi tiedot koneluettavassa muodossa.\n"
    )

    assert "missing-sources" in codes(text)


# Recipients (Art 13(1)(e), 4(9)) ------------------------------------------------------------


def test_an_accountant_keeping_the_books_for_the_controller_is_a_recipient():
    text = KONTROLLER + "Vår redovisningsbyrå sköter bokföringen av fakturorna."

    assert "missing-recipients" not in codes(text)


def test_nobody_else_receiving_them_denies_recipients():
    text = CONTROLLER + (
        "Säilytämme asiakastiedot varausohjelmassa. Kukaan muu ei saa niitä nähdäkseen."
    )

    assert "missing-recipients" not in codes(text)


# Retention read with the sentence before (Art 13(2)(a)) ------------------------------------


def test_a_deletion_at_the_same_time_keeps_the_period_of_the_statement_before():
    text = KONTROLLER + (
        "Hur länge\n"
        "Behandlingsanteckningarna raderas fem år efter det senaste besöket. "
        "Kontaktuppgifterna raderas samtidigt.\n"
    )

    kept = [c for c in claims_of(text, "retention") if c.subject == "clients"]

    assert kept and kept[0].detail.get("period") == 5


def test_a_subscription_cancelled_in_the_participle_is_the_newsletters_criterion():
    text = CONTROLLER + ("Säilytys\nUutiskirjeen osoitteet poistetaan, kun tilaus on peruttu.\n")

    assert any(
        c.detail.get("counted_from") == "consent_withdrawn" for c in claims_of(text, "retention")
    )


def test_a_period_for_members_data_does_not_cover_health_data_from_tests():
    text = CONTROLLER + (
        "Tiedot\nNimi, puhelin, jäsenyys sekä kuntotestien terveystiedot nimenomaisella "
        "suostumuksella.\n\n"
        "Säilytys\nJäsentiedot poistetaan vuoden kuluttua jäsenyyden päättymisestä.\n"
    )

    assert "retention-incomplete" in codes(text, field="fitness")


def test_access_control_records_are_logs_and_a_membership_is_the_client_relationship():
    assert groups_in(tokens("Kulunvalvontatiedot", "fi")) == ["logs"]
    assert "clients" in groups_in(tokens("jäsenyyden hoitaminen", "fi"))


def test_usefulness_is_a_vague_period():
    text = KONTROLLER + "Lagring\nMätresultaten – så länge de är till nytta för träningen\n"

    assert any(c.detail.get("vague") for c in claims_of(text, "retention"))


def test_measurement_results_are_data_of_their_own():
    text = CONTROLLER + "Säilytys\nMittaustulokset säilytetään niin kauan kuin on tarpeen.\n"

    assert {c.subject for c in claims_of(text, "retention")} == {"other"}


def test_patient_records_without_a_period_while_logs_have_one_contradict_the_decree():
    text = CONTROLLER + (
        "Tiedot\nNimi, puhelin, hoitomerkinnät ja esitiedot (potilasasiakirjat).\n"
        "Terveystietoja käsitellään tietosuoja-asetuksen 9 artiklan 2 kohdan h alakohdan "
        "perusteella.\n\n"
        "Säilytys\nSivuston lokit poistetaan 30 päivän kuluttua.\n"
    )

    assert "patient-records-retention" in codes(text, field="physiotherapy")


# Other readings -------------------------------------------------------------------------------


def test_as_long_as_the_law_requires_keeping_is_no_requirement_to_give_data():
    text = CONTROLLER + (
        "Säilytys\nAsiakastietoja säilytetään niin kauan kuin lainsäädäntö edellyttää.\n"
    )

    assert "missing-requirement-statement" in codes(text)


def test_a_templates_address_with_field_names_for_values_is_a_placeholder():
    assert is_placeholder("Gatuadress 1, 00000 Ort")
    assert not is_placeholder("Kauppakatu 1, postinumero 00100 Helsinki")


def test_a_controller_whose_every_contact_is_a_template_field_has_no_contact():
    text = (
        "Rekisterinpitäjä\nStudio Esimerkki Oy\nOsoite: Katuosoite 12, 00000 Postitoimipaikka\n"
        "Puhelin: 0XX XXX XXXX\n\nPäivitetty 1.2.2026\n"
    )

    assert "missing-controller-contact" in codes(text)


def test_a_month_and_year_in_numbers_is_the_updated_date_and_a_statute_number_is_not():
    assert "missing-updated-date" not in codes(CONTROLLER + "Seloste päivitetty 3/2026.\n")
    assert "missing-updated-date" in codes(
        CONTROLLER + "Seloste on laadittu asetuksen 94/2022 mukaisesti.\n"
    )


def test_an_art_9_condition_named_in_a_negated_clause_is_no_condition():
    text = CONTROLLER + (
        "Olemme hyvinvointivalmentajia, emme terveydenhuollon ammattihenkilöitä. "
        "Kirjaamme asiakkaan sairaudet ja lääkityksen valmennusta varten.\n"
    )

    assert "missing-special-category-condition" in codes(text)


def test_cookies_named_on_a_labelled_line_of_another_section_are_declared():
    text = KONTROLLER + (
        "Kakor: nödvändiga kakor för inloggning, analyskakor (_ga) endast med samtycke.\n"
    )

    assert "_ga" in {c["name"] for c in import_text(text)["cookies"]}


def test_a_category_word_right_after_a_cookies_name_is_its_declared_category():
    cookie = parse_cookie("_gid – nödvändig – besöksstatistik – 24 h")

    assert cookie["category_text"] == "nödvändig"


def test_a_service_named_only_in_a_denial_is_no_transfer():
    text = CONTROLLER + (
        "Siirrot\nTietoja ei siirretä EU:n ulkopuolelle. Emme käytä Mailchimpiä emmekä "
        "muita uutiskirjepalveluja.\n"
    )

    assert "transfer-without-safeguard" not in codes(text)


def test_a_service_named_in_use_beside_a_denial_of_another_is_still_a_transfer():
    text = CONTROLLER + (
        "Siirrot\nTietoja ei siirretä EU:n ulkopuolelle. Ajat varataan Calendlyn kautta.\n"
    )

    assert "transfer-without-safeguard" in codes(text)


def test_asking_to_get_to_see_ones_data_in_swedish_is_the_right_of_access():
    text = KONTROLLER + ("Dina rättigheter\nDu kan begära att få se och rätta dina uppgifter.\n")

    assert "missing-right-access" not in codes(text)


def test_information_on_how_data_is_processed_in_swedish_is_no_right_of_access():
    text = KONTROLLER + (
        "Dina rättigheter\nDu har rätt att få information om hur dina uppgifter behandlas och "
        "att få dem rättade.\n"
    )

    assert "missing-right-access" in codes(text)


def test_a_line_in_which_a_sentence_ends_is_text_not_a_heading():
    text = CONTROLLER + (
        "Oikeutesi\nVoit tarkastaa tietosi.\n\n"
        "Voimme päivittää selostetta. Muutoksista emme tiedota erikseen, joten tarkista sivu\n"
        "ajoittain.\n"
    )

    assert "changes-without-notice" in codes(text)


def test_data_said_to_stay_in_finland_is_a_statement_on_transfers():
    text = KONTROLLER + "Alla uppgifter stannar i Finland hos vår leverantör.\n"

    assert "missing-transfers" not in codes(text)


def test_a_cookie_list_label_with_an_aside_gives_its_category_past_a_row_of_an_unknown_name():
    text = CONTROLLER + (
        "Evästeet\n"
        "Välttämättömät evästeet (näihin ei kysytä suostumusta):\n"
        "kieli – valitun kielen muistaminen – 1 vuosi\n"
        "_gid – Google Analytics, käyntien yhdistäminen – 24 h\n"
    )

    assert "tracker-in-necessary" in codes(text)


def test_following_how_visitors_move_with_cookies_in_swedish_is_tracking():
    text = KONTROLLER + (
        "Kakor\nVi använder nödvändiga kakor för inloggningen. Med hjälp av kakor följer vi "
        "också hur användarna rör sig på sidorna.\n"
    )

    assert "undeclared-cookies" in codes(text)


def test_a_swedish_list_of_the_following_cookies_is_no_tracking():
    text = KONTROLLER + ("Kakor\nFöljande kakor används: sessionid för inloggningen, 2 veckor.\n")

    assert "undeclared-cookies" not in codes(text)


def test_a_list_of_parties_under_the_sources_heading_states_the_sources():
    text = KONTROLLER + "Källor\nKunden. Folkpensionsanstalten.\n"

    assert "missing-sources" not in codes(text)


def test_an_interest_said_in_prose_for_a_listed_purpose_describes_that_purpose():
    text = CONTROLLER + (
        "Mihin tietoja käytetään\n"
        "- ajanvaraukset\n"
        "- tyytyväisyyskysely käynnin jälkeen\n"
        "Ajanvaraukset perustuvat sopimukseen. Tyytyväisyyskysely perustuu oikeutettuun "
        "etuumme parantaa hoitojen laatua.\n"
    )

    assert "missing-legitimate-interest" not in codes(text)


def test_an_interest_said_in_prose_for_one_purpose_does_not_describe_a_listed_other():
    text = CONTROLLER + (
        "Mihin tietoja käytetään\n"
        "- ajanvaraukset\n"
        "- kävijätilastot\n"
        "- tyytyväisyyskysely käynnin jälkeen\n"
        "Ajanvaraukset perustuvat sopimukseen. Tyytyväisyyskysely perustuu oikeutettuun "
        "etuumme parantaa hoitojen laatua. Kävijätilastot perustuvat oikeutettuun etuun.\n"
    )

    assert "missing-legitimate-interest" in codes(text)


def test_a_case_with_a_possessive_suffix_is_read_by_its_lemma():
    # "oikeutettuun etuumme" (illative + "our"), "toiveisiinne" (illative plural + "your").
    words = tokens("oikeutettuun etuumme toiveisiinne", "fi")

    assert [t.lemma for t in words][1:] == ["etu", "toive"]


def test_a_consent_to_fetch_data_from_a_source_is_no_basis_asking_withdrawal():
    from .test_check_claims import prose

    notice = prose("Laboratoriotulokset haen suostumuksellasi Omakanta-palvelusta.", "sources")

    assert "missing-consent-withdrawal" not in {f.code for f in check_notice(notice)}


def test_a_consent_in_prose_outside_the_sources_is_a_basis_asking_withdrawal():
    from .test_check_claims import prose

    notice = prose("Uutiskirjeen lähetämme suostumuksesi perusteella.", "other")

    assert "missing-consent-withdrawal" in {f.code for f in check_notice(notice)}


def test_data_received_from_a_party_names_the_source():
    from .test_check_claims import claims

    for sentence in (
        "Remissin tiedot saamme hoitoon lähettäneeltä lääkäriltä.",
        "Resultaten får vi av laboratoriet som analyserat provet.",
    ):
        assert [c for c in claims(sentence) if c.kind == "source"], sentence


def test_a_copy_given_to_the_person_names_no_source():
    from .test_check_claims import claims

    for sentence in (
        "Du kan få en kopia av dina uppgifter.",
        "Voit saada meiltä jäljennöksen tiedoistasi.",
    ):
        assert not [c for c in claims(sentence) if c.kind == "source"], sentence
