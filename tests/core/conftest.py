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
