"""Round 30 of the reader (issue 18): notices as they arrive from real sites.

Old register templates say periods under "Rekisterin suojauksen periaatteet", date a notice as
drawn up or supplemented, and leave a template's instruction in parentheses. Each probe had its
expected findings written before it ran and fails on stop 46's code (0a9c226) unless marked a
guard.
"""

from wagtail_seloste.notice.importer import import_text

from .notice_text import BASIS, CONTROLLER, GRUND, KONTROLLER, codes

_FI_DATA = "Rekisterin tietosisältö\nAsiakkaan nimi, puhelinnumero ja varaushistoria.\n\n"


def _fi_security(line):
    return (
        CONTROLLER + _FI_DATA + BASIS + "\nRekisterin suojauksen periaatteet\nAsiakaskortit "
        "säilytetään lukitussa kaapissa. " + line + "\n"
    )


# Retention said under the security heading --------------------------------------------------


def test_a_period_of_named_data_under_the_security_heading_is_the_notices_period():
    # GDPR Art 13(2)(a) asks the period, wherever the notice says it
    found = codes(
        _fi_security("Asiakastiedot hävitetään kolmen vuoden kuluttua viimeisestä käynnistä.")
    )
    assert "missing-retention" not in found


def test_a_period_of_the_systems_log_ins_under_the_security_heading_is_no_period_of_the_clients():
    # guard: the staff's credentials, no data the notice declares
    found = codes(_fi_security("Työsuhteen päättyessä työntekijän tunnukset poistetaan heti."))
    assert "missing-retention" in found


def test_how_data_are_kept_safe_under_the_security_heading_is_no_period():
    # guard
    found = codes(_fi_security("Paperit hävitetään tietoturvallisesti silppuamalla."))
    assert "missing-retention" in found


# The notice's date --------------------------------------------------------------------------


def _sv_dated(line):
    return (
        KONTROLLER
        + line
        + "\n\nUppgifter som behandlas\nNamn och telefonnummer.\n\n"
        + GRUND
        + "\nLagringstid\nUppgifterna raderas två år efter det senaste besöket.\n"
    )


def test_a_notice_supplemented_on_a_day_is_dated():
    assert "missing-updated-date" not in codes(_sv_dated("Kompletterad 3.9.2025"))


def test_a_notice_drawn_up_on_a_day_is_dated():
    assert "missing-updated-date" not in codes(_sv_dated("Upprättad 14.2.2024"))


def test_a_notice_without_a_day_of_its_own_is_undated():
    # guard: the GDPR's own date is not the notice's
    assert "missing-updated-date" in codes(_sv_dated("Dataskyddsförordningen (2016/679)"))


# A template's instruction in parentheses ----------------------------------------------------


def _sv_purposes(line):
    return (
        KONTROLLER
        + "Ändamålet med behandlingen\n"
        + line
        + "\n\nRättslig grund\nAvtalet med kunden.\n\nUppgifter som behandlas\nNamn och "
        "telefonnummer.\n\nLagringstid\nUppgifterna raderas två år efter det senaste besöket.\n"
    )


def test_a_purpose_left_as_the_templates_instruction_in_parentheses_is_no_purpose():
    # GDPR Art 13(1)(c)
    assert "missing-purposes" in codes(_sv_purposes("(SYFTE – fylls i av företaget)"))


def test_a_finnish_instruction_in_parentheses_is_no_purpose():
    found = codes(
        CONTROLLER + "Henkilötietojen käsittelyn tarkoitus\n(Kuvaa tähän käsittelyn "
        "tarkoitus)\n\nOikeusperuste\nSopimus asiakkaan kanssa.\n\n" + _FI_DATA + "Säilytysaika\n"
        "Tiedot poistetaan kahden vuoden kuluttua viimeisestä käynnistä.\n"
    )
    assert "missing-purposes" in found


def test_a_purpose_with_a_remark_in_parentheses_is_a_purpose():
    # guard
    found = codes(_sv_purposes("Bokning av tider (även via telefon) och fakturering."))
    assert "missing-purposes" not in found


# A cookie banner caught in the paste ---------------------------------------------------------


def _sv_with(lines):
    return (
        KONTROLLER
        + "Uppgifter som behandlas\nNamn och telefonnummer.\n\n"
        + GRUND
        + "\nLagringstid\n"
        "Uppgifterna raderas två år efter det senaste besöket.\n\n" + lines + "\n"
    )


def test_continuing_to_use_the_site_as_leave_for_the_cookies_named_before_is_a_cookie_matter():
    # the banner's "this" is the cookies of the sentence before: the cookie codes read it
    found = codes(
        _sv_with("Sidan använder kakor. Fortsätter du att använda sidan godkänner du det.")
    )
    assert "consent-by-conduct" not in found


def test_continuing_to_use_the_site_as_leave_for_the_clients_data_is_consent_by_conduct():
    # guard: GDPR Art 4(11), 7(2); the sentence names the person's data itself
    found = codes(
        _sv_with(
            "Vi använder kakor för statistik. Fortsätter du att surfa godkänner du också att vi "
            "behandlar dina uppgifter för marknadsföring."
        )
    )
    assert "consent-by-conduct" in found


def test_continuing_to_use_the_site_as_leave_for_a_letter_named_before_is_consent_by_conduct():
    # guard: "this" points back to a newsletter, not to cookies
    found = codes(
        _sv_with(
            "Vi skickar ett nyhetsbrev varje månad. Genom att fortsätta använda sidan godkänner "
            "du detta."
        )
    )
    assert "consent-by-conduct" in found


