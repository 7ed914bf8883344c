"""The reader of round 12 (issue 18): probes in the lead's own wordings, each with its expected
findings written before it ran. Conduct standing before the person's agreement to the processing
is consent by conduct whatever its grammar (a relative clause, a subject, a copula, becoming a
client); a consent the person may give is a choice; contact details named first are the
client's; a translative period ("viideksi vuodeksi") is a period; "ett annat system" is
portability.
"""

import pytest

from .notice_text import BASIS, CONTROLLER, GRUND, KONTROLLER, claims_of, codes


@pytest.mark.parametrize(
    "sentence",
    [
        "Asiakas, joka varaa ajan, suostuu tietojensa tallentamiseen.",
        "Palvelun käyttäminen merkitsee, että hyväksyt tämän tietosuojaselosteen.",
        "Tilaus on samalla suostumus tietojen käsittelyyn.",
        "Asiakkuuden alkaessa asiakas hyväksyy tietojensa tallentamisen rekisteriin.",
        "Antaessaan yhteystietonsa asiakas hyväksyy niiden käytön tässä kuvatulla tavalla.",
        "Käyttämällä sivustoa ja ajanvarausta hyväksyt evästeet ja henkilötietojesi käsittelyn.",
    ],
)
def test_conduct_before_the_person_s_agreement_is_consent_by_conduct(sentence):
    assert "consent-by-conduct" in codes(CONTROLLER + BASIS + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Kunden som registrerar sig samtycker därmed till behandlingen av sina uppgifter.",
        "Att anlita våra tjänster innebär att du accepterar denna dataskyddsbeskrivning.",
        "Med din bokning ger du oss tillåtelse att spara dina uppgifter.",
        "Du kan boka tid på nätet; genom bokningen godkänner du att vi behandlar dina uppgifter.",
        "Genom att boka kan du anses ha samtyckt till behandlingen.",
    ],
)
def test_conduct_before_agreement_in_swedish_is_consent_by_conduct(sentence):
    assert "consent-by-conduct" in codes(KONTROLLER + GRUND + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Kun varaat ajan, voit samalla antaa suostumuksen uutiskirjeen lähettämiseen.",
        "Jatkamalla sivuston käyttöä hyväksyt evästeiden käytön.",
        "Palvelun käyttäjä hyväksyy palvelun käyttöehdot.",
        "Ostamalla lahjakortin hyväksyt toimitusehdot.",
    ],
)
def test_a_choice_terms_or_cookies_alone_are_no_consent_by_conduct(sentence):
    assert "consent-by-conduct" not in codes(CONTROLLER + BASIS + sentence + "\n")


def test_a_consent_offered_at_booking_in_swedish_is_a_choice():
    text = KONTROLLER + GRUND + "När du bokar kan du också ge ditt samtycke till nyhetsbrevet.\n"

    assert "consent-by-conduct" not in codes(text)


def test_contact_details_named_first_are_the_client_s():
    text = CONTROLLER + (
        "Käsiteltävät tiedot\nNimi, puhelinnumero ja sähköposti sekä laskut.\n\nSäilytys\n"
        "Muistiinpanot hävitän heti jakson päätyttyä; yhteystiedot ja laskut säilyvät "
        "kirjanpitolain vaatimat kuusi vuotta.\n"
    )

    assert {c.subject for c in claims_of(text, "retention")} >= {"clients", "invoices"}


def test_a_translative_period_is_a_period():
    text = CONTROLLER + (
        "Käsiteltävät tiedot\nAsiakaskortin tiedot ja laskut.\n\nSäilytys\nAsiakaskortti "
        "arkistoidaan viideksi vuodeksi, minkä jälkeen se hävitetään.\n"
    )

    assert [
        (c.detail.get("period"), c.detail.get("unit")) for c in claims_of(text, "retention")
    ] == [(5, "years")]


def test_data_moved_to_another_system_in_swedish_is_portability():
    text = (
        KONTROLLER
        + GRUND
        + (
            "Dina rättigheter\nDu har rätt att få tillgång till, rätta och radera dina uppgifter, "
            "att begränsa och invända mot behandlingen och att få de uppgifter du lämnat överförda "
            "till ett annat system.\n"
        )
    )

    assert "missing-right-portability" not in codes(text)


def test_a_sentence_naming_the_notice_is_no_title():
    from wagtail_seloste.notice.importer import import_text

    notice = import_text(
        KONTROLLER + GRUND + "Att anlita oss innebär att du har läst denna dataskyddsbeskrivning.\n"
    )

    assert not notice["title"].startswith("Att anlita")


DATA_AND_INVOICES = (
    "Käsiteltävät tiedot\nNimi, puhelinnumero, valmennusmuistiinpanot ja laskut.\n\n"
)
UPPGIFTER = "Uppgifter som behandlas\nNamn, telefonnummer, anteckningar och fakturor.\n\n"


