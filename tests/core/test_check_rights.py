"""Rights (GDPR Art 13(2)(b)–(d), 15–21, 77): each right is found however it is worded."""

import pytest

from .conftest import dict_codes, replaced, section, text_codes

RIGHTS_OF_SALON = """Sinulla on oikeus:
- saada pääsy tietoihisi ja saada niistä jäljennös
- pyytää virheellisten tietojen korjaamista
- pyytää tietojesi poistamista
- pyytää käsittelyn rajoittamista
- saada antamasi tiedot koneluettavassa muodossa
- peruuttaa suostumuksesi milloin tahansa"""


def without_right(notice, right):
    rights = section(notice, "rights")
    rights["rights"] = [r for r in rights["rights"] if r["right"] != right]
    return notice


@pytest.mark.parametrize(
    "right", ["access", "rectification", "erasure", "restriction", "portability"]
)
def test_missing_right_triggers_when_the_structured_right_is_left_out(notice_data, right):
    assert f"missing-right-{right}" in dict_codes(without_right(notice_data, right))


@pytest.mark.parametrize(
    "line, code",
    [
        ("- saada pääsy tietoihisi ja saada niistä jäljennös\n", "missing-right-access"),
        ("- pyytää virheellisten tietojen korjaamista\n", "missing-right-rectification"),
        ("- pyytää tietojesi poistamista\n", "missing-right-erasure"),
        ("- pyytää käsittelyn rajoittamista\n", "missing-right-restriction"),
        ("- saada antamasi tiedot koneluettavassa muodossa\n", "missing-right-portability"),
    ],
)
def test_missing_right_triggers_when_the_line_of_a_right_is_left_out(salon_text, line, code):
    assert code in text_codes(replaced(salon_text, line, ""))


@pytest.mark.parametrize(
    "sentence, right",
    [
        ("Rekisteröidyllä on tarkastusoikeus.", "access"),
        ("Sinulla on oikeus tietää, mitä tietoja sinusta on tallennettu.", "access"),
        ("Voit pyytää kopion tiedoistasi.", "access"),
        ("Sinulla on oikeus saada vahvistus siitä, käsitelläänkö tietojasi.", "access"),
        ("Voit vaatia virheellisen tiedon oikaisemista.", "rectification"),
        ("Voit pyytää puutteellisten tietojen täydentämistä.", "rectification"),
        ("Sinulla on oikeus tulla unohdetuksi.", "erasure"),
        ("Voit vaatia tietojesi hävittämistä.", "erasure"),
        ("Voit pyytää, että rajoitamme tietojesi käsittelyä.", "restriction"),
        ("Voit siirtää tietosi järjestelmästä toiseen.", "portability"),
        ("Sinulla on oikeus siirtää tiedot toiselle rekisterinpitäjälle.", "portability"),
        ("Voit saada tietosi koneellisesti luettavassa muodossa.", "portability"),
        ("Voit vastustaa tietojesi käsittelyä.", "objection"),
        ("Sinulla on kielto-oikeus suoramarkkinoinnin osalta.", "objection"),
    ],
)
def test_a_right_worded_in_a_sentence_of_its_own_counts(trainer_text, sentence, right):
    rights = (
        "Voit tarkastaa tietosi, pyytää niiden oikaisemista tai poistamista, rajoittaa "
        "käsittelyä, siirtää antamasi tiedot toiselle rekisterinpitäjälle ja vastustaa "
        "oikeutettuun etuun perustuvaa käsittelyä."
    )
    text = replaced(trainer_text, rights, sentence)

    assert f"missing-right-{right}" not in text_codes(text)


def test_rights_under_a_question_heading_are_found(salon_text):
    text = replaced(salon_text, "9. Rekisteröidyn oikeudet", "9. Mitä voit tehdä tiedoillesi?")

    assert not {c for c in text_codes(text) if c.startswith("missing-right")}


