"""Requests from any channel: entered by the owner, deadlines from receipt, identity recorded
apart, a site's promised response time, and email failures that log no address."""

import logging
import smtplib
from datetime import timedelta

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import timezone, translation
from wagtail.models import ModelLogEntry

from wagtail_seloste.register.dates import add_months
from wagtail_seloste.rights import actions
from wagtail_seloste.rights.models import RightsRequest, RightsSettings
from wagtail_seloste.rights.sources import RightsRequestSource

REQUESTER = "maija.meikalainen@example.com"


class RefusingBackend(BaseEmailBackend):
    """An SMTP server that refuses every recipient, naming them as real servers do."""

    def send_messages(self, email_messages):
        refused = {to: (550, b"5.1.1 mailbox unavailable") for m in email_messages for to in m.to}
        raise smtplib.SMTPRecipientsRefused(refused)


@pytest.fixture
def english(settings):
    settings.LANGUAGE_CODE = "en"


def days_ago(days):
    return timezone.localdate() - timedelta(days=days)


def entry(**overrides):
    data = {
        "channel": "phone",
        "received": days_ago(10).isoformat(),
        "types": ["access"],
        "name": "Maija Meikäläinen",
        "email": REQUESTER,
        "phone": "040 123 4567",
        "message": "Soitti ja pyysi kopion tiedoistaan.",
        "identity_method": "known_phone",
        "identity_verified": days_ago(9).isoformat(),
        "identity_note": "",
    }
    data.update(overrides)
    return data


@pytest.fixture
def enter(admin_client, rights_site):
    def post(**overrides):
        data = entry(**overrides)
        data.setdefault("site", rights_site.pk)
        return admin_client.post("/admin/tietopyynnot/new/", data)

    return post


def web_request(site, received_at=None, **fields):
    return RightsRequest.objects.create(
        site=site,
        types=["access"],
        name="Maija M",
        email=REQUESTER,
        received_at=received_at or timezone.now(),
        **fields,
    )


# Entering a request ------------------------------------------------------------------------


def test_phone_request_entered_with_a_past_received_date_is_due_a_month_from_that_date(enter):
    response = enter(channel="phone", received=days_ago(10).isoformat())
    assert response.status_code == 302
    rights_request = RightsRequest.objects.get()
    assert rights_request.channel == "phone"
    assert timezone.localdate(rights_request.received_at) == days_ago(10)
    assert rights_request.due_date == add_months(days_ago(10), 1)


def test_entered_request_records_both_dates_and_how_identity_was_verified(enter):
    enter(received=days_ago(10).isoformat(), identity_verified=days_ago(9).isoformat())
    rights_request = RightsRequest.objects.get()
    assert rights_request.status == RightsRequest.OPEN
    assert timezone.localdate(rights_request.verified_at) == days_ago(9)
    assert rights_request.identity_method == "known_phone"
    assert rights_request.due_date == add_months(days_ago(10), 1)


def test_entering_a_request_is_written_to_its_history_with_the_user(enter):
    enter()
    rights_request = RightsRequest.objects.get()
    entries = ModelLogEntry.objects.filter(object_id=str(rights_request.pk))
    assert set(entries.values_list("action", flat=True)) == {
        actions.LOG_ENTERED,
        actions.LOG_IDENTITY,
    }
    assert set(entries.values_list("user__username", flat=True)) == {"admin"}


def test_entered_request_sends_no_email(enter):
    enter()
    assert mail.outbox == []


def test_received_date_in_the_future_is_refused(enter):
    tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()
    response = enter(received=tomorrow, identity_method="", identity_verified="")
    assert response.status_code == 200
    assert "received" in response.context["form"].errors
    assert not RightsRequest.objects.exists()


def test_entered_request_needs_an_email_for_the_register(enter):
    response = enter(email="")
    assert "email" in response.context["form"].errors
    assert not RightsRequest.objects.exists()


def test_web_is_not_a_channel_the_owner_can_enter(enter):
    response = enter(channel="web")
    assert "channel" in response.context["form"].errors


def test_identity_cannot_be_verified_before_the_request_was_received(enter):
    response = enter(received=days_ago(3).isoformat(), identity_verified=days_ago(5).isoformat())
    assert "identity_verified" in response.context["form"].errors


def test_identity_verified_another_way_needs_a_note(enter):
    response = enter(identity_method="other", identity_note="")
    assert "identity_note" in response.context["form"].errors


