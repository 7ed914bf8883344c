"""The reader of round 17 (issue 18): periods and consents said in the keeper's own terms.
A period whose end is the keeper's stamina, memory, interest or room ("niin kauan kuin jaksan",
"så länge jag orkar", "så länge de ryms") is no period anyone can check (GDPR Art 13(2)(a));
the person's own wish, their relationship and the keeper's acts of the service are criteria.
Probes in the lead's own wordings, each with its expected findings written before it ran.
"""

import pytest

from .notice_text import codes
from .test_check_round14 import FI_COVERED, SV_COVERED
from .test_check_round15 import RETENTION_FI, RETENTION_SV


@pytest.mark.parametrize(
    "text",
    [
        RETENTION_FI + "Asiakastiedot pidän niin kauan kuin jaksan niitä selata.\n",
        RETENTION_FI
        + "Asiakkaiden tiedot säilytän niin kauan kuin viitsin pitää niitä tallessa.\n",
        RETENTION_FI + "Asiakaskortit säilytän niin kauan kuin minulla on niille tilaa.\n",
        RETENTION_FI + "Viestit säilyvät niin kauan kuin ne mahtuvat puhelimeni muistiin.\n",
        RETENTION_FI + "Mittaustulokset säilytän, kunnes en enää jaksa pitää niistä kirjaa.\n",
        RETENTION_SV + "Anteckningarna sparar jag så länge jag orkar hålla ordning på dem.\n",
        RETENTION_SV + "Kunduppgifterna behåller jag så länge jag har lust.\n",
        RETENTION_SV + "Mejlen ligger kvar så länge de ryms i inkorgen.\n",
        RETENTION_SV + "Kundkorten sparar jag så länge jag har plats för dem.\n",
        RETENTION_SV + "Mätresultaten sparar jag så länge jag kommer ihåg att de finns.\n",
    ],
)
def test_a_period_bound_to_my_stamina_memory_or_room_is_vague(text):
    assert "vague-retention" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        RETENTION_FI + "Uutiskirjeen osoitteen säilytän niin kauan kuin haluat kirjeen.\n",
        RETENTION_FI + "Kuvat säilytän niin kauan kuin suostumuksesi on voimassa.\n",
        RETENTION_FI + "Lahjakortin tiedot säilytän, kunnes kortti on käytetty.\n",
        RETENTION_SV + "Medlemsuppgifterna sparas så länge du är medlem i föreningen.\n",
        RETENTION_SV + "Bokningen finns kvar tills jag har fått betalningen.\n",
        RETENTION_SV + "Kontaktuppgifterna sparar jag så länge vi har ett pågående uppdrag.\n",
    ],
)
def test_the_persons_wish_the_relationship_or_an_act_of_the_service_is_no_vague_period(text):
    assert "vague-retention" not in codes(text)


WITH_RECORDINGS_SV = SV_COVERED.replace(
    "fakturor och foton", "fakturor, kamerainspelningar och foton"
)


def test_camera_recordings_in_a_swedish_compound_need_a_period_of_their_own():
    assert "kamerainspelningar" in WITH_RECORDINGS_SV
    assert "retention-incomplete" in codes(WITH_RECORDINGS_SV)


def test_camera_recordings_kept_for_a_period_are_covered():
    text = WITH_RECORDINGS_SV + "Inspelningarna raderas automatiskt efter 30 dagar.\n"
    assert "retention-incomplete" not in codes(text)


OTHER = "\nMuuta\n"
OVRIGT = "\nÖvrigt\n"


