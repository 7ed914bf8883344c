"""search.py: a case-insensitive pattern searched lowercased gives the pattern's own answer."""

import re

import pytest

from wagtail_seloste.notice.check import (
    claims,
    conduct,
    meaning,
    notice,
    reading,
    retention,
    rights,
)
from wagtail_seloste.notice.check import vocabulary as v
from wagtail_seloste.notice.check.search import (
    TwinnedPattern,
    _lowercase_twin,
    casefree,
    found_in,
)

VOCABULARY = [value for value in vars(v).values() if isinstance(value, re.Pattern | TwinnedPattern)]
# Every pattern of the check's modules that asks a lowercase twin first (round 30).
TWINNED = [
    value
    for module in (claims, conduct, meaning, notice, reading, retention, rights, v)
    for value in vars(module).values()
    if isinstance(value, TwinnedPattern)
]
SENTENCES = [
    "Käsittelemme TERVEYSTIETOJA hoidon suunnittelua varten.",
    "Vi sparar HÄLSOUPPGIFTER i tio år; Google Analytics används inte.",
    "Tietoja EI luovuteta EU:n ulkopuolelle ilman VAKIOSOPIMUSLAUSEKKEITA.",
    "İlmoitamme muutoksista sähköpostitse.",  # Turkish dotted I: lowercases to two letters
    "Tietoja säilytetään ſeitsemän vuotta (Kelvin K, µ, ß, Å).",
    "",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_every_vocabulary_pattern_finds_what_it_finds_as_written(sentence):
    assert [found_in(p, sentence) for p in VOCABULARY] == [
        p.search(sentence) is not None for p in VOCABULARY
    ]


@pytest.mark.parametrize(
    "source", [r"[A-Z]\w+", r"eu\b|EU", r"(?-i:eu)", "straße", r"[@-Z]", r"\xc4"]
)
def test_a_pattern_that_names_an_uppercase_or_exotic_letter_is_searched_as_written(source):
    assert _lowercase_twin(re.compile(source, re.IGNORECASE)) is None


def test_every_letter_but_those_set_apart_folds_as_lowercasing_folds_it():
    from wagtail_seloste.notice.check.search import _FOLDS_APART, _lowercase_letters

    letters = {
        p: re.compile(re.escape(p), re.IGNORECASE)
        for p in map(chr, range(0x100))
        if p != p.upper() and _lowercase_letters((ord(p),))
    }
    cased = (t for t in map(chr, range(0x110000)) if t.lower() != t or t.upper() != t)
    differing = [
        t
        for t in cased
        if not _FOLDS_APART.match(t)
        and any(bool(rx.fullmatch(t)) != (t.lower() == p) for p, rx in letters.items())
    ]

    assert len(letters) == 57 and differing == []


def test_the_check_compiles_its_case_insensitive_patterns_with_twins():
    assert len(TWINNED) >= 150


@pytest.mark.parametrize("sentence", SENTENCES)
def test_every_twinned_pattern_answers_as_the_pattern_itself(sentence):
    def answers(p):
        m = p.search(sentence)
        return (
            m and (m.span(), m.groups()),
            p.findall(sentence),
            p.sub("#", sentence),
            p.split(sentence),
            bool(p.match(sentence)),
        )

    assert [answers(p) for p in TWINNED] == [answers(p._pattern) for p in TWINNED]


def test_a_twinned_pattern_gives_the_text_as_written():
    pattern = casefree(r"terveys(?P<rest>tie\w*)", re.IGNORECASE)

    found = pattern.search("Käsittelemme TERVEYSTIETOJA.")

    assert isinstance(pattern, TwinnedPattern)
    assert (found.group(0), found.group("rest"), found.start()) == ("TERVEYSTIETOJA", "TIETOJA", 13)


def test_a_twinned_pattern_searches_only_between_pos_and_endpos():
    pattern = casefree(r"\bsms\b", re.IGNORECASE)
    text = "SMS ja sähköposti, ei SMS"

    assert pattern.search(text, 1).start() == 22
    assert pattern.search(text, 1, 20) is None


def test_a_pattern_that_names_an_uppercase_letter_is_compiled_as_it_is():
    assert isinstance(casefree(r"\bEU\b|eu:n", re.IGNORECASE), re.Pattern)


def test_a_twinned_pattern_can_be_copied():
    import copy

    pattern = casefree(r"\bsms\b", re.IGNORECASE)

    assert copy.deepcopy(pattern).search("Tilaa SMS-viestit").group(0) == "SMS"
