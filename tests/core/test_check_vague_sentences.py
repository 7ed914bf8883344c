"""The vague reading of one retention sentence, held against a corpus of sentences (round 29).

``tests/fixtures/sentences/vague_{fi,sv}.jsonl`` are sentences about how long data is kept,
written by helpers from the documentation alone (never running the check), each labelled
"vague" (no period, no bound, no law, or a criterion that names nothing that ends the keeping:
GDPR Art 13(2)(a), WP260 rev.01) or "firm" (the near misses). Each is read alone under a
retention heading of an otherwise complete notice: a vague one must raise vague-retention, a
firm one must not. No rule learns from them.

First read on stop 45's code (d7573b9): fi 106 of 116 vague found, 4 of 113 firm raised; sv 99
of 113 and 4 of 113. Round 29's rules were then tuned on its misses (an imported rule read from
the vague sentence itself excused it, "Uppgifterna raderas tidigast tre år efter ditt sista
besök"; a period the keeper may lengthen; a reasonable number of years; a relationship judged
over; a need bounded by an event at the latest), to fi 111 and 3, sv 105 and 3: it is a tuned
set now, and the held-out sentences (``test_check_held_out_sentences.py``) measure the rules.
The floors below are today's figures: a change that loses a sentence fails here.

Round 34 added 120 sentences (60 fi, 60 sv, half firm) a helper wrote from the documentation
alone, aimed at hard shapes (two clauses, exceptions, "Label: value" rows, dialect): on round
33's landed code (fb32e84) fi 136 of 146 vague found and 7 of 143 firm raised, sv 125 of 143
and 4; after the round's rules fi 141 and 5, sv 133 and 3. Two of the firm sentences raised
are in dialect or colloquial Finnish ("pyyhithän poies ku … on menny kaks vuotta").
"""

import pytest

from tests.check_eval import SENTENCES, read_sentences

# language: (fewest vague sentences found, most firm ones raised)
FLOORS = {"fi": (141, 5), "sv": (133, 3)}


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_vague_sentences_of_the_corpus_raise_vague_retention(language):
    found, _vague, _raised, _firm = read_sentences(SENTENCES / f"vague_{language}.jsonl")
    assert found >= FLOORS[language][0]


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_firm_sentences_of_the_corpus_raise_no_vague_retention(language):
    _found, _vague, raised, _firm = read_sentences(SENTENCES / f"vague_{language}.jsonl")
    assert raised <= FLOORS[language][1]
