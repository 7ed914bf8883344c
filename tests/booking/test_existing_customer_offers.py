"""Offers to existing customers (laki sähköisen viestinnän palveluista 917/2014, 200 § 2 mom.):
their own recorded basis beside consent, the refusal offered at booking, and the opt-out link
every marketing message carries (issue 19 item 9)."""

import csv
import io
import re

import pytest
from wagtail.models import ModelLogEntry

from tests.booking_helpers import first_free
from wagtail_seloste.booking.emails import marketing_optout_url
from wagtail_seloste.booking.models import Client, ConsentRecord
from wagtail_seloste.booking.tokens import optout_token

SERVICES = "hieronta- ja hyvinvointipalvelut"


@pytest.fixture
def offering_page(booking_page):
    booking_page.existing_customer_offers = True
    booking_page.existing_customer_services = SERVICES
    booking_page.save_revision().publish()
    return booking_page


def confirm_step(wizard):
    wizard.client.get("/ajanvaraus/")
    wizard.choose_service()
    wizard.choose_time(first_free(wizard.page, wizard.service()))
    wizard.contact()
    return wizard.client.get("/ajanvaraus/varaa/vahvistus/").content.decode()


def book(wizard, refuse=False):
    confirm_step(wizard)
    data = {"offers_refused": "on"} if refuse else {}
    response = wizard.post("vahvistus", data)
    while response.status_code == 302:
        response = wizard.client.get(response["Location"])
    return Client.objects.get()


def offers_records(client):
    return list(ConsentRecord.objects.filter(client=client, kind="marketing_existing_customer"))


def test_the_last_step_tells_of_the_offers_and_offers_the_refusal(offering_page, wizard):
    content = confirm_step(wizard)

    assert SERVICES in content
    box = re.search(r'<input[^>]*name="vahvistus-offers_refused"[^>]*>', content).group(0)
    assert "checked" not in box


def test_a_page_without_offers_asks_nothing_of_them(wizard):
    assert "offers_refused" not in confirm_step(wizard)


def test_not_refusing_records_the_basis_apart_from_consent(offering_page, wizard):
    client = book(wizard)

    (record,) = offers_records(client)
    assert record.given and SERVICES in record.text
    assert client.marketing_existing_customer
    assert not client.marketing_email  # no consent was given


def test_refusing_at_booking_is_recorded_and_nothing_is_sent(offering_page, wizard):
    client = book(wizard, refuse=True)

    (record,) = offers_records(client)
    assert not record.given
    assert not client.marketing_existing_customer


def test_a_known_clients_refusal_counts_at_once(offering_page, wizard, site):
    Client.objects.create(
        site=site, email="maija.meikalainen@example.com", marketing_existing_customer=True
    )

    client = book(wizard, refuse=True)

    assert not client.marketing_existing_customer


def test_the_page_says_which_services_the_offers_are_about(admin_client, booking_page):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    data = nested_form_data(
        {
            "title": booking_page.title,
            "slug": booking_page.slug,
            "existing_customer_offers": "on",
            "existing_customer_services": "",
            "services": inline_formset([]),
            "opening_hours": inline_formset([]),
            "closed_dates": inline_formset([]),
            "consent_checkboxes": inline_formset([]),
        }
    )
    response = admin_client.post(f"/admin/pages/{booking_page.pk}/edit/", data)

    assert response.status_code == 200
    assert "existing_customer_services" in response.context["form"].errors


# The opt-out link ------------------------------------------------------------------------


@pytest.fixture
def customer(offering_page, wizard):
    client = book(wizard)
    client.marketing_email = True
    client.save()
    ConsentRecord.objects.create(
        site=client.site,
        client=client,
        kind="marketing_email",
        given=True,
        text="Uutiskirje.",
        source="booking",
    )
    return client


def optout_path(client):
    return re.sub(r"^https?://[^/]+", "", marketing_optout_url(client))


def test_every_client_has_a_link_on_their_booking_page(customer):
    assert optout_path(customer) == f"/ajanvaraus/markkinointi/{optout_token(customer)}/"


