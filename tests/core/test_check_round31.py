"""Round 31 of the reader (issue 18): notices as they arrive from real sites, again.

Each probe had its expected findings written before it ran and fails on stop 47's code
(8aa8a56) unless marked a guard.
"""

from .notice_text import BASIS, CONTROLLER, GRUND, KONTROLLER, codes

_FI_DATA = "Rekisterin tietosisältö\nAsiakkaan nimi, puhelinnumero ja varaushistoria.\n\n"
_SV_DATA = "Uppgifter som behandlas\nNamn, telefonnummer och bokningar.\n\n"

# A vague period of data named apart ------------------------------------------------------------


def _fi_kept(line):
    return (
        CONTROLLER
        + _FI_DATA
        + BASIS
        + "\nSäilytysaika\nAsiakastiedot poistetaan kahden vuoden kuluttua viimeisestä "
        "käynnistä. " + line + "\n"
    )


def _sv_kept(line):
    return (
        KONTROLLER
        + _SV_DATA
        + GRUND
        + "\nLagringstid\nKunduppgifterna raderas två år efter det senaste besöket. "
        + line
        + "\n"
    )


def test_participant_lists_kept_until_further_notice_are_vaguely_kept():
    # "Deltagar…" opens with the letters of the pronoun "de": still data named apart (Art 13(2)(a))
    found = codes(_sv_kept("Deltagarlistorna från kursdagarna sparar jag tills vidare."))
    assert "vague-retention" in found


def test_registration_forms_kept_until_further_notice_are_vaguely_kept():
    found = codes(_fi_kept("Ilmoittautumislomakkeet säilytän toistaiseksi."))
    assert "vague-retention" in found


def test_our_client_data_kept_as_needed_beside_their_period_is_an_overview():
    # guard: a possessive opens a statement about the data in general
    found = codes(_fi_kept("Meidän asiakastietojamme säilytetään vain niin kauan kuin on tarpeen."))
    assert "vague-retention" not in found


def test_data_kept_no_longer_than_necessary_beside_their_period_is_an_overview():
    # "nödvändigt" was read as "nöd", the word of an emergency contact: people who are not
    # clients, whom the clients' period does not cover
    found = codes(_sv_kept("Våra kunduppgifter sparas inte längre än nödvändigt."))
    assert "vague-retention" not in found


# A rights section that only points to the authority's site --------------------------------------


def _fi_rights(text):
    return (
        CONTROLLER
        + _FI_DATA
        + BASIS
        + "\nSäilytysaika\nAsiakastiedot poistetaan kahden vuoden kuluttua viimeisestä käynnistä."
        + "\n\nRekisteröidyn oikeudet\n"
        + text
        + "\n"
    )


def _sv_rights(text):
    return (
        KONTROLLER
        + _SV_DATA
        + GRUND
        + "\nLagringstid\nKunduppgifterna raderas två år efter det senaste besöket."
        + "\n\nDen registrerades rättigheter\n"
        + text
        + "\n"
    )


_FI_POINTER = "Lisätietoa oikeuksistasi löydät Tietosuojavaltuutetun sivuilta www.tietosuoja.fi."
_SV_POINTER = "Mer information om dina rättigheter finns på dataombudsmannens webbplats."


def test_a_rights_section_that_only_points_to_the_authority_states_no_rights():
    # GDPR Art 13(2)(b): one finding for the whole gap, not one per right
    found = codes(_fi_rights(_FI_POINTER))
    assert "missing-rights" in found
    assert "missing-right-access" not in found


def test_the_authority_named_only_for_more_information_is_no_right_to_complain():
    # GDPR Art 13(2)(d), 77
    assert "missing-complaint-right" in codes(_sv_rights(_SV_POINTER))


def test_a_complaint_said_before_the_pointer_to_the_authority_is_the_right_to_complain():
    # guard
    found = codes(
        _fi_rights(
            "Sinulla on oikeus tarkastaa, korjata ja poistaa tietosi. Voit myös tehdä "
            "valituksen. " + _FI_POINTER
        )
    )
    assert "missing-complaint-right" not in found


def test_the_authority_offered_in_the_rights_section_is_the_right_to_complain():
    # guard
    found = codes(_sv_rights("Du kan vända dig till dataombudsmannens byrå, www.tietosuoja.fi."))
    assert "missing-complaint-right" not in found


