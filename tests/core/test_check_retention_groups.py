"""Retention per data group (GDPR Art 13(2)(a)) and the readings that round 5 of issue 18 added:
the GDPR's dates (Art 99), a legitimate interest on its purpose's line (Art 13(1)(d)), bases
item by item (Art 6(1)(c)) and hard-wrapped text in the importer.

The notices here are fictional: a small business's notice, its retention written in words.
"""

from wagtail_seloste.notice.check import check_notice
from wagtail_seloste.notice.check.claims import read_claims
from wagtail_seloste.notice.importer import import_text

TEMPLATE = """Tietosuojaseloste – {name}
Päivitetty 1.11.2026

Rekisterinpitäjä
{name}, Y-tunnus 3006642-2, Koivukatu 4, 00100 Helsinki, posti@esimerkki.example, 040 123 4567

Käsittelyn tarkoitus ja peruste
{purposes}

Käsiteltävät tiedot
{data}
Yhteystiedot tarvitaan varaukseen; ilman niitä emme voi ottaa varausta vastaan.

Tietolähteet
Tiedot saadaan asiakkaalta itseltään.

Vastaanottajat
Tietoja ei luovuteta eikä siirretä EU:n tai ETA:n ulkopuolelle.

Säilytysaika
{retention}

Oikeutesi
Voit tarkastaa tietosi, pyytää niiden oikaisemista, poistamista ja käsittelyn rajoittamista, \
vastustaa käsittelyä ja saada antamasi tiedot koneluettavassa muodossa. Suostumuksen voit \
perua milloin tahansa. Voit tehdä valituksen tietosuojavaltuutetun toimistolle. \
Automaattisia päätöksiä ei tehdä.
"""


def notice(
    retention,
    purposes="Ajanvaraus ja palvelut (sopimus). Laskutus (kirjanpitolaki).",
    data="Nimi, puhelinnumero, sähköposti, varaukset ja laskut.",
    name="Kampaamo Esimerkki",
    field="beauty",
):
    text = TEMPLATE.format(name=name, purposes=purposes, data=data, retention=retention)
    return import_text(text, field=field)


def codes(notice_dict):
    return {finding.code for finding in check_notice(notice_dict)}


def finding(notice_dict, code):
    return next(f for f in check_notice(notice_dict) if f.code == code)


NEWSLETTER = "Ajanvaraus (sopimus). Laskutus (kirjanpitolaki). Uutiskirje (suostumus)."
NEWSLETTER_DATA = "Nimi, puhelinnumero, sähköposti, varaukset, laskut ja uutiskirjeen tilaajat."


def test_a_client_register_period_leaves_the_newsletter_uncovered():
    text = notice(
        "Asiakasrekisterin tietoja säilytetään kolme vuotta viimeisestä käynnistä. Laskut "
        "säilytetään kuusi vuotta tilikauden päättymisestä.",
        purposes=NEWSLETTER,
        data=NEWSLETTER_DATA,
    )

    assert "retention-incomplete" in codes(text)


def test_the_uncovered_newsletter_is_named_in_the_finding():
    text = notice(
        "Asiakastiedot säilytetään kolme vuotta viimeisestä käynnistä.",
        purposes=NEWSLETTER,
        data=NEWSLETTER_DATA,
    )

    assert "uutiskirje" in finding(text, "retention-incomplete").message.lower()


def test_a_newsletter_with_its_own_criterion_is_covered():
    text = notice(
        "Asiakastiedot säilytetään kolme vuotta viimeisestä käynnistä. Uutiskirjeen osoite "
        "poistetaan, kun tilaus perutaan. Laskut säilytetään kuusi vuotta.",
        purposes=NEWSLETTER,
        data=NEWSLETTER_DATA,
    )

    assert "retention-incomplete" not in codes(text)


def test_deleting_the_address_on_unsubscribing_in_the_rights_is_the_newsletter_criterion():
    text = TEMPLATE.format(
        name="Kampaamo Esimerkki",
        purposes=NEWSLETTER,
        data=NEWSLETTER_DATA,
        retention="Asiakastiedot säilytetään kolme vuotta viimeisestä käynnistä.",
    ).replace(
        "Suostumuksen voit perua milloin tahansa.",
        "Voit perua uutiskirjeen tilauksen milloin tahansa, jolloin osoitteesi poistetaan.",
    )

    assert "retention-incomplete" not in codes(import_text(text, field="beauty"))


