"""Requests are never dropped (issue 19 item 10, issue 22 item 4): over the per-email limit the
request is kept and marked for the owner, and its link goes out once the limit allows; the
limit counts verified requests, so requests in someone's name cannot block that person."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.test import override_settings
from django.utils import dateformat, timezone

from wagtail_seloste import outbox
from wagtail_seloste.outbox.models import OutboxEmail
from wagtail_seloste.rights import actions
from wagtail_seloste.rights.models import RightsRequest

VALID = {
    "types": ["access"],
    "name": "Maija Meikäläinen",
    "email": "maija@example.com",
    "phone": "",
    "message": "",
}


@pytest.fixture
def send(client, rights_page, django_capture_on_commit_callbacks):
    """``send(**extra)``: post the form from a fresh address, emails delivered on commit."""
    counter = iter(range(1, 250))

    def post(**overrides):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                "/tietopyynto/", {**VALID, **overrides}, REMOTE_ADDR=f"10.0.1.{next(counter)}"
            )
        assert response.status_code == 302
        return response["Location"], RightsRequest.objects.latest("pk")

    return post


def verify(request, when=None):
    request.verify(when or timezone.now())
    request.save()


def links_to(address):
    return [m for m in mail.outbox if m.to == [address] and "/vahvista/" in m.body]


@override_settings(WAGTAIL_SELOSTE_RIGHTS_RATE_LIMIT_PER_EMAIL=2)
def test_requests_in_someones_name_do_not_block_that_persons_own(send):
    for _ in range(3):
        send()  # never verified: someone else typed Maija's address

    thanks, own = send()

    assert not own.over_limit
    assert len(links_to("maija@example.com")) == 4


@override_settings(WAGTAIL_SELOSTE_RIGHTS_RATE_LIMIT_PER_EMAIL=2)
def test_over_the_limit_the_request_is_kept_with_the_same_answer(send):
    first_thanks, first = send()
    verify(first)
    _thanks, second = send()
    verify(second)

    thanks, third = send()

    assert thanks == first_thanks
    assert third.over_limit and third.is_unverified
    assert RightsRequest.objects.count() == 3
    assert len(links_to("maija@example.com")) == 2  # the third link waits


@override_settings(WAGTAIL_SELOSTE_RIGHTS_RATE_LIMIT_PER_EMAIL=2)
def test_the_waiting_link_goes_out_when_the_limit_allows(send):
    earlier = timezone.now() - timedelta(hours=20)
    for _ in range(2):
        _thanks, request = send()
        verify(request, earlier)
    _thanks, waiting = send()

    # The oldest of the two verified requests leaves the day's window in about 4 hours.
    assert waiting.link_send_at == pytest.approx(
        earlier + timedelta(hours=24), abs=timedelta(seconds=5)
    )
    email = OutboxEmail.objects.get(label=f"request #{waiting.pk}: verification")
    assert email.status == OutboxEmail.PENDING and email.next_attempt_at > timezone.now()

    OutboxEmail.objects.filter(pk=email.pk).update(next_attempt_at=timezone.now())
    outbox.sweep()

    assert len(links_to("maija@example.com")) == 3
    waiting.refresh_from_db()
    assert waiting.verification_sent_at is not None
    assert waiting.verification_expires_at >= timezone.now() + timedelta(days=6)


@override_settings(WAGTAIL_SELOSTE_RIGHTS_RATE_LIMIT_PER_EMAIL=1)
def test_a_waiting_link_verifies_for_its_full_days(client, send):
    _thanks, first = send()
    verify(first)
    _thanks, waiting = send()
    OutboxEmail.objects.filter(label=f"request #{waiting.pk}: verification").update(
        next_attempt_at=timezone.now()
    )
    outbox.sweep()
    link = re.search(
        r"http://testserver(/tietopyynto/vahvista/\S+/)", links_to(VALID["email"])[-1].body
    )

    response = client.post(link.group(1))

    waiting.refresh_from_db()
    assert response.status_code == 200 and waiting.verified_at is not None


@override_settings(WAGTAIL_SELOSTE_RIGHTS_RATE_LIMIT_PER_EMAIL=1)
def test_a_waiting_request_is_not_deleted_as_expired(send):
    from wagtail_seloste.register.registry import registry

    _thanks, first = send()
    verify(first)
    _thanks, waiting = send()

    registry.purge_always(waiting.site, timezone.now() + timedelta(days=1))

    assert RightsRequest.objects.filter(pk=waiting.pk).exists()


@override_settings(WAGTAIL_SELOSTE_RIGHTS_UNCONFIRMED_LINKS_PER_EMAIL=3)
def test_the_form_cannot_flood_an_inbox(send):
    for _ in range(5):
        send()

    assert len(links_to("maija@example.com")) == 3
    assert RightsRequest.objects.filter(over_limit=True).count() == 2
    assert RightsRequest.objects.count() == 5


@override_settings(WAGTAIL_SELOSTE_RIGHTS_RATE_LIMIT_PER_EMAIL=1)
def test_the_owner_sees_the_request_marked(admin_client, send):
    _thanks, first = send()
    verify(first)
    _thanks, waiting = send()

    listing = admin_client.get("/admin/tietopyynnot/").content.decode()
    detail = admin_client.get(f"/admin/tietopyynnot/{waiting.pk}/").content.decode()

    assert f"/admin/tietopyynnot/{waiting.pk}/" in listing
    # The page says when the link goes out.
    assert dateformat.format(timezone.localtime(waiting.link_send_at), "j.n.Y H:i") in detail


def test_the_limit_counts_per_site(send, rights_site):
    from wagtail.models import Site

    other = Site.objects.create(hostname="b.example", root_page=rights_site.root_page)
    for _ in range(3):
        _thanks, request = send()
        verify(request)

    assert actions.verification_hold_until(rights_site, VALID["email"]) is not None
    assert actions.verification_hold_until(other, VALID["email"]) is None


# The email after an erasure ---------------------------------------------------------------


@pytest.fixture
def erased(rights_site, make_client, admin_user, django_capture_on_commit_callbacks):
    """Maija's erasure request done: one invoiced booking kept, one booking and a consent
    erased; the requester writes Swedish."""
    now = timezone.now()
    make_client(
        "maija@example.com",
        first_name="Maija",
        phone="+358401234567",
        bookings=[(now - timedelta(days=40), True), (now - timedelta(days=400), False)],
        consents=[("marketing_email", True)],
    )
    request = RightsRequest.objects.create(
        site=rights_site,
        types=["erasure"],
        name="Maija Meikäläinen",
        email="maija@example.com",
        language="sv",
    )
    verify(request)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        actions.erase(request, admin_user)
    return request


def test_the_person_is_told_what_was_erased_kept_why_and_until_when(erased):
    from wagtail_seloste.register.dates import bookkeeping_kept_until

    (message,) = [m for m in mail.outbox if m.to == ["maija@example.com"]]
    body = message.body
    kept_until = bookkeeping_kept_until(timezone.localdate() - timedelta(days=40))
    assert f"{kept_until.day}.{kept_until.month}.{kept_until.year}" in body
    assert "1336/1997" in body  # why: the Accounting Act
    assert "Hej Maija Meikäläinen" in body  # the requester's language


def test_the_erasure_email_holds_no_personal_data_beyond_the_name(erased):
    (message,) = [m for m in mail.outbox if m.to == ["maija@example.com"]]
    text = message.subject + message.body
    assert "+358" not in text and "Viesti" not in text
    assert text.count("maija@example.com") == 0


def test_a_preview_tells_nobody(rights_site, make_client, admin_user):
    make_client("maija@example.com")
    request = RightsRequest.objects.create(
        site=rights_site, types=["erasure"], name="Maija", email="maija@example.com"
    )
    verify(request)
    mail.outbox.clear()

    actions.erase(request, admin_user, dry_run=True)

    assert not OutboxEmail.objects.filter(label__endswith="erasure done").exists()
