"""The example site's demo content: complete, idempotent, and at the promised URLs."""

import io
import re

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command
from wagtail.models import Page, Revision, Site

from example_site.home.models import HomePage
from wagtail_seloste.booking.models import BookingPage
from wagtail_seloste.models import NoticePage
from wagtail_seloste.notice.check import check_notice
from wagtail_seloste.notice.json_format import notice_to_dict
from wagtail_seloste.rights.models import RightsRequestPage


@pytest.fixture
def demo(db):
    call_command("load_initial_data", stdout=io.StringIO())
    Site.objects.filter(is_default_site=True).update(hostname="testserver")


def snapshot():
    return (Page.objects.count(), Revision.objects.count(), get_user_model().objects.count())


def test_loading_the_demo_twice_changes_nothing(demo):
    before = snapshot()

    call_command("load_initial_data", stdout=io.StringIO())

    assert snapshot() == before


def test_demo_superuser_is_admin_changeme(demo):
    user = authenticate(username="admin", password="changeme")

    assert user is not None and user.is_superuser


def test_demo_says_the_password_is_for_the_demo_only(db):
    out = io.StringIO()

    call_command("load_initial_data", stdout=out)

    assert "admin / changeme" in out.getvalue() and "Demo only" in out.getvalue()


def test_demo_home_page_links_to_the_notice(client, demo):
    html = client.get("/").content.decode()

    assert 'href="/tietosuojaseloste/"' in html


def test_demo_notice_is_at_tietosuojaseloste(client, demo):
    response = client.get("/tietosuojaseloste/")

    assert response.status_code == 200
    assert "Lempeä Kosketus" in response.content.decode()


def finnish_notice():
    return NoticePage.objects.get(locale__language_code="fi")


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_demo_notice_in_each_language_passes_the_completeness_check(demo, language):
    notice = NoticePage.objects.get(locale__language_code=language)

    assert check_notice(notice_to_dict(notice)) == []


def test_demo_site_passes_its_notice(demo):
    """What the demo does (its booking consents, the cookies its pages set and its snippet
    declares) matches what its notice says."""
    from wagtail_seloste.notice.site_checks import site_findings

    site = Site.objects.get(is_default_site=True)
    assert site_findings(site) == []


def test_demo_finnish_notice_is_the_canonical_notice(demo):
    assert NoticePage.for_site(Site.objects.get(is_default_site=True)) == finnish_notice()


def test_demo_declares_necessary_and_analytics_cookies(demo):
    cookies = {(c["category"], c["name"]) for c in notice_to_dict(finnish_notice())["cookies"]}

    assert {
        ("necessary", "sessionid"),
        ("necessary", "csrftoken"),
        ("necessary", "cookie_consent"),
        ("analytics", "_demo_analytics"),
    } <= cookies


@pytest.mark.parametrize(
    ("url", "title"),
    [
        ("/sv/", "Massageklinik Lempeä Kosketus"),
        ("/sv/dataskyddsbeskrivning/", "Dataskyddsbeskrivning"),
        ("/en/", "Lempeä Kosketus Massage Clinic"),
        ("/en/privacy-notice/", "Privacy notice"),
        ("/en/your-data/", "Ask about your data"),
    ],
)
def test_demo_serves_the_swedish_and_english_translations(client, demo, url, title):
    response = client.get(url)

    assert response.status_code == 200
    assert f"<h1>{title}" in response.content.decode()


@pytest.mark.parametrize("page_class", [NoticePage, BookingPage, RightsRequestPage, HomePage])
def test_demo_pages_are_translations_of_the_finnish_page(demo, page_class):
    pages = page_class.objects.all()

    assert sorted(p.locale.language_code for p in pages) == ["en", "fi", "sv"]
    assert len({p.translation_key for p in pages}) == 1


def test_demo_translations_declare_the_finnish_notices_cookies(demo):
    def cookies(language):
        notice = NoticePage.objects.get(locale__language_code=language)
        return {(c["category"], c["name"]) for c in notice_to_dict(notice)["cookies"]}

    assert cookies("sv") == cookies("fi") == cookies("en")


def test_demo_swedish_booking_page_lists_swedish_services(client, demo):
    html = client.get("/sv/boka-tid/", follow=True).content.decode()

    assert "Klassisk massage" in html and "Klassinen hieronta" not in html