def test_opening_the_link_changes_nothing(client, customer):
    response = client.get(optout_path(customer))

    assert response.status_code == 200
    customer.refresh_from_db()
    assert customer.marketing_existing_customer and customer.marketing_email


def test_confirming_stops_both_kinds_of_email_marketing_as_new_records(client, customer):
    before = {r.pk: (r.kind, r.given) for r in ConsentRecord.objects.all()}

    response = client.post(optout_path(customer))

    assert response.status_code == 200
    customer.refresh_from_db()
    assert not customer.marketing_existing_customer and not customer.marketing_email
    assert {r.pk: (r.kind, r.given) for r in ConsentRecord.objects.filter(pk__in=before)} == before
    new = ConsentRecord.objects.exclude(pk__in=before)
    assert sorted((r.kind, r.given, r.source) for r in new) == [
        ("marketing_email", False, "optout_link"),
        ("marketing_existing_customer", False, "optout_link"),
    ]


def test_confirming_twice_writes_nothing_more(client, customer):
    client.post(optout_path(customer))
    count = ConsentRecord.objects.count()

    client.post(optout_path(customer))

    assert ConsentRecord.objects.count() == count


def test_a_forged_link_is_refused(client, customer):
    response = client.post(f"/ajanvaraus/markkinointi/{customer.pk}-forged/")

    assert response.status_code == 400
    customer.refresh_from_db()
    assert customer.marketing_existing_customer


def test_the_link_of_an_erased_client_still_answers(client, customer):
    path = optout_path(customer)
    customer.delete()

    assert client.post(path).status_code == 200


def test_an_objection_stops_the_offers_too(customer):
    from wagtail_seloste.register.registry import registry

    registry.withdraw_consents(
        customer.site, customer.email, None, text="Vastustus", marketing_only=True
    )

    customer.refresh_from_db()
    assert not customer.marketing_existing_customer
    latest = ConsentRecord.objects.filter(
        client=customer, kind="marketing_existing_customer"
    ).latest("created_at", "pk")
    assert latest.given is False


# The owner's side ------------------------------------------------------------------------


def test_the_clients_page_shows_the_link(admin_client, customer):
    response = admin_client.get(f"/admin/seloste/clients/inspect/{customer.pk}/")

    assert optout_token(customer) in response.content.decode()


def test_the_marketing_list_names_the_basis_and_link_of_each(admin_client, site):
    customer = Client.objects.create(
        site=site, email="asiakas@example.com", marketing_existing_customer=True
    )
    subscriber = Client.objects.create(
        site=site, email="uutiskirje@example.com", marketing_email=True
    )
    Client.objects.create(site=site, email="ei@example.com")
    Client.objects.create(
        site=site, email="rajattu@example.com", marketing_email=True, restricted=True
    )

    response = admin_client.get("/admin/seloste/clients/marketing-list/")

    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert [row[0] for row in rows[1:]] == [customer.email, subscriber.email]
    assert rows[1][3] != rows[2][3]  # the basis: existing customer, consent
    assert ModelLogEntry.objects.filter(
        action="wagtail_seloste.booking.marketing_listed", object_id=str(customer.pk)
    ).exists()


def test_the_marketing_list_carries_each_clients_opt_out_link(admin_client, customer):
    response = admin_client.get("/admin/seloste/clients/marketing-list/")

    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[1][4].endswith(f"/markkinointi/{optout_token(customer)}/")


def test_the_notice_must_declare_the_marketing(offering_page, notice, site):
    from wagtail_seloste.notice.site_checks import site_findings

    def codes():
        return [f.code for f in site_findings(site, render_pages=False)]

    assert "existing-customer-offers-undeclared" not in codes()  # "Uutiskirje."
    notice.sections = [
        (block.block_type, block.value)
        for block in notice.sections
        if block.block_type != "purposes"
    ]
    notice.save_revision().publish()

    assert "existing-customer-offers-undeclared" in codes()