@pytest.mark.parametrize(
    "retention",
    [
        # an overview with a vague period beside a firm period for one group only
        "Tiedot säilytetään tarpeellisen ajan. Laskut säilytetään kuusi vuotta.",
        "Säilytysaika: harkinnan mukaan, tarpeen mukaan. Laskut säilytetään kuusi vuotta.",
        # no longer than needed, said by denying a longer keeping
        "Tietoja ei pidetä tallessa pidempään kuin on tarpeellista. Laskut säilytetään kuusi "
        "vuotta.",
        # a reasonable time after an event: the event has no measure after it
        "Tiedot poistetaan kohtuullisen ajan kuluttua asiakkuuden päättymisestä. Laskut "
        "säilytetään kuusi vuotta.",
        # a law named by none
        "Asiakastiedot poistetaan kahden vuoden kuluttua viimeisestä käynnistä. Laskut "
        "säilytetään lakisääteisen ajan.",
        # justified is a need in other words
        "Asiakastiedot säilytetään niin kauan kuin se on perusteltua. Laskut säilytetään kuusi "
        "vuotta.",
    ],
)
def test_a_need_or_an_open_measure_is_a_vague_period(retention):
    text = CONTROLLER + BASIS + DATA_AND_INVOICES + "Säilytys\n" + retention + "\n"

    assert "vague-retention" in codes(text, field="coaching")


@pytest.mark.parametrize(
    "retention",
    [
        "Personuppgifterna förvaras under den tid som ändamålet kräver. Fakturor sparas i sex år.",
        "Vi behåller inte uppgifterna längre än nödvändigt. Fakturor sparas i sex år.",
        "Anteckningarna förstörs när de inte längre behövs. Fakturor sparas i sex år.",
        "Uppgifterna sparas en tid efter att uppdraget avslutats. Fakturor sparas i sex år.",
    ],
)
def test_a_need_or_an_open_measure_in_swedish_is_a_vague_period(retention):
    text = KONTROLLER + GRUND + UPPGIFTER + "Lagring\n" + retention + "\n"

    assert "vague-retention" in codes(text, field="coaching")


@pytest.mark.parametrize(
    "retention",
    [
        "Tiedot säilytetään tarpeellisen ajan: asiakastiedot kaksi vuotta viimeisestä "
        "tapaamisesta ja laskut kuusi vuotta.",
        "Tiedot poistetaan heti, kun asiakkuus päättyy. Laskut säilytetään kuusi vuotta.",
        "Tietoja ei säilytetä pidempään kuin kaksi vuotta viimeisestä tapaamisesta. Laskut "
        "säilytetään kuusi vuotta.",
    ],
)
def test_a_firm_period_for_every_group_is_no_vague_period(retention):
    text = CONTROLLER + BASIS + DATA_AND_INVOICES + "Säilytys\n" + retention + "\n"

    assert "vague-retention" not in codes(text, field="coaching")


@pytest.mark.parametrize(
    "item",
    [
        "- vammat, kiputilat ja lääkkeet, jotka vaikuttavat harjoitteluun",
        "- verenpaine ja leposyke kuntotestistä",
        "- mielialaan ja uniongelmiin liittyvät muistiinpanot",
        "- uppgifter om skador och smärtor som påverkar träningen",
        "- blodtryck och vilopuls från testet",
        "- om du är gravid eller ammar",
        "- anteckningar om hur du mår psykiskt",
        "- hudproblem och överkänslighet mot produkter",
    ],
)
def test_health_in_a_coach_s_or_a_salon_s_words_needs_an_art_9_condition(item):
    text = CONTROLLER + BASIS + "\nKäsiteltävät tiedot\n- nimi ja puhelinnumero\n" + item + "\n"

    assert "missing-special-category-condition" in codes(text, field="fitness")


@pytest.mark.parametrize(
    "sentence",
    [
        "Jos sinulla on flunssan oireita, siirrä aikaa maksutta.",
        "Salilla on ensiapuvälineet tapaturmien varalta.",
        "Träningen passar även dig som är gravid, om din barnmorska godkänner det.",
    ],
)
def test_health_named_in_a_booking_term_or_a_description_is_no_data(sentence):
    text = (
        CONTROLLER
        + BASIS
        + "\n2. Käsiteltävät tiedot\n- nimi ja puhelinnumero\n\n3. Muuta\n"
        + sentence
    )
    text += "\n"

    assert "missing-special-category-condition" not in codes(text, field="fitness")


def test_what_is_unused_for_three_years_has_a_period():
    [claim] = claims_of(
        CONTROLLER + "Säilytys\nTiedot poistetaan, kun niitä ei ole käytetty kolmeen vuoteen.\n",
        "retention",
    )

    assert (claim.detail.get("period"), claim.detail.get("unit")) == (3, "years")


