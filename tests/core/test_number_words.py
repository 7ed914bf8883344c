"""Numbers written as words: a period's count in Finnish, Swedish and English."""

import pytest

from wagtail_seloste.notice.check.numbers import number_word


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("kaksi", 2),
        ("kahdeksan", 8),
        ("kahdentoista", 12),
        ("kaksikymmentäkahdeksan", 28),
        ("kahdenkymmenenkahdeksan", 28),
        ("kolmenkymmenen", 30),
        ("kaksisataa", 200),
        ("tjugoåtta", 28),
        ("femton", 15),
        ("etthundra", 100),
        ("twenty-eight", 28),
        ("twelve", 12),
    ],
)
def test_a_number_word_is_read_from_its_parts(word, value):
    assert number_word(word) == value


@pytest.mark.parametrize("word", ["vuoden", "tiedot", "ja", "kuten", "tretti", "twenty-twenty"])
def test_a_word_that_writes_no_number_is_none(word):
    assert number_word(word) is None
