"""Round 29 of the reader (issue 18): what the findings show the owner, and the round's rules.

Each probe had its expected findings written before it ran and fails on stop 45's code
(d7573b9) unless marked a guard.
"""

from wagtail_seloste.notice.check import check_notice
from wagtail_seloste.notice.importer import import_text

from .notice_text import BASIS, CONTROLLER, GRUND, KONTROLLER, codes

_FI_GIFT_CARDS = (
    CONTROLLER + "Käsiteltävät tiedot\nAsiakkaan nimi, puhelinnumero ja varaushistoria. "
    "Lahjakorttien ostajien nimet ja sähköpostiosoitteet.\n\n" + BASIS + "\nSäilytysaika\n"
    "Asiakastiedot poistetaan kahden vuoden kuluttua viimeisestä käynnistä. Laskut säilytetään "
    "kuusi vuotta tilikauden päättymisestä (kirjanpitolaki).\n"
)
_SV_FILMS = (
    KONTROLLER + "Uppgifter som behandlas\nNamn, e-post och bokade pass. Filmer från passen där "
    "deltagarna syns.\n\n" + GRUND + "\nLagringstid\nKunduppgifter och bokningar raderas ett år "
    "efter det senaste passet.\n"
)


def _finding(text, code):
    return next(f for f in check_notice(import_text(text)) if f.code == code)


def test_retention_incomplete_shows_first_where_the_uncovered_data_are_declared():
    # GDPR Art 13(2)(a): the owner sees what has no period, not only the periods given
    finding = _finding(_FI_GIFT_CARDS, "retention-incomplete")
    assert "Lahjakorttien ostajien" in finding.sentences[0]


def test_retention_incomplete_still_shows_the_periods_it_read():
    # guard
    finding = _finding(_FI_GIFT_CARDS, "retention-incomplete")
    assert any("kahden vuoden kuluttua" in s for s in finding.sentences[1:])


def test_retention_incomplete_shows_the_declared_data_of_no_known_group_by_its_own_sentence():
    finding = _finding(_SV_FILMS, "retention-incomplete")
    assert "Filmer" in finding.sentences[0]


def test_retention_incomplete_shows_a_period_by_its_sentence_and_not_by_its_label_again():
    finding = _finding(_FI_GIFT_CARDS, "retention-incomplete")
    assert "Asiakastiedot" not in finding.sentences


# Retention: an imported rule read from a vague statement is that statement ---------------


def _codes_kept(heading_and_line, language):
    if language == "fi":
        return codes(
            CONTROLLER
            + "Käsiteltävät tiedot\nAsiakkaan nimi ja yhteystiedot.\n\n"
            + BASIS
            + "\nSäilytysaika\n"
            + heading_and_line
            + "\n"
        )
    return codes(
        KONTROLLER
        + "Uppgifter som behandlas\nKundens namn och kontaktuppgifter.\n\n"
        + GRUND
        + "\nLagringstid\n"
        + heading_and_line
        + "\n"
    )


def test_an_earliest_day_of_deletion_is_vague_though_the_importer_reads_a_period_from_it():
    # GDPR Art 13(2)(a): "at the earliest three years" says when data will not yet go, not
    # when it goes; the imported rule "Uppgifterna | 3 år" dropped the "tidigast"
    found = _codes_kept("Uppgifterna raderas tidigast tre år efter ditt sista besök.", "sv")
    assert "vague-retention" in found


def test_an_earliest_day_of_deletion_in_finnish_is_vague_too():
    found = _codes_kept(
        "Tiedot poistetaan aikaisintaan kolmen vuoden kuluttua viimeisestä ostoksesta.", "fi"
    )
    assert "vague-retention" in found


def test_a_membership_valid_until_further_notice_with_a_period_after_it_is_firm():
    # guard: "toistaiseksi voimassa oleva" names a kind of membership, not an open end
    found = _codes_kept(
        "Toistaiseksi voimassa olevan jäsenyyden aikana säilytämme tietojasi, ja jäsenyyden "
        "päätyttyä ne poistetaan kuuden kuukauden kuluttua.",
        "fi",
    )
    assert "vague-retention" not in found


# Retention: what the vague-sentence corpus showed (GDPR Art 13(2)(a), WP260 rev.01) -------


def test_a_period_the_keeper_may_lengthen_as_needed_is_vague():
    found = _codes_kept(
        "Hoitokortit säilytetään kolme vuotta tai harkinnan mukaan pidempään.", "fi"
    )
    assert "vague-retention" in found


def test_a_period_lengthened_if_necessary_with_a_suffix_is_vague():
    found = _codes_kept("Kuvat säilytän vuoden, tarvittaessa pidempäänkin.", "fi")
    assert "vague-retention" in found


def test_a_period_kept_unless_the_keeper_finds_a_reason_is_vague():
    found = _codes_kept(
        "Kundkorten raderas efter tre år, om vi inte ser något skäl att spara dem.", "sv"
    )
    assert "vague-retention" in found


def test_a_reasonable_number_of_years_is_vague():
    found = _codes_kept("Bokningarna sparas ett rimligt antal år efter besöket.", "sv")
    assert "vague-retention" in found


def test_kept_while_the_client_is_profitable_is_vague():
    found = _codes_kept(
        "Tiedot säilytetään niin kauan kuin asiakkuus on yrityksellemme kannattava.", "fi"
    )
    assert "vague-retention" in found


def test_deleted_when_the_keeper_judges_the_relationship_over_is_vague():
    found = _codes_kept(
        "Vi tar bort uppgifterna när vi anser att kundrelationen är avslutad.", "sv"
    )
    assert "vague-retention" in found


def test_a_period_after_which_the_data_stay_on_is_vague():
    found = _codes_kept(
        "Kundkorten sparas två år efter sista besöket, och därefter ligger de kvar i arkivet.",
        "sv",
    )
    assert "vague-retention" in found


def test_a_period_after_which_only_the_invoice_is_left_is_firm():
    # guard: what is left after the period is no keeping of the data on
    found = _codes_kept(
        "Tilaustiedot säilytetään vuoden, minkä jälkeen jäljelle jää vain lasku "
        "(kirjanpitolaki, kuusi vuotta).",
        "fi",
    )
    assert "vague-retention" not in found


def test_a_need_bounded_by_an_event_at_the_latest_is_firm():
    found = _codes_kept(
        "Tiedot säilytetään niin kauan kuin niitä tarvitaan reklamaation käsittelyyn, kuitenkin "
        "viimeistään takuun päättymiseen asti.",
        "fi",
    )
    assert "vague-retention" not in found


def test_a_need_restated_as_the_client_relationship_is_firm():
    found = _codes_kept(
        "Vi sparar uppgifterna så länge vi behöver dem för att ge dig tjänsten, dvs. under "
        "kundrelationen.",
        "sv",
    )
    assert "vague-retention" not in found


def test_a_period_after_which_nothing_is_left_is_firm():
    # guard
    found = _codes_kept(
        "Kundkorten sparas två år efter sista besöket, och därefter finns ingenting kvar av dem.",
        "sv",
    )
    assert "vague-retention" not in found