def test_a_rights_section_that_states_one_right_lists_the_others_missing():
    # guard: some rights stated, so each missing one is named
    found = codes(_fi_rights("Sinulla on oikeus tarkastaa tietosi."))
    assert "missing-rights" not in found
    assert "missing-right-erasure" in found


def test_a_passive_ending_like_erase_states_no_erasure():
    # "uppdateras" holds the letters of "erase": the rights section stated erasure by them
    found = codes(
        _sv_rights("Du har rätt att granska och rätta dina uppgifter. Beskrivningen uppdateras.")
    )
    assert "missing-right-erasure" in found


def test_the_authority_named_as_the_notices_model_is_no_right_to_complain():
    found = codes(
        _sv_rights(
            "Du har rätt att granska, rätta och radera dina uppgifter. Denna beskrivning har "
            "gjorts upp enligt dataombudsmannens anvisningar."
        )
    )
    assert "missing-complaint-right" in found


# A cookie plugin's table under a heading of its own -------------------------------------------

_FI_COOKIE_PROSE = (
    "\n\nEvästeet\nSivusto käyttää evästeitä. Tilastoevästeet asetetaan vain, jos hyväksyt ne."
)


def _fi_cookie_table(row):
    return (
        CONTROLLER
        + _FI_DATA
        + BASIS
        + _FI_COOKIE_PROSE
        + "\n\nEvästeluettelo\nNimi | Palveluntarjoaja | Tarkoitus | Kesto | Luokka\n"
        + "PHPSESSID | Sivusto | Istunnon ylläpito | istunto | Välttämätön\n"
        + row
        + "\n"
    )


def test_analytics_in_the_necessary_row_of_a_second_cookie_section_is_found():
    # 917/2014 205 §: statistics need consent, whichever heading the table stands under
    found = codes(_fi_cookie_table("_ga | Google | Kävijätilastot | 2 vuotta | Välttämätön"))
    assert "tracker-in-necessary" in found


def test_analytics_in_its_own_row_of_a_second_cookie_section_is_declared():
    found = codes(_fi_cookie_table("_ga | Google | Kävijätilastot | 2 vuotta | Tilastointi"))
    assert "tracker-in-necessary" not in found
    assert "undeclared-cookies" not in found


def test_the_importer_reads_the_cookies_of_every_cookie_section_once():
    from wagtail_seloste.notice.importer import import_text

    notice = import_text(
        _fi_cookie_table("_ga | Google | Kävijätilastot | 2 vuotta | Tilastointi")
        + "\nEvästeet vielä kerran\n_ga (Google): kävijätilastot\n"
    )
    assert [c["name"] for c in notice["cookies"]] == ["PHPSESSID", "_ga"]
    first = next(s for s in notice["sections"] if s["kind"] == "cookies")
    assert [c["key"] for c in first["categories"]] == ["necessary", "analytics"]


# An old register template's purposes and bases ------------------------------------------------


def _sv_template(purposes, basis):
    return (
        KONTROLLER
        + "4. Ändamålet med behandlingen av personuppgifter\n"
        + purposes
        + "\n\n5. Rättslig grund\n"
        + basis
        + "\n\n"
        + _SV_DATA
        + "Lagringstid\nKunduppgifterna raderas två år efter det senaste besöket.\n"
    )


def test_a_purposes_section_left_as_a_dash_states_no_purposes():
    # GDPR Art 13(1)(c)
    found = codes(_sv_template("–", "Kundförhållandet mellan den registrerade och företaget."))
    assert "missing-purposes" in found


def test_the_client_relationship_as_the_templates_basis_is_a_basis():
    found = codes(
        _sv_template(
            "Kundregistret används för tidsbokning och fakturering.",
            "Kundförhållandet mellan den registrerade och företaget.",
        )
    )
    assert "missing-legal-basis" not in found


def test_a_basis_section_of_no_basis_leaves_the_purposes_without_one():
    # guard
    found = codes(
        _sv_template(
            "Kundregistret används för tidsbokning och fakturering.",
            "Se avsnitt 4.",
        )
    )
    assert "missing-legal-basis" in found


def test_a_site_builders_sample_paragraph_states_no_purposes():
    found = codes(
        _sv_template(
            "Add your text here. Click to edit this paragraph and tell your visitors what you "
            "use their data for.",
            "Avtal (art. 6.1 b).",
        )
    )
    assert "missing-purposes" in found


