"""The reader of round 27 (issue 18): what combinatorial probes (one act × one way of saying
"that counts as agreeing", inserted into clean notices) and the round's new batches showed.

Probes in the lead's own wordings, each with its expected findings written before it ran; each
fails on stop 43's code (a2e89eb) unless marked a guard.
"""

from django.utils import translation

from wagtail_seloste.notice.check import check_notice
from wagtail_seloste.notice.importer import import_text

from .notice_text import BASIS, CONTROLLER, GRUND, KONTROLLER, codes
from .test_check_round13 import UPPGIFTER
from .test_check_round14 import FI_COVERED, RATTIGHETER, RIGHTS, SV_COVERED


def _fi(line):
    return codes(FI_COVERED + "\nMarkkinointi\n" + line + "\n")


def _sv(line):
    return codes(SV_COVERED + "\nMarknadsföring\n" + line + "\n")


def test_a_right_the_person_grants_by_booking_is_consent_by_conduct():
    # GDPR Art 4(11), 7(2): "giving us the right" is a permission by another word
    assert "consent-by-conduct" in _fi(
        "Varaamalla ajan annat meille oikeuden lähettää sinulle mainoksia."
    )


def test_a_right_the_law_and_the_contract_give_is_no_consent_by_conduct():
    # guard: the contract and the law give the right, not the person
    assert "consent-by-conduct" not in _sv(
        "När du bokar ingår vi ett avtal, och det är avtalet och lagen som ger mig rätt att "
        "behandla dina uppgifter."
    )


def test_opening_a_customer_account_taken_as_consent_is_consent_by_conduct():
    assert "consent-by-conduct" in _fi("Kun avaat asiakastilin, suostut uutiskirjeeseen.")


def test_logging_in_taken_as_a_right_granted_is_consent_by_conduct():
    assert "consent-by-conduct" in _fi(
        "Kun kirjaudut palveluun, annat meille oikeuden lähettää sinulle mainoksia."
    )


def test_a_newsletter_ordered_when_opening_an_account_is_no_consent_by_conduct():
    # guard: the order of the letter itself is the clear affirmative act
    assert "consent-by-conduct" not in _fi(
        "Kun avaat asiakastilin, voit samalla tilata uutiskirjeen erillisellä valinnalla."
    )


# Retention: a list under a lead-in, its items' later sentences, a waiting list, a record ------

_SV_DATA = (
    KONTROLLER
    + "Uppgifter som behandlas\nKundens namn, telefonnummer och e-postadress, bokade tider, "
    "fakturor och adressen för vårt nyhetsbrev.\n\n"
    + GRUND
    + "\nLagringstid\nJag har bestämt en tid för varje sorts uppgift, så att inget sparas i "
    "onödan:\n"
)
_SV_INVOICES = "- Fakturor: sex år från utgången av räkenskapsperioden (bokföringslagen).\n"
_SV_CLIENTS = (
    "- Kunduppgifter och bokningar: raderas när ett år har gått sedan ditt senaste besök. Ett "
    "besök räknas från dagen du var här, så uppgifterna raderas ett år efter den dagen.\n"
)
_SV_LETTER = "- Nyhetsbrevet: adressen står kvar tills du avbeställer brevet.\n"


def test_a_list_of_periods_under_a_lead_in_that_covers_every_group_has_no_finding():
    # guard: the base of the probes below
    found = codes(_SV_DATA + _SV_CLIENTS + _SV_INVOICES + _SV_LETTER)
    assert not found & {"retention-incomplete", "vague-retention"}


def test_a_group_left_out_of_a_list_under_a_lead_in_is_retention_incomplete():
    # GDPR Art 13(2)(a): the lead-in ("a time for every kind of data") gives no period itself
    assert "retention-incomplete" in codes(_SV_DATA + _SV_CLIENTS + _SV_INVOICES)


def test_a_lead_in_to_a_list_of_periods_is_no_vague_period():
    # guard: "så att inget sparas i onödan:" introduces the list
    assert "vague-retention" not in codes(_SV_DATA + _SV_CLIENTS + _SV_INVOICES + _SV_LETTER)


def test_the_later_sentence_of_a_labelled_item_keeps_the_items_data():
    # "… så uppgifterna raderas ett år efter den dagen" is the clients' data, not all data: the
    # newsletter's address still needs its own period
    text = _SV_DATA + _SV_INVOICES + _SV_CLIENTS
    assert "retention-incomplete" in codes(text)


