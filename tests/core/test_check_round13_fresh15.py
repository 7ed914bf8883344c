"""Round 13's readings found on fresh15 (issue 18), aimed at false alarms on right notices,
each tested in the lead's own wordings: rights said by their definition, a reader's question as
the rights heading, a review or a part of a month as the notice's date, a clause that notifies
after one that does not, a statutory requirement that is no basis, a day of departure as a
criterion, entering with a key tag as conduct, access stamps as logs.
"""

import pytest

from .notice_text import BASIS, CONTROLLER, GRUND, KONTROLLER, codes


@pytest.mark.parametrize(
    "sentence",
    [
        "Voit pyytää, että säilytän tietosi käyttämättä niitä, kunnes erimielisyys on ratkaistu.",
        "Du kan be oss att endast lagra uppgifterna medan vi kontrollerar dem.",
        "Du kan be mig att låta bli att använda uppgifterna tills vi har rett ut saken.",
    ],
)
def test_restriction_said_by_its_definition_is_the_right(sentence):
    base = KONTROLLER + GRUND if " du " in f" {sentence.lower()} " else CONTROLLER + BASIS
    text = base + "\nOikeutesi\n" + sentence + "\n"

    assert "missing-right-restriction" not in codes(text)


def test_seeing_what_is_recorded_of_one_under_a_question_heading_is_access():
    text = (
        CONTROLLER
        + BASIS
        + "\nMitä voit pyytää\nVoit milloin tahansa\n- katsoa, mitä sinusta on kirjattu\n"
        "- korjauttaa virheet\n"
    )

    assert "missing-right-access" not in codes(text)


@pytest.mark.parametrize(
    "line",
    [
        "Reviderad 3.11.2026",
        "Den här texten har setts över 12.10.2026.",
        "Selosteen tilanne 1.9.2026",
        "Päivitetty syyskuun lopussa 2026",
        "Uppdaterad i början av oktober 2026",
    ],
)
def test_a_review_or_a_part_of_a_month_is_the_notice_s_date(line):
    assert "missing-updated-date" not in codes(line + "\n\n" + CONTROLLER + BASIS)


def test_a_clause_that_notifies_after_one_that_does_not_tells_of_the_changes():
    text = (
        KONTROLLER
        + GRUND
        + "\nÄndringar\nStavfel kräver inget meddelande från oss, men ändringar som gäller dina "
        "uppgifter meddelar vi per e-post i förväg.\n"
    )

    assert "changes-without-notice" not in codes(text)


def test_a_statutory_requirement_to_give_data_is_no_basis_of_a_purpose():
    text = (
        CONTROLLER
        + BASIS
        + "Ilman puhelinnumeroa emme voi vahvistaa varausta, ja ilman henkilötunnusta emme voi "
        "tehdä matkustajailmoitusta, koska se on lakisääteinen.\n"
    )

    assert "basis-not-an-obligation" not in codes(text)


def test_data_deleted_on_the_day_of_departure_has_a_criterion():
    text = (
        CONTROLLER
        + "Käsiteltävät tiedot\nNimi, puhelinnumero, ruoka-allergiat ja laskut.\n\n"
        + BASIS
        + "Allergiatiedot käsittelemme nimenomaisella suostumuksellasi (9 art. 2 a).\n\n"
        + "Säilytysaika\nVarauksen tiedot säilytetään kaksi vuotta viimeisestä yöpymisestä. "
        "Allergiatiedot poistamme lähtöpäivänä. Laskut säilytetään kuusi vuotta.\n"
    )

    assert "retention-incomplete" not in codes(text)


def test_entering_with_a_key_tag_taken_as_acceptance_is_consent_by_conduct():
    sentence = "Kun leimaat kulkukortilla sisään, katsomme sinun hyväksyneen tietojesi käsittelyn."

    assert "consent-by-conduct" in codes(CONTROLLER + BASIS + sentence + "\n")


def test_access_data_with_a_period_of_its_own_are_covered_logs():
    text = (
        CONTROLLER
        + "Käsiteltävät tiedot\nNimi, puhelinnumero, kulunvalvonnan lokitiedot ja laskut.\n\n"
        + BASIS
        + "\nSäilytysaika\nAsiakastiedot | kaksi vuotta jäsenyyden päättymisestä\n"
        "Kulkutiedot | 3 kuukautta\nLaskut | kuusi vuotta\n"
    )

    assert "retention-incomplete" not in codes(text)