@pytest.mark.parametrize(
    "text",
    [
        # silence read as leave, by whatever verb (GDPR Art 4(11), recital 32)
        FI_COVERED + OTHER + "Jos asiakas ei vastaa viikon kuluessa, tulkitsemme hiljaisuuden "
        "luvaksi julkaista kuvat.\n",
        SV_COVERED + OVRIGT + "Svarar du inte på mejlet räknar vi tystnaden som ett ja till "
        "att bilderna läggs ut på hemsidan.\n",
        # the conduct said to suffice or to be read as a permission
        FI_COVERED + OTHER + "Kurssille ilmoittautuminen riittää minulle luvaksi "
        "valokuvien julkaisuun.\n",
        FI_COVERED + OTHER + "Toistuvat käynnit tulkitaan hyväksynnäksi sille, että "
        "osoitteesi lisätään uutiskirjeen postituslistalle.\n",
        # whatever the person does, "thereby" giving leave or a go-ahead
        SV_COVERED + OVRIGT + "Den som hämtar ut ett presentkort ger oss därmed lov att "
        "skicka erbjudanden per sms.\n",
        SV_COVERED + OVRIGT + "Gillar du vår sida på Facebook, ger du därmed klartecken till "
        "att vi använder ditt namn i våra inlägg.\n",
    ],
)
def test_silence_or_any_act_read_as_leave_is_consent_by_conduct(text):
    assert "consent-by-conduct" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        FI_COVERED + OTHER + "Emme koskaan tulkitse hiljaisuutta luvaksi julkaista kuvia.\n",
        SV_COVERED + OVRIGT + "Vi tolkar aldrig tystnad som ett samtycke.\n",
        SV_COVERED + OVRIGT + "Den som ger sitt samtycke kan återkalla det när som helst.\n",
        SV_COVERED + OVRIGT + "Har du frågor om bokningen, kan du därmed ringa oss.\n",
        SV_COVERED + OVRIGT + "Du får lov att ta med en vän till provlektionen.\n",
    ],
)
def test_silence_denied_a_consent_given_or_a_question_is_no_consent_by_conduct(text):
    assert "consent-by-conduct" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        RETENTION_FI + "Asiakastiedot säilytän niin kauan kuin meillä on vielä nykyinen "
        "kassaohjelma.\n",
        RETENTION_SV + "Kunduppgifterna sparar vi så länge vi har kvar den gamla datorn.\n",
        RETENTION_SV + "Kunduppgifterna sparar vi tills vi flyttar till en ny lokal.\n",
        RETENTION_FI + "Asiakastiedot säilytän, kunnes muutamme uusiin tiloihin.\n",
        RETENTION_FI + "Asiakastiedot ovat kansiossa. Niitä karsin jossain vaiheessa.\n",
        RETENTION_SV + "Kunduppgifterna sparas en tid framöver.\n",
    ],
)
def test_a_period_bound_to_what_i_still_have_my_move_or_culling_some_day_is_vague(text):
    assert "vague-retention" in codes(text)


def test_culling_after_a_period_is_the_periods_criterion():
    text = RETENTION_FI + "Asiakastiedot karsitaan vuoden kuluttua viimeisestä käynnistä.\n"
    assert not {"vague-retention", "retention-incomplete"} & codes(text)


PURPOSES_WITH_COLON_LABELS = """Tietosuojaseloste

Rekisterinpitäjä
Keramiikkapaja Esimerkki, Y-tunnus 3006642-2, Savikatu 3, 33100 Tampere, paja@esimerkki.example

Käyttötarkoitukset ja oikeusperusteet
Kurssit: otamme ilmoittautumiset vastaan ja pidämme osallistujalistaa. Peruste on sopimus.
Lahjakortit: myymme kurssilahjakortteja. Ostajan tietoja käsittelemme kaupan vuoksi (sopimus).
Kirjanpito: kuitit kirjataan kirjanpitolain mukaan (lakisääteinen velvoite).
"""