def test_bases_given_by_the_purposes_letters_are_theirs():
    from wagtail_seloste.notice.importer import import_text

    notice = import_text(
        _sv_template(
            "a) tidsbokning och påminnelser\nb) behandlingskort\nc) fakturering och bokföring\n"
            "d) födelsedagshälsningar",
            "Punkterna a och b: avtal med kunden.\nPunkt c: bokföringslagen.\n"
            "Punkt d: berättigat intresse.",
        )
    )
    purposes = next(s for s in notice["sections"] if s["kind"] == "purposes")["purposes"]
    assert [p["legal_basis"] for p in purposes] == ["b", "b", "c", "f"]
    assert not any("_marker" in p for p in purposes)


# A pixel named in another form -------------------------------------------------------------


def test_the_meta_pixel_in_swedish_is_an_undeclared_cookie():
    # 917/2014 205 §
    found = codes(_sv_kept("") + "\nTillägg 2025\nWebbplatsen har nu Meta-pixeln installerad.\n")
    assert "undeclared-cookies" in found


# Patient records: the decree named beside another period --------------------------------------


def _fi_records(lines):
    return (
        CONTROLLER + "Rekisterin tietosisältö\nNimi, puhelinnumero, esitiedot ja hoitomerkinnät "
        "(terveystietoja).\nTerveystietoja käsittelen terveydenhuollon ammattihenkilönä (9 art. "
        "2 h).\n\n" + BASIS + "\nSäilytysajat\n" + lines + "\n"
    )


def test_records_kept_from_the_last_visit_with_the_decree_named_break_the_decree():
    # STM 94/2022: 12 years from death, or 120 years from birth
    found = codes(
        _fi_records(
            "Potilaskertomus | 12 vuotta viimeisestä käynnistä | potilasasiakirja-asetus\n"
            "Päivitys 2024: Säilytysajat on tarkistettu potilasasiakirja-asetuksen (94/2022) "
            "jälkeen."
        ),
        field="massage",
    )
    assert "patient-records-retention" in found


def test_an_update_giving_the_decrees_period_replaces_the_tables_old_one():
    # guard
    found = codes(
        _fi_records(
            "Hoitokortti | 5 vuotta viimeisestä käynnistä\n"
            "Päivitys 2024: Taulukon 5 vuotta ei ole enää voimassa: hoitokortit säilytetään "
            "potilasasiakirja-asetuksen (94/2022) mukaisesti 12 vuotta asiakkaan kuolemasta."
        ),
        field="massage",
    )
    assert "patient-records-retention" not in found


# Words that begin like something else ------------------------------------------------------


def test_a_notices_version_and_update_day_are_no_period():
    # "Versio 4 – päivitetty 1.9.2023": "päivitetty" begins like "päivä" (a day)
    from .notice_text import claims_of

    text = "Versio 4 – päivitetty 1.9.2023\n\n" + _fi_kept("")
    assert not [c for c in claims_of(text, "retention") if c.detail.get("unit") == "days"]


def test_the_keepers_right_to_update_the_notice_is_no_right_to_correction():
    # GDPR Art 16: the person's right, not the keeper's to edit the notice
    found = codes(
        _fi_rights("Sinulla on oikeus tarkastaa tietosi ja pyytää niiden poistamista.")
        + "\nMuutokset\nPidätämme oikeuden päivittää tätä selostetta.\n"
    )
    assert "missing-right-rectification" in found


def test_cookies_denied_with_the_clitic_negation_are_not_spoken_of():
    # "eivätkä käytä": the verb of negation with -kä
    found = codes(
        _fi_kept("")
        + "\nEvästeet\nKotisivut toimivat kotimaisella alustalla eivätkä käytä analytiikka- "
        "tai mainosevästeitä.\n"
    )
    assert "undeclared-cookies" not in found


# Bookkeeping under the notice's one basis ----------------------------------------------------


def test_bookkeeping_under_consent_as_the_notices_one_basis_is_consent_for_an_obligation():
    # GDPR Art 6(1)(c): the importer no longer gives bookkeeping the law's basis the notice
    # does not give it (issue 18: no basis defaulted to "legal obligation")
    found = codes(
        _sv_template(
            "a) tidsbokning och kundkort\nb) fakturering och bokföring",
            "Kundens samtycke.",
        )
    )
    assert "consent-for-legal-obligation" in found


