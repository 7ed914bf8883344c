"""The retention purge follows the rules of the site's published notice."""

from datetime import timedelta

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.utils import timezone

from wagtail_seloste.booking.models import Booking, Client, ConsentRecord
from wagtail_seloste.models import NoticePage, PurgeRun
from wagtail_seloste.notice.json_format import create_notice, notice_to_dict, page_fields_from_dict
from wagtail_seloste.register.retention import purge_site
from wagtail_seloste.rights.models import RightsRequest


def rule(applies_to, period, unit="years", counted_from="last_booking", data="Tiedot"):
    return {
        "data": data,
        "applies_to": applies_to,
        "period": period,
        "unit": unit,
        "until": "",
        "counted_from": counted_from,
    }


def with_rules(data, rules):
    for section in data["sections"]:
        if section["kind"] == "retention":
            section["rules"] = rules
    return data


@pytest.fixture
def publish_rules(home, notice_data):
    """Publish the site's notice with these retention rules (a new revision if it exists)."""

    def publish(rules):
        notice = NoticePage.objects.first()
        if notice is None:
            return create_notice(with_rules(notice_data, rules), parent=home, publish=True)
        data = with_rules(notice_to_dict(notice), rules)
        notice.sections = page_fields_from_dict(data)["sections"]
        notice.save_revision().publish()
        return notice

    return publish


def days_ago(days):
    return timezone.now() - timedelta(days=days)


@pytest.fixture
def old_and_recent(make_client):
    old = make_client(
        "vanha@example.com",
        bookings=[(days_ago(4 * 365), False)],
        consents=[("marketing_email", True)],
    )
    recent = make_client(
        "uusi@example.com",
        bookings=[(days_ago(30), False)],
        consents=[("marketing_email", True)],
    )
    return old, recent


def test_clients_past_the_notices_period_are_deleted_with_their_data(
    rights_site, publish_rules, old_and_recent
):
    publish_rules([rule("clients", 3)])
    run = purge_site(rights_site)
    assert list(Client.objects.values_list("email", flat=True)) == ["uusi@example.com"]
    assert Booking.objects.count() == 1 and ConsentRecord.objects.count() == 1
    entry = next(e for e in run.counts if e["applies_to"] == "clients")
    assert entry["deleted"] == 1


def test_publishing_a_changed_rule_changes_the_next_purge(
    rights_site, publish_rules, old_and_recent, make_client
):
    publish_rules([rule("clients", 5)])
    purge_site(rights_site)
    assert Client.objects.count() == 2
    publish_rules([rule("clients", 3)])
    purge_site(rights_site)
    assert Client.objects.count() == 1


def test_an_unpublished_draft_does_not_change_the_purge(rights_site, publish_rules, old_and_recent):
    notice = publish_rules([rule("clients", 5)])
    data = with_rules(notice_to_dict(notice), [rule("clients", 1)])
    notice.sections = page_fields_from_dict(data)["sections"]
    notice.save_revision()
    purge_site(rights_site)
    assert Client.objects.count() == 2


def test_dry_run_counts_but_deletes_nothing(rights_site, publish_rules, old_and_recent):
    publish_rules([rule("clients", 3)])
    run = purge_site(rights_site, dry_run=True)
    assert Client.objects.count() == 2
    assert run.dry_run and run.total_deleted == 1


def test_purge_works_in_batches(rights_site, publish_rules, make_client):
    for index in range(7):
        make_client(f"c{index}@example.com", bookings=[(days_ago(4 * 365), False)])
    publish_rules([rule("clients", 3)])
    run = purge_site(rights_site, batch_size=3)
    assert Client.objects.count() == 0
    assert run.total_deleted == 7


def test_invoiced_bookings_keep_their_client_through_the_purge(
    rights_site, publish_rules, make_client
):
    client = make_client(
        "laskutettu@example.com",
        phone="+358401234567",
        bookings=[(days_ago(4 * 365), True)],
        consents=[("marketing_email", True)],
    )
    publish_rules([rule("clients", 3)])
    run = purge_site(rights_site)
    client.refresh_from_db()
    assert client.bookings.count() == 1
    assert client.phone == "" and client.restricted
    assert ConsentRecord.objects.count() == 0
    assert run.total_kept == 1


def test_booking_rule_skips_invoiced_bookings(rights_site, publish_rules, make_client):
    make_client("a@example.com", bookings=[(days_ago(400), True), (days_ago(400), False)])
    publish_rules([rule("bookings", 1)])
    purge_site(rights_site)
    assert list(Booking.objects.values_list("invoiced", flat=True)) == [True]
    assert Client.objects.count() == 1


