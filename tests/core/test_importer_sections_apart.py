"""Issue 18, item 5: the importer keeps apart what a notice puts under one heading, and leaves
a purpose's basis to the owner rather than guessing "legal obligation"."""

from wagtail_seloste.notice.importer import import_text

HEAD = "Tietosuojaseloste\n\nRekisterinpitäjä\nFirma Oy, Katu 1, 00100 Helsinki\n\n"


def kinds(notice):
    return [(s["kind"], s["text"]) for s in notice["sections"]]


def test_disclosures_and_transfers_under_a_data_content_heading_get_sections_of_their_own():
    notice = import_text(
        HEAD + "Rekisterin tietosisältö ja tietojen luovutukset\n"
        "Nimi, puhelinnumero ja sähköposti.\n"
        "Tietoja ei luovuteta kolmansille osapuolille. Tietoja ei siirretä EU:n tai ETA:n "
        "ulkopuolelle.\n"
    )

    assert ("data_content", "Nimi, puhelinnumero ja sähköposti.") in kinds(notice)
    assert ("recipients", "Tietoja ei luovuteta kolmansille osapuolille.") in kinds(notice)
    assert ("transfers", "Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.") in kinds(notice)


def test_transfers_under_a_disclosures_heading_get_a_section_of_their_own():
    notice = import_text(
        HEAD + "Tietojen luovutukset ja siirrot\n"
        "Tietoja ei luovuteta. Tietoja ei siirretä EU:n ulkopuolelle.\n"
    )

    assert ("recipients", "Tietoja ei luovuteta.") in kinds(notice)
    assert ("transfers", "Tietoja ei siirretä EU:n ulkopuolelle.") in kinds(notice)


def test_a_data_content_heading_alone_keeps_its_text_together():
    notice = import_text(
        HEAD + "Rekisterin tietosisältö\nNimi ja puhelinnumero. Tietoja ei luovuteta.\n"
    )

    assert ("data_content", "Nimi ja puhelinnumero. Tietoja ei luovuteta.") in kinds(notice)


def test_the_data_protection_law_named_as_the_obligation_leaves_the_basis_to_the_owner():
    notice = import_text(
        HEAD + "Henkilötietojen käsittelyn tarkoitus\nAsiakassuhteen hoitaminen.\n\n"
        "Käsittelyn oikeusperuste\nLakisääteinen velvoite: EU:n yleinen tietosuoja-asetus.\n"
    )

    purposes = [p for s in notice["sections"] for p in s.get("purposes") or []]
    assert purposes and all(p["legal_basis"] == "" for p in purposes)


def test_bookkeeping_still_rests_on_the_legal_obligation():
    notice = import_text(
        HEAD + "Henkilötietojen käsittelyn tarkoitus\nLaskutus ja kirjanpito.\n\n"
        "Käsittelyn oikeusperuste\nLakisääteinen velvoite (kirjanpitolaki).\n"
    )

    purposes = [p for s in notice["sections"] for p in s.get("purposes") or []]
    assert [p["legal_basis"] for p in purposes] == ["c"]


def test_a_contact_person_section_is_read_with_its_phone_number():
    notice = import_text(
        HEAD + "Yhteyshenkilö rekisteriä koskevissa asioissa\nMaija Meikäläinen\n"
        "puh. 040 123 4567\nmaija@firma.example\n"
    )

    person = next(s["person"] for s in notice["sections"] if s["kind"] == "contact_person")
    assert person["phone"] == "+358401234567"


def test_the_owners_field_is_kept_in_the_notice():
    assert import_text(HEAD, field="massage")["field"] == "massage"


def purposes_of(text):
    notice = import_text(
        HEAD + "Miksi tarvitsemme tietojasi?\n" + text + "\n\nSäilytys\nKaksi vuotta.\n"
    )
    return next(s for s in notice["sections"] if s["kind"] == "purposes")["purposes"]


def test_a_basis_stated_with_a_pronoun_belongs_to_the_sentence_before():
    purposes = purposes_of(
        "Otamme vastaan huonevarauksesi ja järjestämme majoituksesi. Tämä perustuu kanssasi "
        "tehtävään majoitussopimukseen. Laskut kirjaamme kirjanpitolain velvoittamina."
    )

    assert [p["legal_basis"] for p in purposes] == ["b", "c"]
    assert purposes[0]["purpose"].endswith("majoitussopimukseen.")


def test_a_swedish_basis_stated_with_a_pronoun_belongs_to_the_sentence_before():
    purposes = purposes_of(
        "Vi tar emot dina bokningar. Detta grundar sig på avtalet med dig. "
        "Nyhetsbrev skickar vi med ditt samtycke."
    )

    assert [p["legal_basis"] for p in purposes] == ["b", "a"]


def test_the_interest_named_after_a_pronoun_is_the_purposes_legitimate_interest():
    purposes = purposes_of(
        "Ajanvaraukset hoidetaan sopimuksen perusteella. Tunnistamme palaavat asiakkaat. "
        "Tämä perustuu oikeutettuun etuumme: haluamme palkita kanta-asiakkaita."
    )

    assert purposes[1]["legal_basis"] == "f"
    assert purposes[1]["legitimate_interest"] == "haluamme palkita kanta-asiakkaita"


