"""The reading of one sentence, held against held-out sentence corpora (round 29).

``tests/fixtures/sentences/heldout/`` holds sentences written by four helpers from the
documentation alone during round 29 (after its training corpus was fixed, before its vague-
period rules were written), never shown to a rule or to training: consent by conduct (``conduct2_*``: "conduct" and near misses "not") and
retention periods (``vague2_*``: "vague" and near misses "firm"), 903 in all. Each is read alone
in an otherwise complete notice, as ``test_check_vague_sentences.py`` does. Only totals are
reported: a failure names no sentence.

First read, on stop 45's code (d7573b9) → round 29's: conduct fi 88 → 90 of 114 found (5 → 5
near misses raised), sv 88 → 92 of 110 (8 → 9); vague fi 107 → 110 of 115 (7 → 7 of 116), sv
95 → 96 of 112 (3 → 3). The floors are round 29's figures, but one: round 30 retrained the
learned reading with fresh83 and fresh84 (its first new open parts since, shaped as notices
arrive from real sites) and left quotes about cookies alone out of its training (the reading
is no longer asked of them), and the Swedish consents by conduct went from 92 to 89 found
(near misses raised 9 → 8; the Finnish stayed at 90 and 5); the rules' changes of that round
moved none of these totals. The floor is the retrained figure, lowered and said so. (Without
the cookie filter the retrained reading found 88 and 90, and three fewer consents by conduct
in the held-out notices.)
"""

import pytest

from tests.check_eval import SENTENCES, read_sentences

# (corpus, language): (fewest positives found, most near misses raised)
FLOORS = {
    ("conduct2", "fi"): (90, 5),
    ("conduct2", "sv"): (89, 8),
    ("vague2", "fi"): (110, 7),
    ("vague2", "sv"): (96, 3),
}


@pytest.mark.parametrize("corpus,language", list(FLOORS))
def test_held_out_sentences_are_read_at_least_as_well_as_they_were(corpus, language):
    found, _positives, raised, _near = read_sentences(
        SENTENCES / "heldout" / f"{corpus}_{language}.jsonl"
    )
    least_found, most_raised = FLOORS[(corpus, language)]
    assert found >= least_found, f"{corpus} {language}: {found} found, fewer than {least_found}"
    assert raised <= most_raised, f"{corpus} {language}: {raised} near misses raised"
