"""The reader of round 24 (issue 18): what round 23's closing note named as missed, and what
the round's new batches showed.

Probes in the lead's own wordings, each with its expected findings written before it ran; each
fails on stop 40's code (0aab461) unless marked a guard.
"""

import pytest

from .notice_text import codes
from .test_check_round14 import SV_COVERED

OVRIGT = "\nÖvrigt\n"


@pytest.mark.parametrize(
    "text",
    [
        # found by a notice written after round 23's rules: "betraktar" deems, "ditt ja" agrees
        SV_COVERED + OVRIGT + "Första passet som du bokar betraktar vi som ditt ja till "
        "sms-erbjudandena.\n",
        SV_COVERED + OVRIGT + "Vi förutsätter att du vill ha våra erbjudanden när du har bokat "
        "en tid.\n",
    ],
)
def test_an_act_regarded_as_a_yes_is_consent_by_conduct(text):
    # GDPR Art 4(11), 7(2), 7(4), recital 32: a booking is no statement of consent
    assert "consent-by-conduct" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        SV_COVERED + OVRIGT + "Vi betraktar bokningen som ett avtal mellan dig och oss.\n",
        SV_COVERED + OVRIGT + "Vi förutsätter att du har läst beskrivningen innan du bokar.\n",
    ],
)
def test_a_booking_regarded_as_a_contract_is_no_consent_by_conduct(text):
    # guard (passes on stop 40's code too)
    assert "consent-by-conduct" not in codes(text)
