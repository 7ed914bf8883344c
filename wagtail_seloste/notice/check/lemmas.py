"""Words as lemmas: a sentence of a Finnish, Swedish or English notice, word by word.

Finnish inflects every word ("asiakkailta itseltään", "pyydettäessä", "säilytettävät") and
Swedish most ("personuppgifterna", "sparas"). Matching regex stems misses inflections nobody
listed and matches words that only share letters; the check reads lemmas instead, from
``simplemma`` (pure Python, ships its fi and sv data), and from Voikko where it is installed
(``libvoikko`` with Debian's ``voikko-fi``), which also splits compounds. Compounds are matched
on the lemma's end ("tarkastusoikeus" is an "…oikeus", "asiakastieto" a "…tieto").

Lemmas are cached (``lru_cache``): a notice repeats its words, and notices repeat each other's.
simplemma loads a language's dictionary on first use (a few seconds for Finnish on a slow
machine); ``warm()`` loads them ahead, e.g. in a worker's start-up.
"""

import bisect
import functools
import os
import re
import zlib
from dataclasses import dataclass

LANGUAGES = ("fi", "sv", "en")

WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:[.,]\d+)?")

# Function words that tell the languages apart (the importer's notice_language reads whole
# notices; the check reads a notice and also its sections, which may be in another language).
_FI = frozenset(
    "ja on tai sekä ei että voi tietoja tiedot henkilötiedot henkilötietoja tietojen emme "
    "niitä joka jotka kun jos myös sinun meidän asiakkaan".split()
)
_SV = frozenset(
    "och att för som är av med på till uppgifter personuppgifter vi du dina inte eller om "
    "den det de kan ska har".split()
)
_EN = frozenset(
    "the and of to for is are we you your our with by or not be this that data personal".split()
)


def language_of(text):
    """ "fi", "sv" or "en": the language most of the text's function words belong to."""
    counts = dict.fromkeys(LANGUAGES, 0)
    for word in WORD_RE.findall(text[:20_000].lower()):
        if word in _FI:
            counts["fi"] += 1
        if word in _SV:
            counts["sv"] += 1
        if word in _EN:
            counts["en"] += 1
    best = max(LANGUAGES, key=lambda lang: (counts[lang], lang == "fi"))
    return best if counts[best] else "fi"


@functools.lru_cache(maxsize=1)
def _voikko():
    """A Voikko analyser for Finnish where libvoikko and voikko-fi are installed, else None."""
    try:
        import libvoikko  # optional: Debian libvoikko1 + voikko-fi, PyPI libvoikko
    except ImportError:
        return None
    try:
        return libvoikko.Voikko("fi")
    except Exception:  # the library without its dictionary: fall back to simplemma
        return None


# The lemmatizer's dictionaries. simplemma's default loads a language's whole dictionary into a
# dict (3.5 million Finnish forms: 5 s and some hundred MB per process). The check reads a
# few thousand words, so it reads the shipped front-coded stream directly instead (simplemma's
# StreamMap, 2.0+), and keeps the stream's block index in a cache file, so that a process
# after the first one starts in a fraction of a second. Without a writable cache directory
# the index is built in memory (about 3 s for Finnish); with simplemma < 2.0 the default
# lemmatizer is used.
CACHE_ENV = "WAGTAIL_SELOSTE_LEMMA_CACHE"


def _cache_dir():
    from pathlib import Path

    configured = os.environ.get(CACHE_ENV)
    if configured is not None:
        return Path(configured) if configured else None  # "" turns the cache off
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "wagtail-seloste"


