"""The reader of round 16 (issue 18): the one-person business's own voice. A keeper who writes in
the first person singular ("kuvaan", "jaan", "säilytän"; "jag fotar", "jag sparar") does what a
"we" does: an act of the person taken as agreement to it is consent by conduct (GDPR Art 4(11),
7(4)), and a period bound to the keeper's own wish or use is vague (Art 13(2)(a)). Probes in the
lead's own wordings, each with its expected findings written before it ran.
"""

import pytest

from .notice_text import BASIS, CONTROLLER, claims_of, codes
from .test_check_round14 import FI, FI_COVERED, SV, SV_COVERED
from .test_check_round15 import RETENTION_FI, RETENTION_SV

OTHER = "\nMuuta\n"
# A Swedish notice with client data and no retention statement of its own.
KONTROLLER_TEXT = SV.rsplit("\nLagringstid", 1)[0]
OVRIGT = "\nÖvrigt\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Kun saavut ensimmäiselle treenille, annat samalla luvan siihen, että kuvaan "
        "liikesuorituksiasi ja jaan videot valmennusryhmässä.",
        "Varaamalla ajan hyväksyt, että säilytän kuvat hiuksistasi portfoliossani.",
        "Tulemalla tunnille hyväksyt, että kerään sykemittarisi tiedot ja analysoin ne.",
        "Kun lähetät minulle viestin, suostut siihen, että tallennan keskustelun.",
        "Hoitoon tullessasi hyväksyt, että kirjaan vaivasi muistiin.",
        "Asiakkaana hyväksyt, että valokuvaan kynsitaiteen ja julkaisen kuvat Instagramissa.",
    ],
)
def test_an_act_taken_as_agreeing_to_what_i_do_is_consent_by_conduct(sentence):
    assert "consent-by-conduct" in codes(FI_COVERED + OTHER + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "När du kommer till passet godkänner du att jag fotar dig och delar bilderna i gruppen.",
        "Genom att boka en tid går du med på att jag sparar bilder på frisyren.",
        "Kommer du på första träffen godkänner du samtidigt att jag antecknar dina mål.",
        "Genom att skicka ett meddelande godkänner du att jag lagrar konversationen.",
    ],
)
def test_an_act_taken_as_agreeing_to_what_i_do_is_consent_by_conduct_in_swedish(sentence):
    assert "consent-by-conduct" in codes(SV_COVERED + OVRIGT + sentence + "\n")


@pytest.mark.parametrize(
    "text",
    [
        FI_COVERED + OTHER + "Ennen kuin kuvaan, kysyn sinulta erikseen kirjallisen luvan.\n",
        FI_COVERED + OTHER + "Kun saavut, kerron sinulle, miten kirjaan tiedot.\n",
        FI_COVERED + OTHER + "Varaamalla ajan hyväksyt, että perin peruuttamattomasta ajasta "
        "puolet hinnasta.\n",
        FI_COVERED + OTHER + "Kun tilaat uutiskirjeeni, hyväksyt, että lähetän sen sinulle.\n",
        SV_COVERED + OVRIGT + "Jag frågar alltid separat innan jag fotar dig.\n",
        SV_COVERED + OVRIGT + "När du bokar godkänner du att jag tar ut en avgift om du uteblir.\n",
    ],
)
def test_my_own_separate_question_terms_or_a_subscription_are_no_consent_by_conduct(text):
    assert "consent-by-conduct" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        RETENTION_FI + "Treenipäiväkirjat säilytän niin kauan kuin niistä on minulle iloa.\n",
        RETENTION_FI + "Asiakastiedot säilytän, kunnes vaihdan tietokonetta.\n",
        RETENTION_FI + "Asiakaskortit pidän puhelimessani, kunnes puhelin hajoaa.\n",
        RETENTION_SV + "Kunduppgifterna sparar jag så länge jag har glädje av dem.\n",
        RETENTION_SV + "Kunduppgifterna sparar jag tills jag byter dator.\n",
    ],
)
def test_a_period_bound_to_my_own_wish_or_use_is_vague(text):
    assert "vague-retention" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        RETENTION_FI + "Poistan asiakastiedot kahden vuoden kuluttua viimeisestä käynnistä.\n",
        RETENTION_SV + "Kunduppgifterna raderar jag två år efter ditt senaste besök.\n",
        RETENTION_FI + "Asiakastiedot siirrän uudelle tietokoneelle, kun vaihdan konetta, ja "
        "poistan ne kolmen vuoden kuluttua viimeisestä käynnistä.\n",
    ],
)
def test_a_firm_period_in_my_own_voice_is_no_vague_period(text):
    assert "vague-retention" not in codes(text)


