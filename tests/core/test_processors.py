"""The processors register (GDPR Art 28, 44–46): the one source of the notice's processors and
transfers sections, and its findings."""

import datetime

import pytest
from django.core.cache import cache
from django.test import override_settings
from wagtail.models import Site

from tests.conftest import sign_processor_agreements
from wagtail_seloste.notice.json_format import create_notice, notice_to_dict
from wagtail_seloste.notice.site_checks import site_findings
from wagtail_seloste.register.models import Processor
from wagtail_seloste.register.processors import proposals


def codes(site):
    return [f.code for f in site_findings(site, render_pages=False)]


def section(data, kind):
    return next(s for s in data["sections"] if s["kind"] == kind)


@pytest.fixture
def site(notice):
    return Site.objects.get(is_default_site=True)


def add(site, name, **fields):
    fields.setdefault("dpa_date", datetime.date(2025, 2, 1))
    return Processor.objects.create(site=site, name=name, **fields)


def test_the_notices_processors_come_from_the_register(notice, site):
    add(site, "Kirjanpito Oy", service="Kirjanpito", country="FI")

    names = [p["name"] for p in section(notice_to_dict(notice), "processors")["processors"]]

    assert names == ["Kirjanpito Oy", "Postituspalvelu Oy"]


def test_the_notice_page_lists_the_registers_rows(client, notice, site):
    add(site, "Kirjanpito Oy", service="Kirjanpito", country="FI")

    html = client.get("/tietosuojaseloste/").content.decode()

    assert "Kirjanpito Oy" in html and "Postituspalvelu Oy" in html


def test_a_changed_row_shows_on_the_cached_notice_at_once(client, notice, site):
    client.get("/tietosuojaseloste/")  # now in the fragment cache
    row = Processor.objects.get(site=site)
    row.name = "Uusi Postitus Oy"
    row.save()

    assert "Uusi Postitus Oy" in client.get("/tietosuojaseloste/").content.decode()


def test_a_lost_cache_never_shows_an_old_rendering(client, notice, site):
    client.get("/tietosuojaseloste/")
    row = Processor.objects.get(site=site)
    row.name = "Toinen Oy"
    row.save()
    cache.delete(f"wagtail_seloste:processors:{site.pk}")

    assert "Toinen Oy" in client.get("/tietosuojaseloste/").content.decode()


def test_rows_not_in_use_are_not_in_the_notice(notice, site):
    add(site, "Ehdotettu Oy", status=Processor.PROPOSED, country="FI")
    add(site, "Hylätty Oy", status=Processor.DISMISSED, country="FI")

    names = [p["name"] for p in section(notice_to_dict(notice), "processors")["processors"]]

    assert names == ["Postituspalvelu Oy"]


def test_the_transfers_section_lists_rows_outside_the_eea_with_their_safeguard(
    client, notice, site
):
    add(site, "Uutiskirje Inc", country="US", safeguard="dpf")

    transfers = section(notice_to_dict(notice), "transfers")["transfers"]
    html = client.get("/tietosuojaseloste/").content.decode()

    assert transfers == [
        {"recipient": "Uutiskirje Inc", "country": "Yhdysvallat", "safeguard": "dpf"}
    ]
    assert "EU:n ja Yhdysvaltojen välinen tietosuojakehys" in html


def test_a_processor_outside_the_eu_without_a_safeguard_is_an_error(notice, site):
    add(site, "Videopalvelu Inc", country="US")

    findings = {f.code: f for f in site_findings(site, render_pages=False)}

    assert findings["processor-outside-eea-without-safeguard"].severity == "error"
    assert "Videopalvelu Inc" in findings["processor-outside-eea-without-safeguard"].message
    transfer = section(notice_to_dict(notice), "transfers")["transfers"][0]
    assert transfer["safeguard"] == ""


@pytest.mark.parametrize(
    ("country", "safeguard", "found"),
    [
        ("US", "dpf", False),
        ("US", "scc", False),
        ("GB", "adequacy", False),
        ("GB", "dpf", True),  # the Data Privacy Framework covers only US companies
        ("IN", "adequacy", True),  # no adequacy decision for India
        ("US", "adequacy", True),  # the US adequacy is the DPF, for certified companies
    ],
)
def test_a_safeguard_must_fit_the_country(notice, site, country, safeguard, found):
    add(site, "Palvelu Ltd", country=country, safeguard=safeguard)

    assert ("processor-outside-eea-without-safeguard" in codes(site)) is found