def _indexed_stream(lang):
    """simplemma's StreamMap for ``lang``, its block index read from (or written to) the
    cache."""
    import pickle

    import simplemma
    from simplemma.strategies.dictionaries import frontcode
    from simplemma.strategies.dictionaries.dictionary_factory import _read_decompressed
    from simplemma.strategies.dictionaries.stream_dictionary_factory import StreamMap

    StreamMap = _block_cached(StreamMap)
    data = _read_decompressed(lang)
    folder = _cache_dir()
    name = f"lemmas-{lang}-{simplemma.__version__}-{len(data)}-{zlib.crc32(data)}.pickle"
    path = folder / name if folder else None
    if path is not None:
        try:
            with path.open("rb") as handle:
                firsts, blocks = pickle.load(handle)  # noqa: S301 (our own cache file)
            stream = StreamMap.__new__(StreamMap)
            stream._data = data
            stream._rev, stream._count, stream._pos = frontcode._read_header(data)
            stream._firsts, stream._blocks = firsts, blocks
            stream._decoded = {}
            return stream
        except Exception:  # noqa: BLE001 - any unreadable or stale cache file is rebuilt
            pass
    stream = StreamMap(lang)
    stream._decoded = {}
    if path is not None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            temporary = path.with_suffix(f".{os.getpid()}.tmp")
            with temporary.open("wb") as handle:
                pickle.dump((stream._firsts, stream._blocks), handle, protocol=4)
            os.replace(temporary, path)
        except OSError:  # a read-only home: the index stays in memory
            pass
    return stream


# Blocks of the stream kept decoded. A word's lemma is looked for under many keys (the word,
# its parts: "henkilötietojen", "tietojen", "ietojen" …) that fall in the same few blocks, so a
# notice's lookups touch about one block in six of those they ask; each block is decoded once
# instead of scanned again for every key. (round 29) 8192 blocks of 32 records are about 8 MB
# a process; with 2048 the cache filled and was cleared within one 500 KB notice, which then
# decoded its blocks again: about a tenth of that check's time (make bench).
DECODED_BLOCKS = 8192


@functools.lru_cache(maxsize=1)
def _block_cached(stream_map):
    """``StreamMap`` whose lookups decode a block once and keep it (``DECODED_BLOCKS``)."""
    from bisect import bisect_right

    from simplemma.strategies.dictionaries import frontcode

    class BlockCachedStreamMap(stream_map):
        __slots__ = ("_decoded",)

        def _lookup(self, key):
            target = key.encode()
            if self._rev:
                target = target[::-1]
            block = bisect_right(self._firsts, target) - 1
            if block < 0:
                return None
            records = self._decoded.get(block)
            if records is None:
                records = self._decode_block(block)
            value = records.get(target)
            if value is None:
                return None
            return (value[::-1] if self._rev else value).decode()

        def _decode_block(self, block):
            end = self._blocks[block + 1][0] if block + 1 < len(self._blocks) else len(self._data)
            records = {}
            for start, stored_key, stored_value in frontcode._iter_records(
                self._data, *self._blocks[block]
            ):
                if start >= end:
                    break
                records.setdefault(stored_key, stored_value)
            if len(self._decoded) >= DECODED_BLOCKS:
                self._decoded.clear()
            self._decoded[block] = records
            return records

    return BlockCachedStreamMap


@functools.lru_cache(maxsize=1)
def _streams():
    """The dictionaries as indexed streams (one per language, shared by the lemmatizer and
    ``known``), or None to use simplemma's default."""
    try:
        from simplemma.strategies.dictionaries.dictionary_factory import (
            CachingDictionaryFactory,
        )
        from simplemma.strategies.dictionaries.stream_dictionary_factory import (  # noqa: F401
            StreamMap,
        )
    except ImportError:  # simplemma < 2.0
        return None

    class IndexedStreams(CachingDictionaryFactory):
        __slots__ = ()

        def _get_dictionary_uncached(self, lang):
            return _indexed_stream(lang)

    return IndexedStreams()