def test_demo_swedish_pages_link_to_the_swedish_notice_cookies_and_request_page(client, demo):
    html = client.get("/sv/").content.decode()

    assert 'href="/sv/dataskyddsbeskrivning/"' in html
    assert 'href="/sv/cookies/settings/' in html
    assert 'href="/sv/begaran-om-uppgifter/"' in html


@pytest.mark.parametrize(
    ("path", "category"), [("/", "Analytiikka"), ("/sv/", "Analys"), ("/en/", "Analytics")]
)
def test_demo_banner_names_the_categories_in_the_pages_language(client, demo, path, category):
    html = client.get(path).content.decode()
    banner = html[html.index("data-seloste-banner") :]
    assert category in banner
    words = set(re.findall(r"\w+", banner))
    assert category in words
    assert not ({"Analytiikka", "Analys", "Analytics"} - {category}) & words


# The records the law asks for (docs/processors.md, record.md) -------------------------------


def test_demo_processors_register_lists_the_demos_services(demo):
    from wagtail_seloste.register.models import Processor

    rows = Processor.objects.filter(status=Processor.ACTIVE)

    assert {row.name for row in rows} == {"Esimerkkihosting Oy", "Tilitoimisto Numerot Oy"}
    assert all(row.has_agreement and row.country == "FI" for row in rows)


def test_demo_notice_lists_its_processors_from_the_register(client, demo):
    from wagtail_seloste.register.models import Processor

    row = Processor.objects.get(name="Tilitoimisto Numerot Oy")
    row.name = "Tilitoimisto Luvut Oy"
    row.save()

    html = client.get("/tietosuojaseloste/").content.decode()
    data = notice_to_dict(finnish_notice())
    processors = next(s for s in data["sections"] if s["kind"] == "processors")["processors"]

    assert "Tilitoimisto Luvut Oy" in html and "Tilitoimisto Numerot Oy" not in html
    assert {p["name"] for p in processors} == {"Esimerkkihosting Oy", "Tilitoimisto Luvut Oy"}


def test_removing_a_demo_processors_agreement_gives_a_finding(demo):
    from wagtail_seloste.notice.site_checks import site_findings
    from wagtail_seloste.register.models import Processor

    Processor.objects.filter(name="Tilitoimisto Numerot Oy").update(dpa_date=None, dpa_url="")

    findings = site_findings(Site.objects.get(is_default_site=True), render_pages=False)

    assert [f.code for f in findings] == ["processor-without-agreement"]
    assert "Tilitoimisto Numerot Oy" in findings[0].message


def demo_purposes():
    data = notice_to_dict(finnish_notice())
    return [
        p["purpose"] for s in data["sections"] if s["kind"] == "purposes" for p in s["purposes"]
    ]


def test_demo_record_has_one_row_per_purpose_with_every_art_30_column_filled(demo):
    import csv

    out = io.StringIO()
    call_command("seloste_record", "--format", "csv", stdout=out)
    header, *rows = list(csv.reader(io.StringIO(out.getvalue())))

    assert [row[2] for row in rows] == demo_purposes()
    assert all(cell.strip() for row in rows for cell in row)
    assert not any("Ei kerrottu selosteessa" in cell for row in rows for cell in row)
    assert len(header) == len(rows[0]) == 11


def test_demo_record_exports_a_spreadsheet_that_reads_back(client, demo):
    from openpyxl import load_workbook

    client.force_login(get_user_model().objects.get(username="admin"))

    response = client.get("/admin/seloste/record/", {"export": "xlsx"})

    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    header, *rows = list(workbook.active.iter_rows(values_only=True))
    assert header[0] == "Käsittelytoimi"
    assert [row[2] for row in rows] == demo_purposes()
    assert all(cell for row in rows for cell in row)


def test_demo_navigation_is_read_from_the_cache_once_built(client, demo):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get("/sv/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/sv/")

    assert [q["sql"] for q in queries if '"wagtailcore_page"."slug" =' in q["sql"]] == []


def test_demo_navigation_follows_a_published_new_slug(client, demo):
    client.get("/sv/")
    booking = BookingPage.objects.get(locale__language_code="sv")
    booking.slug = "boka-tid-nu"
    booking.save_revision().publish()

    assert 'href="/sv/boka-tid-nu/"' in client.get("/sv/").content.decode()