_FI_SCHOOL = (
    CONTROLLER + "Käsiteltävät tiedot\nOppilaan ja huoltajan nimi ja yhteystiedot, laskut sekä "
    "jonotuslistalla olevien nimet.\n\n" + BASIS + "\nSäilytysaika\n"
    "- Laskut: kuusi vuotta tilikauden päättymisestä (kirjanpitolaki).\n"
    "- Jonotuslista tyhjennetään aina, kun uusi lukukausi alkaa.\n"
)


def test_a_waiting_lists_period_does_not_cover_the_clients_data():
    # GDPR Art 13(2)(a): the queue's names go each term; the pupils' data are left without one
    assert "retention-incomplete" in codes(_FI_SCHOOL)


def test_clients_data_with_a_period_of_their_own_beside_the_waiting_list_are_covered():
    # guard
    text = (
        _FI_SCHOOL + "- Oppilaiden ja huoltajien tiedot: kaksi vuotta viimeisestä lukukaudesta.\n"
    )
    assert "retention-incomplete" not in codes(text)


def test_booking_data_kept_as_a_part_of_the_patient_record_are_covered():
    # 94/2022 keeps the record, and the booking data with it (they were read as left out)
    text = (
        CONTROLLER + "Käsiteltävät tiedot\nNimi, henkilötunnus, puhelinnumero, ajanvaraukset, "
        "potilaskertomus ja laskut.\n\n" + BASIS + "\nSäilytysaika\n"
        "- Potilaskertomus: 12 vuotta potilaan kuolemasta tai 120 vuotta syntymästä "
        "(potilasasiakirja-asetus 94/2022).\n"
        "- Laskut: kuusi vuotta tilikauden päättymisestä (kirjanpitolaki).\n"
        "- Ajanvaraus- ja yhteystiedot säilyvät potilaskertomuksen osana.\n"
    )
    assert "retention-incomplete" not in codes(text, field="psychotherapy")


def test_photos_kept_as_a_part_of_a_schools_history_are_kept_with_no_end():
    # guard: a history is no record with a period
    text = (
        KONTROLLER
        + UPPGIFTER
        + GRUND
        + "\nLagringstid\nFakturorna sparas i sex år enligt bokföringslagen. Kundens uppgifter "
        "raderas två år efter det senaste besöket. Bilderna bevaras i vårt arkiv som en del av "
        "studions historia.\n"
    )
    assert "vague-retention" in codes(text)


def test_a_period_at_the_keepers_own_judgement_is_vague():
    # guard (it passed when the lead-in's "i onödan" was joined to the item): GDPR Art
    # 13(2)(a), no one can tell when the data go
    text = _SV_DATA + _SV_INVOICES + _SV_LETTER + "- Kunduppgifter: enligt min bedömning.\n"
    assert "vague-retention" in codes(text)


# Requests: caps and fees said in other ways ----------------------------------------------------


def _fi_rights(line):
    return codes(FI_COVERED + RIGHTS + "Pyynnön voi tehdä sähköpostilla tai puhelimitse. " + line)


def _sv_rights(line):
    return codes(SV_COVERED + RATTIGHETER + "Begäran kan du göra per e-post. " + line)


def test_data_checked_once_in_twelve_months_caps_the_requests():
    # GDPR Art 12(5), 15: every request is free, however often
    assert "limits-free-requests" in _fi_rights("Tiedot voi tarkistaa kerran 12 kuukauden aikana.")


def test_data_reviewed_once_in_a_twelve_month_period_caps_the_requests():
    assert "limits-free-requests" in _sv_rights(
        "Uppgifterna kan granskas en gång under en tolvmånadersperiod."
    )


def test_the_first_request_free_and_the_following_priced_by_a_verb_is_a_fee():
    assert "limits-free-requests" in _fi_rights(
        "Ensimmäinen pyyntö on ilmainen, seuraavat maksavat 25 €."
    )


def test_postage_charged_under_the_rights_is_a_fee():
    # Art 12(5), 15(3): the first copy is free, however it is sent
    assert "limits-free-requests" in _sv_rights("För utskick på papper tar jag ut portokostnaden.")


def test_the_price_of_the_course_said_among_the_rights_is_no_fee_on_requests():
    # the service's own price (read as a fee on requests before)
    assert "limits-free-requests" not in _fi_rights("Kurssimaksu on 120 euroa lukukaudessa.")


def test_the_lawful_fee_for_further_copies_is_no_limit():
    # guard: Art 15(3)
    assert "limits-free-requests" not in _sv_rights(
        "Den första kopian är gratis; för ytterligare kopior kan jag ta ut en rimlig avgift som "
        "grundar sig på de administrativa kostnaderna."
    )


