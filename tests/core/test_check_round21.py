"""The reader of round 21 (issue 18): the keeper taking an act as the person's yes.

Consent is the person's own statement or clear affirmative act (GDPR Art 4(11)); an act the
keeper "takes as" an affirmative answer is no more a consent than one taken as a consent
(recital 32). Probes in the lead's own wordings, each with its expected findings written before
it ran.
"""

import pytest

from .notice_text import codes
from .test_check_round14 import FI, FI_COVERED, SV, SV_COVERED

OTHER = "\nMuuta\n"
OVRIGT = "\nÖvrigt\n"


@pytest.mark.parametrize(
    "text",
    [
        FI_COVERED + OTHER + "Kun vastaat tervetuloviestiini, katson sen myöntäväksi "
        "vastaukseksi siihen, että saan lähettää sinulle tarjouksia.\n",
        SV_COVERED + OVRIGT + "När du bokar ser jag det som ett jakande svar på att jag får "
        "skicka erbjudanden.\n",
    ],
)
def test_an_act_the_keeper_takes_as_a_yes_is_consent_by_conduct(text):
    assert "consent-by-conduct" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        FI_COVERED + OTHER + "Kun vastaat kysymykseeni myönteisesti, katson sen myönteiseksi "
        "vastaukseksi ja kirjaan suostumuksesi.\n",
        SV_COVERED + OVRIGT + "Svarar du ja på frågan i bokningen ser jag det som ett ja till "
        "nyhetsbrevet.\n",
    ],
)
def test_a_yes_the_person_gives_to_a_question_is_no_consent_by_conduct(text):
    # guard (held before round 21 too): the person's own yes is the statement itself
    assert "consent-by-conduct" not in codes(text)


def test_a_letter_answered_before_a_yes_taken_as_permission_is_consent_by_conduct():
    text = (
        FI_COVERED + OTHER + "Muistutusviestissä pyydämme vahvistamaan varatun ajan "
        "vastaamalla K. Myöntävä vastauksesi toimii samalla lupana siihen, että lisäämme "
        "numerosi kampanjaviestien jakeluun.\n"
    )
    assert "consent-by-conduct" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        SV_COVERED + OVRIGT + "Bokar du en provlektion utgår jag från att det är okej för dig "
        "att jag lägger in din e-postadress i mitt månadsbrev.\n",
        SV_COVERED + OVRIGT + "Den som löser in ett presentkort räknar vi med att vi får "
        "skicka sms-kampanjer till under våren.\n",
        FI_COVERED + OTHER + "Jos jatkat kurssilla ensimmäisen kerran jälkeen, katsomme, että "
        "saamme julkaista nimesi osallistujalistalla verkkosivuillamme.\n",
    ],
)
def test_leave_the_keeper_presumes_on_an_act_is_consent_by_conduct(text):
    assert "consent-by-conduct" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        # the booking's own record: the contract's, no leave presumed
        FI_COVERED + OTHER + "Kun varaat ajan, oletamme, että saamme tallentaa tietosi "
        "ajanvarausjärjestelmään.\n",
        # a leave presumed denied
        SV_COVERED + OVRIGT + "Bokar du en tid utgår vi inte från att vi får skicka dig "
        "erbjudanden; det frågar vi separat.\n",
        # a presumption about the person, not the keeper's leave
        SV_COVERED + OVRIGT + "Om du bokar en tid räknar vi med att du kommer i tid.\n",
    ],
)
def test_a_presumption_without_leave_to_process_is_no_consent_by_conduct(text):
    # guard (held before round 21 too)
    assert "consent-by-conduct" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        SV_COVERED + OVRIGT + "E-postmeddelanden och sms raderar jag i mån av tid.\n",
        FI_COVERED + OTHER + "Sähköpostit ja tekstiviestit poistan sitä mukaa kuin ne "
        "menettävät merkityksensä.\n",
        FI_COVERED + OTHER + "Sähköpostit ja tekstiviestit poistan, kun ehdin.\n",
    ],
)
def test_deleting_when_the_keeper_has_time_or_sees_no_worth_is_a_vague_period(text):
    assert "vague-retention" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        FI_COVERED + OTHER + "Jonotuslistan tiedot poistan, kun terapia alkaa tai kun "
        "ilmoitat, ettei paikkaa enää tarvita.\n",
        SV_COVERED + "Väntelistan rensar jag när terapin börjar eller när du meddelar att du "
        "inte längre behöver platsen.\n",
    ],
)
def test_a_need_the_person_tells_ended_is_no_vague_period(text):
    assert "vague-retention" not in codes(text)


def test_journal_keeping_as_a_legal_duty_is_an_obligation_of_health_care():
    text = (
        SV_COVERED + OVRIGT + "Bokningen och vården grundar sig på vårdavtalet mellan oss; "
        "journalföringen är min lagstadgade skyldighet.\n"
    )
    assert "basis-not-an-obligation" not in codes(text)


_MEASURED = SV.replace(
    "\nLagringstid\n",
    "\nBehandlade uppgifter\nKroppssammansättningsmätningar (InBody) som medlemmen själv "
    "beställer, med uttryckligt samtycke.\n\nLagringstid\n",
) + ("Medlemsuppgifter och bokningar: två år efter att medlemskapet har upphört.\n")


def test_health_data_kept_by_the_name_in_brackets_after_them_have_a_period():
    text = _MEASURED + "InBody-resultat: raderas när medlemskapet upphör.\n"
    assert "retention-incomplete" not in codes(text)


