"""The reader of round 11 (issue 18, fresh9 tuned on): a custom or a purpose served is no
period, a fee charged in a clause of its own, the person's wish offers a right, data of no known
group is covered only by a statement that names it, confirming a booking taken as consent, and
what the notice goes through is no retention.

Each behaviour is tested in a wording other than the evaluation notices' (tests/fixtures/
check_eval/fresh9), so that a rule holds on text it was not written for.
"""

import pytest

from .notice_text import CONTROLLER, KONTROLLER, codes

DATA = "Käsiteltävät tiedot\nNimi, puhelinnumero ja varaukset sekä laskut.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        CONTROLLER + DATA + "Säilytysaika\nAsiakastiedot säilytetään vakiintuneen käytännön "
        "mukaisesti. Laskut säilytetään kuusi vuotta.\n",
        KONTROLLER + "Uppgifter som behandlas\nNamn, bokningar och fakturor.\n\nLagringstid\n"
        "Kunduppgifterna sparas enligt praxis i branschen. Fakturorna sparas i sex år.\n",
        KONTROLLER + "Uppgifter som behandlas\nNamn, bokningar och fakturor.\n\nLagringstid\n"
        "Bokningarna sparas så länge de tjänar sitt syfte. Fakturorna sparas i sex år.\n",
    ],
)
def test_a_custom_or_a_purpose_served_is_a_vague_period(text):
    assert "vague-retention" in codes(text, field="beauty")


def test_a_fee_in_a_clause_of_its_own_after_free_requests_limits_them():
    text = CONTROLLER + (
        "Oikeutesi\nEnsimmäinen pyyntö vuodessa on maksuton; sen jälkeen perimme 20 euroa "
        "jokaisesta pyynnöstä.\n"
    )

    assert "limits-free-requests" in codes(text)


def test_data_in_a_machine_readable_form_if_you_wish_is_portability():
    text = CONTROLLER + (
        "Tietosuojaseloste\nAjanvaraus perustuu sopimukseen. Halutessasi saat antamasi tiedot "
        "koneluettavassa muodossa.\n"
    )

    assert "missing-right-portability" not in codes(text)


def test_a_period_for_one_unknown_thing_does_not_cover_another():
    text = CONTROLLER + (
        "Käsiteltävät tiedot\n- nimi ja puhelinnumero\n- kameratallenteet\n- kulkutapahtumat\n\n"
        "Säilytysajat\nAsiakastiedot | 1 vuosi jäsenyyden päättymisestä\n"
        "Kulkutapahtumat | 60 vuorokautta\n"
    )

    assert "retention-incomplete" in codes(text, field="fitness")


def test_a_period_for_each_unknown_thing_covers_them():
    text = CONTROLLER + (
        "Käsiteltävät tiedot\n- nimi ja puhelinnumero\n- kameratallenteet\n- kulkutapahtumat\n\n"
        "Säilytysajat\nAsiakastiedot | 1 vuosi jäsenyyden päättymisestä\n"
        "Kulkutapahtumat | 60 vuorokautta\nKameratallenteet | 14 vuorokautta\n"
    )

    assert "retention-incomplete" not in codes(text, field="fitness")


def test_confirming_a_booking_taken_as_consent_is_consent_by_conduct():
    text = CONTROLLER + (
        "Käsittelyn peruste\nKun vahvistat varauksesi tekstiviestillä, hyväksyt samalla "
        "tietojesi käsittelyn.\n"
    )

    assert "consent-by-conduct" in codes(text)


def test_what_the_notice_goes_through_is_no_retention_statement():
    text = KONTROLLER + (
        "Nedan går vi igenom vilka uppgifter vi behöver och hur länge de sparas.\n\n"
        "Uppgifter som behandlas\nNamn och bokningar.\n\n"
        "Lagringstid\nKunduppgifterna och bokningarna raderas två år efter det senaste besöket.\n"
    )

    assert "vague-retention" not in codes(text, field="beauty")


def test_logs_declared_without_a_period_of_their_own_are_uncovered():
    text = KONTROLLER + (
        "Uppgifter som behandlas\nNamn och bokningar. När du besöker webbplatsen sparar servern "
        "en logg med IP-adress och tidpunkt.\n\n"
        "Lagringstid\nKunduppgifterna och bokningarna raderas två år efter det senaste besöket.\n"
    )

    found = codes(text, field="beauty")

    assert "retention-incomplete" in found


