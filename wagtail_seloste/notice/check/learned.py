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

The model (``conduct_model.json``) is trained by ``make train``
(``tests/conduct_training.py``) on the evaluation set's open parts only: the sentences their
practitioners quote for the code and as its near misses, and every other sentence the reading
asks about in notices where the code is not expected. Pure: no dependency beyond the reader's
tokens.
"""

import functools
import json
import math
import re
from pathlib import Path

from . import lexicon as x
from . import vocabulary as v
from .conduct import (
    _AGREEMENT_WORD,
    _TICKED_OR_SIGNED,
    CHOICE_WORDS,
    DONE_WITH_DATA,
    NOT_ASKED,
    TERMS_WORD,
    _said_yes,
)
from .lemmas import negators

# One model per reading, each trained by ``make train`` on the open parts (round 28 tried one
# for vague periods too: it took firm criteria such as "kunnes kortti on lunastettu" as vague,
# docs/check-evaluation.md).
MODELS = {"conduct": Path(__file__).with_name("conduct_model.json")}
# The fewest words a sentence needs for the model to read it ("huoltajan suostumus" is a
# label, no sentence).
MIN_WORDS = 4


@functools.cache
def model(name="conduct"):
    """(weights, bias, threshold) of a committed model, read on the first question."""
    data = json.loads(MODELS[name].read_text(encoding="utf-8"))
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


def probability(words, name="conduct"):
    """The model's probability that the sentence is what the reading looks for."""
    weights, bias, _threshold = model(name)
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
        # (round 35) an agreeing by other words: what the keeper may then do ("saamme käyttää
        # yhteystietojasi", "får tagga dig"), a right given ("oikeuden julkaista", "rätt att
        # lägga ut"), "sopii", "okej", "går med på", a wish presumed ("vill få")
        or _AGREEING_OTHERWISE.search(" ".join(t.lower for t in words))
    )


_AGREEING_OTHERWISE = re.compile(
    _AGREEMENT_WORD.pattern
    # a verb's infinitive after the leave ("saamme käyttää", "får tagga", "får användas")
    + r"|\b(saa|saamme|saan|saavat|får|may) (\w+ ){0,2}\w+(a|ä|as)\b"
    r"|\b(oikeude\w*|oikeus|rätt|rätten|right) (att |to )?\w+(a|ä|as)?\b"
    r"|\b(sopii|sopivan|går med på|okej|okei|ok|vill få|vill ha|gärna vill)\b"
    # an agreeing word written without its letters ("hyvaksyt", "samtyker")
    r"|\b(hyvaksy\w*|samtyk\w*|suostu\w*)"
)


# What the model cannot tell apart, read by its shape: consent by conduct is an act of the
# person (said by a condition, a means or a doer: "kun", "genom att", "varaamalla", "den som",
# "ilmoittautunut"), taken as agreeing to something done with data (processing, marketing,
# sending, publishing, recording, sharing). A choice offered ("voit", "om du vill"), terms
# accepted, a subscription, a yes answered or a box ticked, and an act that is itself an
# agreeing ("Kun hyväksyt ehdotuksemme, …") are none.
_ACT_SAID = re.compile(
    r"\b(kun|jos|mikäli|när|om|då|genom att|i och med|med din|med er|by|when|if|once|den som"
    r"|de som|joka|jotka|who|som"
    # (round 32) "ken haasteeseen lähtee, hyväksyy …", "whoever joins": a doer said by a
    # pronoun of its own
    r"|ken|kuka tahansa|vem som helst|whoever|anyone who)\b|\w(nut|nyt|neet|neiden)\b"
    # a means ("varaamalla"), not "samalla" (at the same time), which names no act
    r"|\b(?!samalla\b)\w+(malla|mällä)\b"
    # (round 35) an act named as a noun or a time: "Sarjakortin ostaminen katsotaan …",
    # "ilmoittautuessaan", "Asiakkaanamme", "Deltagandet i lägret innebär …", "Vid
    # tidsbeställningen", "Genom ditt besök", "Med köpet följer …", "i samband med",
    # "yhteydessä", "så länge kunden fortsätter att boka", "Varaus = suostumus"
    r"|\w{3,}mi(nen|sen|sta|stä|seen|sella|sellä|seksi|sena|senä)\b"
    r"|\w{3,}(essa|essä|essaan|essään|essasi|essäsi|essanne|essänne)\b"
    r"|\w+n[aä](mme|nne|si)\b"
    r"|\w{3,}(andet|andena|ningen|ningar|ningarna)\b|\banmälan\b|\bmedlemskap\w*"
    r"|\b(vid|genom|med) (ditt |din |sitt |sin |kundens |er )?(köp|bokning|beställning|besök"
    r"|anmälan|tidsbeställning|registrering|medlemskap|deltagande)\w*"
    r"|\b(i samband med|yhteydessä|in connection with|så länge|niin kauan kuin|as long as)\b"
    r"|\s=\s"
    # a Swedish condition said by the verb first ("Bokar du …", "Laddar du ner vår app …") or
    # an act as the subject clause ("Att du fyller i …"); a Finnish participle of the act
    # ("ilmoittautuneen", "tilaava asiakas", "Kassalla annettu puhelinnumero", "Maksettu hoito")
    r"|^\w+(ar|er|r) (du|ni|kunden|medlemmen|hen)\b|^att (du|ni|kunden|medlemmen)\b"
    r"|\w(neen)\b|\b\w+(va|vä|vat|vät|vien|viin) (asiak|jäsen|henkilö|osallistuj|kävijä)\w*"
    r"|\b(annettu|maksettu|tehty|varattu|ostettu|täytetty|lähetetty|betald|bokad|ifylld"
    r"|inskickad)\w*"
)
_CHOICE = re.compile(rf"\b({CHOICE_WORDS}|voitte|voi|voisit|halua\w*|you (can|may))\b")
_OWN_ACT = re.compile(
    # terms in any case, in compounds too ("käyttöehdot", "kursvillkoren"), the rules' own
    TERMS_WORD + r"|\b(tilaa|tilaat|tilaamalla|tilatessasi|prenumerer\w*|beställer|subscri\w*)\b"
)


