"""The Tietosuojaseloste page: rendering, anchors, defaults, languages and query counts."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale, Site

from example_site.home.models import HomePage
from wagtail_seloste.models import NoticePage, SelosteSettings
from wagtail_seloste.notice.json_format import create_notice


def section_headings(html):
    return re.findall(
        r'<h2 id="[^"]+-otsikko"><span class="seloste-number">(\d+)\.</span> ([^<]+)</h2>', html
    )


def test_notice_is_served_at_its_url(client, notice):
    response = client.get("/tietosuojaseloste/")

    assert response.status_code == 200
    assert "Valmennus Kompassi / Kalle Kuvitelma" in response.content.decode()


def test_sections_are_numbered_in_order(client, notice, notice_data):
    html = client.get("/tietosuojaseloste/").content.decode()

    numbers = [int(number) for number, _ in section_headings(html)]
    assert numbers == list(range(1, len(notice_data["sections"]) + 1))


def test_table_of_contents_links_every_section(client, notice):
    html = client.get("/tietosuojaseloste/").content.decode()

    toc = re.search(r'<nav class="seloste-toc".*?</nav>', html, re.S).group(0)
    anchors = re.findall(r'href="#([^"]+)"', toc)
    assert anchors == [s["anchor"] for s in notice.numbered_sections]
    for anchor in anchors:
        assert f'id="{anchor}"' in html


def test_sections_have_stable_finnish_anchors(client, notice):
    html = client.get("/tietosuojaseloste/").content.decode()

    assert 'id="evasteet"' in html
    assert 'id="oikeudet"' in html
    assert 'id="sailytysaika"' in html


def test_other_section_takes_its_anchor_from_its_heading(notice):
    assert notice.anchor_of("other") == "vaitiolovelvollisuus"


def test_duplicate_sections_get_unique_anchors(home, notice_data):
    notice_data["sections"].append(
        {"kind": "other", "heading": "Vaitiolovelvollisuus", "text": "Toinen."}
    )

    page = create_notice(notice_data, parent=home, publish=True)

    anchors = [s["anchor"] for s in page.numbered_sections]
    assert "vaitiolovelvollisuus" in anchors and "vaitiolovelvollisuus-2" in anchors


def test_heading_override_replaces_the_default_heading(client, home, notice_data):
    notice_data["sections"][1]["heading"] = "Asiakasrekisteri"

    create_notice(notice_data, parent=home, publish=True)

    headings = [h for _, h in section_headings(client.get("/tietosuojaseloste/").content.decode())]
    assert headings[1] == "Asiakasrekisteri"


def test_default_headings_follow_the_notice_language_not_the_browser(client, notice):
    html = client.get("/tietosuojaseloste/", HTTP_ACCEPT_LANGUAGE="sv").content.decode()

    assert '<article class="seloste" lang="fi">' in html
    assert "Rekisteröidyn oikeudet" in html


def test_swedish_notice_gets_swedish_default_headings(client, home, notice_data):
    swedish = Locale.objects.create(language_code="sv")
    notice_data["sections"] = [{"kind": "rights", "heading": "", "text": "Text."}]
    notice_data["cookies"] = []
    page = create_notice(notice_data, parent=home, publish=True)
    page.locale = swedish
    page.save_revision().publish()

    html = client.get("/tietosuojaseloste/").content.decode()

    assert 'lang="sv"' in html
    assert "Den registrerades rättigheter" in html


def test_print_stylesheet_is_linked(client, notice):
    html = client.get("/tietosuojaseloste/").content.decode()
    css = NoticePage._meta.app_config.path + "/static/wagtail_seloste/css/notice.css"

    assert "wagtail_seloste/css/notice.css" in html
    assert "@media print" in open(css, encoding="utf-8").read()


def test_updated_date_is_shown_as_a_time_element(client, notice):
    html = client.get("/tietosuojaseloste/").content.decode()

    assert '<time datetime="2026-05-04">4.5.2026</time>' in html


def test_required_data_is_marked_with_an_asterisk_and_explained(client, notice):
    html = client.get("/tietosuojaseloste/").content.decode()

    assert 'class="seloste-required" aria-hidden="true">*</span>' in html
    assert "Yhteystiedot ovat valmennussopimuksen edellytys." in html


def test_change_list_never_shows_editor_identities(client, home, notice_data, django_user_model):
    editor = django_user_model.objects.create_superuser(
        "maija.muokkaaja", "maija@example.com", "pw"
    )
    notice_data["sections"].append(
        {
            "kind": "changes",
            "heading": "",
            "text": "",
            "changes": [{"date": "2026-05-04", "description": "Lisätty uutiskirje."}],
        }
    )
    page = create_notice(notice_data, parent=home, publish=False)
    page.save_revision(user=editor, log_action=True).publish(user=editor)

    html = client.get("/tietosuojaseloste/").content.decode()

    assert "Lisätty uutiskirje." in html
    assert "maija" not in html.lower()


def test_legal_basis_section_lists_the_basis_of_each_purpose(client, notice):
    notice.sections.append(("legal_basis", {"heading": "", "text": ""}))
    notice.save_revision().publish()

    html = client.get("/tietosuojaseloste/").content.decode()
    section = re.search(r'<section[^>]+id="oikeusperuste".*?</section>', html, re.S).group(0)

    assert "Uutiskirje." in section


def _notice_with_cookies(home, notice_data, count):
    notice_data["cookies"] = [
        {
            "category": "analytics",
            "name": f"_c{i}",
            "provider": "x.example",
            "purpose": "p",
            "duration": "1 v",
        }
        for i in range(count)
    ]
    notice_data["sections"][6]["processors"] = [
        {"name": f"Käsittelijä {i}", "service": "s", "country": "Suomi"} for i in range(count)
    ]
    return create_notice(notice_data, parent=home, publish=True)


def _render_queries(client):
    cache.clear()  # measure a real render, not the fragment cache
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/tietosuojaseloste/")
    assert response.status_code == 200
    return len(queries)


def test_query_count_does_not_grow_with_cookies_and_processors(client, home, notice_data):
    page = _notice_with_cookies(home, notice_data, 5)
    _render_queries(client)  # the site's settings row is created at the first view, once
    few = _render_queries(client)
    page.delete()
    _notice_with_cookies(home, notice_data, 50)
    many = _render_queries(client)

    assert few == many


def test_republished_notice_is_shown_despite_the_fragment_cache(client, notice):
    client.get("/tietosuojaseloste/")
    notice.controller_name = "Uusi Nimi Oy"
    notice.save_revision().publish()

    assert "Uusi Nimi Oy" in client.get("/tietosuojaseloste/").content.decode()


def test_preview_shows_the_draft_not_the_cached_live_page(admin_client, notice):
    admin_client.get("/tietosuojaseloste/")
    notice.controller_name = "Luonnos Oy"
    notice.save_revision()

    response = admin_client.get(f"/admin/pages/{notice.pk}/view_draft/")

    assert "Luonnos Oy" in response.content.decode()


def test_new_notice_starts_with_finnish_defaults(db):
    with translation.override("fi"):
        page = NoticePage(title="Tietosuojaseloste")

    kinds = [block.block_type for block in page.sections]
    assert kinds[:3] == ["controller", "contact_person", "register_name"]
    rights = {r["right"] for r in page.sections_of_kind("rights")[0]["rights"]}
    assert rights == {
        "access",
        "rectification",
        "erasure",
        "restriction",
        "portability",
        "objection",
        "withdraw_consent",
        "complaint",
    }
    complaint = [
        r for r in page.sections_of_kind("rights")[0]["rights"] if r["right"] == "complaint"
    ][0]
    assert "tietosuojavaltuutetun toimisto" in complaint["how"].lower()


def test_new_notice_declares_the_necessary_cookies(db):
    page = NoticePage(title="Tietosuojaseloste")

    [necessary] = page.cookie_categories
    assert necessary["necessary"] is True
    assert [c["name"] for c in necessary["cookies"]] == ["sessionid", "csrftoken", "cookie_consent"]


def test_notice_can_be_created_under_the_home_page(home):
    assert NoticePage.can_create_at(home)


def test_canonical_notice_is_the_sites_only_live_notice(notice):
    assert NoticePage.for_site(Site.objects.get(is_default_site=True)) == notice


def test_canonical_notice_is_undecided_between_two_live_notices_without_a_setting(
    home, notice, notice_data
):
    create_notice(notice_data, parent=home, publish=True)

    assert NoticePage.for_site(Site.objects.get(is_default_site=True)) is None


def test_canonical_notice_setting_picks_among_several(home, notice, notice_data):
    second = create_notice(notice_data, parent=home, publish=True)
    site = Site.objects.get(is_default_site=True)
    SelosteSettings.objects.update_or_create(site=site, defaults={"notice": second})

    assert NoticePage.for_site(site) == second


def test_canonical_notice_ignores_notices_of_other_sites(notice):
    other_home = HomePage(title="Toinen", slug="toinen")
    notice.get_parent().get_parent().add_child(instance=other_home)
    other_site = Site.objects.create(hostname="toinen.example", root_page=other_home)

    assert NoticePage.for_site(other_site) is None


@pytest.mark.parametrize("path", ["/tietosuojaseloste/"])
def test_notice_has_exactly_one_main_heading(client, notice, path):
    html = client.get(path).content.decode()

    assert html.count("<h1") == 1


def test_serving_the_notice_queries_no_site(client, notice):
    # The page's site is the request's, which the site lookup has found (issue 22, item 8).
    client.get("/tietosuojaseloste/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/tietosuojaseloste/")

    site_ids = [q["sql"] for q in queries if 'FROM "wagtailcore_site" WHERE' in q["sql"]]
    assert site_ids == []


def test_the_canonical_notice_is_looked_up_once_per_request(notice, rf, django_assert_num_queries):
    request = rf.get("/")
    first = NoticePage.for_request(request)

    with django_assert_num_queries(0):
        again = NoticePage.for_request(request)

    assert again == first == notice
