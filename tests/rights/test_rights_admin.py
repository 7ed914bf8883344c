"""Handling requests in the admin: dashboard, the request's page, actions, audit log."""

import io
import zipfile
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from wagtail.models import ModelLogEntry

from wagtail_seloste.booking.models import Client, ConsentRecord
from wagtail_seloste.models import ErasureRecord
from wagtail_seloste.rights.actions import send_deadline_reminders
from wagtail_seloste.rights.models import RightsRequest


@pytest.fixture
def open_request(rights_site):
    def make(types, email="maija@example.com", received_days_ago=0):
        received = timezone.now() - timedelta(days=received_days_ago)
        rights_request = RightsRequest.objects.create(
            site=rights_site, types=types, name="Maija M", email=email, received_at=received
        )
        rights_request.verify(received)
        rights_request.save()
        return rights_request

    return make


@pytest.fixture
def maija(make_client):
    return make_client(
        "maija@example.com",
        first_name="Maija",
        marketing_email=True,
        marketing_sms=True,
        bookings=[(timezone.now() - timedelta(days=40), False)],
        consents=[("marketing_email", True), ("health_data", True)],
    )


def actions(rights_request):
    return list(
        ModelLogEntry.objects.filter(object_id=str(rights_request.pk))
        .order_by("timestamp", "pk")
        .values_list("action", flat=True)
    )


def test_dashboard_lists_open_requests_by_due_date_with_overdue_marked(admin_client, open_request):
    late = open_request(["access"], received_days_ago=40)
    soon = open_request(["erasure"], email="b@example.com", received_days_ago=2)
    content = admin_client.get("/admin/").content.decode()
    assert content.index(str(late)) < content.index(str(soon))
    assert content.count('class="seloste-overdue"') == 1
    row_of_late = content[content.index(str(late)) : content.index(str(soon))]
    assert 'class="seloste-overdue"' in row_of_late


def test_request_page_shows_what_the_register_holds(admin_client, open_request, maija):
    rights_request = open_request(["access"])
    response = admin_client.get(f"/admin/tietopyynnot/{rights_request.pk}/")
    assert response.status_code == 200
    summary = dict(
        (str(source.verbose_name), count) for source, count in response.context["summary"]
    )
    assert list(summary.values())[:3] == [1, 1, 2]


def test_unverified_request_shows_no_register_data_and_allows_no_actions(
    admin_client, rights_site, maija
):
    rights_request = RightsRequest.objects.create(
        site=rights_site, types=["access"], name="M", email="maija@example.com"
    )
    response = admin_client.get(f"/admin/tietopyynnot/{rights_request.pk}/")
    assert response.context["summary"] == []
    response = admin_client.get(f"/admin/tietopyynnot/{rights_request.pk}/export/")
    assert response.status_code in (302, 403)
    assert response.get("Content-Type") != "application/zip"
    assert [a for a in actions(rights_request) if a != "wagtail_seloste.view"] == []


def test_export_download_is_a_zip_and_is_logged(admin_client, open_request, maija):
    rights_request = open_request(["access"])
    response = admin_client.get(f"/admin/tietopyynnot/{rights_request.pk}/export/")
    assert response["Content-Type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        assert "tiedot.json" in archive.namelist()
    assert actions(rights_request)[-1] == "wagtail_seloste.rights.export"


def test_sending_the_data_emails_a_download_link_not_the_data(
    admin_client, open_request, maija, rights_page, django_capture_on_commit_callbacks
):
    rights_request = open_request(["portability"])
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(f"/admin/tietopyynnot/{rights_request.pk}/export/send/")
    message = mail.outbox[-1]
    assert message.to == ["maija@example.com"]
    assert message.attachments == []
    assert "/tietopyynto/lataa/" in message.body
    assert actions(rights_request)[-1] == "wagtail_seloste.rights.export_sent"


def test_sending_the_data_without_a_request_page_sends_nothing_and_says_why(
    admin_client, open_request, maija, django_capture_on_commit_callbacks
):
    rights_request = open_request(["access"])
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            f"/admin/tietopyynnot/{rights_request.pk}/export/send/", follow=True
        )
    assert mail.outbox == []
    assert [m.level_tag for m in response.context["messages"]] == ["error"]
    assert "wagtail_seloste.rights.export_sent" not in actions(rights_request)


