"""The reader of round 26 (issue 18): what the open misses left by round 25 and the round's new
batches showed.

Probes in the lead's own wordings, each with its expected findings written before it ran; each
fails on stop 42's code (535b675) unless marked a guard.
"""

import pytest
from django.utils import translation

from wagtail_seloste.notice.check import check_notice
from wagtail_seloste.notice.importer import import_text

from .notice_text import BASIS, CONTROLLER, GRUND, KONTROLLER, codes
from .test_check_round13 import UPPGIFTER
from .test_check_round14 import FI, FI_COVERED, RATTIGHETER, SV_COVERED


def test_requests_only_through_a_customer_accounts_messages_require_a_form():
    # GDPR Art 12(2); EDPB Guidelines 01/2022: the keeper's portal may not be the only way in
    text = (
        FI_COVERED + "\nPyynnöt\nTietopyynnöt otetaan vastaan ainoastaan asiakastilisi "
        "viestitoiminnon kautta.\n"
    )
    assert "request-form-required" in codes(text)


def test_channels_listed_before_a_refusal_are_refused_with_it():
    # the comma cuts "Sähköpostitse," from the refusing clause that follows it
    text = (
        FI_COVERED + "\nPyynnöt\nSähköpostitse, puhelimitse tai klinikalla esitettyihin "
        "pyyntöihin emme vastaa.\n"
    )
    assert "request-form-required" in codes(text)


def test_a_channel_offered_in_a_clause_of_its_own_is_not_refused():
    # guard: email offered, then only the phone refused
    text = (
        FI_COVERED + "\nPyynnöt\nVoit lähettää pyynnön meille sähköpostitse, mutta "
        "puhelimitse esitettyihin pyyntöihin emme vastaa.\n"
    )
    assert "request-form-required" not in codes(text)


_PURPOSES_TABLE = (
    "\nÄndamål och rättslig grund\nÄndamål | Rättslig grund\n"
    "Bokning och besök | avtalet med kunden\n"
    "Bokföring | rättslig förpliktelse, bokföringslagen (1336/1997)\n"
)


def test_an_empty_basis_cell_of_a_two_column_table_is_a_missing_basis():
    # GDPR Art 6(1), 13(1)(c): every purpose has its basis
    text = KONTROLLER + UPPGIFTER + _PURPOSES_TABLE + "Kundenkäter efter kursen |\n"
    assert "missing-legal-basis" in codes(text)


def test_a_two_column_table_with_every_basis_filled_has_no_missing_basis():
    # guard
    text = KONTROLLER + UPPGIFTER + _PURPOSES_TABLE + "Kundenkäter efter kursen | samtycke\n"
    assert "missing-legal-basis" not in codes(text)


_MARKETING_ON_INTEREST = (
    KONTROLLER
    + UPPGIFTER
    + GRUND
    + "Vi skickar tidigare kunder e-post om nya kurser med stöd av berättigat intresse: vi vill "
    "berätta om kurser som kan vara till nytta för dem.\n"
    + "\nLagringstid\nKunduppgifterna raderas två år efter det senaste besöket.\n"
    + RATTIGHETER
)


def test_the_keeper_declining_an_excessive_request_is_no_right_to_object():
    # GDPR Art 21(2)-(4): direct marketing with no objection offered; "avböja begäran" is the
    # keeper's refusal of a request (Art 12(5))
    text = (
        _MARKETING_ON_INTEREST + "\nBegäran\nOm någon skickar samma begäran gång på gång "
        "utan att något har ändrats kan vi ta ut en skälig avgift eller avböja begäran.\n"
    )
    assert "missing-right-objection" in codes(text)


def test_what_follows_an_excessive_request_is_no_requirement_statement():
    # GDPR Art 13(2)(e): nothing says what the person must give
    text = (
        SV_COVERED + "\nBegäran\nOm någon skickar samma begäran gång på gång utan att något "
        "har ändrats kan vi ta ut en skälig avgift för arbetet.\n"
    )
    assert "missing-requirement-statement" in codes(text)


def test_the_person_saying_no_to_the_mails_is_still_an_objection():
    # guard: the person's refusal of the sending stays the right to object
    text = (
        _MARKETING_ON_INTEREST + "\nDu kan när som helst tacka nej till e-posten, och då "
        "slutar vi skicka den.\n"
    )
    assert "missing-right-objection" not in codes(text)