def test_a_paragraph_opening_with_its_name_and_a_colon_is_one_purpose():
    from wagtail_seloste.notice.importer import import_text

    notice = import_text(PURPOSES_WITH_COLON_LABELS)
    purposes = [
        p for s in notice["sections"] if s.get("kind") == "purposes" for p in s.get("purposes", [])
    ]
    assert [(p["purpose"].split(":")[0], p["legal_basis"]) for p in purposes] == [
        ("Kurssit", "b"),
        ("Lahjakortit", "b"),
        ("Kirjanpito", "c"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        FI_COVERED + OTHER + "Allekirjoittamalla sopimuksen hyväksyt sen ehdot, ja tietojasi "
        "käsittelen sopimuksen täyttämiseksi.\n",
        SV_COVERED + OVRIGT + "Genom att boka godkänner du villkoren, och vi behandlar "
        "uppgifterna för att fullgöra avtalet.\n",
    ],
)
def test_terms_accepted_in_a_clause_of_their_own_are_no_consent_by_conduct(text):
    assert "consent-by-conduct" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        FI_COVERED + OTHER + "Varaamalla ajan hyväksyt varausehdot ja tietojesi käsittelyn "
        "markkinointiin.\n",
        SV_COVERED + OVRIGT + "Genom att boka godkänner du villkoren och att vi behandlar dina "
        "uppgifter för marknadsföring.\n",
    ],
)
def test_terms_and_the_processing_accepted_together_are_consent_by_conduct(text):
    assert "consent-by-conduct" in codes(text)


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Stämmer en uppgift inte rättar jag den genast.", "missing-right-rectification"),
        (
            "Du kan be att vi tillfälligt inte använder dina uppgifter medan en fråga utreds.",
            "missing-right-restriction",
        ),
    ],
)
def test_a_right_said_after_a_verb_first_condition_or_as_use_paused_is_stated(sentence, code):
    text = SV_COVERED + "\nDina rättigheter\n" + sentence + "\n"
    assert code not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        RETENTION_SV + "Kunduppgifterna ligger kvar i systemet tills jag en dag byter program.\n",
        RETENTION_FI + "Asiakastiedot poistan koneelta, kun muistan tehdä sen.\n",
        RETENTION_FI + "Asiakastiedot siirretään hoitojakson jälkeen arkistoon.\n",
        RETENTION_SV + "Kunduppgifterna finns i surfplattan så länge den fungerar.\n",
        RETENTION_SV + "Kunduppgifterna sparar vi tills vi säljer rörelsen.\n",
        RETENTION_SV + "Kunduppgifterna sparas i tre år, och vid behov kan vi spara dem längre än "
        "så.\n",
    ],
)
def test_some_day_my_memory_an_archive_a_device_a_sale_or_longer_than_that_is_vague(text):
    assert "vague-retention" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        RETENTION_SV + "Kunduppgifterna raderas en dag efter att kursen har slutat.\n",
        RETENTION_FI + "Asiakastiedot arkistoidaan ja poistetaan kahden vuoden kuluttua "
        "viimeisestä käynnistä.\n",
    ],
)
def test_one_day_after_an_event_or_an_archive_with_a_period_is_no_vague_period(text):
    assert "vague-retention" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        SV_COVERED + OVRIGT + "Kommer du på provlektionen räknar vi det som ditt okej till att "
        "du syns på våra bilder.\n",
        SV_COVERED + OVRIGT + "En bokad tid anses även innefatta kundens medgivande till "
        "nyhetsbrev.\n",
        SV_COVERED + OVRIGT + "Att du fyller i hälsoformuläret räcker som ditt godkännande till "
        "att vi använder dina svar i vår statistik.\n",
        SV_COVERED + OVRIGT + "Den som går med i Facebookgruppen godkänner därmed att vi delar "
        "bilder från träningarna.\n",
        FI_COVERED + OTHER + "Tunnille saapuminen tulkitaan luvaksi siihen, että välitämme "
        "harjoitustietosi yhteistyökumppanillemme.\n",
    ],
)
def test_shown_in_pictures_included_in_a_payment_or_shared_after_an_act_is_consent_by_conduct(
    text,
):
    assert "consent-by-conduct" in codes(text)