def test_a_law_alone_in_brackets_is_its_purpose_s_basis():
    text = KONTROLLER + (
        "Ändamål\nVi behandlar uppgifterna för att ge dig träning (avtal), för att fakturera "
        "(bokföringslagen) och för att skicka nyhetsbrev (ditt samtycke).\n"
    )

    assert "consent-for-legal-obligation" not in codes(text)


def test_a_heading_set_straight_under_a_paragraph_starts_its_section():
    from wagtail_seloste.notice.importer import import_text

    notice = import_text(
        CONTROLLER + "Käsittelyn tarkoitus ja peruste\nPeruste on sopimus (6 art. 1 b).\n"
        "Käsiteltävät tiedot\n- nimi ja puhelinnumero\n"
    )

    assert [s["kind"] for s in notice["sections"]] == ["purposes", "data_content"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Begäran om insyn besvaras utan kostnad, dock inte oftare än var tredje månad.",
        "Utdraget är gratis en gång per år; därutöver tar vi ut 25 euro.",
        "Tillgång till uppgifterna ges mot en avgift.",
    ],
)
def test_a_frequency_cap_or_a_fee_on_access_in_swedish_limits_free_requests(sentence):
    text = KONTROLLER + GRUND + "Dina rättigheter\n" + sentence + "\n"

    assert "limits-free-requests" in codes(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Käytä pyynnöissä verkkosivujemme lomaketta; muita pyyntöjä emme käsittele.",
        "Begäran lämnas personligen på mottagningen.",
        "Endast begäran som görs via vårt webbformulär behandlas.",
    ],
)
def test_one_channel_with_the_others_refused_or_stated_as_the_way_is_a_required_form(sentence):
    text = (
        KONTROLLER + GRUND + "Dina rättigheter\nDu har rätt att få tillgång till dina uppgifter. "
    )
    text += sentence + "\n"

    assert "request-form-required" in codes(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Svaret på din begäran skickas per post.",
        "Begäran kan lämnas personligen eller skickas per e-post.",
    ],
)
def test_a_reply_by_post_or_a_channel_among_others_is_no_required_form(sentence):
    text = (
        KONTROLLER + GRUND + "Dina rättigheter\nDu har rätt att få tillgång till dina uppgifter. "
    )
    text += sentence + "\n"

    assert "request-form-required" not in codes(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Palvelun käyttäminen edellyttää suostumusta tietojen käsittelyyn.",
        "Jäseneksi liittyminen merkitsee suostumusta rekisteröintiin.",
        "Ilmoittautumalla annat meille oikeuden käyttää tietojasi.",
        "Kurssille ilmoittautuessaan asiakas sitoutuu siihen, että hänen tietojaan käsitellään.",
        "Ostamalla lahjakortin annat suostumuksesi siihen, että tietojasi käytetään "
        "markkinointiin.",
    ],
)
def test_a_service_conditioned_on_consent_or_a_right_granted_by_conduct(sentence):
    assert "consent-by-conduct" in codes(CONTROLLER + BASIS + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Genom att anmäla dig ger du oss rätt att använda dina uppgifter.",
        "Den som köper ett kort godtar att uppgifterna behandlas.",
        "När köpet är gjort har du gett ditt medgivande till behandlingen.",
    ],
)
def test_a_right_granted_or_an_acceptance_in_other_words_in_swedish(sentence):
    assert "consent-by-conduct" in codes(KONTROLLER + GRUND + sentence + "\n")


def test_subscribing_to_a_newsletter_named_before_the_verb_is_a_clear_act():
    text = CONTROLLER + BASIS + "Uutiskirjeen tilaamalla annat suostumuksen markkinointiin.\n"

    assert "consent-by-conduct" not in codes(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Det är du som ger oss uppgifterna.",
        "Uppgifterna lämnar du själv när du bokar.",
    ],
)
def test_the_person_as_the_source_outside_a_sources_section_in_swedish(sentence):
    text = KONTROLLER + GRUND + "\nÖvrigt\n" + sentence + "\n"

    assert "missing-sources" not in codes(text)


def test_data_asked_of_the_client_directly_names_the_source():
    text = CONTROLLER + BASIS + "\n9. Muuta\nTiedot pyydetään asiakkaalta suoraan.\n"

    assert "missing-sources" not in codes(text)


def test_what_is_absent_in_a_criterion_is_no_data_kept():
    [claim] = claims_of(
        KONTROLLER + "Lagring\nEfter två år utan besök tas dina uppgifter bort.\n", "retention"
    )

    assert claim.subject == "all"