_COOKIE_LIST = (
    "- sessionid – kirjautuminen ajanvaraukseen – istunnon ajan\n"
    "- _ga – Google Analytics, kävijätilastot – 2 vuotta\n"
)


def test_a_tracker_listed_under_a_sentence_calling_the_cookies_necessary_is_declared_necessary():
    # 917/2014 §205: the notice's own word stands, so the check can tell the owner it is wrong
    text = (
        FI_COVERED
        + "\nEvästeet\nSivustomme käyttää ainoastaan välttämättömiä evästeitä:\n"
        + _COOKIE_LIST
    )
    assert "tracker-in-necessary" in codes(text)


def test_a_tracker_listed_under_a_neutral_sentence_is_no_necessary_cookie():
    # guard: the list's sentence names no category
    text = FI_COVERED + "\nEvästeet\nSivustomme käyttää seuraavia evästeitä:\n" + _COOKIE_LIST
    assert "tracker-in-necessary" not in codes(text)


def test_a_coachs_notes_of_sick_leave_and_stress_are_health_data_needing_a_condition():
    # GDPR Art 4(15), 9(1): sick leave and stress are data on health
    text = (
        SV_COVERED + "\nÖvrigt\nI mina anteckningar skriver jag upp din stressnivå och om du "
        "är sjukskriven.\n"
    )
    assert "missing-special-category-condition" in codes(text)


def test_postage_added_to_the_persons_next_bill_limits_free_requests():
    # GDPR Art 12(5), 15(3): the first copy is free, however it is delivered
    text = (
        FI_COVERED + "\nTarkastusoikeus\nTarkastus on maksuton. Tiedot lähetetään kirjattuna "
        "kirjeenä, jonka postikulut lisätään asiakkaan seuraavaan laskuun.\n"
    )
    assert "limits-free-requests" in codes(text)


def test_a_shops_postage_on_the_order_is_no_request_fee():
    # guard: the postage of an order, outside the rights and with no request named
    text = (
        FI_COVERED + "\nVerkkokauppa\nTilaustiedot tallennetaan, ja postikulut lisätään "
        "tilauksen laskuun.\n"
    )
    assert "limits-free-requests" not in codes(text)


def test_a_further_copy_charged_is_still_lawful():
    # guard: Art 15(3) allows a reasonable fee for further copies
    text = (
        FI_COVERED + "\nPyynnöt\nEnsimmäinen kopio on maksuton. Lisäkopioista perimme postikulut.\n"
    )
    assert "limits-free-requests" not in codes(text)


@pytest.mark.parametrize(
    "line",
    [
        "När du godkänner medlemsvillkoren godkänner du samtidigt att vi skickar dig "
        "erbjudanden per sms.",
        "Genom att acceptera villkoren ger du också ditt samtycke till vårt nyhetsbrev.",
    ],
)
def test_a_marketing_consent_bundled_with_accepting_the_terms_is_consent_by_conduct(line):
    # GDPR Art 7(2), 7(4), recital 43: a consent tied to the contract is not free
    assert "consent-by-conduct" in codes(SV_COVERED + "\nÖvrigt\n" + line + "\n")


def test_accepting_the_terms_without_the_marketing_consent_is_no_conduct():
    # guard: the consent asked apart is denied to the terms
    text = (
        SV_COVERED + "\nÖvrigt\nNär du godkänner villkoren godkänner du inte samtidigt "
        "nyhetsbrevet; det beställer du separat.\n"
    )
    assert "consent-by-conduct" not in codes(text)


def test_a_consent_the_person_gives_is_no_source_of_data():
    # GDPR Art 14(2)(f): "suostumus, jonka asiakas antaa" names no source
    text = (
        FI_COVERED.replace("Asiakkaan yhteys", "Yhteys")
        + "\nMuuta\nUutiskirjeen peruste on suostumus, jonka asiakas antaa tilaamalla "
        "uutiskirjeen.\n"
    )
    assert "missing-sources" in codes(text)


_SALON = (
    KONTROLLER
    + "Uppgifter som behandlas\nKundens namn, telefonnummer och bokade tider, fakturor och "
    "foton.\nArbetssökande: namn, kontaktuppgifter och cv.\n\n"
    + GRUND
    + "\nLagringstid\n- Kundkort och bokningar: raderas två år efter det senaste besöket.\n"
    "- Fakturor: sex år enligt bokföringslagen.\n- Foton: raderas efter ett år.\n"
)


