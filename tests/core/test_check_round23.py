"""The reader of round 23 (issue 18): consent by conduct read by its shape, and three false
alarms of retention.

Consent by conduct is read from three kinds of word meeting in one sentence — an agreement
(consent, leave, approval, or what the keeper "may" then do), a word that deems ("katsotaan",
"lasketaan", "riittää", "räcker som", "merkitsee") and an act of the person (joining, redeeming,
sending) — with nothing asked apart, ticked or signed, no terms, and the deeming not denied
(GDPR Art 4(11), 7(2), 7(4), recital 32). Probes in the lead's own wordings, each with its
expected findings written before it ran; each fails on stop 39's code unless marked a guard.
"""

import pytest

from .notice_text import codes
from .test_check_round14 import FI_COVERED, SV_COVERED

OTHER = "\nMuuta\n"
OVRIGT = "\nÖvrigt\n"


@pytest.mark.parametrize(
    "text",
    [
        FI_COVERED + OTHER + "Kanta-asiakkuuteen liittyminen riittää luvaksi "
        "tekstiviestitarjouksiin.\n",
        FI_COVERED + OTHER + "Lahjakortin lunastaminen lasketaan myös hyväksynnäksi sille, että "
        "saat jatkossa kampanjaviestejä.\n",
        FI_COVERED + OTHER + "Palautteen lähettäminen merkitsee, että palautteen saa julkaista "
        "nimellä kotisivuilla.\n",
        SV_COVERED + OVRIGT + "Att lämna in ett utvärderingsformulär räcker som lov att citera "
        "svaren på webbplatsen.\n",
    ],
)
def test_an_act_deemed_an_agreement_is_consent_by_conduct(text):
    assert "consent-by-conduct" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        FI_COVERED + OTHER + "Ajan varaaminen ei tarkoita suostumusta markkinointiin; kysymme "
        "luvan erikseen.\n",
        FI_COVERED + OTHER + "Suostumus katsotaan annetuksi vasta, kun rastitat lomakkeen "
        "kohdan.\n",
        SV_COVERED + OVRIGT + "Att du bokar en tid innebär inte att du samtycker till "
        "nyhetsbrevet.\n",
        SV_COVERED + OVRIGT + "Om du godkänner analyskakor i kakrutan räknar jag besöken med "
        "Matomo.\n",
    ],
)
def test_a_consent_asked_ticked_or_denied_is_no_consent_by_conduct(text):
    # guard (passes on stop 39's code too): the shape excludes what is asked, ticked or denied
    assert "consent-by-conduct" not in codes(text)


def test_terms_the_keeper_reads_as_accepted_are_no_consent_by_conduct():
    text = (
        FI_COVERED + OTHER + "Kun osallistut kurssille, katsomme sinun hyväksyneen kurssin ehdot.\n"
    )
    assert "consent-by-conduct" not in codes(text)


def test_a_not_in_a_condition_does_not_deny_the_deletion():
    text = (
        SV_COVERED.replace(
            "Bilderna raderas", "Månadsbrevet skickas till prenumeranterna. Bilderna raderas"
        )
        + "Månadsbrevets adresser rensas ur listan om du inte har öppnat något brev på tolv "
        "månader.\n"
    )
    assert "retention-incomplete" not in codes(text)


def test_the_finding_names_the_group_of_people_left_without_a_period():
    from django.utils import translation

    from wagtail_seloste.notice.check import check_notice
    from wagtail_seloste.notice.importer import import_text

    from .test_check_round22 import declaring

    text = declaring(FI_COVERED, "Lahjakortin ostajista: nimi ja sähköpostiosoite.") + "\n"
    with translation.override("fi"):
        found = [f for f in check_notice(import_text(text)) if f.code == "retention-incomplete"]
        message = str(found[0].message)
    assert "lahjakorttien ostajien tiedoille" in message
    assert "työnhakijoiden" not in message
