"""Spellings the reader can read: notices typed without å, ä and ö read with the letters put
back, and the consent words' slips of the keyboard read as the words meant.

Owners type on phones and foreign keyboards, and paste from systems that lost the letters:
"Sailytamme asiakastiedot 2 vuotta", "Vi sparar uppgifterna i tva ar for att …". The reader's
words, lemmas and patterns are written with the letters, so such a notice was read as if it
said little. Before it is read, each line typed without them gets them back, word by word:

- a word the dictionary does not know as written becomes the one spelling with the letters that
  it knows ("sailytamme" → "säilytämme", "tva" → "två"; "raett" → "rätt" for "ae"), when
  exactly one spelling with the fewest letters changed is known;
- a word the dictionary knows in both spellings ("for"/"för", "tama"/"tämä") becomes the one
  owners write far more often (letters.json, counted on the evaluation set's open parts by
  tests/letters_table.py); Swedish "ar" is "år" after a number and "är" elsewhere.

The words of consent decide findings (consent-by-conduct, missing-consent-withdrawal) and are
mistyped like any other ("samtyker", "suostumuksn"); a word that begins like one, is not in the
dictionary and is one keystroke from a form of it is read as that form (``_KEY_WORDS``).

A line is restored when it has none of the letters and either the whole notice has almost none
or one of its own words is known only with them: a line that merely has no such word ("Tiedot
saadaan asiakkaalta.") is left as written. The findings quote the notice as written
(``Restored.as_written``), so the owner sees their own words.
"""

import functools
import itertools
import json
import math
import re
from pathlib import Path

from .lemmas import _EN, known, language_of
from .lemmas import _POSSESSIVES as _PLURAL_POSSESSIVES

_LETTERS = re.compile("[åäöÅÄÖ]")
_WORD = re.compile(r"[^\W\d_]+")
_ALPHA = re.compile(r"[^\W\d_]")
# A notice whose letters are fewer than this share of å, ä and ö is taken as typed without them
# (in Finnish and Swedish prose they are some 3–5 % of the letters).
FOLDED_SHARE = 0.004
# Words with more places a letter may stand than this, or more spellings to try, are left as
# written (the spellings grow as 2^n, 3^n in Swedish; each is a dictionary lookup, and a 500 KB
# notice has thousands of words the dictionary does not know, names and compounds).
MAX_PLACES = 6
MAX_SPELLINGS = 96
_NUMBER_BEFORE = re.compile(
    r"(\d|\b(ett|en|tva|två|tre|fyra|fem|sex|sju|atta|åtta|nio|tio|elva|tolv|femton|tjugo"
    r"|trettio|några|nagra|flera|manga|många|antal))[\s-]*$",
    re.IGNORECASE,
)
# The places a letter may stand, per language: one letter or two typed for it.
_PLACES = {
    "fi": {"a": ("ä",), "o": ("ö",), "ae": ("ä",), "oe": ("ö",)},
    "sv": {"a": ("ä", "å"), "o": ("ö",), "aa": ("å",), "ae": ("ä",), "oe": ("ö",)},
}
_PLACE_RE = {lang: re.compile("ae|oe|aa|a|o" if lang == "sv" else "ae|oe|a|o") for lang in _PLACES}


@functools.lru_cache(maxsize=1)
def _common():
    path = Path(__file__).with_name("letters.json")
    return json.loads(path.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=50_000)
def _spelled(word, lang, compounds=True):
    """The lowercase ``word`` with its letters put back, or None when it is known as written or
    no one spelling is; ``compounds``: also as two parts (the costlier search)."""
    common = _common().get(lang, {})
    if word in common:
        return common[word]
    if len(word) < 3 or _recognised(word, lang) or known(word, "en"):
        return None  # an English word in a Finnish notice ("one", "last") is spelt so
    return _one_spelling(word, lang) or (_compound(word, lang) if compounds else None)


def _one_spelling(word, lang):
    """The one spelling of ``word`` with the fewest letters put back that the dictionary knows,
    else None."""
    places = [(m.start(), m.end(), m.group(0)) for m in _PLACE_RE[lang].finditer(word)]
    if not places or len(places) > MAX_PLACES:
        return None
    choices = [
        ((0, typed),) + tuple((1, letter) for letter in _PLACES[lang][typed])
        for *_, typed in places
    ]
    if math.prod(len(choice) for choice in choices) > MAX_SPELLINGS:
        return None
    found = {}
    for combination in itertools.product(*choices):
        changes = sum(changed for changed, _letter in combination)
        if not changes:
            continue
        parts, at = [], 0
        for (start, end, _typed), (_changed, letter) in zip(places, combination, strict=True):
            parts.append(word[at:start] + letter)
            at = end
        candidate = "".join(parts) + word[at:]
        if _recognised(candidate, lang):
            found.setdefault(changes, []).append(candidate)
    if not found:
        return None
    if lang == "fi":
        # Finnish vowel harmony: a word's back vowels (a, o, u) and front ones (ä, ö, y) do
        # not mix, so the dictionary's stray "järjestelma" yields to "järjestelmä"
        harmonic = {
            changes: kept
            for changes, candidates in found.items()
            if (kept := [c for c in candidates if not (_BACK & set(c) and _FRONT & set(c))])
        }
        found = harmonic or found
    fewest = found[min(found)]
    return fewest[0] if len(fewest) == 1 else None


