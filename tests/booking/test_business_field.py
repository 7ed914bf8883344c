"""The booking page's health basis is the default of the business's field (issue 18, item 4):
a page that keeps patient records as a health-care professional (GDPR Art 9(2)(h)) makes the
site health care until the owner chooses."""

from datetime import time

import pytest
from wagtail.models import Page, Site

from wagtail_seloste.notice.business import set_site_field, site_field
from wagtail_seloste.notice.json_format import notice_to_dict


@pytest.fixture
def make_booking_page(home):
    from wagtail_seloste.booking.models import BookingPage, OpeningHours, Service

    def make(basis, parent=None, publish=True):
        page = BookingPage(
            title="Varaa",
            slug=f"varaa-{basis}",
            owner_email="omistaja@example.com",
            health_data_basis=basis,
        )
        page.services = [Service(name="Hieronta", duration_minutes=60)]
        page.opening_hours = [OpeningHours(weekday=0, opens=time(9), closes=time(17))]
        (parent or home).add_child(instance=page)
        if publish:
            page.save_revision().publish()
        return page

    return make


def test_a_page_keeping_patient_records_makes_the_site_health_care(make_booking_page, site):
    make_booking_page("professional")

    assert site_field(site) == "other_health_care"


def test_a_draft_page_keeping_patient_records_counts_too(make_booking_page, site):
    make_booking_page("professional", publish=False)

    assert site_field(site) == "other_health_care"


@pytest.mark.parametrize("basis", ["consent", "none"])
def test_a_page_on_another_basis_implies_no_field(make_booking_page, site, basis):
    make_booking_page(basis)

    assert site_field(site) == ""


def test_the_owners_choice_wins_over_the_booking_page(make_booking_page, site):
    make_booking_page("professional")
    set_site_field(site, "coaching")

    assert site_field(site) == "coaching"


def test_a_booking_page_of_another_site_says_nothing_of_this_one(make_booking_page, site):
    from example_site.home.models import HomePage

    other_home = Page.get_first_root_node().add_child(instance=HomePage(title="B", slug="b"))
    other = Site.objects.create(hostname="b.example", root_page=other_home)
    make_booking_page("professional", parent=other_home)

    assert site_field(site) == ""
    assert site_field(other) == "other_health_care"


def test_the_notice_of_a_health_care_site_carries_the_field(make_booking_page, notice):
    make_booking_page("professional")

    assert notice_to_dict(notice)["field"] == "other_health_care"