# Request limits -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        SV_COVERED + OVRIGT + "Registerutdrag kostar 12 euro.\n",
        SV_COVERED + OVRIGT + "¹ Utdraget postas mot en expeditionsavgift på 8 euro.\n",
        FI_COVERED + OTHER + "Rekisteriotteesta perimme 8 euron käsittelymaksun.\n",
        SV_COVERED + OVRIGT + "Vi behandlar högst två begäranden per kund och halvår.\n",
    ],
)
def test_an_amount_charged_for_access_anywhere_or_a_rate_per_client_limits_requests(text):
    assert "limits-free-requests" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        SV_COVERED + OVRIGT + "Ytterligare utdrag av samma uppgifter kostar 12 euro.\n",
        FI_COVERED + OTHER + "Lisäotteista samoista tiedoista perimme 8 euron maksun.\n",
        SV_COVERED + OVRIGT + "Meddelanden som du skickar per e-post sparas tills du ber mig "
        "radera dem, dock högst två år.\n",
        SV_COVERED + OVRIGT + "Många kunder har bett oss skicka en påminnelse två gånger om "
        "året, och det gör vi.\n",
        SV_COVERED + "\nDina rättigheter\nKostar en begäran något?\nNej, det är gratis.\n",
    ],
)
def test_a_further_extract_a_channel_a_service_asked_for_or_a_question_limits_nothing(text):
    assert "limits-free-requests" not in codes(text)


# Consent by conduct and withdrawal --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        FI_COVERED + OTHER + "Jos et erikseen kiellä, oletan että saan julkaista kuvan "
        "kampauksestasi.\n",
        SV_COVERED + OVRIGT + "Svarar du på sms:et räknar jag det som ditt ja till att jag "
        "sparar dina mått.\n",
    ],
)
def test_leave_presumed_on_silence_or_a_reply_counted_as_yes_is_consent_by_conduct(text):
    assert "consent-by-conduct" in codes(text)


def test_a_presumed_wish_on_silence_is_no_consent_by_conduct():
    text = (
        FI_COVERED
        + OTHER
        + "Jos et erikseen kiellä, oletan että haluat saman ajan ensi kerralla.\n"
    )
    assert "consent-by-conduct" not in codes(text)


def test_taking_back_a_consent_is_its_withdrawal():
    text = (
        SV_COVERED
        + "\nNyhetsbrev\nNyhetsbrevet skickar vi med ditt samtycke. Samtycket gäller tills du tar "
        "tillbaka det.\n"
    )
    assert "missing-consent-withdrawal" not in codes(text)


# Retention per data group -------------------------------------------------------------------


def test_sound_recordings_are_a_data_group_of_their_own():
    text = FI_COVERED.replace(
        "Käsiteltävät tiedot\n", "Käsiteltävät tiedot\nValmennuspuhelujen äänitteet. "
    )
    assert "retention-incomplete" in codes(text)
    assert "retention-incomplete" not in codes(text + "Äänitteet poistan kuukauden kuluttua.\n")


def test_all_the_data_with_examples_in_dashes_covers_every_group():
    text = (
        FI.rsplit("\nSäilytysaika", 1)[0]
        + "\nSäilytysaika\nKaikki edellä luetellut tiedot – myös valokuvat – poistan, kun "
        "viimeisestä käynnistäsi on kulunut kaksi vuotta. Laskut säilytän kuusi vuotta "
        "kirjanpitolain mukaan.\n"
    )
    assert "retention-incomplete" not in codes(text)


def test_withdrawing_by_signing_off_a_list_is_the_lists_criterion():
    text = SV_COVERED + OVRIGT + "Adressen på erbjudandelistan tas bort när du avanmäler dig.\n"
    kept = [c for c in claims_of(text, "retention") if c.subject == "marketing"]
    assert kept and kept[0].detail.get("counted_from") == "consent_withdrawn"


