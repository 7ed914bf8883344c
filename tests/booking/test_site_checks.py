"""The booking pages held against the notice: consents that are required or unexplained."""

from datetime import time

import pytest

from wagtail_seloste.notice.site_checks import site_findings


@pytest.fixture
def make_booking_page(home, notice):
    from wagtail_seloste.booking.models import BookingPage, ConsentCheckbox, OpeningHours, Service

    def make(*checkboxes):
        page = BookingPage(title="Varaa", slug="varaa", owner_email="omistaja@example.com")
        page.services = [Service(name="Valmennus", duration_minutes=60)]
        page.opening_hours = [OpeningHours(weekday=0, opens=time(9), closes=time(17))]
        page.consent_checkboxes = [ConsentCheckbox(**box) for box in checkboxes]
        home.add_child(instance=page)
        page.save_revision().publish()
        return page

    return make


def codes(site):
    return [f.code for f in site_findings(site, render_pages=False)]


def test_optional_consent_for_a_declared_purpose_is_clean(make_booking_page, site):
    # The coach's notice declares a newsletter ("Uutiskirje.") on consent.
    make_booking_page({"label": "Saa lähettää uutiskirjeen.", "kind": "marketing_email"})
    assert codes(site) == []


def test_consent_for_an_undeclared_purpose_is_flagged(make_booking_page, site):
    make_booking_page({"label": "Suostun terveystietojeni käsittelyyn.", "kind": "health_data"})
    assert codes(site) == ["consent-text-unlinked"]


def test_other_consent_matching_a_purpose_by_its_words_is_clean(make_booking_page, site):
    make_booking_page({"label": "Valmennusten sopiminen tekstiviestillä.", "kind": "other"})
    assert codes(site) == []


def test_other_consent_matching_no_purpose_is_flagged(make_booking_page, site):
    make_booking_page({"label": "Kuvani saa julkaista Instagramissa.", "kind": "other"})
    assert codes(site) == ["consent-text-unlinked"]


@pytest.mark.parametrize(
    "label", ["Olen lukenut tietosuojaselosteen.", "Jag har läst dataskyddsbeskrivningen."]
)
def test_a_checkbox_that_acknowledges_the_notice_is_not_consent(make_booking_page, site, label):
    make_booking_page({"label": label, "kind": "other"})
    assert codes(site) == ["acknowledgement-is-not-consent"]


def test_the_acknowledgement_kind_is_no_longer_offered():
    from wagtail_seloste.booking.models import ConsentCheckbox

    kinds = dict(ConsentCheckbox._meta.get_field("kind").choices)
    assert "notice_acknowledgement" not in kinds


def test_booking_page_of_another_site_is_not_held_against_this_notice(make_booking_page, site):
    from wagtail.models import Page, Site

    from example_site.home.models import HomePage

    page = make_booking_page({"label": "Instagram-kuvat.", "kind": "other"})
    other_home = Page.get_first_root_node().add_child(instance=HomePage(title="B", slug="b"))
    Site.objects.create(hostname="b.example", root_page=other_home)
    page.move(other_home, pos="last-child")
    assert codes(site) == []