def test_a_denial_is_no_purpose_of_its_own():
    purposes = purposes_of(
        "Ajanvaraukset hoidetaan sopimuksen perusteella. Ruokavaliotiedot kirjaamme vain "
        "suostumuksellasi. Suostumus ei ole varauksen ehto."
    )

    assert [p["legal_basis"] for p in purposes] == ["b", "a"]
    assert purposes[1]["purpose"].endswith("Suostumus ei ole varauksen ehto.")


def test_a_sentence_wrapped_over_lines_is_read_as_one():
    purposes = purposes_of(
        "Kun varaat ajan, sovimme hieronnasta: ajanvaraus ja lahjakorttien myynti\n"
        "perustuvat siis väliseemme sopimukseen. Kuittien säilyttäminen on minulle\n"
        "lakisääteinen velvoite kirjanpitolain mukaan."
    )

    assert [p["legal_basis"] for p in purposes] == ["b", "c"]
    assert purposes[1]["purpose"] == (
        "Kuittien säilyttäminen on minulle lakisääteinen velvoite kirjanpitolain mukaan."
    )


def test_a_bare_data_label_over_a_list_starts_the_data_content():
    notice = import_text(
        HEAD + "Käyttötarkoitukset\nAjanvaraukset perustuvat sopimukseen. Laskut kirjaan "
        "kirjanpitolain velvoittamana.\n\nTiedot:\n- nimi ja puhelin\n- käyntimerkinnät\n"
    )

    assert ("data_content", "- nimi ja puhelin\n- käyntimerkinnät") in kinds(notice)
    purposes = next(s for s in notice["sections"] if s["kind"] == "purposes")["purposes"]
    assert [p["legal_basis"] for p in purposes] == ["b", "c"]


def test_an_eu_label_on_its_text_is_the_transfers_section():
    notice = import_text(
        HEAD.replace("Rekisterinpitäjä\n", "Rekisterinpitäjä: ")
        + "Tietolähteet: asiakas itse.\n\nKenelle tietoja annetaan: kirjanpitäjälle.\n\n"
        "EU/ETA: Tiedot eivät lähde EU:n ulkopuolelle.\n"
    )

    assert ("transfers", "Tiedot eivät lähde EU:n ulkopuolelle.") in kinds(notice)


def test_an_uppercase_heading_keeps_its_acronyms():
    notice = import_text(
        HEAD + "TIETOJEN SIIRTO EU:N JA ETA:N ULKOPUOLELLE\nTietoja ei siirretä.\n"
    )

    headings = [s["heading"] for s in notice["sections"]]
    assert "Tietojen siirto EU:n ja ETA:n ulkopuolelle" in headings


def test_a_list_of_purposes_with_invoicing_among_them_is_not_put_on_the_law():
    purposes = purposes_of(
        "Asiakasrekisterin käyttötarkoitus on asiakassuhteiden hoito, yhteydenpito ja laskutus."
    )

    assert [p["legal_basis"] for p in purposes] == [""]


def test_invoicing_alone_still_rests_on_the_law():
    notice = import_text(
        HEAD + "Käyttötarkoitukset\n- Ajanvaraus (sopimus)\n- Asiakkaiden laskutus\n"
    )

    purposes = next(s for s in notice["sections"] if s["kind"] == "purposes")["purposes"]
    assert [p["legal_basis"] for p in purposes] == ["b", "c"]


def test_a_client_relationship_named_as_the_basis_is_read_as_the_contract():
    purposes = purposes_of(
        "Tietoja käytetään asiakassuhteen perusteella kurssien järjestämiseen. "
        "Uutiskirjeen lähettäminen perustuu suostumukseen."
    )

    assert [p["legal_basis"] for p in purposes] == ["b", "a"]


def test_a_list_with_invoicing_takes_no_consent_from_a_sentence_naming_consent_too():
    # The sentence after the purposes names two bases, the client relationship (a contract)
    # and consent: neither is for the importer to give to "hoito, yhteydenpito ja laskutus".
    purposes = purposes_of(
        "Rekisterin käyttötarkoitus on asiakassuhteiden hoito, yhteydenpito ja laskutus. "
        "Tietoja käytetään asiakassuhteen perusteella ja asiakkaiden suostumuksella "
        "asiakassuhteen jatkamiseen."
    )

    assert "a" not in [p["legal_basis"] for p in purposes]


def test_a_tab_separated_table_row_keeps_its_columns_apart():
    from wagtail_seloste.notice.importer.lines import split_lines

    (line,) = split_lines("Uutiskirje\tsuostumus\tkunnes tilaus perutaan")

    assert line.text == "Uutiskirje | suostumus | kunnes tilaus perutaan"


def test_a_tab_separated_table_of_purposes_states_purposes_and_periods():
    from wagtail_seloste.notice.check import check_notice
    from wagtail_seloste.notice.importer import import_text

    text = (
        "Tietosuojaseloste – Kuntosali Esimerkki\n\n"
        "Rekisterinpitäjä\nKuntosali Esimerkki Oy, Y-tunnus 3006642-2, Kauppakatu 1, 00100 "
        "Helsinki, info@sali.example\n\n"
        "Käsittelyn tarkoitus ja peruste\n"
        "Käyttötarkoitus\tPeruste\tSäilytysaika\n"
        "Jäsenyyden hoito\tsopimus\tjäsenyyden päättymisestä kolme vuotta\n"
        "Kirjanpito\tlakisääteinen velvoite, kirjanpitolaki\tkuusi vuotta tilikauden lopusta\n"
    )

    codes = {f.code for f in check_notice(import_text(text))}

    assert not codes & {"missing-purposes", "missing-retention"}
