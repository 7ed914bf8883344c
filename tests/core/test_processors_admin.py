"""Settings → Processors in the admin: the form's checks, proposals, and each owner's sites."""

import datetime

import pytest
from django.test import override_settings
from wagtail.models import ModelLogEntry, Site

from wagtail_seloste.register.models import Processor

URL = "/admin/seloste/processors/"


@pytest.fixture
def site(notice):
    return Site.objects.get(is_default_site=True)


def form_data(site, **fields):
    data = {
        "site": site.pk,
        "name": "Palvelu Oy",
        "service": "Sähköposti",
        "country": "FI",
        "dpa_date": "2025-03-01",
        "dpa_url": "",
        "safeguard": "",
        "review_date": "",
        "status": "active",
        "notes": "",
        "origin": "",
    }
    data.update(fields)
    return data


def test_the_register_lists_the_sites_rows(admin_client, site):
    response = admin_client.get(URL)

    assert response.status_code == 200
    assert "Postituspalvelu Oy" in response.content.decode()


def test_adding_a_row_saves_it_and_logs_it(admin_client, site):
    response = admin_client.post(URL + "new/", form_data(site, data_groups=["clients", "bookings"]))

    assert response.status_code == 302
    row = Processor.objects.get(name="Palvelu Oy")
    assert row.data_groups == ["clients", "bookings"]
    assert ModelLogEntry.objects.filter(object_id=str(row.pk), action="wagtail.create").exists()


def test_adequacy_for_a_country_without_one_is_refused_with_the_way_out(admin_client, site):
    response = admin_client.post(URL + "new/", form_data(site, country="IN", safeguard="adequacy"))

    assert response.status_code == 200
    assert not Processor.objects.filter(name="Palvelu Oy").exists()
    assert "vakiosopimuslausekkeet" in response.content.decode()


def test_the_data_privacy_framework_outside_the_united_states_is_refused(admin_client, site):
    response = admin_client.post(URL + "new/", form_data(site, country="GB", safeguard="dpf"))

    assert response.status_code == 200
    assert not Processor.objects.filter(name="Palvelu Oy").exists()


def test_a_safeguard_inside_the_eea_is_dropped(admin_client, site):
    admin_client.post(URL + "new/", form_data(site, country="SE", safeguard="scc"))

    assert Processor.objects.get(name="Palvelu Oy").safeguard == ""


@override_settings(
    EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend", EMAIL_HOST="smtp.sendgrid.net"
)
def test_a_proposal_is_shown_and_prefills_the_form(admin_client, site):
    html = admin_client.get(URL).content.decode()
    assert "Twilio SendGrid" in html

    form = admin_client.get(URL + "new/", {"site": site.pk, "proposal": "email:smtp.sendgrid.net"})

    initial = form.context["form"].initial
    assert initial["name"] == "Twilio SendGrid" and initial["country"] == "US"
    assert initial["origin"] == "email:smtp.sendgrid.net"


@override_settings(
    EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend", EMAIL_HOST="smtp.sendgrid.net"
)
def test_a_proposal_marked_not_used_is_remembered_and_logged(admin_client, site):
    response = admin_client.post(
        URL + "dismiss/", {"site": site.pk, "proposal": "email:smtp.sendgrid.net"}
    )

    assert response.status_code == 302
    row = Processor.objects.get(origin="email:smtp.sendgrid.net")
    assert row.status == Processor.DISMISSED
    assert ModelLogEntry.objects.filter(
        object_id=str(row.pk), action="wagtail_seloste.processor.dismiss"
    ).exists()
    assert admin_client.get(URL).context["proposals"] == []


def test_an_owner_sees_and_opens_only_their_own_sites_rows(site_owner, site, other_site):
    mine = Processor.objects.create(site=other_site, name="B:n Palvelin Oy", country="FI")
    theirs = Processor.objects.get(site=site)
    client = site_owner(other_site, ["processor"])

    listed = {row.pk for row in client.get(URL).context["object_list"]}

    assert listed == {mine.pk}
    assert client.get(f"{URL}edit/{theirs.pk}/").status_code == 404
    assert client.get(f"{URL}delete/{theirs.pk}/").status_code == 404
    assert client.get(f"{URL}history/{theirs.pk}/").status_code == 404
    assert client.get(f"{URL}usage/{theirs.pk}/").status_code == 404
    assert client.get(f"{URL}edit/{mine.pk}/").status_code == 200


def test_an_owner_cannot_add_a_row_to_another_site(site_owner, site, other_site):
    client = site_owner(other_site, ["processor"])

    client.post(URL + "new/", form_data(site, name="Vieras Oy"))

    assert not Processor.objects.filter(name="Vieras Oy").exists()


def test_each_sites_notice_lists_only_its_own_rows(site, other_site):
    from wagtail_seloste.notice.providers import provider_for

    Processor.objects.create(
        site=other_site, name="B:n Palvelin Oy", country="FI", dpa_date=datetime.date(2025, 1, 1)
    )

    names = [row["name"] for row in provider_for("processors").items(site)]

    assert names == ["Postituspalvelu Oy"]


def test_without_the_permission_the_register_is_closed(site_owner, site, other_site):
    client = site_owner(other_site, ["recordactivity"])

    assert client.get(URL).status_code in (302, 403)


def test_proposals_are_shown_for_one_chosen_site_at_a_time(admin_client, site, other_site):
    default = admin_client.get(URL).context["proposals_site"]
    chosen = admin_client.get(URL, {"site": other_site.pk}).context["proposals_site"]

    assert (default, chosen) == (site, other_site)


def test_an_owner_cannot_choose_another_sites_proposals(site_owner, site, other_site):
    client = site_owner(other_site, ["processor"])

    assert client.get(URL, {"site": site.pk}).context["proposals_site"] == other_site


def test_with_several_sites_the_list_names_each_rows_site(admin_client, site, other_site):
    Processor.objects.create(site=other_site, name="B:n Palvelin Oy", country="FI")

    html = admin_client.get(URL).content.decode()

    assert "b.example" in html