def test_name_is_kept_on_one_line(enter):
    enter(name="Maija\r\nMeikäläinen")
    assert RightsRequest.objects.get().name == "Maija Meikäläinen"


def test_editor_with_view_permission_only_cannot_enter_requests(client, django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("katsoja", password="pw")
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_rightsrequest"),
    )
    client.force_login(user)
    assert client.get("/admin/tietopyynnot/new/").status_code in (302, 403)


# Identity not verified yet -----------------------------------------------------------------


def test_entered_request_without_identity_check_waits_unverified_with_its_deadline(enter):
    enter(identity_method="", identity_verified="", received=days_ago(4).isoformat())
    rights_request = RightsRequest.objects.get()
    assert rights_request.status == RightsRequest.UNVERIFIED
    assert rights_request.verified_at is None
    assert rights_request.due_date == add_months(days_ago(4), 1)


def test_owner_records_identity_later_and_the_due_date_stays(admin_client, enter):
    enter(identity_method="", identity_verified="", received=days_ago(4).isoformat())
    rights_request = RightsRequest.objects.get()
    due = rights_request.due_date
    response = admin_client.post(
        f"/admin/tietopyynnot/{rights_request.pk}/identity/",
        {"identity_method": "in_person", "identity_verified": "", "identity_note": ""},
    )
    assert response.status_code == 302
    rights_request.refresh_from_db()
    assert rights_request.status == RightsRequest.OPEN
    assert rights_request.identity_method == "in_person"
    assert rights_request.verified_at is not None
    assert rights_request.due_date == due


def test_recording_identity_needs_a_method(admin_client, enter):
    enter(identity_method="", identity_verified="")
    rights_request = RightsRequest.objects.get()
    admin_client.post(f"/admin/tietopyynnot/{rights_request.pk}/identity/", {})
    rights_request.refresh_from_db()
    assert rights_request.status == RightsRequest.UNVERIFIED


def test_owner_may_reject_an_entered_request_whose_identity_cannot_be_verified(
    admin_client, enter, django_capture_on_commit_callbacks
):
    enter(identity_method="", identity_verified="")
    rights_request = RightsRequest.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(
            f"/admin/tietopyynnot/{rights_request.pk}/reject/",
            {"reason": "Henkilöllisyyttä ei voitu varmistaa."},
        )
    rights_request.refresh_from_db()
    assert rights_request.status == RightsRequest.REJECTED


def test_unconfirmed_web_request_cannot_be_rejected_by_the_owner(admin_client, rights_site):
    rights_request = web_request(rights_site)
    response = admin_client.post(
        f"/admin/tietopyynnot/{rights_request.pk}/reject/", {"reason": "Ei."}
    )
    assert response.status_code in (302, 403)
    rights_request.refresh_from_db()
    assert rights_request.status == RightsRequest.UNVERIFIED


def test_entered_unverified_request_is_not_deleted_like_an_expired_web_link(enter, rights_site):
    enter(identity_method="", identity_verified="", received=days_ago(30).isoformat())
    web = web_request(rights_site, received_at=timezone.now() - timedelta(days=30))
    later = timezone.now() + timedelta(days=1)
    RightsRequestSource().purge_always(rights_site, later)
    assert list(RightsRequest.objects.values_list("channel", flat=True)) == ["phone"]
    assert not RightsRequest.objects.filter(pk=web.pk).exists()


def test_erasure_keeps_an_entered_request_as_the_record_of_it(enter, rights_site):
    enter(identity_method="", identity_verified="")
    result = RightsRequestSource().erase(rights_site, REQUESTER)
    assert result.deleted == 0
    assert RightsRequest.objects.count() == 1


# Web requests: received when sent ----------------------------------------------------------


def test_web_request_is_due_a_month_from_submission_not_from_verification(rights_site):
    sent = timezone.now() - timedelta(days=5)
    rights_request = web_request(rights_site, received_at=sent)
    assert rights_request.due_date == add_months(timezone.localdate(sent), 1)
    rights_request.verify()
    rights_request.save()
    assert rights_request.due_date == add_months(timezone.localdate(sent), 1)
    assert rights_request.identity_method == "email_link"
    assert rights_request.verified_at > rights_request.received_at


def test_unverified_web_request_is_listed_in_the_admin_marked_unverified(admin_client, rights_site):
    rights_request = web_request(rights_site)
    for show in ("open", "all"):
        content = admin_client.get(f"/admin/tietopyynnot/?show={show}").content.decode()
        assert str(rights_request) in content
        row = content[content.index(str(rights_request)) :]
        row = row[: row.index("</tr>")]
        assert 'class="seloste-unverified"' in row


