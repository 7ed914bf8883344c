"""The reader of round 8 (issue 18): changes told in a second clause, interests per purpose
line beside structured ones, a purpose whose basis is conduct, retention in brackets after a
data item, the start of a period read beside it, and access offered as seeing one's data.

Each behaviour is tested in a wording other than the evaluation notices' (tests/fixtures/
check_eval/fresh6), so that a rule holds on text it was not written for.
"""

import pytest

from wagtail_seloste.notice.importer import import_text

from .notice_text import CONTROLLER, KONTROLLER, claims_of, codes

# Changes (GDPR Art 12(1), 13(3)) ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Kirjoitusasun korjauksia teemme ilmoittamatta; jos käyttötarkoitukset muuttuvat, "
        "ilmoitamme siitä asiakkaille sähköpostitse.",
        "Mindre justeringar görs utan att meddela; ändras ändamålen meddelar vi kunderna.",
    ],
)
def test_a_second_clause_that_notifies_the_other_changes_is_no_change_without_notice(sentence):
    text = CONTROLLER + "Muutokset\n" + sentence

    assert [c.value for c in claims_of(text, "changes")] == ["notified"]


def test_a_second_clause_that_notifies_nothing_leaves_the_change_without_notice():
    text = (
        CONTROLLER + "Muutokset\nKorjaukset teemme ilmoittamatta; muista muutoksista emme ilmoita."
    )

    assert [c.value for c in claims_of(text, "changes")] == ["without_notice"]


# Legitimate interests per purpose line (GDPR Art 13(1)(d)) ----------------------------------


def test_a_table_row_on_legitimate_interest_lacks_its_interest_beside_a_row_that_has_one():
    text = CONTROLLER + (
        "Käsittelyn tarkoitukset\n"
        "Tarkoitus | Peruste\n"
        "Asiakaspalautteen keruu | oikeutettu etu\n"
        "Videovalvonta | oikeutettu etu: tilojen ja henkilökunnan turvallisuus\n"
    )

    assert "missing-legitimate-interest" in codes(text)


def test_table_rows_on_legitimate_interest_each_with_its_interest_raise_nothing():
    text = CONTROLLER + (
        "Käsittelyn tarkoitukset\n"
        "Tarkoitus | Peruste\n"
        "Asiakaspalautteen keruu | oikeutettu etu: palvelun parantaminen\n"
        "Videovalvonta | oikeutettu etu: tilojen ja henkilökunnan turvallisuus\n"
    )

    assert "missing-legitimate-interest" not in codes(text)


def test_an_interest_given_after_a_semicolon_on_the_purpose_line_describes_it():
    text = CONTROLLER + (
        "Käsittelyn tarkoitukset\n"
        "- Ajanvaraus: sopimus\n"
        "- Syntymäpäivätervehdykset: oikeutettu etu; muistamme asiakkaitamme pienellä "
        "lahjalla\n"
    )

    assert "missing-legitimate-interest" not in codes(text)


def test_legitimate_interest_with_nothing_after_it_on_the_purpose_line_still_lacks_one():
    text = CONTROLLER + (
        "Käsittelyn tarkoitukset\n- Ajanvaraus: sopimus\n- Syntymäpäivätervehdykset: oikeutettu etu\n"
    )

    assert "missing-legitimate-interest" in codes(text)


# A purpose whose basis is conduct (GDPR Art 4(11), 7(4)) ------------------------------------


def test_a_purpose_that_makes_buying_count_as_consent_is_reported_as_conduct_not_as_no_basis():
    text = KONTROLLER + (
        "Varför behandlar vi uppgifterna?\n"
        "1. Bokningar. Behandlingen grundar sig på avtalet med dig.\n"
        "2. Kampanjer. Genom att köpa ett klippkort godkänner du att vi sänder dig "
        "kampanjer per sms.\n"
    )

    found = codes(text)

    assert "consent-by-conduct" in found
    assert "missing-legal-basis" not in found


# Access offered as seeing one's data (GDPR Art 15) ------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Du har rätt att se dina personuppgifter, få dem rättade och begära att de raderas.",
        "Sinulla on oikeus nähdä sinusta tallennetut tiedot sekä saada ne korjatuksi tai poistetuksi.",
    ],
)
def test_the_right_to_see_ones_data_is_the_right_of_access(sentence):
    text = KONTROLLER + "Dina rättigheter\n" + sentence

    assert "access" in {c.subject for c in claims_of(text, "right")}


def test_seeing_to_it_that_data_is_correct_is_no_right_of_access():
    text = KONTROLLER + "Dina rättigheter\nVi har rätt att se till att uppgifterna är korrekta."

    assert "access" not in {c.subject for c in claims_of(text, "right")}


# Retention in brackets after a data item, and the start of a period (GDPR Art 13(2)(a)) -----