@pytest.mark.parametrize(
    "heading",
    ["Näin pitkään tiedot pysyvät", "Kauanko tietoja pidetään?", "Så länge finns uppgifterna kvar"],
)
def test_a_heading_that_asks_or_tells_how_long_heads_the_retention_section(heading):
    from wagtail_seloste.notice.importer import import_text

    text = (
        "Tietosuojaseloste\n\nRekisterinpitäjä\nStudio Esimerkki Oy, Y-tunnus 3006642-2, "
        "info@studio.example\n\n" + heading + "\nAsiakastiedot poistetaan kahden vuoden "
        "kuluttua viimeisestä käynnistä.\n"
    )
    kinds = [s.get("kind") for s in import_text(text)["sections"]]
    assert "retention" in kinds


BASIS_ONLY_NOTICE = """Tietosuojaseloste

Rekisterinpitäjä
Studio Esimerkki Oy, Y-tunnus 3006642-2, Kauppakatu 1, 00100 Helsinki, info@studio.example

{heading}
{sentence}
"""


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        ("Millä perusteella", "Valmennuksen toteuttaminen perustuu valmennussopimukseemme."),
        ("Millä perusteella", "Laskutus ja kirjanpito on lakisääteinen velvoite."),
        ("Med vilken rätt", "Anmälan till kurser och sms om inställda pass: grunden är avtalet."),
    ],
)
def test_an_activity_whose_basis_is_named_under_a_basis_heading_is_a_purpose(heading, sentence):
    text = BASIS_ONLY_NOTICE.format(heading=heading, sentence=sentence)
    assert "missing-purposes" not in codes(text)


@pytest.mark.parametrize(
    "sentence", ["Käsittely perustuu sopimukseen.", "Grunden är avtalet med kunden."]
)
def test_the_processing_or_the_basis_itself_as_the_subject_names_no_purpose(sentence):
    text = BASIS_ONLY_NOTICE.format(heading="Millä perusteella", sentence=sentence)
    assert "missing-purposes" in codes(text)


@pytest.mark.parametrize(
    ("heading", "sentence", "code"),
    [
        (
            "Muuta",
            "Antamasi tiedot saat myös tiedostona, jonka toinen valmentaja pystyy lukemaan "
            "omaan ohjelmaansa.",
            "missing-right-portability",
        ),
        (
            "Muuta",
            "Jos jokin tieto ei pidä paikkaansa, korjaan sen.",
            "missing-right-rectification",
        ),
        (
            "Mitä voin itse tehdä?",
            "Saat nähdä kaikki sinusta kirjatut tiedot ja kopion niistä.",
            "missing-right-access",
        ),
    ],
)
def test_a_right_said_in_plain_words_or_under_the_readers_question_is_stated(
    heading, sentence, code
):
    from .notice_text import claims_of  # noqa: PLC0415

    right = code.removeprefix("missing-right-")
    text = FI_COVERED + "\n" + heading + "\n" + sentence + "\n"
    assert right in {c.subject for c in claims_of(text, "right")}