def test_unverified_web_request_is_shown_on_the_dashboard(admin_client, rights_site):
    rights_request = web_request(rights_site)
    content = admin_client.get("/admin/").content.decode()
    row = content[content.index(str(rights_request)) :]
    row = row[: row.index("</tr>")]
    assert 'class="seloste-unverified"' in row


def test_verified_request_is_not_marked_unverified(admin_client, rights_site):
    rights_request = web_request(rights_site)
    rights_request.verify()
    rights_request.save()
    content = admin_client.get("/admin/tietopyynnot/").content.decode()
    assert 'class="seloste-unverified"' not in content


# A shorter promised response time ----------------------------------------------------------


@pytest.fixture
def promise(rights_site):
    def set_days(days):
        settings = RightsSettings.for_site(rights_site)
        settings.response_days = days
        settings.save()

    return set_days


def test_promised_response_time_gives_an_earlier_answer_date_and_keeps_the_legal_one(
    rights_site, promise
):
    promise(2)
    rights_request = web_request(rights_site)
    today = timezone.localdate()
    assert rights_request.promised_date == today + timedelta(days=2)
    assert rights_request.due_date == add_months(today, 1)
    assert rights_request.answer_by == today + timedelta(days=2)


def test_without_a_promise_the_answer_date_is_the_legal_due_date(rights_site):
    rights_request = web_request(rights_site)
    assert rights_request.promised_date is None
    assert rights_request.answer_by == rights_request.due_date


def test_dashboard_shows_the_promised_response_time_and_answer_date(
    admin_client, rights_site, promise, english
):
    promise(2)
    rights_request = web_request(rights_site)
    rights_request.verify()
    rights_request.save()
    content = admin_client.get("/admin/").content.decode()
    assert "within 2 days" in content
    row = content[content.index(str(rights_request)) :]
    row = row[: row.index("</tr>")]
    promised = rights_request.promised_date
    legal = rights_request.due_date
    assert f"{promised.day}.{promised.month}.{promised.year}" in row
    assert f"{legal.day}.{legal.month}.{legal.year}" in row


def test_dashboard_orders_by_the_promised_date(admin_client, rights_site, promise):
    without = web_request(rights_site, received_at=timezone.now() - timedelta(days=5))
    promise(2)
    promised = web_request(rights_site)
    content = admin_client.get("/admin/").content.decode()
    assert content.index(str(promised)) < content.index(str(without))


def test_missed_promise_is_marked_before_the_legal_deadline(admin_client, rights_site, promise):
    promise(2)
    rights_request = web_request(rights_site, received_at=timezone.now() - timedelta(days=4))
    rights_request.verify()
    rights_request.save()
    assert rights_request.promise_missed and not rights_request.is_overdue
    content = admin_client.get("/admin/").content.decode()
    assert 'class="seloste-promise-missed"' in content
    assert 'class="seloste-overdue"' not in content


def test_promise_cannot_exceed_the_legal_month(rights_site):
    from django.core.exceptions import ValidationError

    settings = RightsSettings.for_site(rights_site)
    settings.response_days = 40
    with pytest.raises(ValidationError):
        settings.full_clean()


def test_owner_is_reminded_of_the_promised_date(notice, rights_site, promise):
    promise(2)
    rights_request = web_request(rights_site)
    rights_request.verify()
    rights_request.save()
    assert actions.send_deadline_reminders() == 1
    assert rights_request.promised_date.strftime("%-d.%-m.%Y") in mail.outbox[-1].body
    assert actions.send_deadline_reminders() == 0


def test_after_a_missed_promise_the_owner_is_reminded_of_the_legal_date(
    notice, rights_site, promise
):
    promise(2)
    rights_request = web_request(rights_site, received_at=timezone.now() - timedelta(days=26))
    rights_request.verify()
    rights_request.save()
    RightsRequest.objects.filter(pk=rights_request.pk).update(
        reminder_sent_for=rights_request.promised_date
    )
    assert actions.send_deadline_reminders() == 1
    rights_request.refresh_from_db()
    assert rights_request.reminder_sent_for == rights_request.due_date


def test_entered_unverified_request_is_reminded_too(notice, enter):
    enter(identity_method="", identity_verified="", received=days_ago(26).isoformat())
    assert actions.send_deadline_reminders() == 1


