"""Many sites on one install: an owner sees only the requests of the sites they edit."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from wagtail.models import GroupPagePermission, Page, Site

from example_site.home.models import HomePage
from wagtail_seloste.rights.models import RightsRequest


@pytest.fixture
def two_sites(home):
    site_a = Site.objects.get(is_default_site=True)
    home_b = Page.get_first_root_node().add_child(instance=HomePage(title="B", slug="b"))
    site_b = Site.objects.create(hostname="b.example", root_page=home_b)
    return site_a, site_b


def make_request(site, email):
    rights_request = RightsRequest.objects.create(
        site=site, types=["access"], name="N", email=email, received_at=timezone.now()
    )
    rights_request.verify(timezone.now())
    rights_request.save()
    return rights_request


@pytest.fixture
def owner_of_b(client, two_sites, django_user_model):
    """An owner whose group edits site B's pages and may handle requests."""
    _site_a, site_b = two_sites
    group = Group.objects.create(name="Salon B")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_rightsrequest"),
        Permission.objects.get(codename="change_rightsrequest"),
    )
    GroupPagePermission.objects.create(
        group=group,
        page=site_b.root_page,
        permission=Permission.objects.get(codename="change_page"),
    )
    user = django_user_model.objects.create_user("owner-b", password="pw")
    user.groups.add(group)
    client.force_login(user)
    return client


def test_owner_lists_only_their_sites_requests(owner_of_b, two_sites):
    site_a, site_b = two_sites
    make_request(site_a, "a@example.com")
    theirs = make_request(site_b, "b@example.com")

    response = owner_of_b.get("/admin/tietopyynnot/?show=all")

    assert [r.pk for r in response.context["requests"]] == [theirs.pk]


def test_owner_cannot_open_another_sites_request(owner_of_b, two_sites):
    other = make_request(two_sites[0], "a@example.com")
    assert owner_of_b.get(f"/admin/tietopyynnot/{other.pk}/").status_code == 404


def test_owner_cannot_export_another_sites_data(owner_of_b, two_sites):
    other = make_request(two_sites[0], "a@example.com")
    assert owner_of_b.get(f"/admin/tietopyynnot/{other.pk}/export/").status_code == 404


def test_owner_exports_their_own_sites_data(owner_of_b, two_sites):
    theirs = make_request(two_sites[1], "b@example.com")
    response = owner_of_b.get(f"/admin/tietopyynnot/{theirs.pk}/export/")
    assert response["Content-Type"] == "application/zip"


def test_owner_opens_their_own_sites_request(owner_of_b, two_sites):
    theirs = make_request(two_sites[1], "b@example.com")
    assert owner_of_b.get(f"/admin/tietopyynnot/{theirs.pk}/").status_code == 200


def test_superuser_sees_every_site_and_can_filter(admin_client, two_sites):
    site_a, site_b = two_sites
    make_request(site_a, "a@example.com")
    theirs = make_request(site_b, "b@example.com")

    everything = admin_client.get("/admin/tietopyynnot/?show=all")
    filtered = admin_client.get(f"/admin/tietopyynnot/?show=all&site={site_b.pk}")

    assert len(everything.context["requests"]) == 2
    assert [r.pk for r in filtered.context["requests"]] == [theirs.pk]
