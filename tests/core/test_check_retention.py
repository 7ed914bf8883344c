"""Retention (GDPR Art 13(2)(a)): a period or a criterion, wherever the notice states it."""

import pytest

from .conftest import dict_codes, replaced, section, text_codes
from .test_check_claims import claims, prose

SALON_RETENTION = (
    "Asiakastiedot poistetaan kolmen vuoden kuluttua viimeisestä käynnistä. Kirjanpitoaineisto "
    "säilytetään kirjanpitolain edellyttämän ajan (6–10 vuotta). Allergiatiedot poistetaan, kun "
    "suostumus peruutetaan."
)


@pytest.mark.parametrize(
    "vague",
    [
        "Tietoja säilytetään niin kauan kuin se on tarpeen.",
        "Säilytämme tietoja vain niin kauan kuin on tarpeellista käsittelyn tarkoituksen kannalta.",
        "Tiedot säilytetään lain edellyttämän ajan.",
        "Henkilötiedot säilytetään tarpeellisen ajan, minkä jälkeen ne poistetaan.",
        "Asiakastiedot säilytetään toistaiseksi.",
    ],
)
def test_vague_retention_triggers_on_as_long_as_necessary(salon_text, vague):
    text = replaced(salon_text, SALON_RETENTION, vague)

    assert "vague-retention" in text_codes(text)


def test_vague_retention_triggers_on_a_swedish_as_long_as_necessary():
    from .conftest import read_fixture

    text = replaced(
        read_fixture("dataskyddsbeskrivning.txt"),
        "Kunduppgifter raderas tre år efter det senaste besöket. Bokföringsmaterial sparas i "
        "sex år enligt bokföringslagen.",
        "Uppgifterna sparas så länge som det är nödvändigt.",
    )

    assert "vague-retention" in text_codes(text)


@pytest.mark.parametrize(
    "stated",
    [
        "Tiedot säilytetään asiakassuhteen keston ajan.",
        "Tiedot säilytetään niin kauan kuin on tarpeen, kuitenkin enintään kaksi vuotta "
        "viimeisestä käynnistä.",
        "Kirjanpitoaineisto säilytetään kirjanpitolain mukaisesti, muut tiedot kunnes asiakas "
        "pyytää niiden poistamista.",
        "Tietoja säilytetään asiakkuuden päättymiseen saakka.",
    ],
)
def test_vague_retention_is_quiet_with_a_period_or_criterion(salon_text, stated):
    text = replaced(salon_text, SALON_RETENTION, stated)

    assert "vague-retention" not in text_codes(text)


def test_vague_retention_is_quiet_when_structured_rules_give_periods(notice_data):
    section(notice_data, "retention")["text"] = (
        "Säilytämme tietoja vain niin kauan kuin on tarpeen."
    )

    assert "vague-retention" not in dict_codes(notice_data)


def test_vague_retention_triggers_on_text_without_rules(notice_data):
    section(notice_data, "retention").update(
        rules=[], text="Säilytämme tietoja vain niin kauan kuin on tarpeen."
    )

    assert "vague-retention" in dict_codes(notice_data)


def test_missing_retention_is_quiet_when_retention_is_stated_in_the_data_content(salon_text):
    text = replaced(salon_text, "8. Säilytysaika\n\n" + SALON_RETENTION + "\n\n", "")
    text = replaced(
        text,
        "Nimi, puhelinnumero, sähköpostiosoite, varatut hoidot ja niiden hinnat.",
        "Nimi, puhelinnumero ja sähköpostiosoite. Tietoja säilytetään asiakkuuden päättymiseen "
        "saakka.",
    )

    assert "missing-retention" not in text_codes(text)


def test_keeping_papers_in_a_locked_cabinet_is_not_a_retention_period(salon_text):
    text = replaced(salon_text, "8. Säilytysaika\n\n" + SALON_RETENTION + "\n\n", "")
    text += "\n13. Rekisterin suojaus\n\nPaperit säilytetään lukitussa kaapissa.\n"

    assert "missing-retention" in text_codes(text)


def test_a_rule_without_a_period_does_not_make_vague_text_precise(notice_data):
    section(notice_data, "retention").update(
        text="Säilytämme tietoja vain niin kauan kuin on tarpeen.",
        rules=[
            {
                "data": "Asiakastiedot",
                "applies_to": "clients",
                "period": None,
                "unit": "years",
                "until": "",
                "counted_from": "",
            }
        ],
    )

    assert "vague-retention" in dict_codes(notice_data)


FIRM_FOR_TWO_GROUPS = (
    "Asiakastiedot poistetaan kolmen vuoden kuluttua viimeisestä käynnistä. "
    "Kirjanpitoaineisto säilytetään kuusi vuotta tilikauden päättymisestä. "
)


@pytest.mark.parametrize(
    "vague_for_one_group",
    [
        "Valokuvia harjoituksista säilytämme tarvittaessa.",
        "Chattmeddelandena sparar vi så länge vi behöver dem.",
    ],
)
def test_a_vague_period_for_data_it_names_is_vague_beside_firm_periods_for_others(
    vague_for_one_group,
):
    notice = prose(FIRM_FOR_TWO_GROUPS + vague_for_one_group, "retention")

    assert "vague-retention" in dict_codes(notice)


def test_a_vague_period_for_data_named_by_pronoun_speaks_of_the_data_as_a_whole():
    found = claims("Muutoin säilytämme niitä vain niin kauan kuin on tarpeen.", "retention")

    assert [c.subject for c in found if c.kind == "retention"] == ["all"]


def test_a_vague_period_is_vague_when_imported_rules_name_the_other_groups(notice_data):
    # The importer's rules default to "other"; read as the clients' and the invoices', they
    # leave the feedback answers' vague period uncovered.
    section(notice_data, "retention").update(
        rules=[
            {"data": "Asiakastiedot", "applies_to": "other", "period": 3, "unit": "years"},
            {"data": "Laskut", "applies_to": "other", "period": 6, "unit": "years"},
        ],
        text="Kyselyvastaukset säilytetään tarpeen mukaan.",
    )

    assert "vague-retention" in dict_codes(notice_data)


def test_a_retention_table_row_under_a_security_heading_is_a_retention_statement():
    found = claims("Jäsenrekisteri | kaksi vuotta jäsenyyden päättymisestä", "security")

    assert [c.detail.get("period") for c in found if c.kind == "retention"] == [2]


def test_how_data_is_kept_safe_under_a_security_heading_is_no_retention_statement():
    found = claims("Varmuuskopiot säilytetään salattuina kahdessa eri paikassa.", "security")

    assert not [c for c in found if c.kind == "retention"]


@pytest.mark.parametrize(
    "no_end",
    [
        "Uppgifterna sparas vid behov.",
        "Data is kept for the time being.",
        "Kundregistret sparas tills annat meddelas.",
    ],
)
def test_keeping_as_needed_or_with_no_end_said_is_a_vague_period(no_end):
    found = claims(no_end, "retention")

    assert [c.detail.get("vague") for c in found if c.kind == "retention"] == [True]


def test_keeping_until_an_event_is_a_criterion_not_a_vague_period():
    found = claims("Uppgifterna sparas tills du säger upp avtalet.", "retention")

    assert [c.detail.get("vague") for c in found if c.kind == "retention"] == [None]
