"""The client register in the admin: listing, inspecting with an audit trail, permissions."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.utils import timezone
from wagtail.models import ModelLogEntry

from wagtail_seloste.booking.models import Booking, Client, ConsentRecord


@pytest.fixture
def booking(booking_page):
    client = Client.objects.create(
        site=booking_page.get_site(),
        email="maija@example.com",
        first_name="Maija",
        last_name="Meikäläinen",
    )
    service = booking_page.services.first()
    start = timezone.now() + timedelta(days=2)
    booking = Booking.objects.create(
        page=booking_page,
        service=service,
        client=client,
        start=start,
        end=start + timedelta(hours=1),
        status="pending",
    )
    ConsentRecord.objects.create(
        site=client.site,
        client=client,
        booking=booking,
        kind="marketing_email",
        given=True,
        text="Saa lähettää uutiskirjeen.",
        source="booking",
    )
    return booking


@pytest.fixture
def editor_client(client, django_user_model):
    """A user with admin access but no permissions on the register."""
    user = django_user_model.objects.create_user("editor", "editor@example.com", "pw")
    group = Group.objects.create(name="Sisällöntuottajat")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    client.force_login(user)
    return client


def test_register_menu_is_in_the_admin(admin_client, booking):
    response = admin_client.get("/admin/")
    assert b"/admin/seloste/clients/" in response.content


def test_client_list_and_search(admin_client, booking):
    response = admin_client.get("/admin/seloste/clients/?q=meik")
    assert response.status_code == 200
    assert b"maija@example.com" in response.content


def test_opening_a_client_is_written_to_the_audit_log(admin_client, booking):
    client = booking.client
    admin_client.get(f"/admin/seloste/clients/inspect/{client.pk}/")
    entry = ModelLogEntry.objects.get(action="wagtail_seloste.view")
    assert entry.object_id == str(client.pk)
    assert entry.user.username == "admin"
    assert "Maija" not in entry.label


def test_client_page_shows_bookings_consents_and_who_viewed_it(admin_client, booking):
    url = f"/admin/seloste/clients/inspect/{booking.client.pk}/"
    admin_client.get(url)
    response = admin_client.get(url)
    content = response.content.decode()
    assert f"/admin/seloste/bookings/inspect/{booking.pk}/" in content
    assert "Saa lähettää uutiskirjeen." in content
    assert content.count("<td>admin</td>") == 2
    assert ModelLogEntry.objects.filter(action="wagtail_seloste.view").count() == 2


def test_there_is_no_copy_view(admin_client, booking):
    response = admin_client.get(f"/admin/seloste/clients/copy/{booking.client.pk}/")
    assert response.status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        "/admin/seloste/clients/",
        "/admin/seloste/clients/inspect/{client}/",
        "/admin/seloste/bookings/",
        "/admin/seloste/bookings/inspect/{booking}/",
        "/admin/seloste/consents/",
    ],
)
def test_user_without_permissions_sees_no_client_data(editor_client, booking, url):
    response = editor_client.get(
        url.format(client=booking.client.pk, booking=booking.pk), follow=True
    )
    assert b"maija@example.com" not in response.content
    assert "Meikäläinen".encode() not in response.content
    assert not ModelLogEntry.objects.filter(action="wagtail_seloste.view").exists()


def test_user_with_view_permission_sees_clients(editor_client, booking, django_user_model):
    group = Group.objects.get(name="Sisällöntuottajat")
    group.permissions.add(Permission.objects.get(codename="view_client"))
    response = editor_client.get("/admin/seloste/clients/")
    assert b"maija@example.com" in response.content


def test_consent_records_are_read_only(admin_client, booking):
    record = ConsentRecord.objects.get()
    assert admin_client.get("/admin/seloste/consents/new/").status_code in (302, 403)
    assert admin_client.get(f"/admin/seloste/consents/edit/{record.pk}/").status_code in (302, 403)
    assert admin_client.get(f"/admin/seloste/consents/delete/{record.pk}/").status_code in (
        302,
        403,
    )
    assert admin_client.get(f"/admin/seloste/consents/inspect/{record.pk}/").status_code == 200


def test_bookings_can_be_filtered_by_status(admin_client, booking):
    response = admin_client.get("/admin/seloste/bookings/?status=cancelled")
    assert f"/admin/seloste/bookings/inspect/{booking.pk}/".encode() not in response.content
    response = admin_client.get("/admin/seloste/bookings/?status=pending")
    assert f"/admin/seloste/bookings/inspect/{booking.pk}/".encode() in response.content


def test_confirming_a_pending_booking_sends_the_confirmation(
    admin_client, booking, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(f"/admin/seloste/bookings/confirm/{booking.pk}/")
    assert response.status_code == 302
    booking.refresh_from_db()
    assert booking.status == "confirmed"
    assert any(m.to == ["maija@example.com"] and m.attachments for m in mail.outbox)
    assert ModelLogEntry.objects.filter(action="wagtail_seloste.booking.confirm").exists()


def test_cancelling_a_booking_in_the_admin(admin_client, booking):
    assert admin_client.get(f"/admin/seloste/bookings/cancel/{booking.pk}/").status_code == 200
    admin_client.post(f"/admin/seloste/bookings/cancel/{booking.pk}/")
    booking.refresh_from_db()
    assert booking.status == "cancelled"


def test_actions_need_the_change_permission(editor_client, booking):
    group = Group.objects.get(name="Sisällöntuottajat")
    group.permissions.add(Permission.objects.get(codename="view_booking"))
    editor_client.post(f"/admin/seloste/bookings/cancel/{booking.pk}/")
    booking.refresh_from_db()
    assert booking.status == "pending"


def test_clients_and_bookings_are_not_added_in_the_admin(admin_client, booking):
    assert admin_client.get("/admin/seloste/clients/new/").status_code in (302, 403)
    assert admin_client.get("/admin/seloste/bookings/new/").status_code in (302, 403)


def test_editing_a_client_to_another_clients_email_is_refused(admin_client, booking):
    Client.objects.create(site=booking.client.site, email="toinen@example.com")
    response = admin_client.post(
        f"/admin/seloste/clients/edit/{booking.client.pk}/",
        {"first_name": "Maija", "last_name": "M", "email": "TOINEN@example.com", "phone": ""},
    )
    assert response.status_code == 200
    booking.client.refresh_from_db()
    assert booking.client.email == "maija@example.com"


def test_editing_a_client_normalises_the_phone(admin_client, booking):
    admin_client.post(
        f"/admin/seloste/clients/edit/{booking.client.pk}/",
        {
            "first_name": "Maija",
            "last_name": "M",
            "email": "maija@example.com",
            "phone": "040 123 4567",
        },
    )
    booking.client.refresh_from_db()
    assert booking.client.phone == "+358401234567"


def test_booking_page_with_bookings_is_not_deleted(admin_client, booking):
    page = booking.page
    response = admin_client.post(f"/admin/pages/{page.pk}/delete/")
    assert response.status_code == 302
    assert Booking.objects.filter(pk=booking.pk).exists()
    assert type(page).objects.filter(pk=page.pk).exists()


def test_service_with_bookings_cannot_be_removed_from_the_page(admin_client, booking):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

    page = booking.page
    services = [
        {
            "id": service.pk,
            "name": service.name,
            "description": "",
            "duration_minutes": service.duration_minutes,
            "price": "",
            "bookable": "on",
            "DELETE": "on" if service.pk == booking.service_id else "",
        }
        for service in page.services.all()
    ]
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": rich_text(""),
            "done_text": rich_text(""),
            "services": inline_formset(services, initial=len(services)),
            "opening_hours": inline_formset([]),
            "closed_dates": inline_formset([]),
            "consent_checkboxes": inline_formset([]),
            "slot_step_minutes": 30,
            "buffer_minutes": 0,
            "min_notice_hours": 0,
            "days_ahead": 14,
            "cancellation_cutoff_hours": 24,
            "auto_confirm": "on",
        }
    )
    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 200  # the editor is shown again with the error
    assert "ei voi poistaa" in response.content.decode()
    assert page.services.filter(pk=booking.service_id).exists()


def test_bookings_can_be_filtered_by_date(admin_client, booking):
    day = timezone.localtime(booking.start).date()
    inside = admin_client.get(
        f"/admin/seloste/bookings/?start_from={day.isoformat()}&start_to={day.isoformat()}"
    )
    later = (day + timedelta(days=5)).isoformat()
    outside = admin_client.get(f"/admin/seloste/bookings/?start_from={later}")
    link = f"/admin/seloste/bookings/inspect/{booking.pk}/".encode()
    assert link in inside.content
    assert link not in outside.content


def test_bookings_can_be_filtered_by_service(admin_client, booking):
    other = booking.page.services.exclude(pk=booking.service_id).first()
    link = f"/admin/seloste/bookings/inspect/{booking.pk}/".encode()
    assert (
        link in admin_client.get(f"/admin/seloste/bookings/?service={booking.service_id}").content
    )
    assert link not in admin_client.get(f"/admin/seloste/bookings/?service={other.pk}").content


def test_restricted_client_cannot_be_given_marketing_permission(admin_client, booking):
    response = admin_client.post(
        f"/admin/seloste/clients/edit/{booking.client.pk}/",
        {
            "first_name": "Maija",
            "last_name": "M",
            "email": "maija@example.com",
            "phone": "",
            "restricted": "on",
            "marketing_email": "on",
        },
    )
    assert response.status_code == 200
    booking.client.refresh_from_db()
    assert booking.client.marketing_email is False
    assert booking.client.restricted is False


def test_booking_list_shows_the_clients_name(admin_client, booking):
    response = admin_client.get("/admin/seloste/bookings/")
    assert "Maija Meikäläinen" in response.content.decode()
