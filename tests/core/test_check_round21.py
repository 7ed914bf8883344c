"""The reader of round 21 (issue 18): the keeper taking an act as the person's yes.

Consent is the person's own statement or clear affirmative act (GDPR Art 4(11)); an act the
keeper "takes as" an affirmative answer is no more a consent than one taken as a consent
(recital 32). Probes in the lead's own wordings, each with its expected findings written before
it ran.
"""

import pytest

from .notice_text import codes
from .test_check_round14 import FI_COVERED, SV_COVERED

OTHER = "\nMuuta\n"
OVRIGT = "\nÖvrigt\n"


@pytest.mark.parametrize(
    "text",
    [
        FI_COVERED + OTHER + "Kun vastaat tervetuloviestiini, katson sen myöntäväksi "
        "vastaukseksi siihen, että saan lähettää sinulle tarjouksia.\n",
        SV_COVERED + OVRIGT + "När du bokar ser jag det som ett jakande svar på att jag får "
        "skicka erbjudanden.\n",
    ],
)
def test_an_act_the_keeper_takes_as_a_yes_is_consent_by_conduct(text):
    assert "consent-by-conduct" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        FI_COVERED + OTHER + "Kun vastaat kysymykseeni myönteisesti, katson sen myönteiseksi "
        "vastaukseksi ja kirjaan suostumuksesi.\n",
        SV_COVERED + OVRIGT + "Svarar du ja på frågan i bokningen ser jag det som ett ja till "
        "nyhetsbrevet.\n",
    ],
)
def test_a_yes_the_person_gives_to_a_question_is_no_consent_by_conduct(text):
    # guard (held before round 21 too): the person's own yes is the statement itself
    assert "consent-by-conduct" not in codes(text)


def test_a_letter_answered_before_a_yes_taken_as_permission_is_consent_by_conduct():
    text = (
        FI_COVERED + OTHER + "Muistutusviestissä pyydämme vahvistamaan varatun ajan "
        "vastaamalla K. Myöntävä vastauksesi toimii samalla lupana siihen, että lisäämme "
        "numerosi kampanjaviestien jakeluun.\n"
    )
    assert "consent-by-conduct" in codes(text)