def _retention(text):
    return {
        (c.subject, c.detail.get("period"), c.detail.get("counted_from", ""))
        for c in claims_of(text, "retention")
    }


def test_a_period_in_brackets_after_a_data_item_is_that_items_retention():
    text = CONTROLLER + (
        "Käsiteltävät tiedot\n"
        "- asiakkaan nimi ja puhelinnumero (kolme vuotta viimeisestä käynnistä)\n"
        "- verkkosivun lokitiedot (30 päivää)\n"
    )

    assert {("clients", 3, "last_booking"), ("logs", 30, "")} <= _retention(text)


def test_a_criterion_in_brackets_after_a_data_item_is_that_items_retention():
    text = KONTROLLER + (
        "Vilka uppgifter?\n- nyhetsbrevets mottagares e-postadresser (tills prenumerationen avslutas)\n"
    )

    assert any(subject == "marketing" for subject, _p, _c in _retention(text))


def test_a_bracket_that_holds_no_period_is_no_retention():
    text = CONTROLLER + "Käsiteltävät tiedot\n- asiakkaan nimi ja puhelinnumero (pakollisia)\n"

    assert _retention(text) == set()


def test_data_said_to_be_removed_intransitively_after_a_period_is_kept_that_long():
    text = CONTROLLER + (
        "Käsiteltävät tiedot\nVideotallenteet poistuvat järjestelmästä 14 vuorokauden kuluttua.\n"
    )

    assert any(period == 14 for _subject, period, _start in _retention(text))


def test_the_start_of_a_period_is_read_after_its_verb_not_from_the_data_kept():
    text = CONTROLLER + (
        "Säilytys\nAsiakkaan nimi ja syntymäaika säilytetään viisi vuotta asiakkuuden "
        "päättymisestä.\n"
    )

    found = _retention(text)

    assert ("clients", 5, "relationship_end") in found
    assert not any(start == "birth" for _subject, _period, start in found)


@pytest.mark.parametrize(
    ("sentence", "group", "period"),
    [
        ("Vi behåller kunduppgifterna i fyra år efter det senaste besöket.", "clients", 4),
        ("Kunduppgifterna tas bort tre år efter sista besöket.", "clients", 3),
        ("Bokningsuppgifterna förstörs efter 18 månader.", "bookings", 18),
        ("Asiakastiedot pidetään tallessa neljä vuotta viimeisestä käynnistä.", "clients", 4),
        ("Varaushistoria poistetaan kolmen vuoden kuluessa.", "bookings", 3),
        ("Asiakastiedot poistetaan 3 v kuluttua viimeisestä käynnistä.", "clients", 3),
        ("Client records are erased three years after the last visit.", "clients", 3),
    ],
)
def test_keeping_and_deleting_in_other_verbs_and_units_bound_the_data(sentence, group, period):
    text = CONTROLLER + "Käsiteltävät tiedot\n" + sentence

    assert any(s == group and p == period for s, p, _start in _retention(text))


@pytest.mark.parametrize(
    "sentence",
    ["Du kan be oss ta bort dina uppgifter.", "Vi har kvar möjligheten att kontakta dig."],
)
def test_a_right_to_removal_or_a_thing_left_over_is_no_retention(sentence):
    text = KONTROLLER + "Vilka uppgifter?\n" + sentence

    assert _retention(text) == set()


def test_an_interest_after_a_comma_in_a_table_cell_describes_it():
    text = CONTROLLER + (
        "Käsittelyn tarkoitukset ja perusteet\n"
        "Tarkoitus | Peruste\n"
        "Ajanvaraus | Sopimus\n"
        "Palautekysely | Oikeutettu etu, kurssien kehittäminen\n"
    )

    assert "missing-legitimate-interest" not in codes(text)


def test_another_basis_after_a_comma_is_no_interest():
    text = CONTROLLER + (
        "Käsittelyn tarkoitukset ja perusteet\n"
        "Tarkoitus | Peruste\n"
        "Ajanvaraus | Sopimus\n"
        "Palautekysely | Oikeutettu etu, suostumus\n"
    )

    assert "missing-legitimate-interest" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        CONTROLLER + "Käsittelyn tarkoitukset\nKurssit. Peruste: sopimus.\n"
        "Asiakaskysely. Peruste: oikeutettu etu, koska haluamme parantaa kursseja.\n",
        KONTROLLER + "Ändamål\nKurser. Grunden är avtalet med dig.\n"
        "Nyhetsbrev. Grunden är ditt samtycke, som du kan återkalla när du vill.\n",
    ],
)
def test_a_basis_labelled_after_its_item_with_a_reason_stays_with_the_item(text):
    purposes = [p for s in import_text(text)["sections"] for p in s.get("purposes") or []]

    assert len(purposes) == 2
    assert all(p["legal_basis"] for p in purposes)
    assert "missing-legal-basis" not in codes(text)