def test_erasure_stated_in_the_retention_section_counts(salon_text):
    text = replaced(salon_text, "- pyytää tietojesi poistamista\n", "")
    text = replaced(
        text,
        "Allergiatiedot poistetaan, kun suostumus peruutetaan.",
        "Jos pyydät tietojesi poistamista, poistamme ne kahden päivän kuluessa.",
    )

    assert "missing-right-erasure" not in text_codes(text)


def test_a_refusal_to_erase_is_not_the_right_to_erasure(salon_text):
    text = replaced(salon_text, "- pyytää tietojesi poistamista\n", "")
    text += "\n13. Potilasasiakirjat\n\nHoitomerkintöjä ei poisteta asiakkaan pyynnöstä.\n"

    assert "missing-right-erasure" in text_codes(text)


def test_missing_rights_replaces_the_per_right_codes_when_no_right_is_stated(notice_data):
    notice_data["sections"] = [s for s in notice_data["sections"] if s["kind"] != "rights"]

    codes = dict_codes(notice_data)

    assert "missing-rights" in codes
    assert not {c for c in codes if c.startswith("missing-right-")}


# Portability: Art 20(1), only for processing based on consent or contract -----------------


def test_missing_right_portability_is_quiet_when_nothing_rests_on_consent_or_contract(
    notice_data,
):
    for purpose in section(notice_data, "purposes")["purposes"]:
        purpose.update(
            purpose="Asiakasviestintä.", legal_basis="f", legitimate_interest="Tiedotus."
        )
    without_right(notice_data, "portability")

    assert "missing-right-portability" not in dict_codes(notice_data)


def test_missing_right_portability_triggers_for_a_booking_whatever_basis_it_is_given(
    notice_data,
):
    section(notice_data, "purposes")["purposes"] = [
        {
            "purpose": "Ajanvaraus ja asiakassuhteen hoito.",
            "legal_basis": "f",
            "legitimate_interest": "Palvelun tuottaminen.",
        }
    ]
    without_right(notice_data, "portability")

    assert "missing-right-portability" in dict_codes(notice_data)


# Objection: Art 21(1)–(2), legitimate interest or direct marketing ----------------------


def test_missing_right_objection_triggers_on_legitimate_interest(notice_data):
    section(notice_data, "purposes")["purposes"].append(
        {"purpose": "Asiakaspalaute.", "legal_basis": "f", "legitimate_interest": "Kehitys."}
    )

    assert "missing-right-objection" in dict_codes(notice_data)


def test_missing_right_objection_is_quiet_when_objection_is_stated(notice_data):
    section(notice_data, "purposes")["purposes"].append(
        {"purpose": "Asiakaspalaute.", "legal_basis": "f", "legitimate_interest": "Kehitys."}
    )
    section(notice_data, "rights")["rights"].append(
        {"right": "objection", "how": "Ilmoita meille."}
    )

    assert "missing-right-objection" not in dict_codes(notice_data)


def test_missing_right_objection_triggers_on_direct_marketing_without_consent(notice_data):
    section(notice_data, "purposes")["purposes"].append(
        {
            "purpose": "Suoramarkkinointi nykyisille asiakkaille.",
            "legal_basis": "f",
            "legitimate_interest": "Omien palvelujen markkinointi.",
        }
    )

    assert "missing-right-objection" in dict_codes(notice_data)


def test_missing_right_objection_is_quiet_for_a_newsletter_on_consent(notice_data):
    # The coach's newsletter rests on consent, and withdrawing it is stated (Art 7(3)).
    assert "missing-right-objection" not in dict_codes(notice_data)


def test_missing_right_objection_triggers_for_marketing_in_text_with_no_basis(trainer_text):
    text = replaced(
        trainer_text,
        "asiakasviestintään oikeutetun edun perusteella: kerromme nykyisille asiakkaille "
        "valmennusten aikataulumuutoksista.",
        "uutiskirjeen lähettämiseen.",
    )
    text = replaced(text, " ja vastustaa oikeutettuun etuun perustuvaa käsittelyä", "")

    assert "missing-right-objection" in text_codes(text)