def test_data_kept_untouched_until_a_dispute_is_settled_is_restriction():
    text = (
        FI_COVERED + "\nOikeutesi\nVoit tarkastaa tietosi. Jos kiistät tiedon, voit pyytää, että "
        "pidän sen tallessa koskematta siihen, kunnes asia on selvitetty.\n"
    )
    assert "missing-right-restriction" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        FI_COVERED + OTHER + "Palautteen kirjoittaminen riittää meille luvaksi julkaista se "
        "nimesi kanssa.\n",
        FI_COVERED + OTHER + "Sähköpostiosoitteen kirjoittaminen lomakkeelle toimii samalla "
        "lupana tarjousviesteille.\n",
        FI_COVERED + OTHER + "Erillistä lupaa emme kysy: se, että asiakas tulee tunnille, on "
        "meille riittävä lupa julkaista kuvat.\n",
    ],
)
def test_writing_a_form_or_the_act_in_a_that_clause_said_to_be_leave_is_consent_by_conduct(text):
    assert "consent-by-conduct" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        RETENTION_FI + "Asiakastiedot säilyvät kolme vuotta viimeisestä käynnistä, ellen katso "
        "aiheelliseksi pitää niitä pidempään.\n",
        RETENTION_SV + "Kunduppgifterna ligger i ett arkiv. Arkivet rensar jag inte, eftersom "
        "kunder ibland hör av sig efter tio år.\n",
    ],
)
def test_longer_at_my_discretion_or_a_purge_denied_is_vague(text):
    assert "vague-retention" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        SV_COVERED + OVRIGT + "Genom att boka en tid godkänner du följande villkor: priserna "
        "följer prislistan.\n",
        FI_COVERED + OTHER + "Tilaamalla sen annat suostumuksesi siihen, että lähetän sinulle "
        "uutiskirjeen.\n",
        FI_COVERED + OTHER + "Pelkkä tunnille ilmoittautuminen tai saapuminen ei tarkoita, että "
        "suostut kuvaamiseen.\n",
        FI_COVERED + OTHER + "Varaamalla ajan hyväksyt peruutusehdot: peruuttamatta jätetystä "
        "ajasta perimme puolet hinnasta.\n",
    ],
)
def test_terms_a_subscription_to_it_or_conduct_denied_is_no_consent_by_conduct(text):
    assert "consent-by-conduct" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        SV_COVERED + OVRIGT + "Skriver du upp dig på gästlistan ser vi det också som ditt ja "
        "till nyhetsmejlen, och vi för in e-postadressen på utskickslistan.\n",
        FI_COVERED + OTHER + "Kun ensimmäinen lasku on maksettu, pidämme sitä merkkinä siitä, "
        "että saamme lähettää sinulle tarjouksia sähköpostiin.\n",
    ],
)
def test_an_act_taken_as_a_yes_or_a_sign_is_consent_by_conduct(text):
    assert "consent-by-conduct" in codes(text)


def test_explicit_consent_said_as_a_yes_where_the_data_are_listed_is_the_condition():
    text = (
        SV_COVERED.replace("fakturor och foton", "fakturor, allergier och foton")
        + OVRIGT
        + "Allergier antecknar jag bara när du uttryckligen har sagt ja till det.\n"
    )
    assert "missing-special-category-condition" not in codes(text)


def test_a_practitioners_protected_title_is_no_security_heading():
    from wagtail_seloste.notice.importer import import_text

    text = (
        "Tietosuojaseloste\n\nMaija Esimerkki, psykoterapeutti (Valviran nimikesuojattu "
        "ammattihenkilö)\nTerapia Esimerkki, Y-tunnus 3006642-2\nKauppakatu 1, 00100 Helsinki\n"
        "maija@terapia.example\n\nKuinka kauan tietoja säilytetään\nLaskut säilytetään kuusi "
        "vuotta.\n"
    )
    notice = import_text(text)
    assert "security" not in [s.get("kind") for s in notice["sections"]]
    assert notice["controller"]["email"] == "maija@terapia.example"


@pytest.mark.parametrize(
    "sentence",
    [
        "Luvan voit perua milloin vain vastaamalla viestiin LOPETA.",
        "Nyhetsbrevet säger du upp när du vill via länken i brevet; då upphör samtycket.",
    ],
)
def test_a_permission_withdrawn_or_a_letter_given_up_is_the_withdrawal_of_consent(sentence):
    text = (
        FI_COVERED.replace(
            "(6 art. 1 b).", "(6 art. 1 b). Tarjousviestit perustuvat suostumukseen."
        )
        + OTHER
        + sentence
        + "\n"
    )
    assert "Tarjousviestit perustuvat suostumukseen" in text
    assert "missing-consent-withdrawal" not in codes(text)