def test_as_long_as_the_subscription_is_active_is_a_criterion():
    claims = read_claims(
        {
            "sections": [
                {
                    "kind": "retention",
                    "heading": "Lagring",
                    "text": "E-postadresser för nyhetsbrevet sparas så länge prenumerationen "
                    "är aktiv.",
                }
            ]
        }
    )

    retention = [c for c in claims if c.kind == "retention"]
    assert [(c.subject, c.detail.get("vague", False)) for c in retention] == [("marketing", False)]


def test_offers_to_existing_clients_are_covered_by_the_client_register_period():
    text = notice(
        "Asiakastiedot säilytetään kolme vuotta viimeisestä käynnistä. Laskut säilytetään "
        "kuusi vuotta.",
        purposes="Ajanvaraus (sopimus). Laskutus (kirjanpitolaki). Suoramarkkinointi "
        "asiakkaillemme (oikeutettu etu: kerromme asiakkaille omista palveluistamme).",
    )

    assert "retention-incomplete" not in codes(text)


def test_camera_recordings_without_a_period_are_an_uncovered_group():
    text = notice(
        "Asiakastiedot säilytetään kolme vuotta viimeisestä käynnistä. Laskut säilytetään "
        "kuusi vuotta.",
        purposes="Ajanvaraus (sopimus). Laskutus (kirjanpitolaki). Tallentava kameravalvonta "
        "(oikeutettu etu: asiakkaiden turvallisuus).",
        data="Nimi, puhelinnumero, sähköposti, varaukset, laskut ja kameratallenteet.",
        name="Kuntosali Esimerkki",
        field="fitness",
    )

    assert "retention-incomplete" in codes(text)


def test_photographs_kept_until_further_notice_are_vague_retention():
    text = notice(
        "Yhteystiedot poistetaan kahden vuoden kuluttua kuvauksesta. Valokuvat säilytetään "
        "arkistossa toistaiseksi. Laskut säilytetään kuusi vuotta.",
        purposes="Kuvaukset (sopimus). Laskutus (kirjanpitolaki).",
        data="Nimi, puhelinnumero, sähköposti, kuvausajat, valokuvat ja laskut.",
        name="Valokuvaamo Esimerkki",
        field="other",
    )

    assert "vague-retention" in codes(text)


def test_the_photographer_is_no_photograph():
    claims = read_claims(
        {
            "sections": [
                {
                    "kind": "other",
                    "heading": "",
                    "text": "Olen valokuvaaja Valokuvaamo Esimerkistä.",
                }
            ]
        }
    )

    assert not [c for c in claims if c.kind == "data_group" and c.subject == "photos"]


def test_a_contact_details_period_does_not_cover_a_coachs_health_notes():
    text = notice(
        "Yhteystietosi poistan kahden vuoden kuluttua viimeisestä tapaamisesta. Laskut "
        "säilytän kuusi vuotta.",
        purposes="Valmennus (sopimus). Laskutus (kirjanpitolaki). Terveystiedot vain "
        "nimenomaisella suostumuksellasi.",
        data="Nimi, puhelinnumero, sähköposti, tapaamisajat, terveystiedot ja laskut.",
        name="Valmennus Esimerkki",
        field="coaching",
    )

    assert "retention-incomplete" in codes(text)


def test_a_client_data_period_covers_allergies_on_a_salons_client_card():
    text = notice(
        "Asiakastiedot säilytetään kolme vuotta viimeisestä käynnistä. Laskut säilytetään "
        "kuusi vuotta.",
        purposes="Ajanvaraus (sopimus). Laskutus (kirjanpitolaki). Allergiatiedot vain "
        "nimenomaisella suostumuksellasi.",
        data="Nimi, puhelinnumero, sähköposti, varaukset, allergiat ja laskut.",
    )

    assert "retention-incomplete" not in codes(text)


def test_a_gdpr_entry_into_force_date_other_than_its_own_is_flagged():
    text = notice("Asiakastiedot säilytetään kolme vuotta viimeisestä käynnistä.").copy()
    text["sections"].append(
        {
            "kind": "other",
            "heading": "Muuta",
            "text": "EU:n tietosuoja-asetus tuli voimaan 25.5.2016.",
        }
    )

    assert "incorrect-gdpr-date" in codes(text)


def test_the_gdprs_application_date_is_not_flagged():
    text = notice("Asiakastiedot säilytetään kolme vuotta viimeisestä käynnistä.")
    text["sections"].append(
        {
            "kind": "other",
            "heading": "Muuta",
            "text": "Dataskyddsförordningen trädde i kraft "
            "24.5.2016 och tillämpas sedan 25.5.2018.",
        }
    )

    assert "incorrect-gdpr-date" not in codes(text)


