"""The check's work grows in proportion to the notice (issue 18: a 500 KB notice under 2 s).

Speed itself is measured by ``make bench`` (tests/bench_check.py), never here: a timed test
fails on a busy machine. These tests count work instead (lines of the check run, characters
searched, sentences read), which is the same on every machine, so a return to work that grows
with the square of a notice's length fails here whatever the machine's load.
"""

import pytest

from wagtail_seloste.notice.check import check_notice, reading
from wagtail_seloste.notice.check.lemmas import clauses, tokens
from wagtail_seloste.notice.check.reading import NoticeReading, unwrap


class CountingPattern:
    """A compiled pattern that counts its searches and the characters they read."""

    def __init__(self, pattern):
        self.pattern = pattern
        self.searches = 0
        self.characters = 0

    def search(self, text, *args):
        self.searches += 1
        self.characters += len(text)
        return self.pattern.search(text, *args)


def test_unwrapping_a_long_paragraph_searches_each_line_about_once(monkeypatch, wrapped_lines):
    counting = CountingPattern(reading.TABLE_CELL_RE)
    monkeypatch.setattr(reading, "TABLE_CELL_RE", counting)

    joined = unwrap(wrapped_lines(400))

    # Joined into as few lines as JOIN_MAX allows: a paragraph with no stop is cut there rather
    # than read as one endless sentence.
    assert len(joined) <= sum(len(line) for line in wrapped_lines(400)) // reading.JOIN_MAX + 1
    assert max(len(line) for line in joined) <= reading.JOIN_MAX + 200
    # Searching the growing line again for each line read 400 * 400 / 2 lines' worth.
    assert counting.characters <= 2 * sum(len(line) for line in wrapped_lines(400))


def test_each_distinct_sentence_is_searched_once_for_a_question_asked_twice(
    monkeypatch, repeated_sentence_notice
):
    r = NoticeReading(repeated_sentence_notice)
    counting = CountingPattern(reading.v.SPECIAL_CATEGORY)

    first = r.sentences_where(counting, affirmative=True)
    second = r.sentences_where(counting, affirmative=True)

    assert first == second and len(first) == 3  # found in each of the three sections
    assert counting.searches == len({sentence for _kind, sentence in r.sentences})


def test_a_sentence_twice_as_long_takes_about_twice_the_work_to_cut_into_clauses(
    check_lines_run, long_sentence
):
    short = check_lines_run(lambda: clauses(long_sentence(100), "fi"))
    long = check_lines_run(lambda: clauses(long_sentence(200), "fi"))

    # Testing every cut for every word was quadratic: about 4 times the work.
    assert long <= 2.3 * short


@pytest.mark.parametrize("sentences", [60])
def test_a_notice_twice_as_long_takes_about_twice_the_work_to_check(
    check_lines_run, distinct_sentences_notice, sentences
):
    short = check_lines_run(lambda: check_notice(distinct_sentences_notice(sentences)))
    long = check_lines_run(lambda: check_notice(distinct_sentences_notice(2 * sentences)))

    assert long <= 2.3 * short


def test_tokens_carry_the_set_of_their_forms_for_the_lexicon():
    words = tokens("Asiakastiedot säilytetään kolme vuotta", "fi")

    assert words.forms == {t.lemma for t in words} | {t.lower for t in words}


@pytest.mark.parametrize("enabled", [True, False])
def test_the_check_leaves_the_garbage_collector_as_it_found_it(enabled, salon_text):
    import gc

    from wagtail_seloste.notice.importer import import_text

    notice = import_text(salon_text)
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        check_notice(notice)
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_the_check_leaves_no_cycles_for_the_paused_collector(salon_text, trainer_text):
    import gc

    from wagtail_seloste.notice.importer import import_text

    check_notice(import_text(salon_text))  # the rules and their patterns loaded
    notice = import_text(trainer_text)
    gc.collect()

    check_notice(notice)

    assert gc.collect() == 0