# Withdrawal and complaint -------------------------------------------------------------------


def test_missing_consent_withdrawal_triggers_when_consent_is_named_only_in_text(salon_text):
    text = replaced(salon_text, "- peruuttaa suostumuksesi milloin tahansa\n", "")
    text = replaced(text, "Allergiatiedot poistetaan, kun suostumus peruutetaan.", "")

    assert "missing-consent-withdrawal" in text_codes(text)


def test_a_word_starting_with_peru_is_not_withdrawal(notice_data):
    without_right(notice_data, "withdraw_consent")
    section(notice_data, "rights")["text"] = "Käsittely perustuu sopimukseen ja suostumukseen."

    assert "missing-consent-withdrawal" in dict_codes(notice_data)


@pytest.mark.parametrize(
    "sentence",
    [
        "Jos katsot, että tietojasi käsitellään lainvastaisesti, voit kääntyä "
        "tietosuojavaltuutetun puoleen.",
        "Voit tehdä valituksen valvovalle viranomaiselle.",
        "Voit saattaa asian Tietosuojavaltuutetun toimiston käsiteltäväksi (tietosuoja.fi).",
        "Voit olla yhteydessä tietosuojavaltuutettuun, jos epäilet tietojesi käsittelyä.",
        "Voit viedä asian tietosuojavaltuutetun ratkaistavaksi.",
    ],
)
def test_the_complaint_right_as_a_plain_sentence_elsewhere_counts(salon_text, sentence):
    text = replaced(
        salon_text, "Voit lisäksi tehdä valituksen Tietosuojavaltuutetun toimistolle.", ""
    )
    text = replaced(text, "12. Muutokset", f"12. Muuta\n\n{sentence}\n\n13. Muutokset")

    assert "missing-complaint-right" not in text_codes(text)


def test_the_authority_named_for_something_else_is_no_complaint_right(salon_text):
    text = replaced(
        salon_text, "Voit lisäksi tehdä valituksen Tietosuojavaltuutetun toimistolle.", ""
    )
    text = replaced(
        text,
        "12. Muutokset",
        "12. Muuta\n\nSeloste on laadittu tietosuojavaltuutetun ohjeiden pohjalta.\n\n"
        "13. Muutokset",
    )

    assert "missing-complaint-right" in text_codes(text)


def test_missing_complaint_right_triggers_when_the_authority_is_not_named(salon_text):
    text = replaced(
        salon_text, "Voit lisäksi tehdä valituksen Tietosuojavaltuutetun toimistolle.", ""
    )

    assert "missing-complaint-right" in text_codes(text)


def test_a_swedish_notice_without_rectification_gets_the_same_code():
    from .conftest import read_fixture

    text = replaced(
        read_fixture("dataskyddsbeskrivning.txt"), "att få felaktiga uppgifter rättade, ", ""
    )

    assert "missing-right-rectification" in text_codes(text)


def test_a_purpose_that_denies_marketing_needs_no_objection_right(notice_data):
    section(notice_data, "purposes").update(
        text="Tietoja ei käytetä markkinointiin.",
        purposes=[{"purpose": "Valmennukset.", "legal_basis": "b", "legitimate_interest": ""}],
    )

    assert "missing-right-objection" not in dict_codes(notice_data)


def test_a_basis_section_that_denies_consent_needs_no_withdrawal(notice_data):
    for purpose in section(notice_data, "purposes")["purposes"]:
        purpose["legal_basis"] = "b"
    without_right(notice_data, "withdraw_consent")
    notice_data["sections"].append(
        {"kind": "legal_basis", "heading": "", "text": "Käsittely ei perustu suostumukseen."}
    )

    assert "missing-consent-withdrawal" not in dict_codes(notice_data)


def test_a_purpose_in_text_that_is_marketing_needs_the_objection_right(notice_data):
    section(notice_data, "purposes").update(
        text="Tietoja käytetään myös markkinointiin.",
        purposes=[{"purpose": "Valmennukset.", "legal_basis": "b", "legitimate_interest": ""}],
    )

    assert "missing-right-objection" in dict_codes(notice_data)


