"""Many sites on one install: an owner sees only the register of the sites they edit."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from wagtail.models import GroupPagePermission, Page, Site

from example_site.home.models import HomePage
from wagtail_seloste.booking.models import Booking, ConsentRecord

REGISTER = ("client", "booking", "consentrecord")


@pytest.fixture
def site_b(home):
    home_b = Page.get_first_root_node().add_child(instance=HomePage(title="B", slug="b"))
    return Site.objects.create(hostname="b.example", root_page=home_b)


@pytest.fixture
def records(make_client, site_b):
    """A client with a booking and a consent on each site: (site A's, site B's)."""
    when = [(timezone.now() - timedelta(days=3), False)]
    consent = [("marketing_email", True)]
    a = make_client("a@example.com", bookings=when, consents=consent)
    b = make_client("b@example.com", bookings=when, consents=consent, site=site_b)
    return a, b


@pytest.fixture
def owner_of_b(client, site_b, django_user_model):
    group = Group.objects.create(name="Salon B")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for model in REGISTER:
        for action in ("view", "change", "delete"):
            group.permissions.add(Permission.objects.get(codename=f"{action}_{model}"))
    GroupPagePermission.objects.create(
        group=group,
        page=site_b.root_page,
        permission=Permission.objects.get(codename="change_page"),
    )
    user = django_user_model.objects.create_user("owner-b", password="pw")
    user.groups.add(group)
    client.force_login(user)
    return client


def urls(client_record):
    booking = Booking.objects.get(client=client_record)
    consent = ConsentRecord.objects.get(client=client_record)
    return [
        f"/admin/seloste/clients/inspect/{client_record.pk}/",
        f"/admin/seloste/clients/edit/{client_record.pk}/",
        f"/admin/seloste/clients/delete/{client_record.pk}/",
        f"/admin/seloste/bookings/inspect/{booking.pk}/",
        f"/admin/seloste/bookings/edit/{booking.pk}/",
        f"/admin/seloste/consents/inspect/{consent.pk}/",
    ]


def test_owner_cannot_open_another_sites_records(owner_of_b, records):
    theirs_not = records[0]
    assert {owner_of_b.get(url).status_code for url in urls(theirs_not)} == {404}


def test_owner_opens_their_own_sites_records(owner_of_b, records):
    theirs = records[1]
    assert {owner_of_b.get(url).status_code for url in urls(theirs)} == {200}


@pytest.mark.parametrize(
    "index", ["/admin/seloste/clients/", "/admin/seloste/bookings/", "/admin/seloste/consents/"]
)
def test_owner_lists_only_their_own_sites_records(owner_of_b, records, index):
    objects = owner_of_b.get(index).context["object_list"]
    listed = {getattr(obj, "site_id", None) or obj.client.site_id for obj in objects}
    assert listed == {records[1].site_id}


def test_owner_cannot_delete_another_sites_client_in_bulk(owner_of_b, records):
    from wagtail_seloste.booking.models import Client

    other = records[0]
    owner_of_b.post(
        f"/admin/bulk/wagtail_seloste_booking/client/delete/?next=/admin/&id={other.pk}"
    )
    assert Client.objects.filter(pk=other.pk).exists()


def test_superuser_lists_every_site(admin_client, records):
    listed = {
        obj.site_id for obj in admin_client.get("/admin/seloste/clients/").context["object_list"]
    }
    assert listed == {records[0].site_id, records[1].site_id}
