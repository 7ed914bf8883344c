"""Notices typed without å, ä and ö (round 33): read with the letters put back, quoted as typed
(wagtail_seloste/notice/check/spelling.py)."""

import json

import pytest

from tests.letters_table import TABLE, build
from wagtail_seloste.notice.check import check_notice
from wagtail_seloste.notice.check.spelling import restore_line
from wagtail_seloste.notice.importer import import_text

from .conftest import read_fixture
from .test_check_clean_notices import DEMO_NOTICE

# As phones and foreign keyboards type them: the letter without its dots, or two letters.
PLAIN = str.maketrans("åäöÅÄÖ", "aaoAAO")
TWO_LETTERS = {"å": "aa", "ä": "ae", "ö": "oe", "Å": "Aa", "Ä": "Ae", "Ö": "Oe"}


def typed_plain(text):
    return text.translate(PLAIN)


def typed_two_letters(text):
    return "".join(TWO_LETTERS.get(c, c) for c in text)


def _strings_typed(value, typing):
    if isinstance(value, str):
        return typing(value)
    if isinstance(value, dict):
        return {k: v if k == "kind" else _strings_typed(v, typing) for k, v in value.items()}
    if isinstance(value, list):
        return [_strings_typed(v, typing) for v in value]
    return value


COMPLETE = [
    "kauneushoitola_numeroitu.txt",
    "PERSONAL_TRAINER_ISOT.txt",
    "terapia_kysymykset.txt",
    "joogakoulu_roomalaiset.txt",
    "valokuvaaja_proosa.txt",
    "dataskyddsbeskrivning.txt",
    "siivous_pitkat_kappaleet.txt",
]


@pytest.mark.parametrize("typing", [typed_plain, typed_two_letters])
@pytest.mark.parametrize("name", COMPLETE)
def test_a_complete_notice_typed_without_the_letters_has_no_findings(name, typing):
    findings = check_notice(import_text(typing(read_fixture(name))))

    assert [f.code for f in findings] == []


@pytest.mark.parametrize("typing", [typed_plain, typed_two_letters])
def test_the_demo_notice_typed_without_the_letters_has_no_findings(typing):
    notice = json.loads(DEMO_NOTICE.read_text(encoding="utf-8"))

    assert [f.code for f in check_notice(_strings_typed(notice, typing))] == []


FI_TYPED = """Tietosuojaseloste - Hieronta Esimerkki
Paivitetty 1.3.2026

Rekisterinpitaja
Hieronta Esimerkki, Y-tunnus 3006642-2, Kauppakatu 1, 00100 Helsinki, info@hieronta.example

Mihin tietoja kaytetaan
Kasittelemme tietoja ajanvarausta ja laskutusta varten. Peruste on asiakkaan kanssa tehty sopimus.

Mita tietoja kasittelemme
Asiakkaan nimi, puhelinnumero, sahkopostiosoite ja varaushistoria.

Sailytysaika
Laskut sailytetaan kuusi vuotta kirjanpitolain mukaisesti.
"""


def test_client_data_left_without_a_period_is_found_in_a_notice_typed_without_the_letters():
    findings = check_notice(import_text(FI_TYPED))

    assert "retention-incomplete" in {f.code for f in findings}


def test_a_period_for_the_client_data_typed_without_the_letters_covers_them():
    text = FI_TYPED + "Asiakkaan tiedot poistetaan kolmen vuoden kuluttua viimeisesta kaynnista.\n"

    assert "retention-incomplete" not in {f.code for f in check_notice(import_text(text))}


def test_booking_taken_as_consent_is_found_when_typed_without_the_letters():
    text = FI_TYPED + (
        "\nMarkkinointi\nVaraamalla ajan hyvaksyt, etta lahetamme sinulle tarjouksia "
        "tekstiviestilla.\n"
    )

    assert "consent-by-conduct" in {f.code for f in check_notice(import_text(text))}