# Consent by conduct in everyday words: an act or silence, the keeper's leave, marketing or
# publishing ------------------------------------------------------------------------------


def test_the_keeper_assuming_it_suits_after_a_visit_is_consent_by_conduct():
    # GDPR Art 4(11), 7(2), 7(4)
    assert "consent-by-conduct" in _fi(
        "Kun tulet hoitoon, oletan, että sopii lähettää sinulle välillä tarjouksia – jos ei "
        "sovi, sano vaan."
    )


def test_every_booking_meaning_the_keeper_may_send_news_is_consent_by_conduct():
    assert "consent-by-conduct" in _sv(
        "I praktiken betyder varje bokning också att jag får skicka dig meddelanden om nya "
        "tjänster."
    )


def test_becoming_a_client_taken_as_a_sign_is_consent_by_conduct():
    assert "consent-by-conduct" in _fi(
        "Asiakkaaksi tuleminen on minulle merkki siitä, että saan kertoa sinulle kampanjoistani."
    )


def test_silence_called_a_yes_is_consent_by_conduct():
    # recital 32: silence is no consent
    assert "consent-by-conduct" in _sv(
        "Tystnad är för mig ett ja: om du inte invänder lägger jag till dig i utskickslistan."
    )


def test_photos_published_unless_the_client_says_no_is_consent_by_conduct():
    assert "consent-by-conduct" in _sv(
        "Om du inte säger nej kan jag lägga upp dina före–efter-bilder på Facebook."
    )


def test_leave_to_use_photos_given_by_sitting_down_is_consent_by_conduct():
    assert "consent-by-conduct" in _fi("Annat luvan kuvien käyttöön jo silloin, kun istut tuoliin.")


def test_data_received_at_booking_and_offers_with_an_opt_out_are_no_consent_by_conduct():
    # guard: "får vi ditt namn" receives the data; offers to clients with an opt-out rest on
    # the law on electronic communications, no consent is claimed
    assert "consent-by-conduct" not in _sv(
        "När du bokar en tid får vi ditt namn och telefonnummer, som vi använder för bokningen "
        "och för att skicka kampanjer till våra kunder; du kan när som helst säga nej till dem."
    )


def test_asking_before_taking_photos_for_instagram_is_no_consent_by_conduct():
    # guard
    assert "consent-by-conduct" not in _fi(
        "Kun istut tuoliin, kerron ensin, mitä hoito sisältää, ja kysyn erikseen, saako kuvan "
        "julkaista."
    )


def test_a_consent_withdrawn_by_telling_the_keeper_is_no_consent_by_conduct():
    # guard: Art 7(3), the act withdraws
    assert "consent-by-conduct" not in _fi(
        "Luvan kuviin voit perua milloin tahansa kertomalla siitä minulle, ja uutiskirjeen voit "
        "lopettaa jokaisen kirjeen lopussa olevasta linkistä."
    )


# Transfers: said without a country, or resting on Art 49 for a service in daily use ----------


def _fi_transfers(line):
    return codes(FI_COVERED + RIGHTS + "\nSiirrot EU:n ulkopuolelle\n" + line + "\n")


def _sv_transfers(line):
    return codes(SV_COVERED + RATTIGHETER + "\nÖverföringar utanför EU\n" + line + "\n")


def test_data_transferred_outside_the_eu_with_no_safeguard_is_reported():
    # GDPR Art 13(1)(f): the transfer and its safeguard
    assert "transfer-without-safeguard" in _fi_transfers(
        "Tietoja voidaan siirtää EU:n ulkopuolelle palveluntarjoajiemme kautta."
    )


def test_a_cloud_service_in_a_third_country_resting_on_art_49_is_reported():
    # EDPB Guidelines 2/2018: the derogations are for occasional transfers
    assert "transfer-without-safeguard" in _sv_transfers(
        "Molntjänsten finns i USA och överföringen behövs för att fullgöra avtalet (artikel "
        "49.1 b), så andra skyddsåtgärder behövs inte."
    )


def test_a_transfer_at_every_booking_resting_on_consent_under_art_49_is_reported():
    assert "transfer-without-safeguard" in _fi_transfers(
        "Siirto Yhdysvaltoihin perustuu suostumukseesi, jonka annat varauksen yhteydessä "
        "(tietosuoja-asetuksen 49 artikla)."
    )