def test_notes_beside_health_data_named_by_another_word_need_a_period_of_their_own():
    text = (
        CONTROLLER
        + "Tiedot\n- valmennusmuistiinpanot: tavoitteet ja harjoitteet\n- alkukysely: uni ja "
        "jaksaminen\nAlkukyselyn vastaukset ovat terveystietoja.\n"
        + BASIS
        + "\nSäilytys\nYhteystietosi poistan vuoden kuluttua valmennuksen päättymisestä. "
        "Alkukyselyn vastaukset hävitän heti valmennuksen päätyttyä.\n"
    )
    assert "retention-incomplete" in codes(text, field="coaching")


@pytest.mark.parametrize(
    ("concept", "form", "expected"),
    [
        ("health", "sessionsanteckningar", True),
        ("health", "behandlingsanteckningarna", True),
        ("health", "valmennusmuistiinpanot", True),
        ("health", "terveyskyselyn", True),
        ("health", "hälsoenkäten", True),
        ("marketing", "tarjouslistalle", True),
        ("marketing", "erbjudandelistan", True),
        ("other", "äänitteet", True),
        ("logs", "loggar", False),  # "du loggar ut": the verb, no compound
    ],
)
def test_a_compound_s_plural_or_first_part_keeps_its_group(concept, form, expected):
    from wagtail_seloste.notice.check import lexicon as x

    assert x.GROUPS[concept].matches(form) is expected


# Dates -------------------------------------------------------------------------------------------


def test_a_date_after_a_relative_pronoun_in_any_case_belongs_to_the_gdpr():
    text = FI_COVERED.replace(
        "Käsiteltävät tiedot\n",
        "Noudatamme EU:n tietosuoja-asetusta, jota on sovellettu 1.1.2019 alkaen, ja "
        "tietosuojalakia (1050/2018).\n\nKäsiteltävät tiedot\n",
    )
    assert "incorrect-gdpr-date" in codes(text)


# The importer ---------------------------------------------------------------------------------


def test_an_address_line_whose_street_names_a_kind_is_no_heading():
    from wagtail_seloste.notice.importer import import_text

    notice = import_text(
        "Tietosuojaseloste\n\nRekisterinpitäjä\nStudio Esimerkki\nOikeustalonkatu 3, 33100 "
        "Tampere\ninfo@studio.example, 040 765 4321\n\nSäilytys\nTiedot poistetaan vuoden "
        "kuluttua.\n"
    )
    assert notice["controller"]["email"] == "info@studio.example"
    assert [s["kind"] for s in notice["sections"]] == ["controller", "retention"]


def test_questions_about_ones_data_in_a_run_of_rights_questions_are_rights():
    from wagtail_seloste.notice.importer import import_text

    notice = import_text(
        "Tietosuojaseloste\n\nRekisterinpitäjä\nStudio Esimerkki, info@studio.example\n\n"
        "Oikeutesi kysymyksinä\n\nSaanko nähdä tietoni?\nSaat.\n\nEntä jos jokin tieto on "
        "väärin?\nKerro, niin korjaan sen.\n\nMitä tapahtuu, jos lopetan valmennuksen?\n"
        "Laskutetut kerrat maksetaan.\n\nMaksaako pyyntö jotain?\nEi maksa.\n"
    )
    kinds = {s["heading"]: s["kind"] for s in notice["sections"]}
    assert kinds["Entä jos jokin tieto on väärin?"] == "rights"
    assert kinds["Mitä tapahtuu, jos lopetan valmennuksen?"] == "other"


def test_a_basis_on_the_line_under_a_numbered_purpose_is_that_purposes():
    from wagtail_seloste.notice.importer import import_text

    notice = import_text(
        "Dataskyddsbeskrivning\n\nPersonuppgiftsansvarig\nStudio Exempel, info@studio.example\n\n"
        "Ändamål\n1. Bokning av tider\n   Grund: avtalet med dig\n2. Bokföring\n   Grund: "
        "rättslig förpliktelse (bokföringslagen)\n3. Nyhetsbrev\nNäiden peruste: sopimus.\n"
    )
    purposes = next(s for s in notice["sections"] if s["kind"] == "purposes")["purposes"]
    assert [p["legal_basis"] for p in purposes[:2]] == ["b", "c"]