@functools.lru_cache(maxsize=1)
def _lemmatizer():
    """A simplemma Lemmatizer reading the streams, or None to use simplemma's default."""
    streams = _streams()
    if streams is None:
        return None
    from simplemma import Lemmatizer
    from simplemma.strategies import DefaultStrategy

    return Lemmatizer(
        cache_max_size=0,  # lemma() below caches per word
        lemmatization_strategy=DefaultStrategy(dictionary_factory=streams),
    )


@functools.lru_cache(maxsize=200_000)
def known(word, lang):
    """Whether the dictionary holds the lowercase ``word`` as a form of ``lang`` (no guess by
    the lemmatizer's rules: a misspelt word is not known)."""
    try:
        import simplemma
        from simplemma.strategies import DictionaryLookupStrategy
    except ImportError:  # a broken install: every word is taken as written
        return True
    streams = _streams()
    try:
        if streams is None:
            return simplemma.is_known(word, lang)
        return DictionaryLookupStrategy(streams).get_lemma(word, lang) is not None
    except (ValueError, LookupError):
        return True


def _simplemma(word, lang):
    try:
        import simplemma
    except ImportError:  # a broken install: the check still reads words as written
        return word
    try:
        lemmatizer = _lemmatizer()
        if lemmatizer is not None:
            return lemmatizer.lemmatize(word, lang=lang).lower()
        return simplemma.lemmatize(word, lang=lang).lower()
    except (ValueError, LookupError):
        return word


@functools.lru_cache(maxsize=200_000)
def lemma(word, lang):
    """The lemma of a lowercase word in ``lang`` ("fi", "sv", "en")."""
    if lang == "en" or len(word) < 3 or word.isdigit():
        return word
    if lang == "fi":
        voikko = _voikko()
        if voikko is not None:
            analyses = voikko.analyze(word)
            if analyses and analyses[0].get("BASEFORM"):
                return analyses[0]["BASEFORM"].lower()
    found = _simplemma(word, lang)
    if lang == "fi" and found == word and len(word) > 6 and word.endswith(_POSSESSIVES):
        # A case ending with a possessive suffix the dictionary lacks ("oikeutettuun etuumme",
        # "toiveisiinne"): the word without the suffix is the case form with its "-n"
        # ("etuun") or without it; the first the dictionary knows gives the lemma.
        stem = word[:-3]
        for candidate in (stem + "n", stem):
            known = _simplemma(candidate, lang)
            if known != candidate:
                return known
    return found


# Finnish possessive suffixes of the plural persons and the third ("-mme", "-nne", "-nsa"):
# the singular "-ni", "-si" end too many words of their own ("kuusi", "vesi") to strip.
_POSSESSIVES = ("mme", "nne", "nsa", "nsä")


def warm(languages=("fi", "sv")):
    """Load the lemmatizer's dictionaries now rather than on a person's first check."""
    for lang in languages:
        lemma("tietosuoja" if lang == "fi" else "uppgifterna", lang)


@dataclass(frozen=True)
class Token:
    text: str  # as written
    lower: str
    lemma: str
    start: int  # offset in the sentence


class Words(tuple):
    """Tokens (a tuple), with ``forms``: the set of their lemmas and lowercase forms, so that a
    concept that none of them is can say so without reading them one by one (lexicon.py)."""

    def __new__(cls, words):
        self = super().__new__(cls, words)
        self.forms = frozenset(t.lemma for t in self) | frozenset(t.lower for t in self)
        self.found = {}  # {concept's number: its first token or None} (lexicon.py)
        return self


def lowered(words):
    """The words in lowercase, joined by spaces: the text a pattern over words reads."""
    return " ".join(t.lower for t in words)


@functools.lru_cache(maxsize=8192)
def tokens(sentence, lang):
    """The words of a sentence with their lemmas (cached: rules read a sentence many times)."""
    return Words(
        Token(m.group(0), m.group(0).lower(), lemma(m.group(0).lower(), lang), m.start())
        for m in WORD_RE.finditer(sentence)
    )