def test_erase_asks_for_confirmation_showing_what_is_kept(admin_client, open_request, make_client):
    make_client("maija@example.com", bookings=[(timezone.now() - timedelta(days=40), True)])
    rights_request = open_request(["erasure"])
    response = admin_client.get(f"/admin/tietopyynnot/{rights_request.pk}/erase/")
    assert response.status_code == 200
    assert "Kirjanpitolaki" in response.content.decode()
    assert Client.objects.count() == 1 and ErasureRecord.objects.count() == 0


def test_confirmed_erasure_erases_records_and_logs(admin_client, open_request, maija):
    rights_request = open_request(["erasure"])
    admin_client.post(f"/admin/tietopyynnot/{rights_request.pk}/erase/", {"confirm": "yes"})
    assert not Client.objects.exists()
    assert ErasureRecord.objects.get().reason == f"request #{rights_request.pk}"
    assert actions(rights_request)[-1] == "wagtail_seloste.rights.erase"


def test_restriction_marks_the_client(admin_client, open_request, maija):
    rights_request = open_request(["restriction"])
    admin_client.post(f"/admin/tietopyynnot/{rights_request.pk}/restrict/")
    maija.refresh_from_db()
    assert maija.restricted and not maija.marketing_email
    assert actions(rights_request)[-1] == "wagtail_seloste.rights.restrict"


def test_objection_withdraws_marketing_only(admin_client, open_request, maija):
    rights_request = open_request(["objection"])
    admin_client.post(f"/admin/tietopyynnot/{rights_request.pk}/withdraw/", {"marketing_only": "1"})
    withdrawals = ConsentRecord.objects.filter(given=False)
    assert sorted(withdrawals.values_list("kind", flat=True)) == [
        "marketing_email",
        "marketing_sms",
    ]
    assert {r.source for r in withdrawals} == {"rights_request"}
    maija.refresh_from_db()
    assert not maija.marketing_email and not maija.marketing_sms
    assert ConsentRecord.objects.filter(given=True).count() == 2


def test_withdrawal_of_consent_adds_records_and_keeps_the_old_ones(
    admin_client, open_request, maija
):
    rights_request = open_request(["withdrawal"])
    admin_client.post(f"/admin/tietopyynnot/{rights_request.pk}/withdraw/")
    assert sorted(ConsentRecord.objects.filter(given=False).values_list("kind", flat=True)) == [
        "health_data",
        "marketing_email",
        "marketing_sms",
    ]
    assert ConsentRecord.objects.filter(given=True).count() == 2


def test_extension_moves_the_due_date_and_tells_the_requester(
    admin_client, open_request, django_capture_on_commit_callbacks
):
    rights_request = open_request(["access"])
    original = rights_request.due_date
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(
            f"/admin/tietopyynnot/{rights_request.pk}/extend/",
            {"months": "2", "reason": "Pyyntöjä on poikkeuksellisen paljon."},
        )
    rights_request.refresh_from_db()
    assert rights_request.status == RightsRequest.EXTENDED
    assert (rights_request.due_date - original).days >= 59
    assert "Pyyntöjä on poikkeuksellisen paljon." in mail.outbox[-1].body
    assert actions(rights_request)[-1] == "wagtail_seloste.rights.extend"


@pytest.mark.parametrize("data", [{"months": "3", "reason": "x"}, {"months": "1"}, {}])
def test_extension_needs_one_or_two_months_and_a_reason(admin_client, open_request, data):
    rights_request = open_request(["access"])
    response = admin_client.post(f"/admin/tietopyynnot/{rights_request.pk}/extend/", data)
    assert response.status_code == 302
    rights_request.refresh_from_db()
    assert rights_request.extension_months == 0


def test_rejection_tells_of_the_right_to_complain(
    admin_client, open_request, django_capture_on_commit_callbacks
):
    rights_request = open_request(["erasure"])
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(
            f"/admin/tietopyynnot/{rights_request.pk}/reject/", {"reason": "Ei tunnistettu."}
        )
    rights_request.refresh_from_db()
    assert rights_request.status == RightsRequest.REJECTED
    body = mail.outbox[-1].body
    assert "Ei tunnistettu." in body and "Tietosuojavaltuutetun toimisto" in body
    assert actions(rights_request)[-1] == "wagtail_seloste.rights.reject"


