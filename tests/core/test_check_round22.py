"""The reader of round 22 (issue 18): people who are not clients, and a request to erase.

A gift card's buyer, a job applicant, someone who only enquires, a trial visitor or a
competition's entrant has no client record: the client data's period says nothing of how long
their data are kept (GDPR Art 13(2)(a): a period or criterion for each group). Client data kept
until the person asks to erase them have no end the keeper sets (Art 5(1)(e), 13(2)(a)). Probes
in the lead's own wordings, each with its expected findings written before it ran.
"""

import pytest

from .notice_text import codes
from .test_check_round14 import FI_COVERED, SV, SV_COVERED

OTHER = "\nMuuta\n"


def declaring(text, line):
    """``text`` whose list of data also names ``line`` (a group of people and their data)."""
    for end in ("-valokuvat.\n\n", "behandlingen.\n\n"):
        if end in text:
            return text.replace(end, end[:-1] + line + "\n\n", 1)
    raise AssertionError("no list of data to extend")


@pytest.mark.parametrize(
    "text",
    [
        declaring(FI_COVERED, "Lahjakortin ostajista: nimi ja sähköpostiosoite."),
        declaring(FI_COVERED, "Arvontaan osallistujien nimi ja puhelinnumero."),
        declaring(FI_COVERED, "Yhteydenottajista: nimi, sähköpostiosoite ja viestin sisältö."),
        declaring(SV_COVERED, "Om dig som söker jobb hos oss: namn, e-post och cv."),
        declaring(SV_COVERED, "Om dig som deltar i en provlektion: namn och telefonnummer."),
    ],
)
def test_people_who_are_not_clients_need_a_period_of_their_own(text):
    assert "retention-incomplete" in codes(text + "\n")


@pytest.mark.parametrize(
    "text",
    [
        declaring(FI_COVERED, "Lahjakortin ostajista: nimi ja sähköpostiosoite.")
        + "Lahjakortin ostajan tiedot poistetaan vuoden kuluttua kortin lunastamisesta.\n",
        declaring(SV_COVERED, "Om dig som söker jobb hos oss: namn, e-post och cv.")
        + "Ansökningar raderas sex månader efter att tjänsten har tillsatts.\n",
        declaring(FI_COVERED, "Arvontaan osallistujien nimi ja puhelinnumero.")
        + "Arvontaan osallistuneiden tiedot hävitetään, kun voittaja on julkistettu.\n",
    ],
)
def test_people_who_are_not_clients_named_with_a_period_are_covered(text):
    # guard (no such rule before round 22): the statement naming them covers them
    assert "retention-incomplete" not in codes(text + "\n")


def test_a_buyer_named_only_in_the_terms_declares_no_data():
    # guard: the gift card's terms name its buyer, not data kept of them
    text = (
        FI_COVERED + OTHER + "Lahjakortin ostaja hyväksyy, että kortti on voimassa vuoden "
        "ostopäivästä.\n"
    )
    assert "retention-incomplete" not in codes(text)


def test_a_participant_list_put_first_is_no_statement_about_all_data():
    # "Deltagarlistor … raderar vi" was read as the data as a whole and covered the trial
    # visitors too
    text = declaring(SV_COVERED, "Om dig som deltar i en provlektion: namn och telefonnummer.") + (
        "Deltagarlistor från kurser och läger raderar vi en månad efter kursens slut.\n"
    )
    assert "retention-incomplete" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        SV + "Kunduppgifterna sparas tills du ber oss radera dem.\n",
        SV + "Kunduppgifterna sparar vi tills kunden ber oss att radera dem.\n",
    ],
)
def test_client_data_kept_until_the_person_asks_to_erase_them_is_a_vague_period(text):
    assert "vague-retention" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        SV + "Kunduppgifterna sparas tills du ber oss radera dem, dock högst två år efter "
        "det senaste besöket.\n",
        SV_COVERED + "Nyhetsbrevets adresser sparas tills du ber oss ta bort dig från listan.\n",
    ],
)
def test_a_request_to_erase_with_a_bound_or_for_a_newsletter_is_no_vague_period(text):
    # guard (held before round 22 too)
    assert "vague-retention" not in codes(text)