def test_an_art_49_derogation_is_no_routine_safeguard(notice, site):
    add(site, "Ajanvarauspalvelu Inc", country="US", safeguard="derogation")

    assert "processor-derogation-not-routine" in codes(site)
    assert "processor-outside-eea-without-safeguard" not in codes(site)


def test_a_row_without_a_processor_agreement_is_an_error(notice, site):
    add(site, "Pilvi Oy", country="FI", dpa_date=None)

    findings = [f for f in site_findings(site, render_pages=False) if "Pilvi Oy" in f.message]

    assert [f.code for f in findings] == ["processor-without-agreement"]
    assert findings[0].source == "GDPR Art 28(3)"


def test_a_link_to_the_agreement_is_enough(notice, site):
    add(site, "Pilvi Oy", country="FI", dpa_date=None, dpa_url="https://pilvi.example/dpa")

    assert "processor-without-agreement" not in codes(site)


def test_the_complete_notice_and_register_have_no_register_findings(notice, site):
    assert codes(site) == []


def test_a_row_without_a_country_asks_for_it(notice, site):
    add(site, "Jossain Oy")

    assert "processor-country-unknown" in codes(site)


def test_a_passed_review_date_is_a_warning(notice, site):
    add(site, "Vanha Oy", country="FI", review_date=datetime.date.today() - datetime.timedelta(1))

    assert "processor-review-due" in codes(site)


def test_a_free_webmail_address_in_the_notice_is_flagged(home, notice_data):
    notice_data["controller"]["email"] = "valmentaja.kalle@gmail.com"
    page = create_notice(notice_data, parent=home, publish=True)
    sign_processor_agreements(page.get_site())

    findings = [
        f
        for f in site_findings(page.get_site(), render_pages=False)
        if f.code == "consumer-email-account"
    ]

    assert len(findings) == 1 and "gmail.com" in findings[0].message
    assert "valmentaja.kalle" not in findings[0].message


@override_settings(DEFAULT_FROM_EMAIL="Valmennus <valmennus@hotmail.fi>")
def test_a_free_webmail_sender_address_is_flagged(notice, site):
    messages = [
        f.message
        for f in site_findings(site, render_pages=False)
        if f.code == "consumer-email-account"
    ]

    assert len(messages) == 1 and "DEFAULT_FROM_EMAIL" in messages[0]


@override_settings(
    EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend", EMAIL_HOST="smtp.gmail.com"
)
def test_the_sites_mail_server_is_proposed_until_the_register_names_it(notice, site):
    proposal = next(p for p in proposals(site) if p.key == "email:smtp.gmail.com")

    assert proposal.country == "US" and proposal.safeguard == "dpf"
    assert "processor-not-in-register" in codes(site)

    add(site, "Google Ireland Ltd", country="US", safeguard="dpf", origin=proposal.key)

    assert "processor-not-in-register" not in codes(site)
    assert all(p.key != proposal.key for p in proposals(site))


@override_settings(
    EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend", EMAIL_HOST="localhost"
)
def test_a_local_mail_server_is_no_processor(notice, site):
    assert not [p for p in proposals(site) if p.key.startswith("email:")]


def test_importing_a_draft_beside_the_published_notice_only_proposes_its_processors(
    client, home, notice, notice_data, site
):
    notice_data["title"] = "Luonnos"
    section(notice_data, "processors")["processors"].append(
        {"name": "Uusi Käsittelijä Oy", "service": "Varmuuskopiot", "country": "Ruotsi"}
    )

    create_notice(notice_data, parent=home, publish=False)

    row = Processor.objects.get(site=site, name="Uusi Käsittelijä Oy")
    assert row.status == Processor.PROPOSED and row.country == "SE"
    assert "Uusi Käsittelijä Oy" not in client.get("/tietosuojaseloste/").content.decode()
    assert "processor-proposed" in codes(site)


def test_the_json_export_carries_the_registers_rows(notice, site, notice_data):
    assert (
        section(notice_to_dict(notice), "processors")["processors"]
        == section(notice_data, "processors")["processors"]
    )


def test_the_editor_shows_the_rows_read_only_with_a_link_to_the_register(admin_client, notice):
    html = admin_client.get(f"/admin/pages/{notice.pk}/edit/").content.decode()

    assert "Postituspalvelu Oy" in html
    assert "/admin/seloste/processors/" in html