def test_health_data_named_in_brackets_without_a_statement_of_their_own_have_no_period():
    # guard (held before round 21 too): the members' period does not keep the measurements
    text = _MEASURED + "Passerkontrollens händelser: raderas efter tolv månader.\n"
    assert "retention-incomplete" in codes(text)


_QUEUE = FI_COVERED.replace(
    "\nSäilytysaika\n",
    "\nKäsiteltävät tiedot\nJonotuslista: lapsen nimi ja huoltajan puhelinnumero.\n\n"
    "Säilytysaika\n",
)


def test_a_waiting_list_emptied_when_a_season_starts_has_a_criterion():
    text = _QUEUE + "Jonotuslista tyhjennetään aina, kun uusi kausi alkaa.\n"
    assert "retention-incomplete" not in codes(text)


def test_a_waiting_list_without_a_statement_of_its_own_has_no_period():
    # guard (held before round 21 too): the clients' period does not cover people waiting
    assert "retention-incomplete" in codes(_QUEUE)


def test_changes_reserved_without_telling_the_clients_in_two_words_are_without_notice():
    text = (
        SV_COVERED + OVRIGT + "Jag förbehåller mig rätten att uppdatera den här beskrivningen "
        "utan att särskilt underrätta klienterna.\n"
    )
    assert "changes-without-notice" in codes(text)


def test_subscribing_said_again_by_a_pronoun_after_a_semicolon_is_no_consent_by_conduct():
    text = (
        SV_COVERED + OVRIGT + "Nyhetsbrev: nyhetsbrevet beställer du själv på webbplatsen; "
        "genom att beställa det samtycker du till att vi skickar det till dig.\n"
    )
    assert "consent-by-conduct" not in codes(text)


def test_a_booking_before_a_semicolon_is_still_read_as_conduct():
    # guard (held before round 21 too): the pronoun rule reads the pieces together only
    text = (
        SV_COVERED + OVRIGT + "Priserna finns på webbplatsen; genom att boka en tid samtycker "
        "du till att vi skickar erbjudanden till dig.\n"
    )
    assert "consent-by-conduct" in codes(text)


def test_a_pointer_to_the_periods_below_keeps_no_data():
    text = FI + "Säilytän vain tarpeelliset tiedot, ja niitäkin vain alla kerrotun ajan.\n"
    assert "retention-incomplete" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        FI_COVERED + OTHER + "Kun varaat ensimmäisen aikasi, numerosi tallentuu "
        "ajanvarausohjelmaan. Näin ollen saan lähettää siihen myös kausitarjouksia.\n",
        FI_COVERED + OTHER + "Hierontasarjan hintaan sisältyy lupa julkaista etunimesi "
        "asiakastarinoissa kotisivuillani.\n",
        SV_COVERED + OVRIGT + "I priset för klippkortet ingår ditt samtycke till att vi "
        "skickar erbjudanden.\n",
        FI_COVERED + OTHER + "Jos et poista rastia ennen varauksen lähettämistä, olet antanut "
        "meille luvan kuvata hoidon lopputuloksen.\n",
        SV_COVERED + OVRIGT + "Rutan för erbjudanden är förkryssad, och den betyder att vi får "
        "skicka erbjudanden till dig.\n",
    ],
)
def test_leave_bundled_into_an_act_a_price_or_a_tick_left_in_place_is_consent_by_conduct(text):
    assert "consent-by-conduct" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        SV_COVERED + OVRIGT + "Rutan för nyhetsbrevet är inte förkryssad; kryssa i den om du "
        "vill ha brevet.\n",
        FI_COVERED + OTHER + "Erillinen ruutu ei ole valmiiksi rastitettu, ja rastitat sen "
        "itse, jos haluat tarjouksia.\n",
        FI_COVERED + OTHER + "Hintaan sisältyy hieronta ja kotiohjeet.\n",
        SV_COVERED + OVRIGT + "Bokningssystemets leverantör finns i USA och deltar i "
        "dataskyddsramen, som kommissionen har godkänt genom ett beslut om adekvat "
        "skyddsnivå.\n",
    ],
)
def test_an_unticked_box_a_price_or_a_safeguard_approved_is_no_consent_by_conduct(text):
    # guards (held before round 21 too) for the readings of ticks, prices and safeguards
    assert "consent-by-conduct" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        SV_COVERED + "Kundkort som inte har använts på länge rensar vi bort på sommaren när "
        "salongen har sommarstängt.\n",
        SV_COVERED + "Kamerainspelningarna skrivs över när minnet blir fullt.\n",
    ],
)
def test_a_time_no_one_measures_or_a_memory_filling_up_is_a_vague_period(text):
    # the first held before round 21 too: it guards the reading of lists emptied on an event
    assert "vague-retention" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        SV_COVERED + OVRIGT + "Har du bokat ett samtal hos mig antar jag att det går bra att jag "
        "skickar dig mitt kvartalsbrev med erbjudanden.\n",
        FI_COVERED + OTHER + "Kun olet käynyt vastaanotollani, oletan, että sinulle sopii, että "
        "lähetän sinulle tarjouksia.\n",
    ],
)
def test_the_keeper_presuming_it_is_fine_with_the_person_is_consent_by_conduct(text):
    assert "consent-by-conduct" in codes(text)


def test_presuming_it_is_fine_that_the_person_comes_on_time_is_no_consent_by_conduct():
    # guard: what is presumed fine is the person's act, not the keeper's processing
    text = (
        SV_COVERED + OVRIGT + "Om du bokar en tid antar jag att det går bra att du kommer i tid.\n"
    )
    assert "consent-by-conduct" not in codes(text)