def test_consent_rule_counted_from_collection(rights_site, publish_rules, make_client):
    client = make_client("a@example.com", consents=[("marketing_email", True)])
    ConsentRecord.objects.filter(client=client).update(created_at=days_ago(800))
    make_client("b@example.com", consents=[("marketing_email", True)])
    publish_rules([rule("consents", 2, counted_from="collected")])
    purge_site(rights_site)
    assert list(ConsentRecord.objects.values_list("client__email", flat=True)) == ["b@example.com"]


def test_unverified_requests_are_deleted_when_their_link_expires(rights_site, publish_rules):
    publish_rules([])
    expired = RightsRequest.objects.create(
        site=rights_site, types=["access"], name="A", email="a@example.com"
    )
    RightsRequest.objects.filter(pk=expired.pk).update(verification_expires_at=days_ago(1))
    fresh = RightsRequest.objects.create(
        site=rights_site, types=["access"], name="B", email="b@example.com"
    )
    purge_site(rights_site)
    assert list(RightsRequest.objects.values_list("pk", flat=True)) == [fresh.pk]


def test_closed_requests_follow_the_request_rule(rights_site, publish_rules):
    publish_rules([rule("requests", 2, counted_from="request_completed")])
    old = RightsRequest.objects.create(
        site=rights_site, types=["access"], name="A", email="a@example.com", status="completed"
    )
    RightsRequest.objects.filter(pk=old.pk).update(closed_at=days_ago(800))
    open_one = RightsRequest.objects.create(
        site=rights_site, types=["access"], name="B", email="b@example.com", status="open"
    )
    purge_site(rights_site)
    assert list(RightsRequest.objects.values_list("pk", flat=True)) == [open_one.pk]


def test_other_and_until_rules_are_never_applied(rights_site, publish_rules, old_and_recent):
    until = {**rule("clients", None), "until": "kunnes asiakas pyytää poistoa"}
    publish_rules([rule("other", 1), until])
    run = purge_site(rights_site)
    assert Client.objects.count() == 2
    assert [e.get("skipped") for e in run.counts[1:]] == [True, True]


def test_session_rule_deletes_sessions_not_saved_within_the_period(
    rights_site, publish_rules, settings
):
    old = SessionStore()
    old["vaihe"] = 1
    old.create()
    new = SessionStore()
    new["vaihe"] = 2
    new.create()
    Session.objects.filter(pk=old.session_key).update(
        expire_date=days_ago(20) + timedelta(seconds=settings.SESSION_COOKIE_AGE)
    )
    publish_rules([rule("sessions", 14, unit="days", counted_from="collected")])
    purge_site(rights_site)
    assert list(Session.objects.values_list("pk", flat=True)) == [new.session_key]


def test_purge_without_a_notice_only_removes_expired_unverified_requests(
    rights_site, old_and_recent
):
    run = purge_site(rights_site)
    assert Client.objects.count() == 2
    assert PurgeRun.objects.get() == run and run.finished_at is not None


def test_purge_task_runs_every_site(rights_site, publish_rules, old_and_recent):
    from wagtail_seloste.register.retention import purge_task

    publish_rules([rule("clients", 3)])
    result = purge_task.enqueue()
    assert len(result.return_value) == 1
    assert Client.objects.count() == 1


def test_last_run_is_shown_on_the_dashboard(
    admin_client, rights_site, publish_rules, old_and_recent
):
    publish_rules([rule("clients", 3, data="Asiakastiedot")])
    purge_site(rights_site)
    response = admin_client.get("/admin/")
    assert b"Asiakastiedot" in response.content


@pytest.mark.parametrize("counted_from", ["fiscal_year_end", "fiscal_year_end_year"])
def test_fiscal_year_rule_counts_from_the_end_of_the_year(
    rights_site, publish_rules, make_client, counted_from
):
    from datetime import datetime

    year = timezone.localdate().year
    # A booking in January two years ago: two years from the end of that year have not passed.
    within = timezone.make_aware(datetime(year - 2, 1, 10, 12))
    past = timezone.make_aware(datetime(year - 3, 12, 20, 12))
    make_client("a@example.com", bookings=[(within, False)])
    make_client("b@example.com", bookings=[(past, False)])
    publish_rules([rule("bookings", 2, counted_from=counted_from)])
    purge_site(rights_site)
    assert list(Booking.objects.values_list("client__email", flat=True)) == ["a@example.com"]


@pytest.mark.parametrize(
    "model_name",
    ["Client", "Booking", "ConsentRecord", "RightsRequest", "ErasureRecord", "PurgeRun"],
)
def test_register_records_stay_out_of_wagtails_reference_index(model_name):
    # Indexed models get a post_delete receiver, which turns the purge's bulk deletes into
    # per-row deletes (10x slower), and would list people's records as "usage" of pages.
    from django.apps import apps
    from wagtail.models import ReferenceIndex

    model = next(m for m in apps.get_models() if m.__name__ == model_name)
    assert not ReferenceIndex.model_is_indexable(model)