# Negation (the negative verb in all its persons, with -kä), and Swedish and English negators.
NEGATORS_BY_LANGUAGE = {
    "fi": frozenset(
        "en et ei emme ette eivät enkä etkä eikä emmekä ettekä eivätkä älä älkää".split()
    ),
    # Swedish "en" is an article, not the Finnish negative verb.
    "sv": frozenset("inte ej icke aldrig ingen inget inga varken".split()),
    "en": frozenset("not never no cannot nor neither".split()),
}
NEGATORS = frozenset().union(*NEGATORS_BY_LANGUAGE.values())


def negators(lang):
    """The negators of a language, with the other languages' unambiguous ones (a Finnish
    notice quotes a Swedish phrase now and then)."""
    own = NEGATORS_BY_LANGUAGE.get(lang, NEGATORS)
    if lang == "sv":
        return (
            own | (NEGATORS_BY_LANGUAGE["fi"] - {"en", "et"}) | NEGATORS_BY_LANGUAGE["en"] - {"no"}
        )
    return NEGATORS if lang == "fi" else own | NEGATORS_BY_LANGUAGE["sv"]


# Words that end a negation's scope and start an exception or a contrast: "Tietoja ei luovuteta,
# paitsi kirjanpitäjälle", "Uppgifter lämnas inte ut utom till …", "vaan", "men", "but".
SCOPE_BREAKS = frozenset(
    "paitsi vaan mutta kuitenkin lukuun utom men förutom undantag except but however unless "
    "ellei elleivät".split()
)
_CLAUSE_PUNCT = re.compile(r"[;:()]|,\s|\s[–—-]\s")


@dataclass(frozen=True)
class Clause:
    tokens: tuple
    negated: bool
    exception: bool  # starts with an exception to a negation ("paitsi", "utom", "except")


@functools.lru_cache(maxsize=8192)
def clauses(sentence, lang):
    """The sentence cut into clauses, each knowing whether a negation governs it.

    A clause is cut at punctuation and at a scope break. "Tietoja ei luovuteta, paitsi
    kirjanpitäjälle": the second clause is an exception to a negation, so it states what it
    names (the accountant receives data). "Emme käytä evästeitä markkinointiin" is negated.
    A clause after a comma with no negation of its own inherits the previous clause's
    negation only through "eikä"/"eller" lists ("ei luovuteta eikä siirretä", handled as one
    clause since no punctuation breaks it).
    """
    words = tokens(sentence, lang)
    # Sorted, so that "is there a cut between the last word and this one" is a bisection, not a
    # scan of every cut for every word (quadratic in a long sentence).
    cuts = sorted({m.start() for m in _CLAUSE_PUNCT.finditer(sentence)})
    result = []
    current = []
    exception = False
    for index, token in enumerate(words):
        if current:
            after = bisect.bisect_right(cuts, current[-1].start)
            cut = after < len(cuts) and cuts[after] < token.start
        else:
            cut = False  # nothing to cut off before the first word
        boundary = token.lower in SCOPE_BREAKS or cut or _inverted_main(current, words, index)
        if boundary and current:
            result.append(_clause(current, exception, lang))
            current = []
            exception = False
        if token.lower in SCOPE_BREAKS:
            exception = token.lower in ("paitsi", "lukuun", "utom", "förutom", "except", "unless")
            exception = exception or token.lower in ("ellei", "elleivät")
        current.append(token)
    if current:
        result.append(_clause(current, exception, lang))
    # "Jag använder inte Zoom, Teams eller andra amerikanska tjänster", "En käytä Zoomia,
    # Teamsia tai muita …": the rest of a list the negation governs, after a comma, is denied
    # with it (an "or" inside the part, no verb of its own to a short list).
    for index in range(1, len(result)):
        before, clause = result[index - 1], result[index]
        if (
            before.negated
            and not clause.negated
            and not clause.exception
            and 2 <= len(clause.tokens) <= 8
            # a name continues the list ("Teams eller …"); a clause of its own starts with its
            # subject ("ne säilytetään …", "vi sparar …")
            and clause.tokens[0].text[:1].isupper()
            and clause.tokens[0].lower not in _PRONOUNS
            and any(t.lower in _LIST_OR for t in clause.tokens[1:])
            and sentence[before.tokens[-1].start : clause.tokens[0].start].count(",") == 1
            and not re.search(
                r"[;.:!?]", sentence[before.tokens[-1].start : clause.tokens[0].start]
            )
        ):
            result[index] = Clause(clause.tokens, True, False)
    return tuple(result)


