"""The reader of round 27 (issue 18): what combinatorial probes (one act × one way of saying
"that counts as agreeing", inserted into clean notices) and the round's new batches showed.

Probes in the lead's own wordings, each with its expected findings written before it ran; each
fails on stop 43's code (a2e89eb) unless marked a guard.
"""

from .notice_text import codes
from .test_check_round14 import FI_COVERED, SV_COVERED


def _fi(line):
    return codes(FI_COVERED + "\nMarkkinointi\n" + line + "\n")


def _sv(line):
    return codes(SV_COVERED + "\nMarknadsföring\n" + line + "\n")


def test_a_right_the_person_grants_by_booking_is_consent_by_conduct():
    # GDPR Art 4(11), 7(2): "giving us the right" is a permission by another word
    assert "consent-by-conduct" in _fi(
        "Varaamalla ajan annat meille oikeuden lähettää sinulle mainoksia."
    )


def test_a_right_the_law_and_the_contract_give_is_no_consent_by_conduct():
    # guard: the contract and the law give the right, not the person
    assert "consent-by-conduct" not in _sv(
        "När du bokar ingår vi ett avtal, och det är avtalet och lagen som ger mig rätt att "
        "behandla dina uppgifter."
    )


def test_opening_a_customer_account_taken_as_consent_is_consent_by_conduct():
    assert "consent-by-conduct" in _fi("Kun avaat asiakastilin, suostut uutiskirjeeseen.")


def test_logging_in_taken_as_a_right_granted_is_consent_by_conduct():
    assert "consent-by-conduct" in _fi(
        "Kun kirjaudut palveluun, annat meille oikeuden lähettää sinulle mainoksia."
    )


def test_a_newsletter_ordered_when_opening_an_account_is_no_consent_by_conduct():
    # guard: the order of the letter itself is the clear affirmative act
    assert "consent-by-conduct" not in _fi(
        "Kun avaat asiakastilin, voit samalla tilata uutiskirjeen erillisellä valinnalla."
    )