def test_a_finding_quotes_the_notice_as_it_was_typed():
    text = FI_TYPED + (
        "\nMarkkinointi\nVaraamalla ajan hyvaksyt, etta lahetamme sinulle tarjouksia "
        "tekstiviestilla.\n"
    )
    finding = next(f for f in check_notice(import_text(text)) if f.code == "consent-by-conduct")

    assert finding.sentences == (
        "Varaamalla ajan hyvaksyt, etta lahetamme sinulle tarjouksia tekstiviestilla.",
    )


def test_the_import_keeps_the_text_as_it_was_typed():
    notice = import_text(FI_TYPED)
    retention = next(s for s in notice["sections"] if s["kind"] == "retention")

    assert "Laskut sailytetaan kuusi vuotta" in json.dumps(retention, ensure_ascii=False)
    assert "ä" not in json.dumps(notice, ensure_ascii=False)


def test_a_heading_typed_with_two_letters_is_read():
    text = typed_two_letters(read_fixture("dataskyddsbeskrivning.txt"))

    kinds = [s["kind"] for s in import_text(text)["sections"]]

    assert "rights" in kinds and "retention" in kinds


def test_a_line_with_no_word_that_lost_its_letters_is_left_as_written():
    # "saadaan" and "asiakkaalta" are words of their own; names and addresses are not restored
    line = "Tiedot saadaan asiakkaalta, Kaarna Oy:n kautta (kaarna@lonnviken.example)."

    assert restore_line(line, "fi") == line


def test_swedish_ar_after_a_number_is_a_year_and_elsewhere_is():
    restored = restore_line("Uppgifterna sparas i tva ar, och det ar for bokforingens skull.", "sv")

    assert restored == "Uppgifterna sparas i två år, och det är för bokföringens skull."


def test_a_compound_gets_its_letters_back_part_by_part():
    restored = restore_line("Asiakastietojarjestelman tiedot sailytetaan", "fi")

    assert restored == "Asiakastietojärjestelmän tiedot säilytetään"


def test_the_committed_letters_table_is_what_the_open_parts_give():
    # a changed open part needs `make train` (which builds the table too) and a new commit
    committed = json.loads(TABLE.read_text(encoding="utf-8"))

    assert build() == committed


def test_a_consent_word_one_keystroke_off_is_read_as_meant():
    assert restore_line("Genom att köpa ett klippkort samtyker du.", "sv") == (
        "Genom att köpa ett klippkort samtycker du."
    )


def test_a_word_that_only_begins_like_a_consent_word_is_left_as_written():
    line = "Samtalsterapin och samtalet bokas på webben."

    assert restore_line(line, "sv") == line


def test_an_email_address_keeps_its_spelling():
    line = "Sahkoposti: johanna@lonnviken.example, www.paivakoti.fi"

    assert restore_line(line, "fi") == "Sähköposti: johanna@lonnviken.example, www.paivakoti.fi"


def test_an_english_line_in_a_finnish_notice_is_left_as_written():
    line = "We keep the data for two years after your last visit."

    assert restore_line(line, "sv") == line


def test_what_the_check_read_quotes_the_notice_as_it_was_typed():
    # the import review shows each claim beside its sentence and removes a sentence by its text
    from wagtail_seloste.notice.check.claims import read_claims  # noqa: PLC0415

    claims = [c for c in read_claims(import_text(FI_TYPED)) if c.sentence]

    assert claims
    assert all(c.sentence in FI_TYPED for c in claims)
    assert not any("ä" in c.value for c in claims if c.kind == "retention")


def test_an_import_note_quotes_the_sentence_as_it_was_typed():
    findings = []
    import_text(
        "Tietosuojaseloste\n\nRekisterinpitaja\n\nFirma Oy\n\nSailytysaika\n\n"
        "Oppilastiedot sailytetaan kolme vuotta. Laskut sailytetaan kuusi vuotta tilikauden "
        "paattymisesta.\n",
        findings=findings,
    )
    assert [f.code for f in findings] == ["import-retention-without-start"]
    assert "Oppilastiedot sailytetaan kolme vuotta." in findings[0].message
    assert findings[0].section == "Sailytysaika"