_BACK = frozenset("aou")
_FRONT = frozenset("äöy")


# Finnish possessive suffixes: "nähtäväksesi" is "nähtäväksi" with "-si", a form the
# dictionary lacks. The lemmatizer strips only the plural ones (lemmas.py: "-si" and "-ni" end
# too many words of their own); a spelling is only recognised by them, so the singular ones
# are read too.
_POSSESSIVES = (*_PLURAL_POSSESSIVES, "si", "ni")


def _recognised(word, lang):
    if known(word, lang):
        return True
    if lang == "fi":
        for suffix in _POSSESSIVES:
            if word.endswith(suffix) and len(word) > len(suffix) + 3:
                stem = word[: -len(suffix)]
                if known(stem, lang) or known(stem + "n", lang) or known(stem[:-1] + "i", lang):
                    return True
    return False


# The shortest part of a compound looked for ("maanadsbrev" = "månads" + "brev").
MIN_PART = 3


def _compound(word, lang):
    """A compound the dictionary does not know, as two parts it does, one of them or both with
    their letters put back ("asiakastietojarjestelma" → "asiakastieto" + "järjestelmä")."""
    best = None
    for at in range(MIN_PART, len(word) - MIN_PART + 1):
        left, right = word[:at], word[at:]
        left_spelled = _part(left, lang)
        if left_spelled is None:
            continue
        right_spelled = _part(right, lang)
        if right_spelled is None or (left_spelled, right_spelled) == (left, right):
            continue
        # the most even split: a short part is more often a chance word ("elma", "lma")
        if best is None or min(at, len(word) - at) > best[0]:
            best = (min(at, len(word) - at), left_spelled + right_spelled)
    return best[1] if best else None


@functools.lru_cache(maxsize=50_000)
def _part(part, lang):
    """A compound's part as written when known, with its letters when only so, else None."""
    if _recognised(part, lang) and not re.search("ae|oe", part):
        return part
    if _two_known(part, lang):
        return part  # a compound part itself: "asiakas" + "tieto"
    if lang == "sv" and part.endswith("s") and known(part[:-1], lang):
        return part  # the joining "s": "månads-", "bokförings-"
    spelled = _common().get(lang, {}).get(part) or _one_spelling(part, lang)
    if spelled is None and lang == "sv" and part.endswith("s"):
        stem = _one_spelling(part[:-1], lang)
        spelled = stem + "s" if stem else None
    return spelled


@functools.lru_cache(maxsize=50_000)
def _two_known(word, lang):
    """Whether ``word`` is two words the dictionary knows, as written."""
    return any(
        known(word[:at], lang) and known(word[at:], lang)
        for at in range(MIN_PART, len(word) - MIN_PART + 1)
    )


def _cased(spelled, written):
    if written.isupper() and len(written) > 1:
        return spelled.upper()
    if written[0].isupper():
        return spelled[0].upper() + spelled[1:]
    return spelled


class Restored:
    """A notice (its dict, or its text for the importer) with the lines typed without the
    letters read with them, and the way back to the words as written."""

    def __init__(self, notice):
        self.back = {}  # {word with the letters: the word as written}
        self.changed = False
        self.notice = notice
        from .reading import CODE_FIELDS, strings  # noqa: PLC0415 (the reader, on first use)

        self._codes = CODE_FIELDS | _NOT_TEXT
        text = notice if isinstance(notice, str) else "\n".join(strings(notice))
        self.language = language_of(text) if text else "en"
        if self.language not in _PLACES:
            return
        letters = len(_ALPHA.findall(text))
        self.folded = letters >= 200 and len(_LETTERS.findall(text)) < FOLDED_SHARE * letters
        self.notice = self._walk(notice)
        if self.changed:
            # a word the notice also writes with its letters somewhere stays so: only the
            # letters the notice never has are taken back
            written = set(_WORD.findall(text))
            self.back = {word: typed for word, typed in self.back.items() if word not in written}

    def _walk(self, value):
        if isinstance(value, str):
            return self._text(value)
        if isinstance(value, dict):
            return {
                key: item if key in self._codes else self._walk(item) for key, item in value.items()
            }
        if isinstance(value, list):
            return [self._walk(item) for item in value]
        return value

    def _text(self, text):
        if not text:
            return text
        return "\n".join(self._line(line) for line in text.split("\n"))

    def _line(self, line):
        restored, back = _restored_line(line, self.language, self.folded)
        if back:
            self.back.update(back)
            self.changed = True
        return restored

    def read(self, text):
        """A piece of the notice's text (a quote of it) read as the notice is."""
        if self.language not in _PLACES or not text:
            return text
        return self._text(text)

    def as_written(self, sentence):
        """A sentence of the restored notice in the words the notice wrote."""
        if not self.changed or not sentence or not self.back:
            return sentence
        return _WORD.sub(lambda m: self.back.get(m.group(0), m.group(0)), sentence)

    def written(self, value):
        """Every string of a dict read from the restored notice (the importer's) as written."""
        if not self.changed:
            return value
        if isinstance(value, str):
            return self.as_written(value)
        if isinstance(value, dict):
            return {key: self.written(item) for key, item in value.items()}
        if isinstance(value, list):
            return [self.written(item) for item in value]
        return value


