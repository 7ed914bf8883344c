"""Sentences are cut where they end, not after an abbreviation, a date or a citation."""

import pytest

from wagtail_seloste.notice.sentences import sentences


@pytest.mark.parametrize(
    "text",
    [
        "Kysy lisää esim. 2.3.2027 pidettävässä tilaisuudessa.",
        "Soita meille puh. 09 876 5432 arkisin.",
        "Tavoitat meidät p. 044 555 6666 tai sähköpostilla.",
        "Peruste on tietosuoja-asetuksen 6 art. 1 c alakohta.",
        "Käsittely perustuu sopimukseen (Art. 6.1 b) eikä muuhun.",
        "Palvelun tuottaa mm. Kirjanpito Ab ja ks. kohta 7.",
        "Säilytämme lokeja n. 14 päivää palvelimella.",
        "Uusi versio on voimassa 15. 4. 2027 alkaen.",
        "Vi anlitar bl.a. Fortnox och t.ex. Visma som biträden.",
        "Så kallade s.k. Sessionskakor sparas inte.",
        "Betalningar hanteras av Adyen N.V. och ca. 3 andra leverantörer.",
        "Kortit käsittelee Square Inc. (Yhdysvallat) puolestamme.",
        "Tietosuojavastaava on Liisa K. Mäkinen yrityksestämme.",
        "Ring oss på tel. 08 123 45 eller skriv till oss.",
        "Asiakkaan nro. 1234 näkyy laskussa.",
    ],
)
def test_an_abbreviation_or_a_figure_does_not_end_a_sentence(text):
    assert sentences(text) == [text]


@pytest.mark.parametrize(
    "text, parts",
    [
        ("Tiedot säilytetään 3 vuotta. 5 vuoden jälkeen ne poistetaan.", 2),
        ("Keräämme nimen, osoitteen jne. Tietoja ei luovuteta.", 2),
        ("Vi sparar namn, adress m.m. Uppgifterna raderas efter ett år.", 2),
        ("Rekisterinpitäjä on Parturi Kampaus Oy. Y-tunnus on 7654321-0.", 2),
        ("Lue lisää sivulta vero.fi. Voit myös soittaa meille.", 2),
        ("Uutiskirjeen lähettää Pilvi Corp. Palvelin on Saksassa.", 2),
        ("Seloste on päivitetty 2.3.2027. Aiemmat versiot saa pyytämällä.", 2),
    ],
)
def test_a_stop_before_a_new_sentence_still_ends_one(text, parts):
    assert len(sentences(text)) == parts


def test_a_line_break_ends_a_sentence_even_after_an_abbreviation():
    assert sentences("Tavoitat meidät esim.\nSähköposti: info@esimerkki.fi") == [
        "Tavoitat meidät esim.",
        "Sähköposti: info@esimerkki.fi",
    ]


def test_the_importer_reads_a_purpose_sentence_with_an_abbreviation_as_one():
    from wagtail_seloste.notice.importer.purposes import sentences as purpose_sentences

    text = "Ajanvaraus perustuu sopimukseen (6 art. 1 b). Laskutus perustuu lakiin."
    assert purpose_sentences(text) == [
        "Ajanvaraus perustuu sopimukseen (6 art. 1 b).",
        "Laskutus perustuu lakiin.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Asiakastiedot (esim. 2 viimeisintä käyntiä) poistetaan kolmen vuoden kuluttua "
        "viimeisestä käynnistä.",
        "Kunduppgifter, bl.a. Namn och telefon, raderas tre år efter det senaste besöket.",
    ],
)
def test_the_check_reads_a_retention_statement_across_an_abbreviation(sentence):
    from wagtail_seloste.notice.check.claims import read_claims

    notice = {
        "schema": "wagtail-seloste/1",
        "title": "Tietosuojaseloste",
        "controller": {"name": "Firma Oy", "email": "info@firma.example"},
        "sections": [{"kind": "retention", "heading": "", "text": sentence}],
        "cookies": [],
    }
    found = {
        (c.subject, c.detail.get("period")) for c in read_claims(notice) if c.kind == "retention"
    }

    assert ("clients", 3) in found


def test_a_stop_inside_a_closing_quote_ends_the_sentence():
    assert sentences(
        "Hon skrev ”Jag vill få nyhetsbrevet.” Att du bokar innebär inget samtycke."
    ) == [
        "Hon skrev ”Jag vill få nyhetsbrevet.”",
        "Att du bokar innebär inget samtycke.",
    ]


def test_a_forms_box_after_a_stop_opens_a_sentence_of_its_own():
    assert sentences("Rutorna står för sig själva. [ ] ”Jag vill få nyhetsbrevet.”") == [
        "Rutorna står för sig själva.",
        "[ ] ”Jag vill få nyhetsbrevet.”",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Yhteyshenkilö Matti J. Virtanen vastaa pyyntöihin.",
        "Yhteyshenkilö: M. Virtanen, puh. 040 123 4567",
        "A. K. Berg svarar på frågor.",
    ],
)
def test_an_initial_in_a_name_keeps_its_sentence_together(text):
    assert sentences(text) == [text]


def test_a_capital_letter_answered_after_a_lowercase_word_ends_the_sentence():
    assert sentences("Vahvista aika vastaamalla K. Myöntävä vastaus riittää.") == [
        "Vahvista aika vastaamalla K.",
        "Myöntävä vastaus riittää.",
    ]