# Consent taken from conduct (GDPR Art 4(11), 7(4)) ------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Ilmoittautuminen valmennukseen merkitsee suostumusta tietojen käsittelyyn.",
        "Registreringen som medlem innebär att du samtycker till behandlingen.",
        "Varauksen yhteydessä asiakas hyväksyy tietojensa tallentamisen asiakasrekisteriin.",
        "I samband med bokningen godkänner du att vi behandlar dina uppgifter.",
    ],
)
def test_conduct_named_by_a_noun_or_as_the_occasion_is_consent_by_conduct(sentence):
    text = CONTROLLER + "Käsittelyn tarkoitukset\n" + sentence

    assert claims_of(text, "consent_by_conduct")


@pytest.mark.parametrize(
    "sentence",
    [
        "Varauksen yhteydessä pyydämme erillisen suostumuksen terveystietojen käsittelyyn.",
        "I samband med bokningen ber vi om ditt samtycke till nyhetsbrevet.",
        "Ilmoittautumisen yhteydessä kerromme, miten tietoja käsitellään.",
    ],
)
def test_a_consent_asked_for_at_booking_is_no_consent_by_conduct(sentence):
    text = CONTROLLER + "Käsittelyn tarkoitukset\n" + sentence

    assert not claims_of(text, "consent_by_conduct")


# Vague periods (GDPR Art 5(1)(e), 13(2)(a)) -------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Asiakastietoja säilytetään vain niin kauan kuin se on välttämätöntä.",
        "Kurssitiedot säilytetään kohtuullisen ajan.",
        "Kundkorten sparas på obestämd tid.",
        "Asiakaskortit säilytetään määrittelemättömän ajan.",
    ],
)
def test_a_period_left_to_need_or_measure_is_vague(sentence):
    text = CONTROLLER + "Säilytys\n" + sentence

    assert any(c.detail.get("vague") for c in claims_of(text, "retention"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Säilytämme vain välttämättömät tiedot asiakkuuden ajan.",
        "Vi sparar bara nödvändiga uppgifter under kundrelationen.",
        "Asiakastiedot säilytetään kolme vuotta, mikä on välttämätöntä reklamaatioiden vuoksi.",
    ],
)
def test_a_word_of_need_that_qualifies_the_data_or_a_bound_period_is_not_vague(sentence):
    text = CONTROLLER + "Säilytys\n" + sentence

    found = claims_of(text, "retention")

    assert found
    assert not any(c.detail.get("vague") for c in found)


# Caps and fees on requests (GDPR Art 12(5)) --------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Tietojen tarkastaminen on maksullista (12 €).",
        "Tarkastusoikeutta voi käyttää kolmesti vuodessa.",
    ],
)
def test_a_fee_or_a_count_of_times_in_one_word_limits_free_requests(sentence):
    text = CONTROLLER + "Rekisteröidyn oikeudet\nSinulla on oikeus tarkastaa tietosi. " + sentence

    assert "limits-free-requests" in codes(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tarkastamme asiakasrekisterin tietojen oikeellisuuden kahdesti vuodessa.",
        "Tietojen tarkastaminen on maksutonta.",
    ],
)
def test_the_controllers_own_review_or_a_free_access_limits_nothing(sentence):
    text = CONTROLLER + "Rekisteröidyn oikeudet\nSinulla on oikeus tarkastaa tietosi. " + sentence

    assert "limits-free-requests" not in codes(text)


def test_data_said_to_be_processed_only_in_finland_in_the_passive_states_the_transfers():
    text = CONTROLLER + (
        "Tietojen luovutukset\nEmme luovuta tietoja eteenpäin. Asiakastietoja käsitellään "
        "ainoastaan Suomessa.\n"
    )

    assert "missing-transfers" not in codes(text)


# The condition for special data, in the sentence after (GDPR Art 9(2)(a)) --------------------


@pytest.mark.parametrize(
    "text",
    [
        KONTROLLER + "Vilka uppgifter?\nNamn, telefon och uppgifter om allergier som påverkar "
        "behandlingen. Vi sparar dem enbart med ditt uttryckliga samtycke.\n",
        CONTROLLER + "Käsiteltävät tiedot\nNimi, puhelinnumero ja tiedot allergioista, jotka "
        "vaikuttavat hoitoon. Tallennamme niitä vain nimenomaisella suostumuksellasi.\n",
    ],
)
def test_explicit_consent_for_special_data_named_by_a_pronoun_in_the_next_sentence_counts(text):
    assert "missing-special-category-condition" not in codes(text)


def test_special_data_with_no_condition_anywhere_still_lacks_one():
    text = CONTROLLER + "Käsiteltävät tiedot\nNimi, puhelinnumero ja tiedot lääkityksestä.\n"

    assert "missing-special-category-condition" in codes(text)