def test_marketing_on_consent_in_a_purpose_without_a_basis_needs_no_objection(notice_data):
    section(notice_data, "purposes")["purposes"] = [
        {
            "purpose": "Ajanvaraukset. Markkinointiviestejä lähetämme vain suostumuksen "
            "perusteella.",
            "legal_basis": "",
            "legitimate_interest": "",
        }
    ]

    assert "missing-right-objection" not in dict_codes(notice_data)


@pytest.mark.parametrize(
    "sentence",
    [
        "Voit vetää suostumuksesi takaisin milloin tahansa.",
        "Voit perua suostumuksesi.",
        "Uutiskirjeen tilauksen voi lopettaa jokaisen viestin lopussa olevasta linkistä.",
    ],
)
def test_withdrawal_worded_in_a_sentence_of_its_own_counts(notice_data, sentence):
    without_right(notice_data, "withdraw_consent")
    section(notice_data, "rights")["text"] = sentence

    assert "missing-consent-withdrawal" not in dict_codes(notice_data)


def test_a_right_denied_in_the_rights_section_is_not_offered(notice_data):
    without_right(notice_data, "erasure")
    section(notice_data, "rights")["text"] = "Journalanteckningar kan inte raderas på begäran."

    assert "missing-right-erasure" in dict_codes(notice_data)


def test_a_right_denied_for_some_data_and_offered_for_the_rest_is_offered(notice_data):
    without_right(notice_data, "erasure")
    section(notice_data, "rights")["text"] = (
        "Potilasasiakirjoja ei poisteta pyynnöstä, mutta ajanvaraustiedot poistan, kun pyydät."
    )

    assert "missing-right-erasure" not in dict_codes(notice_data)


def test_restriction_in_the_words_used_only_in_a_limited_way_is_stated(notice_data):
    without_right(notice_data, "restriction")
    section(notice_data, "rights")["text"] = (
        "Voit pyytää, että tietojasi käytetään vain rajatusti sen ajan, kun selvitämme "
        "merkinnän virheellisyyttä."
    )

    assert "missing-right-restriction" not in dict_codes(notice_data)


@pytest.mark.parametrize(
    "plain_objection",
    [
        # Art 21 in plain words: the person says no to a use of the data and it stops.
        "Jos et halua, että tietojasi käytetään asiakaskyselyihin, kerro siitä meille, niin "
        "lopetamme.",
        "Du kan tacka nej till att vi använder din e-post för kundenkäter.",
        "You can tell us you do not want your answers used for our surveys, and we stop.",
    ],
)
def test_a_refusal_of_a_use_in_plain_words_is_the_right_to_object(notice_data, plain_objection):
    section(notice_data, "purposes")["purposes"].append(
        {"purpose": "Asiakaspalaute.", "legal_basis": "f", "legitimate_interest": "Kehitys."}
    )
    section(notice_data, "rights")["text"] = plain_objection

    assert "missing-right-objection" not in dict_codes(notice_data)


@pytest.mark.parametrize(
    "not_an_objection",
    [
        # The controller's own "not", or a refusal to give data, objects to nothing.
        "Emme halua käyttää tietojasi muuhun kuin palveluun.",
        "Jos et halua kertoa puhelinnumeroasi, voit varata ajan sähköpostilla.",
        # Withdrawing a consent is Art 7(3), not Art 21.
        "Voit perua suostumuksesi, jos et halua enää käyttää palvelua.",
    ],
)
def test_a_not_that_refuses_no_processing_is_not_the_right_to_object(notice_data, not_an_objection):
    section(notice_data, "purposes")["purposes"].append(
        {"purpose": "Asiakaspalaute.", "legal_basis": "f", "legitimate_interest": "Kehitys."}
    )
    section(notice_data, "rights")["text"] = not_an_objection

    assert "missing-right-objection" in dict_codes(notice_data)