def test_completion_closes_the_request(admin_client, open_request):
    rights_request = open_request(["access"])
    admin_client.post(f"/admin/tietopyynnot/{rights_request.pk}/complete/")
    rights_request.refresh_from_db()
    assert rights_request.status == RightsRequest.COMPLETED and rights_request.closed_at
    assert actions(rights_request)[-1] == "wagtail_seloste.rights.complete"


def test_actions_need_post(admin_client, open_request, maija):
    rights_request = open_request(["restriction"])
    response = admin_client.get(f"/admin/tietopyynnot/{rights_request.pk}/restrict/")
    assert response.status_code == 405


def test_access_request_note_says_answering_is_free(admin_client, open_request, settings):
    settings.LANGUAGE_CODE = "en"
    first = open_request(["access"])
    response = admin_client.get(f"/admin/tietopyynnot/{first.pk}/")
    assert response.context["free_access"] == {"earlier": 0, "repeated": False}
    assert "free of charge" in response.content.decode()


def test_repeated_access_requests_stay_free_and_the_owner_sees_the_count(
    admin_client, open_request
):
    open_request(["access"], received_days_ago=60)
    open_request(["portability"], received_days_ago=30)
    latest = open_request(["access"])
    response = admin_client.get(f"/admin/tietopyynnot/{latest.pk}/")
    assert response.context["free_access"] == {"earlier": 2, "repeated": True}


def test_access_requests_older_than_a_year_are_not_counted(admin_client, open_request):
    open_request(["access"], received_days_ago=400)
    latest = open_request(["access"])
    response = admin_client.get(f"/admin/tietopyynnot/{latest.pk}/")
    assert response.context["free_access"]["earlier"] == 0


def test_owner_note_no_longer_offers_one_free_request_a_year(admin_client, open_request, settings):
    settings.LANGUAGE_CODE = "en"
    open_request(["access"], received_days_ago=30)
    latest = open_request(["access"])
    content = admin_client.get(f"/admin/tietopyynnot/{latest.pk}/").content.decode()
    assert "are free" not in content
    assert "free of charge" in content
    assert "manifestly unfounded or excessive" in content
    assert "right to complain" in content


def test_editor_without_permission_cannot_see_requests(client, django_user_model, open_request):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("toimittaja", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    rights_request = open_request(["access"])
    assert client.get(f"/admin/tietopyynnot/{rights_request.pk}/").status_code in (302, 403)
    assert client.get("/admin/tietopyynnot/").status_code in (302, 403)


def test_owner_is_reminded_once_a_week_before_the_due_date(open_request, notice):
    rights_request = open_request(["access"], received_days_ago=25)
    assert send_deadline_reminders() == 1
    assert f"#{rights_request.pk}" in mail.outbox[-1].subject
    assert mail.outbox[-1].to == [notice.email]
    assert send_deadline_reminders() == 0


def test_no_reminder_for_a_request_due_later(open_request, notice):
    open_request(["access"], received_days_ago=1)
    assert send_deadline_reminders() == 0


def test_history_of_a_request_is_shown(admin_client, open_request):
    rights_request = open_request(["access"])
    admin_client.post(f"/admin/tietopyynnot/{rights_request.pk}/complete/")
    response = admin_client.get(f"/admin/tietopyynnot/{rights_request.pk}/")
    history = response.context["history"]
    assert [entry["user"] for entry in history] == ["admin", "admin"]  # completed, then viewed
    assert all(entry["action"] for entry in history)


def test_deadline_cannot_be_extended_after_the_first_month(admin_client, open_request):
    rights_request = open_request(["access"], received_days_ago=40)
    admin_client.post(
        f"/admin/tietopyynnot/{rights_request.pk}/extend/",
        {"months": "1", "reason": "Liikaa pyyntöjä."},
    )
    rights_request.refresh_from_db()
    assert rights_request.extension_months == 0


def test_opening_a_request_is_written_to_its_history(admin_client, open_request):
    rights_request = open_request(["access"])

    admin_client.get(f"/admin/tietopyynnot/{rights_request.pk}/")

    assert actions(rights_request)[-1] == "wagtail_seloste.view"