def test_a_label_row_keeps_only_the_data_it_names():
    # GDPR Art 13(2)(a): "Presentkort: uppgifterna raderas …" keeps the gift cards' data, not
    # the data as a whole, so the applicants are left without a period
    text = _SALON + "- Presentkort: uppgifterna raderas när presentkortet har lösts in.\n"
    assert "retention-incomplete" in codes(text)


def test_a_label_row_naming_the_applicants_covers_them():
    # guard
    text = _SALON + "- Ansökningar: uppgifterna raderas när rekryteringen är avslutad.\n"
    assert "retention-incomplete" not in codes(text)


_DANCE = (
    KONTROLLER
    + "Uppgifter som behandlas\nDeltagarens namn, telefonnummer och kurser, fakturor och "
    "foton.\nOm din närstående (nödkontakt): namn och telefonnummer.\n\n"
    + GRUND
    + "\nLagringstid\nDeltagaruppgifterna raderas ett år efter den senaste kursen. Fakturorna "
    "sparas sex år enligt bokföringslagen. Fotona raderas efter ett år.\n"
)


def test_an_emergency_contact_is_a_group_of_its_own():
    # GDPR Art 13(2)(a): the participants' period does not speak for their next of kin
    assert "retention-incomplete" in codes(_DANCE)


def test_an_emergency_contact_deleted_with_the_participant_is_covered():
    # guard: a period tied to the participant's, said in its own row
    text = (
        _DANCE
        + "Nödkontakt | namn och telefonnummer | stryks samma dag som deltagarens uppgifter\n"
    )
    assert "retention-incomplete" not in codes(text)


def test_a_queue_kept_until_further_notice_is_vague_whatever_else_is_denied():
    # GDPR Art 13(2)(a): "tills vidare" ends nothing; the "inte" speaks of getting a time
    text = (
        SV_COVERED + "\nLagringstid\nKön: den som ännu inte har fått en tid står kvar i kön "
        "tills vidare.\n"
    )
    assert "vague-retention" in codes(text)


def test_gift_card_buyers_kept_until_further_notice_are_not_excused_by_the_clients_period():
    # GDPR Art 13(2)(a): a firm period for the client data says nothing of the buyers
    text = (
        SV_COVERED + "\nLagringstid\nUppgifter om presentkort och deras köpare sparar jag tills "
        "vidare.\n"
    )
    assert "vague-retention" in codes(text)


def test_changes_told_in_the_words_of_telling_are_notified():
    # GDPR Art 12(1), 13(3): "berättar jag om … innan de börjar gälla" tells of the changes
    text = (
        SV_COVERED + "\nÄndringar\nMindre språkliga rättelser gör jag utan att meddela, men "
        "ändringar som påverkar hur jag behandlar dina uppgifter berättar jag om på mottagningen "
        "innan de börjar gälla.\n"
    )
    assert "changes-without-notice" not in codes(text)


def test_a_booking_that_changes_is_not_the_notice_changing():
    # a requirement statement that speaks of telling about a booked time
    text = (
        SV_COVERED + "\nÖvrigt\nNamn och telefonnummer behöver jag för att ta emot bokningen; "
        "utan dem kan jag inte boka in dig eller meddela om något ändras.\n"
    )
    assert "changes-without-notice" not in codes(text)


def test_the_notice_changed_without_telling_anyone_is_still_found():
    # guard: GDPR Art 13(3)
    text = SV_COVERED + "\nÄndringar\nJag kan ändra den här beskrivningen utan att meddela.\n"
    assert "changes-without-notice" in codes(text)


def test_a_leave_presumed_on_silence_after_saying_no_consent_is_asked_is_conduct():
    # GDPR Art 4(11), recital 32: "en kysy" denies the asking, not the presuming
    text = (
        FI_COVERED + "\nMuuta\nLähetän asiakkailleni tekstiviestitarjouksia. Erillistä lupaa en "
        "kysy: jos et erikseen kiellä, oletan, että saan lähettää niitä sinulle.\n"
    )
    assert "consent-by-conduct" in codes(text)


