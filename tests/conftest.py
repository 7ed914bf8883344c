"""Shared fixtures: a site with a home page, notice data and a published notice."""

import copy
import json
from pathlib import Path

import pytest
from wagtail.models import Page, Site

from example_site.home.models import HomePage
from wagtail_seloste.notice_json import create_notice

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def home(db):
    """The default site's root: a HomePage replacing Wagtail's welcome page."""
    root = Page.get_first_root_node()
    home = HomePage(title="Koti", slug="koti")
    root.add_child(instance=home)
    site = Site.objects.get(is_default_site=True)
    old = site.root_page
    site.root_page = home
    site.hostname = "testserver"
    site.save()
    old.delete()
    return home


@pytest.fixture
def notice_data():
    """A complete notice of a fictional coach, as wagtail-seloste/1 JSON (a fresh copy)."""
    return copy.deepcopy(json.loads((FIXTURES / "notice_coach.json").read_text(encoding="utf-8")))


@pytest.fixture
def notice(home, notice_data):
    """The site's published canonical notice at /tietosuojaseloste/."""
    return create_notice(notice_data, parent=home, publish=True)


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin", "admin@example.com", "pw")
    client.force_login(user)
    return client


# Booking ------------------------------------------------------------------------------------

from datetime import time  # noqa: E402

from django.core.cache import cache  # noqa: E402


@pytest.fixture
def site(home):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def booking_page(home, notice):
    """A published booking page open every day 9–17 with two services and four consents."""
    from wagtail_seloste.models import BookingPage, ConsentCheckbox, OpeningHours, Service

    page = BookingPage(
        title="Ajanvaraus",
        slug="ajanvaraus",
        min_notice_hours=0,
        days_ahead=14,
        slot_step_minutes=30,
        buffer_minutes=0,
        owner_email="omistaja@example.com",
        cancellation_cutoff_hours=24,
    )
    page.services = [
        Service(name="Klassinen hieronta", duration_minutes=60, price="65.00"),
        Service(name="Urheiluhieronta", duration_minutes=45, needs_health_info=True),
    ]
    page.opening_hours = [
        OpeningHours(weekday=day, opens=time(9), closes=time(17)) for day in range(7)
    ]
    page.consent_checkboxes = [
        ConsentCheckbox(
            label="Olen lukenut tietosuojaselosteen.",
            kind="notice_acknowledgement",
            required=True,
            notice_section="purposes",
        ),
        ConsentCheckbox(
            label="Suostun terveystietojeni käsittelyyn.", kind="health_data", required=True
        ),
        ConsentCheckbox(
            label="Saa lähettää uutiskirjeen sähköpostilla.",
            kind="marketing_email",
            required=False,
            notice_section="purposes",
        ),
    ]
    home.add_child(instance=page)
    page.save_revision().publish()
    cache.clear()  # the rate limit of the last step lives in the cache
    return page


@pytest.fixture
def wizard(client, booking_page):
    """Drives the booking wizard with the test client: ``wizard.book()`` does all steps."""
    from tests.booking_helpers import WizardDriver

    return WizardDriver(client, booking_page)


# Rights requests and the register (tests/test_rights_*.py) --------------------------------


@pytest.fixture
def rights_site(home):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def rights_page(home):
    """The data subject request page at /tietopyynto/."""
    from wagtail_seloste.models import RightsRequestPage

    page = RightsRequestPage(title="Tietopyyntö", slug="tietopyynto")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def service(home):
    """A bookable service on a booking page at /varaa/."""
    from wagtail_seloste.models import BookingPage, Service

    page = BookingPage(title="Varaa aika", slug="varaa")
    home.add_child(instance=page)
    return Service.objects.create(page=page, name="Klassinen hieronta", duration_minutes=60)


@pytest.fixture
def make_client(rights_site, service):
    """``make_client(email, bookings=[(start, invoiced)], consents=[(kind, given)], **fields)``."""
    from datetime import timedelta

    from wagtail_seloste.models import Booking, Client, ConsentRecord

    def make(email, *, bookings=(), consents=(), site=None, **fields):
        client = Client.objects.create(site=site or rights_site, email=email, **fields)
        for start, invoiced in bookings:
            Booking.objects.create(
                page=service.page,
                service=service,
                client=client,
                start=start,
                end=start + timedelta(hours=1),
                status="confirmed",
                invoiced=invoiced,
                message=f"Viesti {email}",
            )
        for kind, given in consents:
            ConsentRecord.objects.create(
                site=client.site,
                client=client,
                kind=kind,
                given=given,
                text=f"Suostumusteksti {kind}",
                source="booking",
            )
        return client

    return make