# Numbered purposes with their bases on the line under them ---------------------------------


_SV_NUMBERED = (
    KONTROLLER + "Varför behandlar jag dina uppgifter?\n"
    "1. Bokning av tider och påminnelser per sms om kommande besök\n"
    "   (avtal, art. 6.1 b)\n"
    "2. Ett kort meddelande om nya kurser till dem som gått en kurs under året\n"
    "   (berättigat intresse – att berätta om liknande kurser för tidigare deltagare)\n\n"
    "Vilka uppgifter?\nNamn och telefonnummer.\n\nLagringstid\nUppgifterna raderas två år "
    "efter det senaste besöket.\n"
)


def _purposes(text):
    notice = import_text(text)
    return [
        (p["purpose"], p["legal_basis"])
        for s in notice["sections"]
        if s.get("kind") == "purposes"
        for p in s.get("purposes", [])
    ]


def test_a_basis_in_parentheses_on_the_line_under_a_numbered_purpose_is_that_purposes():
    assert [basis for _purpose, basis in _purposes(_SV_NUMBERED)] == ["b", "f"]


def test_a_numbered_purposes_basis_under_it_leaves_no_purpose_without_a_basis():
    assert "missing-legal-basis" not in codes(_SV_NUMBERED)


def test_an_indented_line_under_a_numbered_heading_stays_a_line_of_its_own():
    # guard: "1. Personuppgiftsansvarig" is a heading, its indented body no remark of it
    notice = import_text(
        "Dataskyddsbeskrivning\n\n1. Personuppgiftsansvarig\n   (Studio Exempel Ab, FO-nummer "
        "3006642-2, Storgatan 1, 65100 Vasa)\n"
    )
    assert "Personuppgiftsansvarig (" not in str(notice)


def test_a_legitimate_interest_said_in_the_neuter_is_the_purposes_basis():
    # Swedish "ett berättigat intresse" beside "det berättigade intresset"
    found = _purposes(
        KONTROLLER + "Ändamål\n- Kundenkät efter kursen. Grund: berättigat intresse – att "
        "förbättra kurserna.\n"
    )
    assert found[0][1] == "f"


def test_a_purpose_line_on_legitimate_interest_without_its_own_interest_lacks_one():
    # guard (the importer now reads the line's basis, so the structured path must hold it):
    # GDPR Art 13(1)(d), the interest given on another line is that line's; the shared label
    # "Grund:" names no purpose
    found = codes(
        KONTROLLER + "Ändamål\n- Kameraövervakning i entrén. Grund: berättigat intresse – att "
        "skydda lokalerna mot stölder.\n- Statistik över besöken per timme. Grund: berättigat "
        "intresse.\n\nUppgifter\nBilder och besökstider.\n\nLagringstid\nBilderna raderas "
        "efter 14 dagar och besökstiderna efter ett år.\n"
    )
    assert "missing-legitimate-interest" in found


# Consent the one basis of a list that holds bookkeeping --------------------------------------


def _fi_one_basis(purposes):
    return (
        CONTROLLER
        + "Käsittelyn tarkoitukset\nKäytämme tietoja seuraaviin tarkoituksiin:\n"
        + purposes
        + "\n\nKäsittelyn oikeusperuste\nTietojen käsittelyn peruste on asiakkaan suostumus. "
        "Suostumuksen voi perua milloin tahansa.\n\n" + _FI_DATA + "Säilytysaika\nTiedot "
        "poistetaan kahden vuoden kuluttua viimeisestä käynnistä.\n"
    )


def test_consent_as_the_one_basis_of_a_list_with_bookkeeping_is_consent_for_an_obligation():
    # GDPR Art 6(1)(c), 7(3); Kirjanpitolaki 1336/1997: a withdrawal cannot end bookkeeping
    found = codes(
        _fi_one_basis(
            "• ajanvaraukset ja muistutukset\n• laskutus, tuotemyynti ja kirjanpito\n"
            "• kuukausikirje sähköpostitse (suostumus)"
        )
    )
    assert "consent-for-legal-obligation" in found


def test_consent_as_the_one_basis_of_a_list_without_bookkeeping_is_no_such_finding():
    # guard
    found = codes(
        _fi_one_basis("• ajanvaraukset ja muistutukset\n• kuukausikirje sähköpostitse (suostumus)")
    )
    assert "consent-for-legal-obligation" not in found


def test_the_swedish_templates_granskningsratt_is_a_rights_heading():
    from wagtail_seloste.notice.importer.headings import heading_kind

    assert heading_kind("8. Granskningsrätt") == "rights"


# A section left as a dash -------------------------------------------------------------------


def _fi_transfers(line):
    return (
        CONTROLLER + _FI_DATA + BASIS + "\nSäilytysaika\nTiedot poistetaan kahden vuoden "
        "kuluttua viimeisestä käynnistä.\n\nTietojen siirto EU:n tai ETA:n ulkopuolelle\n"
        + line
        + "\n\nRekisterin suojauksen periaatteet\nJärjestelmään kirjaudutaan tunnuksella.\n"
    )


def test_a_transfers_section_left_as_a_dash_says_nothing_of_transfers():
    # GDPR Art 13(1)(f): the old template's section left unfilled
    assert "missing-transfers" in codes(_fi_transfers("–"))


def test_a_transfers_section_that_denies_transfers_says_so():
    # guard
    assert "missing-transfers" not in codes(_fi_transfers("Tietoja ei siirretä EU:n ulkopuolelle."))