def test_an_occasional_transfer_the_person_asks_for_under_art_49_is_not_reported():
    # guard: Art 49(1)(a) as it is meant
    assert "transfer-without-safeguard" not in _sv_transfers(
        "Ber du oss skicka dina uppgifter till din läkare i USA grundar sig överföringen på "
        "ditt uttryckliga samtycke (artikel 49.1 a)."
    )


def test_no_transfer_outside_the_eu_said_in_the_first_person_is_not_reported():
    # guard: "enkä siirrä" denies
    assert "transfer-without-safeguard" not in _fi_transfers(
        "Tiedot pysyvät Suomessa, enkä siirrä tietoja EU:n tai ETA:n ulkopuolelle."
    )


# Bases: the data-protection law as the obligation, in other words ------------------------------


def test_a_regulation_said_to_oblige_the_processing_is_basis_not_an_obligation():
    # GDPR Art 6(1)(c), 6(3): the GDPR obliges no one to keep a client register
    text = (
        KONTROLLER
        + UPPGIFTER
        + "Ändamål och rättslig grund\nBokningar och besök. Grund: EU:s allmänna "
        "dataskyddsförordning (2016/679) förpliktar oss att behandla uppgifterna.\n"
    )
    assert "basis-not-an-obligation" in codes(text)


def test_the_law_of_the_next_purpose_does_not_lend_itself_to_a_lawless_obligation():
    # "the law obliges" names no law; the bookkeeping act below is the next purpose's
    text = (
        CONTROLLER
        + "Käsiteltävät tiedot\nAsiakkaan nimi, puhelinnumero ja varatut ajat sekä laskut.\n\n"
        "Käsittelyn tarkoitukset ja perusteet\n"
        "a) Ajanvaraus ja asiakkaan tiedot – peruste: laki velvoittaa.\n"
        "b) Kirjanpito – lakisääteinen velvoite (kirjanpitolaki 1336/1997).\n"
    )
    assert "basis-not-an-obligation" in codes(text)


def test_a_law_named_in_the_sentence_after_the_obligation_is_its_law():
    # guard: "Medlemsförteckning: rättslig förpliktelse. Föreningen är enligt föreningslagen
    # … skyldig …" (the next sentence is no item of its own)
    text = (
        KONTROLLER + "Uppgifter som behandlas\nMedlemmarnas namn och adresser.\n\n"
        "Ändamål och rättslig grund\nMedlemsförteckning: rättslig förpliktelse. Föreningen är "
        "enligt föreningslagen (503/1989) 11 § skyldig att föra en förteckning över "
        "medlemmarna.\n"
    )
    assert "basis-not-an-obligation" not in codes(text)


# A purpose told in a paragraph of several sentences ---------------------------------------------

_SALON = (
    CONTROLLER + "Käsiteltävät tiedot\n- nimi ja puhelinnumero\n- varaushistoria\n"
    "- lahjakorttien ostajien nimet ja sähköpostiosoitteet\n- uutiskirjeen tilaajien "
    "sähköpostiosoitteet\n\n"
    "Mihin käytän tietojasi?\n"
    "Käytän asiakkaiden nimeä ja puhelinnumeroa ajanvaraukseen. Peruste on sopimus. "
    "Varaushistoria poistuu kahden vuoden kuluttua viimeisestä käynnistä.\n"
    "Myyn lahjakortteja. Ostajan nimi ja sähköpostiosoite tarvitaan kortin toimittamiseen; "
    "peruste on kauppasopimus. Lahjakortin tiedot poistan, kun kortti on käytetty tai "
    "vanhentunut.\n"
    "Lähetän uutiskirjeen niille, jotka tilaavat sen kotisivulla. Peruste on suostumus.{letter}\n"
)
_LETTER_KEPT = " Osoite poistuu listalta heti, kun tilaus perutaan."


def test_a_paragraph_whose_one_sentence_names_the_basis_is_one_purpose():
    # GDPR Art 13(1)(c): "Myyn lahjakortteja." has its basis two words later, in its paragraph
    notice = import_text(_SALON.format(letter=_LETTER_KEPT))
    purposes = [p for s in notice["sections"] for p in s.get("purposes") or []]
    assert all(p["legal_basis"] for p in purposes)


def test_gift_card_data_deleted_when_the_card_is_used_where_it_is_sold_is_covered():
    # GDPR Art 13(2)(a): the card's use or expiry is a criterion, in the purposes too
    assert "retention-incomplete" not in codes(_SALON.format(letter=_LETTER_KEPT))


