"""The reader of round 20 (issue 18): a yes as a noun, a yes said.

Consent is the person's own statement or clear affirmative act (GDPR Art 4(11)). An act said to
count as the person's "yes" is consent by conduct as much as one said to count as their
consent; a yes the person answers to a question asked is the statement itself. Probes in the
lead's own wordings, each with its expected findings written before it ran.
"""

import pytest

from .notice_text import codes
from .test_check_round14 import FI_COVERED, SV_COVERED

OTHER = "\nMuuta\n"
OVRIGT = "\nÖvrigt\n"


@pytest.mark.parametrize(
    "text",
    [
        SV_COVERED + OVRIGT + "Att du svarar på mitt välkomstmejl räknas som ditt ja till att "
        "jag lägger in dig i mitt månadsutskick.\n",
        SV_COVERED + OVRIGT + "Bokningen är ditt ja till att vi skickar erbjudanden.\n",
        FI_COVERED + OTHER + "Vastauksesi tervetuloviestiini on myöntävä vastaus siihen, että "
        "lisään sinut uutiskirjeen tilaajaksi.\n",
    ],
)
def test_an_act_said_to_be_the_persons_yes_is_consent_by_conduct(text):
    assert "consent-by-conduct" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        FI_COVERED + OTHER + "Vastaamalla tekstiviestiin KYLLÄ annat suostumuksen "
        "tarjousviesteihin.\n",
        SV_COVERED + OVRIGT + "Om du svarar JA på vårt sms godkänner du att vi skickar "
        "erbjudanden.\n",
    ],
)
def test_a_yes_the_person_answers_is_no_consent_by_conduct(text):
    assert "consent-by-conduct" not in codes(text)


def test_a_finnish_and_between_a_reply_and_a_booking_is_no_yes():
    # guard: "ja" is "and" in Finnish; the booking beside the reply is still conduct
    text = (
        FI_COVERED + OTHER + "Vastaamalla viestiin ja varaamalla ajan annat suostumuksen "
        "tarjousviesteihin.\n"
    )
    assert "consent-by-conduct" in codes(text)


def test_a_consent_box_quoted_before_a_denial_is_no_consent_by_conduct():
    # guard (held before round 20 too): the box's quoted text and the sentence after it are two
    # sentences, and "bokar" is denied
    text = (
        SV_COVERED + OVRIGT + "I formuläret finns en ruta som inte är förkryssad. [ ] ”Jag "
        "vill få nyhetsbrevet per e-post.” Att du bokar en tid innebär inte att du samtycker "
        "till något av detta.\n"
    )
    assert "consent-by-conduct" not in codes(text)


def test_a_letter_sent_only_to_those_who_subscribed_to_it_is_no_consent_by_conduct():
    text = (
        FI_COVERED + OTHER + "Uutiskirjeen lähetän vain, jos olet tilannut sen itse "
        "kotisivuillani, eli suostumuksellasi.\n"
    )
    assert "consent-by-conduct" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        SV_COVERED + OVRIGT + "Svarar du på påminnelsen godkänner du samtidigt att vi skickar "
        "erbjudanden till dig.\n",
        FI_COVERED + OTHER + "Seuraamalla Instagram-tiliämme annat luvan julkaista kuviasi "
        "tilillämme.\n",
    ],
)
def test_replying_or_following_an_account_taken_as_agreement_is_consent_by_conduct(text):
    # guard: read before round 20 by other shapes ("samtidigt", "annat luvan"); round 20 names
    # the acts themselves
    assert "consent-by-conduct" in codes(text)


def _retention(text, lang):
    from wagtail_seloste.notice.check.claims import read_claims

    notice = {
        "schema": "wagtail-seloste/1",
        "title": "Tietosuojaseloste",
        "language": lang,
        "controller": {"name": "Firma Oy", "email": "info@firma.example"},
        "sections": [{"kind": "retention", "heading": "", "text": text}],
        "cookies": [],
    }
    return [c for c in read_claims(notice) if c.kind == "retention"]


@pytest.mark.parametrize(
    ("text", "lang", "days"),
    [
        ("Kamerainspelningarna skrivs automatiskt över efter tjugoåtta dygn.", "sv", 28),
        ("Tallenteet poistetaan kahdenkymmenenkahdeksan vuorokauden kuluttua.", "fi", 28),
    ],
)
def test_a_period_written_in_a_compound_number_word_is_read(text, lang, days):
    assert [c.detail.get("period") for c in _retention(text, lang)] == [days]


def test_a_table_rows_period_covers_every_group_its_data_cell_names():
    row = (
        "Valmennuksen sopiminen ja toteuttaminen | nimi, sähköposti, puhelin, tavoitteet ja tapaamismuistiinpanot | "
        "valmennussopimus | valmennuksen ajan ja kaksi vuotta sen päättymisestä"
    )
    assert {"clients", "health"} <= {c.subject for c in _retention(row, "fi")}


PURPOSES_WITH_CONDUCT = (
    "Tietosuojaseloste\n"
    "Rekisterinpitäjä\n"
    "Hieronta Esimerkki, Esimerkkikatu 1, 00100 Helsinki, puh. 040 123 4567, "
    "info@hieronta.example\n"
    "Käsittelyn tarkoitukset ja oikeusperusteet\n"
    "1. Ajanvaraus ja hieronta – peruste: sopimus.\n"
    "2. Laskutus ja kirjanpito – peruste: lakisääteinen velvoite (kirjanpitolaki).\n"
    "3. Kuukausittaiset tarjousviestit tekstiviestillä.\n"
    "Tarjousviestit\n"
    "Ajanvarauksesi tekeminen katsotaan luvaksi lähettää sinulle tarjousviestejä.\n"
)


def test_a_purpose_whose_basis_is_an_act_taken_as_consent_is_reported_as_conduct_only():
    found = codes(PURPOSES_WITH_CONDUCT)
    assert "consent-by-conduct" in found
    assert "missing-legal-basis" not in found