def test_unconfirmed_web_request_earns_no_reminder(notice, rights_site, promise):
    promise(2)
    web_request(rights_site)
    assert actions.send_deadline_reminders() == 0


def render_tag(site, text):
    request = RequestFactory().get("/", HTTP_HOST=site.hostname)
    with translation.override("en"):
        return Template("{% load seloste_rights %}" + text).render(Context({"request": request}))


def test_notice_templates_can_cite_the_promised_time(rights_site, promise, english):
    promise(2)
    assert "within 2 days" in render_tag(rights_site, "{% seloste_response_time %}")
    assert render_tag(rights_site, "{% seloste_response_days as d %}{{ d }}") == "2"


def test_without_a_promise_the_notice_cites_the_legal_month(rights_site, english):
    assert "one month" in render_tag(rights_site, "{% seloste_response_time %}")


def test_thanks_page_states_the_promised_time(client, rights_page, promise):
    # The request page is Finnish (the default language): its thanks page speaks Finnish.
    promise(2)
    response = client.get("/tietopyynto/kiitos/")
    assert "Vastaamme 2 päivän kuluessa" in response.content.decode()


# Email failures ----------------------------------------------------------------------------


def test_failed_verification_email_logs_the_request_number_not_the_address(
    client, rights_page, settings, caplog, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = f"{__name__}.RefusingBackend"
    caplog.set_level(logging.DEBUG)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/tietopyynto/",
            {"types": ["access"], "name": "Maija Meikäläinen", "email": REQUESTER},
        )
    assert response.status_code == 302
    rights_request = RightsRequest.objects.get()
    assert f"#{rights_request.pk}" in caplog.text
    assert "SMTPRecipientsRefused" in caplog.text
    assert REQUESTER not in caplog.text.lower()


def test_failed_reminder_logs_no_address_and_the_outbox_tries_again(
    notice, rights_site, settings, caplog
):
    from wagtail_seloste.models import OutboxEmail

    rights_request = web_request(rights_site, received_at=timezone.now() - timedelta(days=26))
    rights_request.verify()
    rights_request.save()
    settings.EMAIL_BACKEND = f"{__name__}.RefusingBackend"
    caplog.set_level(logging.DEBUG)
    assert actions.send_deadline_reminders() == 1  # queued in the outbox, whose send failed
    assert f"#{rights_request.pk}" in caplog.text
    assert notice.email.lower() not in caplog.text.lower()
    assert mail.outbox == []
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    OutboxEmail.objects.update(next_attempt_at=timezone.now())  # the retry is due
    assert actions.send_deadline_reminders() == 0  # not queued twice
    assert len(mail.outbox) == 1  # the retry went out


# Admin pages render ------------------------------------------------------------------------


def test_enter_form_renders_with_today_as_the_received_date(admin_client, rights_site):
    response = admin_client.get("/admin/tietopyynnot/new/")
    assert response.status_code == 200
    assert response.context["form"]["received"].initial == timezone.localdate()


def test_unverified_entered_request_page_offers_the_identity_check(admin_client, enter, english):
    enter(identity_method="", identity_verified="")
    rights_request = RightsRequest.objects.get()
    response = admin_client.get(f"/admin/tietopyynnot/{rights_request.pk}/")
    assert response.status_code == 200
    assert response.context["identity_form"] is not None
    assert f"/admin/tietopyynnot/{rights_request.pk}/identity/" in response.content.decode()


def test_request_page_shows_the_channel_and_both_dates(admin_client, enter):
    enter(received=days_ago(10).isoformat(), identity_verified=days_ago(9).isoformat())
    rights_request = RightsRequest.objects.get()
    content = admin_client.get(f"/admin/tietopyynnot/{rights_request.pk}/").content.decode()
    for day in (days_ago(10), days_ago(9), rights_request.due_date):
        assert f"{day.day}.{day.month}.{day.year}" in content
    assert rights_request.get_channel_display() in content


def test_confirmation_page_states_the_promised_and_the_legal_date(
    client, rights_page, promise, django_capture_on_commit_callbacks
):
    import re

    promise(2)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/tietopyynto/", {"types": ["access"], "name": "Maija", "email": REQUESTER})
    link = re.search(r"http://testserver(/tietopyynto/vahvista/\S+/)", mail.outbox[-1].body)
    content = client.post(link.group(1)).content.decode()
    rights_request = RightsRequest.objects.get()
    for day in (rights_request.promised_date, rights_request.due_date):
        assert f"{day.day}.{day.month}.{day.year}" in content