def test_a_newsletter_left_without_a_period_is_named_once():
    # the finding named "newsletter and marketing data, newsletter subscribers' data"
    notice = import_text(_SALON.format(letter=""))
    with translation.override("en"):
        found = [f for f in check_notice(notice) if f.code == "retention-incomplete"]
    assert len(found) == 1 and "subscribers" not in found[0].message


_HUNDSALONG = (
    KONTROLLER + "Uppgifter som behandlas\n- namn, telefonnummer och bokningshistorik\n"
    "- presentkortsköparnas namn och e-postadresser\n- bilder på hundarna\n\n"
    + GRUND
    + "Jag säljer presentkort. Köparens namn och e-postadress behövs för att leverera kortet; "
    "grunden är köpeavtalet. Uppgifterna om kortet raderar jag när kortet har lösts in eller "
    "gått ut.\n\nVanliga frågor\nHur länge sparas bilderna? Bilderna raderar jag två år efter "
    "fotograferingen.\n"
)


def test_the_data_about_a_thing_are_that_things_not_everything():
    # GDPR Art 13(2)(a): "Uppgifterna om kortet" keep the card's data; the clients' bookings
    # still need a period
    assert "retention-incomplete" in codes(_HUNDSALONG)


def test_the_data_about_a_thing_with_the_clients_period_beside_them_are_covered():
    # guard
    text = _HUNDSALONG + "Kunduppgifterna raderar jag två år efter det senaste besöket.\n"
    assert "retention-incomplete" not in codes(text)


def test_a_membership_application_in_a_notice_of_no_job_is_no_applicants_data():
    # the guardian fills in the membership form; no job applicant is declared
    text = (
        KONTROLLER
        + "Uppgifter som behandlas\nMedlemmarnas namn, födelseår och kontaktuppgifter.\n\n"
        "Medlemsansökan\nFör minderåriga spelare fyller vårdnadshavaren i ansökan.\n\n"
        "Ändamål och rättslig grund\nMedlemsregistret: avtalet om medlemskap.\n\n"
        "Lagringstid\nMedlemsuppgifterna sparas så länge medlemskapet varar och raderas ett år "
        "efter utträdet.\n"
    )
    assert "retention-incomplete" not in codes(text)


def test_requests_made_in_other_ways_left_unanswered_require_the_one_way():
    # GDPR Art 12(2); EDPB Guidelines 01/2022
    assert "request-form-required" in _fi_rights(
        "Lähetä pyyntö kirjeellä osoitteeseemme; muilla tavoin tehtyihin pyyntöihin emme vastaa."
    )


def test_a_form_required_or_else_the_request_is_not_handled_is_request_form_required():
    assert "request-form-required" in _sv_rights(
        "Använd blanketten i bilagan för din begäran, annars kan den inte behandlas."
    )


def test_a_form_offered_beside_email_and_phone_is_no_requirement():
    # guard
    assert "request-form-required" not in _sv_rights(
        "Du kan också använda formuläret på webbplatsen om du vill; annars går det bra per "
        "e-post eller telefon."
    )


def test_the_keeper_assuming_photos_may_be_published_after_a_shoot_is_consent_by_conduct():
    assert "consent-by-conduct" in _sv(
        "Får jag publicera bilder? När du har kommit till fotograferingen utgår jag från att "
        "bilderna får publiceras."
    )


def test_visits_deemed_to_show_an_interest_in_offers_is_consent_by_conduct():
    assert "consent-by-conduct" in _sv(
        "Kunder som besöker mig regelbundet får automatiskt mitt erbjudandebrev – besöken "
        "anses visa att man är intresserad."
    )


def test_a_newsletter_in_the_terms_accepted_at_booking_is_consent_by_conduct():
    # Art 7(2), 7(4): a consent tied to the contract's terms
    assert "consent-by-conduct" in _fi(
        "Uutiskirje tulee kaikille, jotka ovat joskus varanneet ajan, koska varauksen "
        "yhteydessä on hyväksytty käyttöehdot, joissa tämä mainitaan."
    )


def test_photos_the_client_allowed_shown_to_instagrams_visitors_is_no_consent_by_conduct():
    # guard: "alla som besöker Instagram" are no client's act
    assert "consent-by-conduct" not in _sv(
        "Bilder som du har gett lov till med en egen kryssruta syns för alla som besöker Instagram."
    )


def test_bringing_ones_dog_taken_as_leave_to_share_photos_is_consent_by_conduct():
    # the after-rules notice of round 27 missed it in other words
    assert "consent-by-conduct" in _fi(
        "Kun tuot hevosesi maneesiin, lähdemme siitä, että tallikuvia saa jakaa Instagramissa."
    )
