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


@pytest.mark.parametrize(
    "text",
    [
        FI_COVERED + OTHER + "Kun maksat ensimmäisen kurssimaksun, vahvistat samalla tilauksesi "
        "kurssikirjeeseemme.\n",
        SV_COVERED + OVRIGT + "Bokningsbekräftelsen innehåller också ditt medgivande till att "
        "vi filmar passet för vår webbplats.\n",
    ],
)
def test_a_consent_bundled_with_an_act_is_consent_by_conduct(text):
    assert "consent-by-conduct" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        FI_COVERED + OTHER + "Mikäli et ennen kuvausta ilmoita vastustavasi, tulkitsemme, että "
        "kuvan saa julkaista Instagramissa.\n",
        SV_COVERED + OVRIGT + "Hör vi inget från dig före lektionen räknar vi med att det är "
        "okej att klippet läggs ut.\n",
        SV_COVERED + OVRIGT + "Lämnar du ett omdöme på vår sida tar vi det som att det går bra "
        "att citera det i annonser.\n",
        FI_COVERED + OTHER + "Kolmas käyntisi on meille merkki siitä, että tarjousviestit ovat "
        "tervetulleita.\n",
    ],
)
def test_silence_or_an_act_taken_as_a_yes_is_consent_by_conduct(text):
    assert "consent-by-conduct" in codes(text)


def test_an_equation_denied_is_no_consent_by_conduct_whatever_the_act():
    # guard (passes on stop 39's code too, which read this wording already)
    text = (
        FI_COVERED + OTHER + "Kurssille ilmoittautuminen ei tarkoita, että olisit antanut "
        "suostumuksen markkinointiviesteihin.\n"
    )
    assert "consent-by-conduct" not in codes(text)


SIIRROT = "\nSiirrot EU:n ja ETA:n ulkopuolelle\n"
OVERFORINGAR = "\nÖverföringar utanför EU och EES\n"


@pytest.mark.parametrize(
    "text",
    [
        FI_COVERED + SIIRROT + "Uutiskirjeen lähettää Mailchimp, joka on sertifioitunut EU–US "
        "Data Privacy Framework -järjestelyyn. Varmuuskopiot ovat Dropboxissa, joka on sitoutunut "
        "noudattamaan Privacy Shield -järjestelyä.\n",
        SV_COVERED + OVERFORINGAR + "Mailchimp är certifierat enligt EU–US Data Privacy "
        "Framework. Calendly har i sina villkor lovat att skydda uppgifterna väl.\n",
        FI_COVERED + SIIRROT + "Mailchimp on sertifioitunut EU–US Data Privacy Framework "
        "-järjestelyyn. Etäistunnot pidetään Zoomissa: pyydän nimenomaisen suostumuksesi "
        "siirtoon 49 artiklan perusteella, ja istuntoja on viikoittain.\n",
    ],
)
def test_a_service_whose_own_safeguard_is_none_is_a_transfer_without_safeguard(text):
    assert "transfer-without-safeguard" in codes(text)


def test_services_each_with_a_valid_safeguard_need_none_more():
    # guard (passes on stop 39's code too)
    text = (
        FI_COVERED + SIIRROT + "Mailchimp ja Zoom ovat sertifioituneet EU–US Data Privacy "
        "Framework -järjestelyyn, ja ne lupaavat noudattaa sitä.\n"
    )
    assert "transfer-without-safeguard" not in codes(text)


@pytest.mark.parametrize(
    "statement",
    [
        "Asiakastiedot säilytän niin kauan kuin uskon asiakkaan vielä palaavan.",
        "Asiakastiedot pidämme tallessa siltä varalta, että asiakas palaa.",
        "Asiakastiedot poistan silloin, kun muilta töiltä jää siihen aikaa.",
        "Kunduppgifterna sparas så länge vårt konto i bokningstjänsten finns.",
        "Kunduppgifterna bevaras som en del av föreningens historia.",
    ],
)
def test_an_end_in_the_keepers_belief_time_or_archive_is_a_vague_period(statement):
    from .test_check_round14 import FI, SV

    base = SV if statement.startswith("Kund") else FI
    assert "vague-retention" in codes(base + statement + "\n")


def test_people_signing_up_for_a_free_webinar_need_a_period_of_their_own():
    from .test_check_round22 import declaring

    text = (
        declaring(
            FI_COVERED, "Maksuttomiin webinaareihin ilmoittautuneista: nimi ja sähköpostiosoite."
        )
        + "\n"
    )
    assert "retention-incomplete" in codes(text)
