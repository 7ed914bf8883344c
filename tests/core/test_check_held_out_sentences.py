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

Round 31 retrained it with fresh85 and fresh86: Finnish 90 found, near misses raised 5 → 6;
Swedish 89 → 90 found, 8 raised. The Finnish near-miss floor is raised to 6, said so here.
(Training also on 220 new labelled sentences was tried: Finnish 89 found, 5 raised, Swedish
91 and 8, the same 180 in all; they were kept out of training and became a held-out corpus of
their own instead.) ``conduct3_*``: those 220 sentences (110 fi, 110 sv, half near misses),
written by a helper during round 31 from the docs and the open corpus (never the held-out one)
in the wordings real notices use and the open corpus lacked (an owner's spoken voice,
participles and passives, conduct said as a noun, silence as consent, photos, partners, health
data); first read on round 31's code, never trained on: Finnish 33 of 55 found (1 of 55 near
misses raised), Swedish 34 of 55 (0 of 55). Six consents by conduct in ten, said in new words:
the reading's weak spot, measured.

Round 32 made the learned reading the average of five models trained alike (their examples
shuffled by five seeds), at a threshold of 0.98 chosen by cross-validation on the open examples
alone, and retrained it with fresh87 and fresh88: conduct2 Finnish 90 found, near misses raised
6 → 5, Swedish 90, 8 → 7; conduct3 Finnish 33 → 34, Swedish 34 → 33 found (near misses 1 and
0). The averaged model alone, before the two new parts, read the four corpora exactly as round
31's did. The Swedish conduct3 floor is lowered to 33 and the others tightened, said so here.
After the round's rules (an act said as the means of telling that a use "is fine", a colon's
statement read apart, another person's approval equated with an act) and the retraining they
led to: conduct2 Swedish near misses raised 6, conduct3 Finnish 35 found; floors tightened.
Then the keeper's presumption from an act and agreement with an act as its occasion (rules
taken from the open corpus's misses), and a retraining with fresh89 and fresh90: conduct2
Finnish 91 found (5 raised), Swedish 90 (raised 6 → 7 by the retraining, the floor loosened
back to 7, said so here); conduct3 Finnish 36, Swedish 35 of 55 found.

Round 33 merged the learned reading's patterns of what is done with data and of a choice with
the rules' (conduct2 Swedish 91, conduct3 Finnish 37 found), then retrained it with fresh91-93
(one of them typed without å, ä and ö), its examples read as the check reads them (the letters
put back): conduct2 Finnish 91 found (5 raised), Swedish 91 (raised 7 → 8), conduct3 Finnish
36, Swedish 35 → 34. The round's rules (consent inside a contract, made a condition, noted as
given at an act; the consent words' typos) move none of these totals, tried with each of them
left out; the retraining does. The Swedish floors are loosened to 8 and 34, said so here.

Round 34 added two more held-out corpora, written by two helpers from the documentation alone
as the round began: ``vague3_*`` (56 fi, 56 sv, half near misses) and ``conduct4_*`` (56 fi,
56 sv, half near misses), first read on round 33's landed code (fb32e84): vague3 Finnish 25 of
28 found (0 raised), Swedish 25 (1); conduct4 Finnish 23 of 28 (2 raised), Swedish 19 (1). The
round's vague readings (a statement read with its own rule, a second clause turning to data
kept vaguely, a period not decided, a minimum over a criterion, deletion only on request, a
keeper who may extend) took vague2 Finnish 110 → 111 and Swedish 96 → 98; a retraining with
fresh94-96 and 120 more open conduct sentences took conduct2 Finnish 91 → 92 and Swedish near
misses raised 8 → 7.
Round 35 let the learned reading ask about a sentence whose act is named as a noun, a time or a
role ("rekisteröityminen", "Deltagandet", "Vid tidsbeställningen", "Asiakkaanamme"), whose
agreeing is said in other words ("saamme lähettää", "rätt att", "okej"), whose act is silence
(the "not" of "Jos asiakas ei kiellä, …" denies nothing) or whose consent is given with no use
named, chosen by five-fold cross-validation on the open examples alone (the learned path's
recall 0.27 → 0.46 at a precision of 0.97), and retrained it with fresh97-99. Two more held-out
corpora were written by a helper from the documentation alone as the round went on,
``conduct5_*`` and ``vague4_*`` (56 fi, 56 sv each, half near misses), first read on the round's
starting code (178897b): conduct5 Finnish 25 of 28 found (1 raised), Swedish 19 (0); vague4
Finnish 28 (0), Swedish 27 (0). After the round: conduct2 Finnish 92 → 96, Swedish 91 → 98 (near
misses raised 8 → 8), conduct3 Finnish 36 → 39, Swedish 34 → 36, conduct4 Finnish 23 → 24,
Swedish 19, conduct5 Finnish 26, Swedish 23. (The last retraining, with fresh99, moved conduct2
Finnish 97 → 96, Swedish 97 → 98 and its near misses raised 6 → 8, conduct3 Finnish 41 → 39:
the model's own variance between trainings, not a rule's.) Floors set to these figures.
"""

import pytest

from tests.check_eval import SENTENCES, read_sentences

# (corpus, language): (fewest positives found, most near misses raised)
FLOORS = {
    ("conduct2", "fi"): (96, 5),
    ("conduct2", "sv"): (98, 8),
    ("conduct3", "fi"): (39, 1),
    ("conduct3", "sv"): (36, 0),
    ("conduct4", "fi"): (24, 2),
    ("conduct4", "sv"): (19, 1),
    ("conduct5", "fi"): (26, 1),
    ("conduct5", "sv"): (23, 0),
    ("vague2", "fi"): (111, 7),
    ("vague2", "sv"): (98, 3),
    ("vague3", "fi"): (25, 0),
    ("vague3", "sv"): (25, 1),
    ("vague4", "fi"): (28, 0),
    ("vague4", "sv"): (27, 0),
}


@pytest.mark.parametrize("corpus,language", list(FLOORS))
def test_held_out_sentences_are_read_at_least_as_well_as_they_were(corpus, language):
    found, _positives, raised, _near = read_sentences(
        SENTENCES / "heldout" / f"{corpus}_{language}.jsonl"
    )
    least_found, most_raised = FLOORS[(corpus, language)]
    assert found >= least_found, f"{corpus} {language}: {found} found, fewer than {least_found}"
    assert raised <= most_raised, f"{corpus} {language}: {raised} near misses raised"
