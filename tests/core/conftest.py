"""Helpers of the completeness check's tests: notices as text or dicts, and their codes."""

from pathlib import Path

import pytest

from wagtail_seloste.notice.check import check_notice
from wagtail_seloste.notice.importer import import_text

CHECK_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "check"


def read_fixture(name):
    return (CHECK_FIXTURES / name).read_text(encoding="utf-8")


def text_codes(text):
    """The codes the check finds in a plain-text notice, read as ``seloste_check FILE.txt``."""
    return {finding.code for finding in check_notice(import_text(text))}


def dict_codes(notice):
    return {finding.code for finding in check_notice(notice)}


def section(notice, kind):
    return next(s for s in notice["sections"] if s["kind"] == kind)


def replaced(text, old, new):
    """``text`` with ``old`` replaced, failing loudly when ``old`` is not there."""
    assert old in text, old
    return text.replace(old, new)


@pytest.fixture
def salon_text():
    """A complete numbered notice of a fictional beauty salon (no findings)."""
    return read_fixture("kauneushoitola_numeroitu.txt")


@pytest.fixture
def trainer_text():
    """A complete UPPERCASE notice of a fictional personal trainer (no findings)."""
    return read_fixture("PERSONAL_TRAINER_ISOT.txt")


@pytest.fixture
def therapy_text():
    """A complete notice of a fictional psychotherapist under question headings."""
    return read_fixture("terapia_kysymykset.txt")


# The check's work counted (test_check_speed.py) --------------------------------------------


@pytest.fixture
def check_lines_run():
    """``run(function)``: the lines of the check's own modules that ``function()`` runs, with
    what the check remembers of texts (lemmas, tokens, clauses, claims) forgotten first."""
    import sys
    from pathlib import Path

    from wagtail_seloste.notice.check import claims, lemmas

    folder = str(Path(lemmas.__file__).parent)

    def run(function):
        for cached in (lemmas.lemma, lemmas.tokens, lemmas.clauses, claims._sentence_claims):
            cached.cache_clear()
        count = 0

        def lines(frame, event, arg):
            nonlocal count
            count += event == "line"
            return lines

        def calls(frame, event, arg):
            return lines if frame.f_code.co_filename.startswith(folder) else None

        previous = sys.gettrace()
        sys.settrace(calls)
        try:
            function()
        finally:
            sys.settrace(previous)
        return count

    return run


@pytest.fixture
def wrapped_lines():
    """``lines(n)``: one paragraph hard-wrapped into n lines, each going on in lowercase."""

    def lines(count):
        return [
            f"asiakkaan tiedot säilytetään kolme vuotta viimeisestä käynnistä {i}"
            for i in range(count)
        ]

    return lines


@pytest.fixture
def long_sentence():
    """``sentence(n)``: one sentence of n words, a comma after every second one."""
    words = (
        "tietoja säilytetään kolme vuotta asiakkuuden päättymisestä laskut kirjanpitolain".split()
    )

    def sentence(count):
        return (
            "".join(words[i % len(words)] + (", " if i % 2 else " ") for i in range(count)).strip(
                " ,"
            )
            + "."
        )

    return sentence


@pytest.fixture
def repeated_sentence_notice():
    """Three sections that share one sentence about health data, each with one of its own."""
    shared = "Käsittelemme terveystietoja hoidon suunnittelua varten."
    return {
        "sections": [
            {"kind": kind, "heading": "", "text": f"{shared}\n{own}"}
            for kind, own in (
                ("data_content", "Keräämme nimen ja puhelinnumeron."),
                ("purposes", "Tietoja käytetään ajanvaraukseen."),
                ("other", "Lisätietoja saat sähköpostitse."),
            )
        ]
    }


@pytest.fixture
def distinct_sentences_notice():
    """``notice(n)``: a notice of n distinct sentences spread over four kinds of section."""
    templates = (
        (
            "purposes",
            "Asiakkaan {i}. käynnin tietoja käytetään ajanvaraukseen sopimuksen perusteella.",
        ),
        (
            "retention",
            "Asiakkaan {i}. käynnin tiedot säilytetään kolme vuotta viimeisestä käynnistä.",
        ),
        ("rights", "Voit pyytää {i}. käynnin tietojesi poistamista tai oikaisemista."),
        ("transfers", "Käytämme {i}. sivulla Google Analyticsia vakiosopimuslausekkeiden nojalla."),
    )

    def notice(count):
        texts = {kind: [] for kind, _template in templates}
        for i in range(count):
            kind, template = templates[i % len(templates)]
            texts[kind].append(template.format(i=i + 1))
        return {
            "sections": [
                {"kind": kind, "heading": "", "text": "\n".join(lines)}
                for kind, lines in texts.items()
            ]
        }

    return notice