# (read on the words joined by spaces, with no punctuation: each span is a few words, so that a
# "not" of the main clause after the condition is left to deny)
_SILENT_CONDITION = re.compile(
    r"\b(jos|mikäli|om|ifall|if)( \w+){0,3} (ei|et|eivät|emme|inte|not|don't|doesn't)( \w+){0,3}"
    r" (kiel\w*|vastust\w*|ilmoit\w*|kerro\w*|sano\w*|motsät\w*|förbjud\w*|säger ifrån"
    r"|meddela\w*|invänd\w*|object\w*|tell\w*|say\w*|refus\w*)( sig| det| siitä| mitään){0,2}"
    r"|\butan att (protestera|invända|säga ifrån|motsätta)\w*|\bilman (vastalause|kielto)\w*"
)
# The agreeing itself as what is given, when no use of data is named: "Samtycket anses givet när
# kunden …", "katson, että asiakkaani on antanut suostumuksensa, kun …" (a consent in a privacy
# notice is to the processing it describes)
_CONSENT_ITSELF = re.compile(
    r"\b(suostumu\w*|samtyck\w*|consent\w*|godkännande\w*|medgivande\w*|hyväksyn\w*)"
)


_CONDITION = frozenset("kun jos mikäli när om då if when once".split())


def _agreeing_act(words, lang):
    """Whether the act the sentence opens with is itself an agreeing: "Kun hyväksyt
    ehdotuksemme, hyväksyt samalla …" (a word of agreeing within the opening condition's first
    three words; the tokens carry no commas)."""
    return bool(words) and words[0].lower in _CONDITION and speaks_of_agreeing(words[1:4], lang)


def learned_conduct(words, lang):
    """The sentence, when the model reads it as consent by conduct; "" otherwise."""
    if len(words) < MIN_WORDS or not speaks_of_agreeing(words, lang):
        return ""
    sentence = " ".join(t.text for t in words)
    lowered = sentence.lower()
    # (round 32) the "not" of a consent not asked ("Erillistä lupaa en tähän kysy, koska jo
    # viestiin vastaamalla kerrot, että julkaiseminen sopii sinulle") denies no conduct
    unasked = NOT_ASKED.sub(" ", lowered)
    # (round 35) silence as the act: the "not" of a condition the person meets by saying nothing
    # ("Jos asiakas ei erikseen kiellä, katsomme …", "Om du inte uttryckligen förbjuder det,
    # anser vi …", "… utan att protestera") denies no agreeing (recital 32); a "not" of the main
    # clause still does ("Jos et rastita ruutua, emme lähetä …")
    unasked = _SILENT_CONDITION.sub(" ", unasked)
    if (
        set(unasked.split()) & set(negators(lang))
        or v.NOT_RECORDED.search(sentence)
        or not _ACT_SAID.search(lowered)
        or not (DONE_WITH_DATA.search(lowered) or _CONSENT_ITSELF.search(lowered))
        or _CHOICE.search(lowered)
        or _OWN_ACT.search(lowered)
        or _said_yes(lowered, lang)
        or _TICKED_OR_SIGNED.search(lowered)
        or _agreeing_act(words, lang)
    ):
        return ""
    _weights, _bias, threshold = model()
    return sentence if probability(words) >= threshold else ""