def _inverted_main(current, words, index):
    """Whether ``words[index]`` begins a Swedish main clause after a negated subordinate clause
    written with no comma: "När vi inte kan ses använder vi Zoom" (the verb before its subject,
    V2 order) uses Zoom; the "inte" is the subordinate clause's. So is a condition said verb
    first: "Stämmer något inte rättar vi det" corrects."""
    if len(current) < 3:
        return False
    # (round 17) a condition said verb first, no comma: "Stämmer något inte rättar vi det"
    verb_first = (
        words
        and current[0] is words[0]
        and current[0].lower not in _SV_NOT_VERBS
        and current[0].lower not in _SV_SUBJECTS
        and (current[0].lower.endswith("r") or current[0].lower in _SV_MODALS)
    )
    if current[0].lower not in _SV_SUBORDINATORS and not verb_first:
        return False
    if index + 1 >= len(words) or words[index + 1].lower not in _SV_SUBJECTS:
        return False
    token = words[index].lower
    return (
        token not in _SV_NOT_VERBS
        and token not in _SV_SUBJECTS
        and any(t.lower in ("inte", "ej", "aldrig") for t in current)
    )


_SV_MODALS = frozenset("vill kan ska skall måste bör får".split())
_SV_SUBORDINATORS = frozenset("när om då eftersom medan ifall innan sedan".split())
_SV_SUBJECTS = frozenset("vi jag du ni de man".split())
_SV_NOT_VERBS = frozenset(
    "att som och eller men så när om då eftersom medan inte ej aldrig också även bara till för "
    "med av på i från hos".split()
)


_LIST_OR = frozenset({"tai", "eikä", "eller", "or", "nor"})
_PRONOUNS = frozenset(
    "me minä sinä te he ne se tämä nämä vi jag du ni de det den detta dessa we i you they it "
    "this these".split()
)


# A negator right after a relative pronoun negates the relative clause only: "Kontakt- och
# bokningsuppgifter som inte ingår i journalen raderas …" deletes, "Tiedot, joita ei tarvita,
# poistetaan" deletes.
RELATIVES = frozenset(
    "som vilka vilket vilken joka jotka jota joita jonka joiden jossa joissa mikä mitkä "
    "which that who".split()
)


def _clause(words, exception, lang="fi"):
    own = negators(lang)
    negated = any(
        t.lower in own and not (i and words[i - 1].lower in RELATIVES) for i, t in enumerate(words)
    )
    if exception and negated:
        negated = False  # "paitsi jos ei …" is rare; the exception states what it names
    return Clause(Words(words), negated, exception)


def negated_at(sentence, lang, position):
    """Whether the word at character ``position`` stands in a negated clause."""
    for clause in clauses(sentence, lang):
        if clause.tokens and clause.tokens[0].start <= position <= clause.tokens[-1].start + len(
            clause.tokens[-1].text
        ):
            return clause.negated
    return False


def has_lemma(words, lemmas=(), ends=(), starts=()):
    """The first token whose lemma (or, failing the dictionary, whose form) is one of
    ``lemmas``, ends with one of ``ends`` (compounds) or starts with one of ``starts``."""
    for token in words:
        for form in (token.lemma, token.lower):
            if (
                form in lemmas
                or (ends and form.endswith(ends))
                or (starts and form.startswith(starts))
            ):
                return token
    return None
