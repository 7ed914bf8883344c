"""Round 30 of the reader (issue 18): notices as they arrive from real sites.

Old register templates say periods under "Rekisterin suojauksen periaatteet", date a notice as
drawn up or supplemented, and leave a template's instruction in parentheses. Each probe had its
expected findings written before it ran and fails on stop 46's code (0a9c226) unless marked a
guard.
"""

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
