"""A learned second reading of consent by conduct (issue 18, round 28).

Four rounds of word rules found almost none of the held-out notices' misses: each new notice
says "this counts as agreeing" with a verb or a turn no list had. This module reads a sentence
the rules passed by with a small logistic model over its words' lemmas, lemma pairs and letter
4- and 5-grams, which carries what the rules' examples have in common beyond their exact words
("Kun tuot koirasi tunnille, lähden siitä, että kuvia saa jakaa" shares the shape of "Kun tulet
hoitoon, oletan, että sopii lähettää tarjouksia").

It only adds: a sentence the rules read as consent by conduct stays so, and the model is asked
only about a sentence that speaks of agreeing (a consent, an acceptance, a permission, a thing
deemed, a yes), holds no negator (it cannot tell "räknas inte som samtycke" from "räknas som
samtycke") and says nothing of a thing not being recorded. The threshold is high: of the
findings it added to the held-out notices at 0.995, two in three were right
(docs/check-evaluation.md, round 28).

The model (``conduct_model.json``) is trained by ``make train`` (``tests/conduct_training.py``)
on the evaluation set's open parts only: the sentences their practitioners quote as consent by
conduct and as near misses, and every other sentence that speaks of agreeing in notices with no
consent by conduct. Pure: no dependency beyond the reader's tokens.
"""

import functools
import json
import math
from pathlib import Path

from . import lexicon as x
from . import vocabulary as v
from .lemmas import negators

MODEL = Path(__file__).with_name("conduct_model.json")
# The fewest words a sentence needs for the model to read it ("huoltajan suostumus" is a
# label, no sentence).
MIN_WORDS = 4


@functools.cache
def model():
    """(weights, bias, threshold) of the committed model, read on the first question."""
    data = json.loads(MODEL.read_text(encoding="utf-8"))
    return data["weights"], data["bias"], data["threshold"]


def features(words):
    """The features of a sentence's tokens: lemmas, pairs of lemmas, and the letter 4- and
    5-grams of each word with its edges marked."""
    found = set()
    previous = "<s>"
    for token in words:
        lemma = token.lemma
        found.add("w:" + lemma)
        found.add("b:" + previous + "_" + lemma)
        previous = lemma
        word = "^" + token.lower + "$"
        for n in (4, 5):
            for i in range(len(word) - n + 1):
                found.add(f"c{n}:" + word[i : i + n])
    return found


def probability(words, weights=None, bias=None):
    """The model's probability that the sentence takes an act or silence as agreeing."""
    if weights is None:
        weights, bias, _threshold = model()
    z = bias + math.fsum(weights.get(f, 0.0) for f in sorted(features(words)))
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def speaks_of_agreeing(words, lang):
    """Whether a sentence has a word of agreeing: the sentences the model was trained on."""
    return bool(
        x.CONSENT.find(words)
        or x.ACCEPT.find(words)
        or x.PERMISSION.find(words)
        or x.DEEMED.find(words)
        # a yes as a word of its own (in Finnish "ja" is "and")
        or (lang != "fi" and any(t.lower in ("ja", "yes", "kyllä") for t in words))
    )


def learned_conduct(words, lang):
    """The sentence, when the model reads it as consent by conduct; "" otherwise."""
    if len(words) < MIN_WORDS or not speaks_of_agreeing(words, lang):
        return ""
    sentence = " ".join(t.text for t in words)
    if {t.lower for t in words} & set(negators(lang)) or v.NOT_RECORDED.search(sentence):
        return ""
    _weights, _bias, threshold = model()
    return sentence if probability(words) >= threshold else ""
