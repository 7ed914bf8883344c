"""Round 12's rules tuned on fresh10 (issue 18), each tested in the lead's own wordings, not the
batch's: a tacit approval, going on with a session, a wait since the last request, reviewing
one's record as access, a recording said by its verb, a mailing list, "it" withdrawn after a
consent, a subscription cancelled, an Art 9(2) point after another article, data of one shoot,
"within a year", an indefinite time, a basis given by the next sentence naming its purpose
again, an interest in a relative clause, and how changes are told as no request channel.
"""

import pytest

from .notice_text import BASIS, CONTROLLER, GRUND, KONTROLLER, claims_of, codes


@pytest.mark.parametrize(
    "text",
    [
        CONTROLLER + BASIS + "Kurssille ilmoittautuva antaa hiljaisen suostumuksensa siihen, että "
        "hänen nimensä näkyy muille osallistujille.\n",
        KONTROLLER + GRUND + "Den som fortsätter samtalet efter att ha läst detta går med på att "
        "jag hanterar uppgifterna så här.\n",
    ],
)
def test_tacit_approval_or_going_on_is_consent_by_conduct(text):
    assert "consent-by-conduct" in codes(text)


def test_going_along_with_nothing_is_no_consent():
    text = KONTROLLER + GRUND + "Det går inte att boka utan telefonnummer.\n"

    assert "consent-by-conduct" not in codes(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ett registerutdrag är gratis om minst ett år har gått sedan din förra begäran.",
        "Den första genomgången av journalen varje år är gratis, därefter kostar den 20 euro.",
    ],
)
def test_a_wait_since_the_last_request_or_a_paid_review_limits_free_requests(sentence):
    text = KONTROLLER + GRUND + "Dina rättigheter\n" + sentence + "\n"

    assert "limits-free-requests" in codes(text)


def test_a_recording_said_by_its_verb_needs_its_own_period():
    text = (
        KONTROLLER
        + GRUND
        + (
            "Uppgifter som behandlas\nNamn och telefonnummer. Ibland spelar jag in ett samtal på "
            "video för handledning, med ditt samtycke.\n\nLagring\nKunduppgifterna raderas två år "
            "efter det senaste besöket.\n"
        )
    )

    assert "retention-incomplete" in codes(text, field="coaching")


def test_an_address_taken_off_the_mailing_list_is_the_newsletter_s_period():
    text = KONTROLLER + (
        "Dataskyddsbeskrivning\nVi skickar ett månadsbrev till dem som beställt det "
        "(samtycke).\nDu kan återkalla samtycket när som helst, och då tas adressen bort ur "
        "listan.\n"
    )

    assert [c.subject for c in claims_of(text, "retention")] == ["marketing"]


def test_it_withdrawn_after_a_consent_is_the_right_to_withdraw():
    text = (
        KONTROLLER
        + GRUND
        + (
            "Vi skickar ett månadsbrev till dem som vill ha det; grunden är samtycke. Du kan ta "
            "tillbaka det när du vill.\n"
        )
    )

    assert "missing-consent-withdrawal" not in codes(text)


def test_a_subscription_cancelled_is_a_withdrawal():
    text = (
        KONTROLLER
        + GRUND
        + (
            "Månadsbrevet skickas med ditt samtycke.\n\nDina rättigheter\nDu kan när som helst "
            "säga upp månadsbrevet.\n"
        )
    )

    assert "missing-consent-withdrawal" not in codes(text)


def test_an_art_9_point_cited_after_another_article_is_a_condition():
    text = (
        KONTROLLER
        + GRUND
        + (
            "Uppgifter som behandlas\nUppgifter om sjukdomar som påverkar behandlingen – "
            "vårdavtalet (6.1 b och 9.2 h).\n"
        )
    )

    assert "missing-special-category-condition" not in codes(text, field="fitness")


def test_the_files_of_a_shoot_are_photographs():
    [claim] = claims_of(
        CONTROLLER + "Säilytys\nKuvaustiedostot säilytän kolme vuotta kuvauspäivästä.\n",
        "retention",
    )

    assert claim.subject == "photos"


def test_within_a_year_is_a_period():
    [claim] = claims_of(
        CONTROLLER + "Säilytys\nMuut tiedot poistan vuoden sisällä niiden saamisesta.\n",
        "retention",
    )

    assert (claim.detail.get("period"), claim.detail.get("unit")) == (1, "years")


def test_an_indefinite_time_is_vague():
    text = CONTROLLER + (
        "Käsiteltävät tiedot\nNimi ja puhelinnumero.\n\nSäilytys\nAsiakastiedot säilytetään "
        "määräämättömän ajan.\n"
    )

    assert "vague-retention" in codes(text, field="beauty")


def test_the_next_sentence_naming_the_purpose_again_gives_its_basis():
    text = CONTROLLER + (
        "Mihin tietoja käytetään\nLähetän kerran kuussa jäsenkirjeen uusista tunneista. Kirjeen "
        "saavat vain tilaajat, joten peruste on suostumus.\n"
    )

    assert "missing-legal-basis" not in codes(text)


def test_an_interest_described_in_a_relative_clause_is_described():
    text = CONTROLLER + (
        "Käsittelyn tarkoitukset\n1. Asiakaskysely. Kysyn palautetta kerran vuodessa. Peruste: "
        "oikeutettu etuni, joka on parantaa palvelua.\n"
    )

    assert "missing-legitimate-interest" not in codes(text)


def test_how_changes_are_told_is_no_request_channel():
    text = CONTROLLER + (
        "Oikeutesi\nVoit pyytää tietojasi sähköpostilla.\nJos muutan selostetta, kerron siitä "
        "kirjeellä ennen kuin muutos tulee voimaan.\n"
    )

    assert "request-form-required" not in codes(text)
