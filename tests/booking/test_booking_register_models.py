"""The register models: privacy-safe labels, normalised emails, append-only consents."""

import pytest
from django.db import IntegrityError
from django.utils import translation
from wagtail.models import Site

from wagtail_seloste.booking.models import AppendOnlyError, Client, ConsentRecord


@pytest.fixture
def site(home):
    return Site.objects.get(is_default_site=True)


def test_client_label_has_no_personal_data(site):
    client = Client.objects.create(site=site, email="maija@example.com", first_name="Maija")
    with translation.override("en"):
        assert str(client) == f"Client #{client.pk}"
    assert "Maija" not in str(client)


def test_client_email_is_normalised(site):
    client = Client.objects.create(site=site, email="  Maija@Example.COM ")
    assert client.email == "maija@example.com"


def test_client_email_is_unique_per_site(site):
    Client.objects.create(site=site, email="maija@example.com")
    with pytest.raises(IntegrityError):
        Client.objects.create(site=site, email="MAIJA@example.com")


def test_consent_record_cannot_be_changed(site):
    client = Client.objects.create(site=site, email="maija@example.com")
    record = ConsentRecord.objects.create(
        site=site,
        client=client,
        kind="marketing_email",
        given=True,
        text="Saa lähettää.",
        source="booking",
    )
    with translation.override("en"):
        assert str(record) == f"Consent #{record.pk}"
    record.given = False
    with pytest.raises(AppendOnlyError):
        record.save()
