"""Round 12's rules tuned on fresh12 (issue 18), in the lead's own wordings: a cap said of the
request before by a pronoun, asking for one's data or checking it as access, the keeper's
"näen käyttöä" as a vague period, and a marketing letter named a few words before "signed up"
as a clear act.
"""

import pytest

from .notice_text import BASIS, CONTROLLER, GRUND, KONTROLLER, codes


def test_a_cap_said_of_the_request_before_by_a_pronoun_limits_free_requests():
    text = (
        KONTROLLER
        + GRUND
        + (
            "\nDina rättigheter\nAtt få ett registerutdrag kostar inget. Det kan göras en gång per "
            "år.\n"
        )
    )

    assert "limits-free-requests" in codes(text)


def test_the_time_of_the_answer_after_a_free_request_is_no_cap():
    text = (
        KONTROLLER
        + GRUND
        + (
            "\nDina rättigheter\nDu kan begära ett registerutdrag. Det är gratis, och vi svarar inom "
            "en månad.\n"
        )
    )

    assert "limits-free-requests" not in codes(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Voit kysyä tietojasi maksutta, kunhan edellisestä kyselystä on kulunut vuosi.",
        "Tietojen tarkistaminen kerran vuodessa on ilmaista, sen jälkeen veloitamme 20 euroa.",
    ],
)
def test_asking_for_or_checking_one_s_data_is_access(sentence):
    text = CONTROLLER + BASIS + "\nOikeutesi\n" + sentence + "\n"

    assert "limits-free-requests" in codes(text)


def test_data_kept_while_the_keeper_sees_a_use_for_it_is_vague():
    text = (
        CONTROLLER
        + BASIS
        + (
            "\nKäsiteltävät tiedot\nNimi ja puhelinnumero.\n\nSäilytys\nAsiakastiedot pidän tallessa "
            "niin kauan kuin näen niille käyttöä.\n"
        )
    )

    assert "vague-retention" in codes(text, field="beauty")


def test_a_marketing_letter_named_before_signing_up_is_a_clear_act():
    text = (
        KONTROLLER
        + GRUND
        + (
            "Jag skickar ett månadsbrev med erbjudanden till dem som anmält sig till det; grunden är "
            "ditt samtycke.\n"
        )
    )

    assert "consent-by-conduct" not in codes(text)