def test_logs_with_a_period_of_their_own_are_covered():
    text = KONTROLLER + (
        "Uppgifter som behandlas\nNamn och bokningar. När du besöker webbplatsen sparar servern "
        "en logg med IP-adress och tidpunkt.\n\n"
        "Lagringstid\nKunduppgifterna och bokningarna raderas två år efter det senaste besöket. "
        "Serverloggarna raderas efter 30 dagar.\n"
    )

    assert "retention-incomplete" not in codes(text, field="beauty")


@pytest.mark.parametrize(
    "text",
    [
        CONTROLLER + "Oikeutesi\nOikeus päästä tietoihin: voit pyytää meiltä otteen tiedoistasi.\n",
        KONTROLLER + "Dina rättigheter\nDu kan begära en kopia av dina uppgifter.\n",
        KONTROLLER + "Dina rättigheter\nDu får på begäran ett utdrag ur registret.\n",
        KONTROLLER + "Dina rättigheter\nDu kan kontrollera dina uppgifter.\n",
    ],
)
def test_access_offered_as_an_extract_a_copy_or_a_check(text):
    assert "missing-right-access" not in codes(text)


def test_a_copy_of_an_invoice_outside_the_rights_is_no_access():
    text = KONTROLLER + (
        "Fakturering\nDu får en kopia av fakturan per e-post.\n\n"
        "Dina rättigheter\nDu kan begära att felaktiga uppgifter rättas.\n"
    )

    assert "missing-right-access" in codes(text)


@pytest.mark.parametrize(
    "text, field",
    [
        (
            CONTROLLER + "Käsiteltävät tiedot\nJäsenen nimi ja yhteystiedot, jäsenyys, "
            "kuntotestien tulokset ja laskut.\n\nSäilytysaika\nJäsentiedot poistetaan vuoden "
            "kuluttua jäsenyyden päättymisestä. Laskut säilytetään kuusi vuotta.\n",
            "fitness",
        ),
        (
            KONTROLLER + "Uppgifter som behandlas\nNamn, adress, beställningar och "
            "nyhetsbrevets e-postadresser.\n\nLagringstid\nBeställningarna sparas i sex år "
            "enligt bokföringslagen.\n",
            "other",
        ),
        (
            KONTROLLER + "Uppgifter som behandlas\nMedlemmens namn, kontaktuppgifter och "
            "inpasseringar samt kameraövervakningens inspelningar.\n\nLagringstid\n"
            "Medlemsuppgifterna raderas ett år efter att medlemskapet upphört. Inpasseringar "
            "sparas i 60 dagar.\n",
            "fitness",
        ),
    ],
)
def test_a_group_left_without_a_period_beside_the_register_s_is_uncovered(text, field):
    assert "retention-incomplete" in codes(text, field=field)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tarkastuksesta peritään toimistomaksu.",
        "Ensimmäinen tarkastus on ilmainen, seuraavista laskutamme kulut.",
        "Tarkastusoikeutta voi käyttää vuosittain.",
    ],
)
def test_a_fee_or_a_year_put_on_access_limits_free_requests(sentence):
    assert "limits-free-requests" in codes(CONTROLLER + "Oikeutesi\n" + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Att se dina uppgifter kostar aldrig något, hur många gånger du än frågar.",
        "Begäran behandlas utan avgift.",
        "Det kostar ingenting att göra en begäran.",
    ],
)
def test_free_said_in_other_words_is_no_limit(sentence):
    assert "limits-free-requests" not in codes(KONTROLLER + "Dina rättigheter\n" + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Jättämällä yhteystietosi annat luvan niiden käyttämiseen markkinointiin.",
        "Palvelun käyttäjä hyväksyy tietojensa käsittelyn tämän selosteen mukaisesti.",
        "Den som anmäler sig till en kurs anses ha godkänt att uppgifterna behandlas.",
        "Kunden godkänner behandlingen av sina personuppgifter i och med bokningen.",
        "Besökare som använder webbplatsen godkänner därmed vår hantering av personuppgifter.",
    ],
)
def test_the_user_the_sign_up_or_the_booking_taken_as_consent_is_consent_by_conduct(sentence):
    assert "consent-by-conduct" in codes(CONTROLLER + "Tietojen käsittely\n" + sentence + "\n")