def test_bookkeeping_under_contract_as_the_notices_one_basis_takes_the_laws():
    # guard: only consent, which bookkeeping cannot rest on, is kept as the notice says it
    from wagtail_seloste.notice.importer import import_text

    notice = import_text(
        _sv_template("a) tidsbokning och kundkort\nb) fakturering och bokföring", "Avtal.")
    )
    purposes = next(s for s in notice["sections"] if s["kind"] == "purposes")["purposes"]
    assert purposes[1]["legal_basis"] == "c"


def test_bookkeeping_without_a_basis_of_its_own_takes_the_laws():
    # guard: no one basis said for all
    from wagtail_seloste.notice.importer import import_text

    notice = import_text(
        _sv_template(
            "a) tidsbokning och kundkort (avtal)\nb) fakturering och bokföring",
            "Se punkterna ovan.",
        )
    )
    purposes = next(s for s in notice["sections"] if s["kind"] == "purposes")["purposes"]
    assert [p["legal_basis"] for p in purposes] == ["b", "c"]


# A cookie plugin's text after a numbered notice -----------------------------------------------


_NUMBERED = (
    "1. Rekisterinpitäjä\nStudio Esimerkki Oy, Y-tunnus 3006642-2, Kauppakatu 1, 00100 "
    "Helsinki, info@studio.example\n\n2. Rekisterin tietosisältö\nAsiakkaan nimi ja "
    "puhelinnumero.\n\n3. Säilytysaika\nAsiakastiedot poistetaan kahden vuoden kuluttua "
    "viimeisestä käynnistä.\n\nVarmuuskopiot\nVarmuuskopiot poistetaan kuukaudessa.\n\n"
    "4. Muutokset\nKerromme muutoksista etukäteen.\n\n"
)


def test_a_cookie_heading_after_a_numbered_notice_opens_the_cookie_section():
    from wagtail_seloste.notice.importer import import_text

    notice = import_text(
        _NUMBERED + "Evästeet\nSivusto käyttää evästeitä.\n\nEvästeluettelo\n"
        "Nimi | Palveluntarjoaja | Tarkoitus | Kesto | Luokka\n"
        "_ga | Google | Kävijätilastot | 2 vuotta | Tilastointi\n"
    )
    assert [s["kind"] for s in notice["sections"]][-1] == "cookies"
    assert [c["name"] for c in notice["cookies"]] == ["_ga"]


def test_an_unnumbered_line_inside_a_numbered_notice_stays_its_sections_text():
    # guard: only a cookie plugin's heading is read apart ("Varmuuskopiot" stays retention's)
    from wagtail_seloste.notice.importer import import_text

    notice = import_text(_NUMBERED)
    retention = next(s for s in notice["sections"] if s["kind"] == "retention")
    assert "Varmuuskopiot poistetaan" in retention["text"]


# Two statements of keeping joined in one sentence ---------------------------------------------
# (The check's reading of such a sentence as two statements was tried too and lost three
# held-out decisions; the importer's rule, which the owner confirms in the review, is fixed.)


_SV_CARDS = (
    KONTROLLER + "Uppgifter som behandlas\nNamn, telefon, bokningar, behandlingskort med "
    "hälsouppgifter.\n\n"
    + GRUND
    + "\nLagringstid\nBehandlingskorten sparar jag så länge lagen kräver, och kontaktuppgifter "
    "och bokningar raderas två år efter ditt senaste besök.\n"
)


def test_the_importer_gives_the_period_to_the_clause_that_says_it():
    from wagtail_seloste.notice.importer import import_text

    notice = import_text(_SV_CARDS)
    rules = [r for s in notice["sections"] if s["kind"] == "retention" for r in s["rules"]]
    assert [(r["data"], r["period"]) for r in rules] == [("Kontaktuppgifter och bokningar", 2)]


def test_a_list_of_data_before_one_verb_stays_one_statement():
    # guard
    from wagtail_seloste.notice.importer import import_text

    notice = import_text(
        KONTROLLER
        + GRUND
        + "\nLagringstid\nNamn, adresser, och telefonnummer raderas två år efter det senaste "
        "besöket.\n"
    )
    rules = [r for s in notice["sections"] if s["kind"] == "retention" for r in s["rules"]]
    assert [r["data"] for r in rules] == ["Namn, adresser, och telefonnummer"]