# Consent by conduct: what the shape reader must leave alone (round 16, fresh28/29) -------------


@pytest.mark.parametrize(
    "text",
    [
        SV_COVERED + OVRIGT + "Genom att boka godkänner du mina avbokningsvillkor: avgiften är "
        "halva priset och bilderna skickas inom en vecka.\n",
        SV_COVERED + OVRIGT + "Journaluppgifter lämnar vi ut bara med ditt samtycke eller när "
        "lagen ger oss rätt till det.\n",
        FI_COVERED + OTHER + "Tietoja luovutetaan muille vain, jos laki sen sallii.\n",
        FI_COVERED + OTHER + "Jos hoito laskutetaan vakuutusyhtiöltä, yhtiö saa laskun ja, "
        "kirjallisella suostumuksellasi, hoitoyhteenvedon.\n",
        SV_COVERED + OVRIGT + "Samtycket till bilderna kan du återkalla genom att skicka ett sms, "
        "så tar jag bort dem.\n",
        FI_COVERED
        + OTHER
        + "Suostumuksen kuviin voit perua milloin tahansa soittamalla minulle.\n",
    ],
)
def test_terms_the_law_s_leave_a_written_consent_or_a_means_of_withdrawing_are_no_conduct(text):
    assert "consent-by-conduct" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        SV_COVERED + OVRIGT + "Du godkänner att jag skickar dig kampanjerbjudanden när du betalar "
        "ditt första besök.\n",
        FI_COVERED + OTHER + "Hyväksyt, että lähetämme sinulle tarjouksia, kun maksat "
        "ensimmäisen hoitosi.\n",
        SV_COVERED + OVRIGT + "Ifall du svarar på vår påminnelse tolkar vi det som ditt "
        "samtycke till att vi skickar dig erbjudanden.\n",
        FI_COVERED + OTHER + "Kuvauskiellosta on kerrottava ennen kurssin alkua; muussa "
        "tapauksessa lupa kuvien julkaisemiseen katsotaan annetuksi.\n",
        SV_COVERED + OVRIGT + "Fotoförbud ska anmälas före terminen; i annat fall anses "
        "samtycke till publiceringen ha getts.\n",
    ],
)
def test_an_act_after_the_agreement_a_reply_taken_as_consent_or_silence_otherwise_is_conduct(
    text,
):
    assert "consent-by-conduct" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        FI_COVERED + OTHER + "Hyväksyt peruutusehdot, kun maksat ensimmäisen hoitosi.\n",
        SV_COVERED + OVRIGT + "Fotoförbud ska anmälas före terminen; i annat fall fotograferar "
        "vi bara gruppbilder.\n",
    ],
)
def test_terms_accepted_on_paying_or_an_otherwise_without_consent_is_no_conduct(text):
    assert "consent-by-conduct" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        RETENTION_FI + "Asiakastiedot säilytämme, kunnes arvioimme, ettei niistä ole enää "
        "hyötyä.\n",
        RETENTION_SV + "Kunduppgifterna ligger kvar så länge jag har mottagningen igång.\n",
        RETENTION_SV + "Kunduppgifterna sparar jag tills jag går i pension.\n",
        RETENTION_FI + "Asiakastiedot säilytän, kunnes jään eläkkeelle.\n",
        RETENTION_SV + "Kunduppgifterna sparar jag i ett häfte tills det är fullskrivet.\n",
        RETENTION_FI + "Asiakastiedot säilytän vihossa, kunnes se on kirjoitettu täyteen.\n",
    ],
)
def test_the_keeper_s_assessment_retirement_or_a_full_notebook_is_a_vague_period(text):
    assert "vague-retention" in codes(text)


def test_a_permission_the_keeper_asks_on_a_signed_form_is_no_required_request_form():
    text = (
        FI_COVERED
        + OTHER
        + "Jos haluat, että lähetän yhteenvedon lääkärillesi, pyydän siihen luvan "
        "allekirjoitetulla lomakkeella.\n"
    )
    assert "request-form-required" not in codes(text)


def test_only_the_right_people_is_no_request_channel():
    text = (
        SV_COVERED
        + OVRIGT
        + "Passerloggen finns för att bara rätt personer ska komma in i lokalen.\n"
    )
    assert "request-form-required" not in codes(text)