@pytest.mark.parametrize(
    "sentence",
    [
        "Palautekyselyn vastaukset poistetaan vuoden kuluttua.",
        "Konsertfilmerna raderas när läsåret är slut.",
        "Kontaktformulärets meddelanden raderas efter ett år.",
    ],
)
def test_a_thing_of_its_own_named_as_the_subject_is_not_the_data_as_a_whole(sentence):
    found = claims_of(CONTROLLER + "Säilytys\n" + sentence + "\n", "retention")

    assert [c.subject for c in found if not c.detail.get("structured")] == ["other"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Personuppgifterna sparas i tre år.",
        "Alla andra uppgifter sparas i två år.",
        "Poistan tiedot kolmen vuoden kuluttua.",
        "Kolmen vuoden kuluttua tiedot poistetaan.",
    ],
)
def test_the_data_as_a_whole_stays_the_data_as_a_whole(sentence):
    found = claims_of(CONTROLLER + "Säilytys\n" + sentence + "\n", "retention")

    assert {c.subject for c in found} == {"all"}


def test_a_period_for_messages_leaves_the_client_data_uncovered():
    text = (
        KONTROLLER
        + GRUND
        + (
            "\nUppgifter som behandlas\nNamn, telefonnummer och meddelanden.\n\nLagring\n"
            "Kontaktformulärets meddelanden raderas efter ett år. Fakturor sparas i sex år.\n"
        )
    )

    assert "retention-incomplete" in codes(text, field="coaching")


def test_a_vague_period_for_one_thing_is_not_excused_by_a_period_for_another():
    text = (
        KONTROLLER
        + GRUND
        + (
            "\nLagring\nKunduppgifterna raderas ett år efter sista lektionen. Tryckta programblad "
            "makuleras efter konserten. Konsertinspelningarna sparas så länge det behövs.\n"
        )
    )

    assert "vague-retention" in codes(text, field="other")


@pytest.mark.parametrize(
    ("item", "security"),
    [
        (
            "- verkkosivujen lokitiedot",
            "Tiedot säilytetään salatulla palvelimella. Lokitiedot säilytetään 12 kuukautta.",
        ),
        (
            "- kameravalvonnan tallenteet",
            "Tiloissa on kameravalvonta. Tallenteet poistetaan automaattisesti 14 päivän kuluttua.",
        ),
    ],
)
def test_a_log_or_recording_period_under_a_security_heading_covers_its_data(item, security):
    text = (
        CONTROLLER
        + BASIS
        + (
            f"\n2. Käsiteltävät tiedot\n- nimi ja puhelinnumero\n{item}\n\n3. Säilytys\n"
            f"Asiakastiedot poistetaan kolmen vuoden kuluttua.\n\n4. Tietoturva\n{security}\n"
        )
    )

    assert "retention-incomplete" not in codes(text, field="fitness")


def test_how_data_is_kept_safe_is_still_no_period():
    found = claims_of(CONTROLLER + "Tietoturva\nLokitiedot säilytetään salattuina.\n", "retention")

    assert not [c for c in found if not c.detail.get("structured")]


@pytest.mark.parametrize(
    "retention",
    [
        "Tiedot säilytetään asianmukaisen ajan.",
        "Tiedot poistetaan aikanaan.",
        "Säilytysaika määräytyy käsittelyn tarkoituksen mukaan.",
        "Tiedot käydään läpi säännöllisesti ja tarpeettomat poistetaan.",
    ],
)
def test_a_fitting_time_in_due_course_or_a_review_now_and_then_is_vague(retention):
    text = CONTROLLER + BASIS + "\nKäsiteltävät tiedot\nNimi ja puhelinnumero.\n\nSäilytys\n"
    text += retention + " Laskut säilytetään kuusi vuotta.\n"

    assert "vague-retention" in codes(text, field="coaching")


@pytest.mark.parametrize(
    "retention",
    [
        "Uppgifterna sparas under en lämplig tid.",
        "Vi sparar uppgifterna så länge vi har ett berättigat intresse av det.",
        "Lagringstiden bestäms av ändamålet.",
        "Vi rensar bort gamla uppgifter med jämna mellanrum.",
    ],
)
def test_a_fitting_time_or_a_purge_now_and_then_in_swedish_is_vague(retention):
    text = KONTROLLER + GRUND + "\nUppgifter som behandlas\nNamn och telefonnummer.\n\nLagring\n"
    text += retention + " Fakturor sparas i sex år.\n"

    assert "vague-retention" in codes(text, field="coaching")


def test_an_address_taken_off_a_mailing_list_when_the_subscription_ends_is_its_period():
    text = (
        KONTROLLER
        + GRUND
        + (
            "Nyhetsbrev skickas till dem som beställt det (samtycke).\n\nLagring\nAdressen tas bort "
            "från utskickslistan när du avslutar prenumerationen.\n"
        )
    )

    assert [c.subject for c in claims_of(text, "retention")] == ["marketing"]