def test_a_swedish_treatment_card_kept_as_long_as_the_law_requires_is_a_patient_record():
    # STM 94/2022: the records' period is patient-records-retention's to report, not vague
    text = (
        KONTROLLER + "Uppgifter som behandlas\nKundens namn och telefonnummer, bokningar och "
        "behandlingskort med hälsouppgifter.\n\nÄndamål och rättslig grund\nBokning och "
        "behandling, vårdavtalet med kunden. Hälsouppgifterna behandlar jag som yrkesutbildad "
        "person inom hälso- och sjukvården (artikel 9.2 h).\n\nLagringstid\nBehandlingskorten "
        "sparas så länge lagen kräver. Bokningarna raderas två år efter besöket.\n"
    )
    found = codes(text, field="massage")
    assert "patient-records-retention" in found
    assert "vague-retention" not in found


def test_a_gift_card_kept_until_it_expires_has_a_firm_criterion():
    # GDPR Art 13(2)(a): a card's expiry is a date; data that "become outdated" have none
    text = (
        FI_COVERED + "\nSäilytysaika\nLahjakortin tiedot säilytetään, kunnes lahjakortti on "
        "lunastettu tai vanhentunut.\n"
    )
    assert "vague-retention" not in codes(text)


def test_data_kept_until_they_become_outdated_stay_vague():
    # guard (round 14)
    text = FI_COVERED + "\nSäilytysaika\nMuut tiedot säilytetään, kunnes ne vanhenevat.\n"
    assert "vague-retention" in codes(text)


_PHOTOGRAPHER = (
    CONTROLLER.replace("Studio Esimerkki Oy", "Valokuvaamo Esimerkki")
    + "Käsiteltävät tiedot\nAsiakkaan nimi, puhelinnumero ja sähköpostiosoite, kuvaukset ja "
    "laskut.\n\nTiedot, joita kysyn\n- yhteydenottolomakkeella tulleet kysymykset: nimi, "
    "sähköposti ja viesti\n\n"
    + BASIS
    + "\nSäilytysaika\nAsiakastiedot poistan kolmen vuoden kuluttua kuvauspäivästä. Laskut "
    "säilytän kuusi vuotta kirjanpitolain mukaan.\n"
)


def test_a_gallery_open_for_a_while_is_no_period_for_all_the_data():
    # GDPR Art 13(2)(a): "Galleria on auki …" keeps the gallery, so the enquiries have none
    text = _PHOTOGRAPHER + "Galleria on auki kolme kuukautta toimituksesta.\n"
    assert "retention-incomplete" in codes(text)


def test_a_short_list_item_under_an_unknown_heading_declares_its_people():
    # GDPR Art 13(2)(a): the gift-card buyers are declared by their list item, under a heading
    # the reader does not know, and given no period
    text = (
        FI_COVERED + "\nLahjakortit\nMoni ostaa lahjakortin toiselle.\n- lahjakortin ostajan nimi, "
        "sähköposti ja kortin numero\n"
    )
    assert "retention-incomplete" in codes(text)


def test_a_firm_period_for_gift_card_buyers_does_not_excuse_a_vague_one_for_clients():
    # GDPR Art 13(2)(a): "vähintään" with no maximum is vague for the client cards
    text = (
        FI + "Asiakaskortteja säilytämme vähintään kolme vuotta viimeisestä käynnistä. Lahjakortin "
        "ostajan yhteystiedot poistetaan vuoden kuluttua ostosta.\n"
    )
    assert "vague-retention" in codes(text)


def test_the_data_after_a_rows_label_are_the_labels():
    # GDPR Art 13(2)(a): "Närstående – …; uppgifterna raderas …" keeps the relatives' data,
    # not all the data, so the queue declared above is left without a period
    text = (
        KONTROLLER + "Uppgifter som behandlas\nKlientens namn, telefonnummer och bokningar.\n"
        "Kön till terapi: namn och telefonnummer till dig som väntar på en tid.\n\n"
        + GRUND
        + "\nLagringstid\nBokningar – två år efter den sista sessionen.\nNärstående – bara "
        "medan terapin pågår; uppgifterna raderas när terapin avslutas.\n"
    )
    with translation.override("en"):
        found = [f for f in check_notice(import_text(text)) if f.code == "retention-incomplete"]
    # the finding names the waiting list, not the clients' data, which have their period
    assert found and "waiting list" in str(found[0].message)


def test_accepting_a_proposal_is_no_acceptance_of_terms():
    # guard: "ehdotus" (a proposal) is no "ehdot" (terms)
    text = (
        FI_COVERED + "\nMuuta\nKun hyväksyt ehdotuksemme valmennuksen sisällöstä, hyväksyt "
        "samalla, että lähetämme siitä tarjouksen sähköpostilla.\n"
    )
    assert "consent-by-conduct" not in codes(text)