def test_stopping_the_use_for_a_while_in_the_infinitive_states_restriction():
    text = SV_COVERED + (
        "\nDina rättigheter\nDu kan få se dina uppgifter, få dem rättade eller raderade och flytta "
        "dem. Du kan be mig att tillfälligt sluta använda uppgifterna medan vi reder ut en "
        "oenighet. Du kan klaga hos dataombudsmannen.\n"
    )
    assert "missing-right-restriction" not in codes(text)


def test_offer_messages_sent_until_refused_are_the_marketing_list_s_criterion():
    text = (
        FI_COVERED.replace("Käsiteltävät tiedot\n", "Käsiteltävät tiedot\nTarjouslistan numerot. ")
        + "Tarjousviestejä lähetetään, kunnes kiellät ne, ja numero poistetaan silloin "
        "tarjouslistalta.\n"
    )
    assert "retention-incomplete" not in codes(text)


def test_a_retention_sentence_whose_data_is_a_pronoun_keeps_the_data_named_before():
    text = (
        SV.rsplit("\nLagringstid", 1)[0]
        + "\nLagringstid\nFakturorna sparas i sex år enligt bokföringslagen. Bilderna raderas två "
        "år efter fotograferingen. Kunduppgifterna finns i bokningsappen på min telefon. Där "
        "ligger de kvar tills jag byter telefon.\n"
    )
    found = codes(text)
    assert "vague-retention" in found
    assert "retention-incomplete" not in found


def test_no_deletion_time_at_all_is_a_vague_period():
    assert "vague-retention" in codes(
        RETENTION_FI + "Asiakastiedot jäävät omaan arkistooni ilman erityistä poistoaikaa.\n"
    )


def test_a_second_controller_section_that_names_the_processors_is_the_recipients():
    from wagtail_seloste.notice.importer import import_text

    notice = import_text(
        "Dataskyddsbeskrivning\n\nVem är personuppgiftsansvarig?\nStudio Exempel, "
        "info@studio.example\n\nVem behandlar uppgifterna?\nFöljande leverantörer behandlar dem "
        "för vår räkning som personuppgiftsbiträden:\n- Kalender Oy – bokningen\n- Bokföringsbyrå "
        "Exempel – bokföringen\n"
    )
    assert [s["kind"] for s in notice["sections"]] == ["controller", "recipients"]


def test_health_data_named_in_passing_by_a_statement_about_photos_are_not_kept_by_it():
    text = (
        CONTROLLER
        + "Tiedot\nYhteystiedot, mittaustulokset ja ennen–jälkeen-kuvat.\nMittaustulokset ovat "
        "terveystietoja.\n"
        + BASIS
        + "\nSäilytys\nYhteystiedot säilytän kaksi vuotta viimeisen käynnin jälkeen. Voit perua "
        "mittauksiin ja kuviin antamasi suostumuksen; silloin poistan kuvat viikon kuluessa.\n"
    )
    assert "retention-incomplete" in codes(text, field="coaching")


def test_server_logs_kept_said_in_the_cookie_section_leave_the_client_data_uncovered():
    text = (
        KONTROLLER_TEXT
        + "\nKakor och lagringstider\nVi använder bara en nödvändig sessionskaka. Serverns "
        "loggfiler sparas i 30 dagar och raderas sedan automatiskt.\n"
    )
    found = codes(text)
    assert "retention-incomplete" in found
    assert "missing-retention" not in found


@pytest.mark.parametrize(
    ("sentence", "negated"),
    [
        ("När vi inte kan ses använder vi Zoom.", [True, False]),
        ("Om du inte vill att vi sparar bilderna raderar vi dem.", [True, False]),
        ("Vi använder inte Zoom.", [True]),
    ],
)
def test_a_negated_swedish_subordinate_clause_ends_before_the_inverted_main_clause(
    sentence, negated
):
    from wagtail_seloste.notice.check.lemmas import clauses

    assert [c.negated for c in clauses(sentence, "sv")] == negated


def test_a_service_used_after_a_negated_when_clause_is_a_transfer():
    text = SV_COVERED + OVRIGT + "När vi inte kan ses använder vi Zoom för samtalet.\n"
    assert "transfer-without-safeguard" in codes(text)
