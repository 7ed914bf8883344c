"""Erasure through the registry: legal holds win, records keep only a keyed hash, replays."""

from datetime import datetime, timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from wagtail_seloste.booking.models import Booking, Client, ConsentRecord
from wagtail_seloste.models import ErasureRecord
from wagtail_seloste.register import erasure
from wagtail_seloste.register.registry import registry
from wagtail_seloste.rights import actions as rights
from wagtail_seloste.rights.models import RightsRequest


def years_ago(years):
    return timezone.now() - timedelta(days=365 * years)


@pytest.fixture
def maija(make_client):
    return make_client(
        "maija@example.com",
        first_name="Maija",
        phone="+358401234567",
        marketing_email=True,
        bookings=[(years_ago(1), False), (years_ago(2), True)],
        consents=[("marketing_email", True)],
    )


@pytest.fixture
def bystander(make_client):
    return make_client(
        "matti@example.com",
        phone="+358401234567",
        bookings=[(years_ago(1), False)],
        consents=[("marketing_email", True)],
    )


def test_erasure_without_holds_deletes_everything(rights_site, make_client, bystander):
    make_client("maija@example.com", bookings=[(years_ago(1), False)], consents=[("other", True)])
    results = registry.erase(rights_site, "maija@example.com")
    assert not Client.objects.filter(email="maija@example.com").exists()
    assert Booking.objects.count() == 1 and ConsentRecord.objects.count() == 1
    assert sum(r.kept_count for r in results) == 0


def test_erasure_keeps_invoiced_bookings_and_says_why(rights_site, maija, bystander):
    results = {r.source: r for r in registry.erase(rights_site, "maija@example.com")}
    held = Booking.objects.get(client__email="maija@example.com")
    assert held.invoiced and held.message == ""
    maija.refresh_from_db()
    assert maija.phone == "" and maija.restricted and not maija.marketing_email
    kept = results["bookings"].kept[0]
    assert kept.count == 1
    assert "Kirjanpitolaki" in kept.reason
    assert kept.until.year == timezone.localtime(held.start).year + 6
    assert results["bookings"].deleted == 1
    assert results["consents"].deleted == 1


def test_erasure_does_not_touch_another_person(rights_site, maija, bystander):
    registry.erase(rights_site, "maija@example.com")
    bystander.refresh_from_db()
    assert bystander.phone == "+358401234567"
    assert bystander.bookings.count() == 1 and bystander.consents.count() == 1


def test_invoiced_booking_past_the_bookkeeping_period_is_erased(rights_site, make_client):
    old = timezone.make_aware(datetime(timezone.localdate().year - 7, 6, 1, 12))
    make_client("vanha@example.com", bookings=[(old, True)])
    registry.erase(rights_site, "vanha@example.com")
    assert not Client.objects.exists() and not Booking.objects.exists()


def test_dry_run_changes_nothing_and_reports_the_same(rights_site, maija):
    preview = [r.as_dict() for r in registry.erase(rights_site, "maija@example.com", dry_run=True)]
    assert Booking.objects.count() == 2 and ConsentRecord.objects.count() == 1
    maija.refresh_from_db()
    assert maija.phone
    actual = [r.as_dict() for r in registry.erase(rights_site, "maija@example.com")]
    assert preview == actual


def test_erasure_record_holds_only_a_keyed_hash(rights_site, maija, admin_user):
    rights_request = RightsRequest.objects.create(
        site=rights_site, types=["erasure"], name="Maija", email="maija@example.com"
    )
    rights_request.verify()
    rights_request.save()
    rights.erase(rights_request, admin_user)
    record = ErasureRecord.objects.get()
    values = " ".join(str(v) for v in ErasureRecord.objects.values().get().values())
    assert "maija" not in values.lower()
    assert record.email_hash == erasure.email_hash("MAIJA@example.com")
    assert len(record.email_hash) == 64


def test_erasure_hash_key_can_be_set(settings):
    first = erasure.email_hash("maija@example.com")
    settings.WAGTAIL_SELOSTE_ERASURE_HASH_KEY = "toinen-avain"
    assert erasure.email_hash("maija@example.com") != first


def test_requests_are_kept_as_the_record_of_handling(rights_site, maija):
    RightsRequest.objects.create(
        site=rights_site, types=["erasure"], name="M", email="maija@example.com", status="open"
    )
    RightsRequest.objects.create(
        site=rights_site, types=["access"], name="M", email="maija@example.com"
    )
    results = {r.source: r for r in registry.erase(rights_site, "maija@example.com")}
    assert results["requests"].deleted == 1
    assert results["requests"].kept[0].count == 1
    assert RightsRequest.objects.get().status == "open"


def test_replay_after_restore_erases_again(rights_site, make_client, bystander, capsys):
    make_client("maija@example.com", bookings=[(years_ago(1), False)])
    call_command("seloste_person_erase", "maija@example.com")
    assert ErasureRecord.objects.count() == 1
    # A backup restored from before the erasure brings the person back.
    restored = make_client(
        "maija@example.com", first_name="Maija", bookings=[(years_ago(1), False)]
    )
    Client.objects.filter(pk=restored.pk).update(created_at=years_ago(2))
    call_command("seloste_replay_erasures")
    assert not Client.objects.filter(email="maija@example.com").exists()
    assert Client.objects.filter(email="matti@example.com").exists()
    assert "1" in capsys.readouterr().out
    assert ErasureRecord.objects.get().last_replayed_at is not None


def test_replay_with_nothing_to_erase_changes_nothing(rights_site, maija, bystander):
    registry.erase(rights_site, "maija@example.com")
    erasure.record_erasure(rights_site, "maija@example.com")
    before = list(Client.objects.values())
    call_command("seloste_replay_erasures")
    assert list(Client.objects.values()) == before
    assert ErasureRecord.objects.get().last_replayed_at is None


def test_replay_leaves_a_person_who_came_back_after_the_erasure(rights_site, make_client):
    make_client("maija@example.com", bookings=[(years_ago(1), False)])
    call_command("seloste_person_erase", "maija@example.com")
    ErasureRecord.objects.update(created_at=timezone.now() - timedelta(days=30))
    make_client("maija@example.com", first_name="Maija", bookings=[(years_ago(0), False)])
    call_command("seloste_replay_erasures")
    assert Client.objects.filter(email="maija@example.com").exists()