def test_the_data_protection_acts_date_is_not_taken_for_the_gdprs():
    text = notice("Asiakastiedot säilytetään kolme vuotta viimeisestä käynnistä.")
    text["sections"].append(
        {
            "kind": "other",
            "heading": "Muuta",
            "text": "Seloste perustuu tietosuoja-asetukseen "
            "ja tietosuojalakiin (1050/2018), joka tuli voimaan 1.1.2019.",
        }
    )

    assert "incorrect-gdpr-date" not in codes(text)


def test_a_legitimate_interest_written_after_the_basis_on_its_line_is_described():
    text = notice(
        "Asiakastiedot säilytetään kolme vuotta viimeisestä käynnistä. Tallenteet säilytetään "
        "30 vuorokautta. Laskut säilytetään kuusi vuotta.",
        purposes="• Jäsenyys – sopimus\n• Kameravalvonta – oikeutettu etumme estää rikoksia ja "
        "selvittää vahinkoja\n• Kirjanpito – kirjanpitolaki",
        data="Nimi, puhelinnumero, sähköposti, jäsenyystiedot ja kameratallenteet.",
        name="Kuntosali Esimerkki",
        field="fitness",
    )

    assert "missing-legitimate-interest" not in codes(text)


def test_consent_for_the_newsletter_does_not_make_listed_invoicing_consent_based():
    text = notice(
        "Asiakastiedot säilytetään kolme vuotta viimeisestä käynnistä. Uutiskirjeen osoite "
        "poistetaan, kun tilaus perutaan. Laskut säilytetään kuusi vuotta.",
        purposes="Tietoja käytetään ajanvarausten hoitamiseen, laskutukseen sekä uutiskirjeeseen.\n"
        "Ajanvaraus perustuu sopimukseen.\nLaskutus perustuu kirjanpitolakiin.\n"
        "Uutiskirje lähetetään vain niille, jotka ovat antaneet siihen suostumuksensa.",
        data=NEWSLETTER_DATA,
    )

    assert "consent-for-legal-obligation" not in codes(text)


def test_a_wrapped_purpose_line_starting_with_a_figure_joins_the_line_before():
    text = notice(
        "Asiakastiedot säilytetään kolme vuotta viimeisestä käynnistä.",
        purposes="Hoidon perusteena on hoitosopimus; terveystietoja käsittelen tietosuoja-asetuksen "
        "9 artiklan\n2 kohdan h alakohdan nojalla. Laskutus perustuu kirjanpitolakiin.",
        name="Hieronta Esimerkki",
        field="massage",
    )

    purposes = [
        p["purpose"] for s in text["sections"] if s["kind"] == "purposes" for p in s["purposes"]
    ]
    assert not any(p.startswith("2 kohdan") for p in purposes)


def test_a_hard_wrapped_paragraph_line_is_not_a_heading():
    text = (
        TEMPLATE.format(
            name="Valokuvaamo Esimerkki",
            purposes="Kuvaukset (sopimus).",
            data="Nimi ja sähköposti.",
            retention="Tiedot poistetaan kahden vuoden kuluttua kuvauksesta.",
        ).split("Oikeutesi\n")[0]
        + "Sinulla on oikeus tarkastaa tietosi, korjauttaa ne, pyytää niiden\n"
        "poistamista tai käsittelyn rajoittamista ja saada antamasi tiedot\n"
        "koneluettavassa muodossa. Voit tehdä valituksen tietosuojavaltuutetulle.\n"
    )

    assert "missing-right-access" not in codes(import_text(text, field="other"))


def test_photographs_handed_to_the_client_are_no_recipient():
    claims = read_claims(
        {
            "sections": [
                {
                    "kind": "other",
                    "heading": "",
                    "text": "Valmiit kuvat toimitetaan "
                    "hääparille salasanalla suojatussa galleriassa.",
                }
            ]
        }
    )

    assert not [c for c in claims if c.kind == "recipient"]


def test_a_word_of_an_email_address_declares_no_data():
    claims = read_claims(
        {
            "sections": [
                {
                    "kind": "other",
                    "heading": "",
                    "text": "Tavoitat meidät osoitteesta kuvat@kehys.example.",
                }
            ]
        }
    )

    assert not [c for c in claims if c.kind == "data_group" and c.subject == "photos"]


def test_a_period_for_the_consents_covers_the_newsletter_subscriptions():
    text = notice(
        "Asiakastiedot säilytetään kolme vuotta viimeisestä käynnistä. Suostumukset "
        "säilytetään kolme vuotta viimeisestä käynnistä. Laskut säilytetään kuusi vuotta.",
        purposes=NEWSLETTER,
        data=NEWSLETTER_DATA,
    )

    assert "retention-incomplete" not in codes(text)
