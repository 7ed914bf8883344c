"""Round 12's rules tuned on fresh11 (issue 18), each tested in the lead's own wordings: a
purchase that "includes" permission to send offers and continuing "seen as" consent are consent
by conduct; the keeper's own judgement is a vague period, also after a firm one ("därefter") or
beside a withdrawal that only stops one use; a channel named in a refused clause is not offered;
explicit acceptance is an Art 9(2)(a) condition; "ajan tasalla" with a date is the updated date;
"kerrot itse" names the source; "Seuraa meitä Facebookissa" is no transfer; a sentence on
whether data must be given is no purpose of its own.
"""

import pytest

from .notice_text import BASIS, CONTROLLER, GRUND, KONTROLLER, codes


@pytest.mark.parametrize(
    "text",
    [
        CONTROLLER + BASIS + "Kanta-asiakkaille lähetämme tarjouksia: jäsenkortin ostaminen "
        "sisältää luvan tähän.\n",
        KONTROLLER + GRUND + "Att du kommer tillbaka efter första besöket ses som ditt "
        "medgivande till att vi sparar anteckningarna.\n",
    ],
)
def test_a_purchase_that_includes_permission_or_returning_seen_as_consent(text):
    assert "consent-by-conduct" in codes(text)


@pytest.mark.parametrize(
    "retention",
    [
        "Asiakastiedot poistan vuoden kuluttua. Työnäytteet säilytän niin kauan kuin katson "
        "sen sopivaksi.",
        "Asiakastiedot säilytetään asiakkuuden ajan ja sen jälkeen harkintani mukaan.",
    ],
)
def test_the_keeper_s_own_judgement_is_a_vague_period(retention):
    text = (
        CONTROLLER
        + BASIS
        + (
            "\nKäsiteltävät tiedot\nNimi, puhelinnumero ja työnäytteet.\n\nSäilytys\n"
            + retention
            + "\n"
        )
    )

    assert "vague-retention" in codes(text, field="beauty")


def test_an_open_end_after_a_firm_period_in_swedish_is_vague():
    text = (
        KONTROLLER
        + GRUND
        + (
            "\nUppgifter som behandlas\nNamn och bokningar.\n\nLagring\nUppgifterna sparas under "
            "kursen och därefter så länge styrelsen anser det lämpligt.\n"
        )
    )

    assert "vague-retention" in codes(text, field="other")


def test_a_channel_named_in_a_refused_clause_is_not_offered():
    text = (
        CONTROLLER
        + BASIS
        + (
            "\nOikeutesi\nVoit tarkastaa tietosi. Pyynnöt käsittelen vain lomakkeella; "
            "sähköpostilla tulleisiin pyyntöihin en vastaa.\n"
        )
    )

    assert "request-form-required" in codes(text)


def test_explicit_acceptance_of_health_data_is_an_art_9_condition():
    text = (
        CONTROLLER
        + BASIS
        + (
            "\nKäsiteltävät tiedot\n- nimi ja puhelinnumero\n- allergiat ja lääkitys\n\nMuuta\n"
            "Kirjaan ne vain, jos nimenomaisesti hyväksyt näiden tietojen käsittelyn lomakkeella.\n"
        )
    )

    assert "missing-special-category-condition" not in codes(text, field="coaching")


def test_up_to_date_as_of_a_date_is_the_updated_date():
    text = CONTROLLER + BASIS + "Tämän selosteen tiedot ovat ajan tasalla 1.12.2026.\n"

    assert "missing-updated-date" not in codes(text)


def test_what_you_tell_me_yourself_names_the_source():
    text = CONTROLLER + BASIS + "\nTietolähteet\nKaiken tämän kerrot minulle itse.\n"

    assert "missing-sources" not in codes(text)


def test_a_follow_us_link_is_no_transfer():
    text = (
        CONTROLLER
        + BASIS
        + ("\nSiirrot\nTietoja ei siirretä EU:n ulkopuolelle.\n\nSeuraa meitä Instagramissa!\n")
    )

    assert "transfer-without-safeguard" not in codes(text)


def test_whether_data_must_be_given_is_no_purpose_of_its_own():
    text = KONTROLLER + (
        "Ändamål\n1. Bokning av klasser; grunden är avtalet (art. 6.1 b).\n2. Hälsouppgifter "
        "sparas bara med ditt uttryckliga samtycke (art. 6.1 a och 9.2 a).\nFältet är "
        "frivilligt, och du kan boka utan att fylla i det.\n"
    )

    assert "missing-legal-basis" not in codes(text)


def test_a_permission_asked_apart_beside_offers_is_no_consent_by_conduct():
    text = (
        CONTROLLER
        + BASIS
        + (
            "Rekisteriin merkitään tarjoukset ja sopimukset sekä referenssit (lupa pyydetty "
            "erikseen sähköpostitse), joita käytetään markkinoinnissa.\n"
        )
    )

    assert "consent-by-conduct" not in codes(text)