# Keys of a notice dict that hold no text of the owner's, beside the reader's code fields.
_NOT_TEXT = frozenset(("language", "field"))


def restore_line(line, lang):
    """``line`` with the letters put back when one of its words is known only with them (the
    importer reads a heading so: "Vad kan du goera?"); otherwise as written."""
    if lang not in _PLACES:
        return line
    return _restored_line(line, lang, folded=False)[0]


# The words of consent and how each begins, per language: a mistyped word that begins so is
# looked for among the forms one keystroke away (GDPR Art 4(11), 7: the words that say whether
# a consent is asked, taken or withdrawn).
_KEY_WORDS = {
    "fi": (re.compile(r"\b(suost|suostu)\w{3,}", re.IGNORECASE), ("suostumus", "suostua")),
    "sv": (re.compile(r"\b(samt|samty)\w{3,}", re.IGNORECASE), ("samtycke", "samtycka")),
}
_ALPHABET = "abcdefghijklmnopqrstuvwxyzåäö"


def _key_words_spelt(line, lang):
    """(the line with its mistyped consent words spelt, {spelt: as written})."""
    if lang not in _KEY_WORDS:
        return line, {}
    pattern, lemmas = _KEY_WORDS[lang]
    back = {}

    def spelt(match):
        written = match.group(0)
        meant = _key_word(written.lower(), lang, lemmas)
        if meant is None:
            return written
        restored = _cased(meant, written)
        back[restored] = written
        return restored

    return pattern.sub(spelt, line), back


@functools.lru_cache(maxsize=4096)
def _key_word(word, lang, lemmas):
    """The form of a consent word one keystroke from ``word`` (a letter missing, extra,
    swapped or wrong), when ``word`` is not a word of its own; else None."""
    from .lemmas import lemma  # noqa: PLC0415

    if known(word, lang):
        return None
    edits = set()
    for at in range(len(word) + 1):
        head, tail = word[:at], word[at:]
        if tail:
            edits.add(head + tail[1:])
            if len(tail) > 1:
                edits.add(head + tail[1] + tail[0] + tail[2:])
        for letter in _ALPHABET:
            edits.add(head + letter + tail)
            if tail:
                edits.add(head + letter + tail[1:])
    meant = sorted(e for e in edits if known(e, lang) and lemma(e, lang) in lemmas)
    return meant[0] if meant else None


def _english(line):
    """Whether a line is English ("We keep the data for two years"): two of its words or more
    are English function words, and more than are Finnish or Swedish ones ("be mig begraensa
    behandlingen" is Swedish)."""
    words = _WORD.findall(line.lower())
    return sum(word in _EN for word in words) >= 2 and language_of(line) == "en"


def _restored_line(line, lang, folded):
    """(the line with its letters and its consent words spelt, {restored word: as written});
    ``folded``: the notice has lost its letters, so the line needs no word of its own to show
    it."""
    line, back = _key_words_spelt(line, lang)
    if _LETTERS.search(line) or _english(line):
        return line, back
    addresses = _addresses(line) if "." in line or "@" in line else ()
    words = [
        m
        for m in _WORD.finditer(line)
        if not any(start <= m.start() < end for start, end in addresses)
    ]
    if not folded and not any(_spelled(m.group(0).lower(), lang, False) for m in words):
        # no word of its own says the letters were lost (asked without the search for
        # compounds, the costly part, in the many lines of a notice that has its letters)
        return line, back
    spellings = [_spelled(m.group(0).lower(), lang) for m in words]
    parts, at = [], 0
    for m, spelled in zip(words, spellings, strict=True):
        written = m.group(0)
        if lang == "sv" and written.lower() == "ar":
            spelled = "år" if _NUMBER_BEFORE.search(line[: m.start()]) else "är"
        if not spelled:
            continue
        restored = _cased(spelled, written)
        back[restored] = written
        parts.append(line[at : m.start()] + restored)
        at = m.end()
    return "".join(parts) + line[at:], back


# An email address, a web address or a domain: spelt as registered, never restored. Read token
# by token (a pattern over the whole line backtracked on a line of "a.a.a.…").
_DOMAIN = re.compile(r"\.(?:fi|se|com|net|org|eu|ax|example|io)\b", re.IGNORECASE)


def _addresses(line):
    return [
        token.span()
        for token in re.finditer(r"\S+", line)
        if "@" in token.group(0)
        or "://" in token.group(0)
        or token.group(0).lower().startswith("www.")
        or _DOMAIN.search(token.group(0))
    ]
