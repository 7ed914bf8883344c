"""Issue 11 and 12 in the booking app: health information, a register that keeps its
promises, contact snapshots, plain-text subjects, the week picker, holidays and cancellation
emails."""

import logging
from datetime import date, time, timedelta

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.test import TestCase
from django.utils import timezone, translation
from wagtail.models import ModelLogEntry

from tests.booking_helpers import first_free, free_beyond_cutoff
from wagtail_seloste.booking.formats import on_weekday
from wagtail_seloste.booking.models import Booking, Client, ClosedDate, ConsentRecord
from wagtail_seloste.booking.slots import free_slots
from wagtail_seloste.booking.store import create_booking
from wagtail_seloste.models import ErasureRecord
from wagtail_seloste.register.registry import registry

HEALTH = "Polvi leikattu 2025, ei syvää painelua."


def book(page, service_name="Urheiluhieronta", *, health=HEALTH, consent=True, **contact):
    service = page.services.get(name=service_name)
    with TestCase.captureOnCommitCallbacks(execute=True):
        return create_booking(
            page,
            service,
            contact.pop("start", None) or free_beyond_cutoff(page, service),
            site=page.get_site(),
            first_name=contact.pop("first_name", "Maija"),
            last_name="Meikäläinen",
            email=contact.pop("email", "maija@example.com"),
            phone=contact.pop("phone", "+358401234567"),
            health_info=health,
            health_consent=("Suostun.", consent) if consent is not None else None,
        )


@pytest.fixture
def invoiced_client(booking_page):
    booking = book(booking_page, "Klassinen hieronta", health="", consent=None)
    Booking.objects.filter(pk=booking.pk).update(invoiced=True, message="Viesti")
    return booking.client


# Health information ------------------------------------------------------------------------


def test_health_information_is_stored_in_its_own_field_with_consent(booking_page):
    booking = book(booking_page)
    assert booking.health_info == HEALTH
    assert booking.health_basis == "consent"
    assert booking.message == ""
    assert ConsentRecord.objects.get(kind="health_data").given is True


def test_without_the_consent_the_health_information_is_not_stored(booking_page):
    booking = book(booking_page, consent=False)
    assert booking.health_info == ""
    assert booking.pk is not None


def test_a_professional_stores_health_information_without_consent(booking_page):
    booking_page.health_data_basis = "professional"
    booking_page.save()
    booking = book(booking_page, consent=None)
    assert (booking.health_info, booking.health_basis) == (HEALTH, "professional")


def test_health_information_is_in_no_email(booking_page):
    book(booking_page)
    assert mail.outbox
    for message in mail.outbox:
        assert "Polvi" not in message.subject + message.body
        assert all("Polvi" not in str(a[1]) for a in message.attachments)


def test_owner_notification_links_to_the_booking_in_the_admin(booking_page):
    booking = book(booking_page)
    owner = next(m for m in mail.outbox if m.to == ["omistaja@example.com"])
    assert f"/admin/seloste/bookings/inspect/{booking.pk}/" in owner.body


def test_health_information_is_in_no_log_line_and_not_in_str(booking_page, caplog):
    caplog.set_level(logging.DEBUG)
    booking = book(booking_page)
    assert "Polvi" not in caplog.text
    assert "Polvi" not in str(booking)


def test_export_includes_the_health_information(booking_page):
    book(booking_page)
    data = registry.export(booking_page.get_site(), "maija@example.com")
    assert data["sources"]["bookings"][0]["health_info"] == HEALTH


def test_erasure_removes_consent_based_health_information(booking_page):
    from wagtail_seloste.register.erasure import erase_person

    book(booking_page)
    erase_person(booking_page.get_site(), "maija@example.com", reason="test")
    assert not Booking.objects.exclude(health_info="").exists()


def test_erasure_keeps_a_professionals_patient_record(booking_page):
    from wagtail_seloste.register.erasure import erase_person

    booking_page.health_data_basis = "professional"
    booking_page.save()
    book(booking_page, consent=None)
    results = erase_person(booking_page.get_site(), "maija@example.com", reason="test")
    assert Booking.objects.get().health_info == HEALTH
    kept = [k for r in results for k in r.kept]
    assert any("785/1992" in k.reason for k in kept)


def test_health_purge_empties_consent_based_health_information(booking_page):
    booking = book(booking_page)
    old = timezone.now() - timedelta(days=800)
    Booking.objects.filter(pk=booking.pk).update(start=old, end=old + timedelta(hours=1))
    source = registry.get("bookings")
    result = source.purge(booking_page.get_site(), "health", timezone.now(), "last_booking")
    assert result.anonymised == 1
    assert Booking.objects.get().health_info == ""


def test_withdrawing_health_consent_removes_the_health_information(booking_page):
    book(booking_page)
    registry.withdraw_consents(booking_page.get_site(), "maija@example.com", None, text="Peruttu")
    assert Booking.objects.get().health_info == ""


def test_viewing_health_information_needs_its_own_permission(
    booking_page, client, django_user_model
):
    booking = book(booking_page)
    user = django_user_model.objects.create_user("staff", password="pw")
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_booking"),
    )
    client.force_login(user)
    url = f"/admin/seloste/bookings/inspect/{booking.pk}/"
    assert "Polvi" not in client.get(url).content.decode()
    user.user_permissions.add(Permission.objects.get(codename="view_health_data"))
    user = django_user_model.objects.get(pk=user.pk)
    client.force_login(user)
    assert "Polvi" in client.get(url).content.decode()


def test_viewing_health_information_is_logged_separately(booking_page, admin_client):
    booking = book(booking_page)
    admin_client.get(f"/admin/seloste/bookings/inspect/{booking.pk}/")
    assert ModelLogEntry.objects.filter(
        action="wagtail_seloste.booking.view_health", object_id=str(booking.pk)
    ).exists()


def test_the_booking_form_offers_an_optional_health_consent(wizard):
    wizard.client.get("/ajanvaraus/")
    wizard.choose_service("Urheiluhieronta")
    wizard.choose_time(first_free(wizard.page, wizard.service("Urheiluhieronta")))
    response = wizard.client.get("/ajanvaraus/varaa/yhteystiedot/")
    assert b"yhteystiedot-health_info" in response.content
    assert b"yhteystiedot-health_consent" in response.content


def test_health_information_without_consent_is_refused_with_a_message(wizard):
    wizard.client.get("/ajanvaraus/")
    wizard.choose_service("Urheiluhieronta")
    wizard.choose_time(first_free(wizard.page, wizard.service("Urheiluhieronta")))
    response = wizard.contact(health_info=HEALTH)
    assert response.status_code == 200
    assert "aria-invalid" in response.content.decode()


# Deleting in the admin goes through erasure -----------------------------------------------


def test_admin_delete_of_a_client_keeps_the_invoiced_booking_anonymised(
    admin_client, invoiced_client
):
    response = admin_client.post(f"/admin/seloste/clients/delete/{invoiced_client.pk}/")
    assert response.status_code == 302
    booking = Booking.objects.get()
    assert booking.invoiced and booking.message == "" and booking.phone == ""
    assert Client.objects.get().restricted
    assert ErasureRecord.objects.filter(reason="admin").count() == 1


def test_admin_delete_tells_the_owner_what_was_kept(admin_client, invoiced_client):
    response = admin_client.post(
        f"/admin/seloste/clients/delete/{invoiced_client.pk}/", follow=True
    )
    assert "1336/1997" in response.content.decode()


def test_admin_bulk_delete_of_clients_keeps_invoiced_bookings_and_records_erasure(
    admin_client, invoiced_client, booking_page
):
    other = book(booking_page, "Klassinen hieronta", email="toinen@example.com", consent=None)
    url = (
        "/admin/bulk/wagtail_seloste_booking/client/delete/"
        f"?id={invoiced_client.pk}&id={other.client_id}"
    )
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(url)
    assert response.status_code == 302
    assert list(Client.objects.values_list("email", flat=True)) == ["maija@example.com"]
    assert Booking.objects.get().invoiced
    assert ErasureRecord.objects.filter(reason="admin").count() == 2


def test_admin_bulk_delete_of_bookings_deletes_the_free_and_keeps_the_held(
    admin_client, invoiced_client, booking_page
):
    other = book(booking_page, "Klassinen hieronta", email="toinen@example.com", consent=None)
    held = invoiced_client.bookings.get()
    response = admin_client.post(
        f"/admin/bulk/wagtail_seloste_booking/booking/delete/?id={held.pk}&id={other.pk}"
    )
    assert response.status_code == 302
    assert list(Booking.objects.values_list("pk", flat=True)) == [held.pk]


def test_consent_records_cannot_be_bulk_deleted(admin_client, booking_page):
    book(booking_page)
    record = ConsentRecord.objects.first()
    response = admin_client.post(
        f"/admin/bulk/wagtail_seloste_booking/consentrecord/delete/?id={record.pk}"
    )
    assert response.status_code == 404
    assert ConsentRecord.objects.filter(pk=record.pk).exists()


def test_admin_delete_of_a_free_booking_deletes_it(admin_client, booking_page):
    booking = book(booking_page, health="", consent=None)
    admin_client.post(f"/admin/seloste/bookings/delete/{booking.pk}/")
    assert not Booking.objects.exists()


def test_an_open_payment_keeps_the_booking(admin_client, booking_page):
    booking = book(booking_page, health="", consent=None)
    Booking.objects.filter(pk=booking.pk).update(payment_open=True)
    admin_client.post(f"/admin/seloste/bookings/delete/{booking.pk}/")
    assert Booking.objects.filter(pk=booking.pk).exists()


# Marketing permissions with evidence ----------------------------------------------------


def client_form(client, **changes):
    data = {
        "first_name": client.first_name,
        "last_name": client.last_name,
        "email": client.email,
        "phone": client.phone,
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not False}


def test_marketing_permission_change_without_a_source_is_refused(admin_client, booking_page):
    client = book(booking_page, health="", consent=None).client
    response = admin_client.post(
        f"/admin/seloste/clients/edit/{client.pk}/", client_form(client, marketing_sms="on")
    )
    assert response.status_code == 200
    assert "paperilomakkeella" in response.content.decode()
    client.refresh_from_db()
    assert not client.marketing_sms


def test_marketing_permission_change_with_a_source_writes_a_consent_record(
    admin_client, booking_page
):
    client = book(booking_page, health="", consent=None).client
    response = admin_client.post(
        f"/admin/seloste/clients/edit/{client.pk}/",
        client_form(client, marketing_sms="on", consent_source="paper_form"),
    )
    assert response.status_code == 302
    record = ConsentRecord.objects.get(kind="marketing_sms")
    assert (record.given, record.source) == (True, "paper_form")
    assert record.recorded_by.username == "admin"
    client.refresh_from_db()
    assert client.marketing_sms


def test_opening_the_edit_view_is_logged_like_inspect(admin_client, booking_page):
    booking = book(booking_page, health="", consent=None)
    admin_client.get(f"/admin/seloste/clients/edit/{booking.client_id}/")
    admin_client.get(f"/admin/seloste/bookings/edit/{booking.pk}/")
    assert ModelLogEntry.objects.filter(action="wagtail_seloste.view").count() == 2


def test_ending_the_customer_relationship_is_recorded(admin_client, booking_page):
    client = book(booking_page, health="", consent=None).client
    admin_client.post(f"/admin/seloste/clients/end/{client.pk}/")
    client.refresh_from_db()
    assert client.relationship_ended_at is not None


# A visitor cannot rewrite someone else's record ------------------------------------------


def test_booking_with_a_known_email_does_not_rewrite_the_client(booking_page):
    book(booking_page, health="", consent=None)
    book(booking_page, health="", consent=None, first_name="Ulla", phone="+358501111111")
    client = Client.objects.get()
    assert (client.first_name, client.phone) == ("Maija", "+358401234567")


def test_the_confirmation_greets_with_the_name_of_the_booking_and_offers_the_details_link(
    booking_page,
):
    book(booking_page, health="", consent=None)
    mail.outbox.clear()
    book(booking_page, health="", consent=None, first_name="Ulla", phone="+358501111111")
    confirmation = next(m for m in mail.outbox if m.to == ["maija@example.com"])
    assert "Ulla" in confirmation.body
    assert "/ajanvaraus/tiedot/" in confirmation.body


def test_the_details_link_updates_the_client(booking_page, client):
    import re

    book(booking_page, health="", consent=None)
    mail.outbox.clear()
    book(booking_page, health="", consent=None, first_name="Ulla")
    body = next(m for m in mail.outbox if m.to == ["maija@example.com"]).body
    path = re.search(r"http://[^/\s]+(/ajanvaraus/tiedot/\S+/)", body).group(1)
    client.post(path)
    assert Client.objects.get().first_name == "Ulla"


def test_names_are_single_line(booking_page):
    booking = book(booking_page, health="", consent=None, first_name="Maija\r\nBcc: x")
    assert "\n" not in booking.first_name and "\n" not in booking.client.first_name


def test_email_subjects_are_plain_text(booking_page):
    service = booking_page.services.get(name="Klassinen hieronta")
    service.name = "Hieronta <60 min> & venyttely"
    service.save()
    book(booking_page, "Hieronta <60 min> & venyttely", health="", consent=None)
    subjects = [m.subject for m in mail.outbox]
    assert any("<60 min> & venyttely" in s for s in subjects)
    assert not any("&lt;" in s or "&amp;" in s for s in subjects)


@pytest.mark.parametrize("value", ["9999-12-31T10:00:00+02:00", "0001-01-01T10:00:00+02:00"])
def test_a_slot_far_out_of_range_is_a_form_error(wizard, value):
    wizard.client.get("/ajanvaraus/")
    wizard.choose_service()
    response = wizard.post("aika", {"slot": value})
    assert response.status_code == 200
    assert not Booking.objects.exists()


# Issue 12: cancellation, holidays, dates, the week picker --------------------------------


def test_the_client_gets_an_email_when_the_owner_cancels(admin_client, booking_page):
    booking = book(booking_page, health="", consent=None)
    mail.outbox.clear()
    with TestCase.captureOnCommitCallbacks(execute=True):
        admin_client.post(f"/admin/seloste/bookings/cancel/{booking.pk}/")
    assert [m.to for m in mail.outbox] == [["maija@example.com"]]


def test_a_booking_inside_the_cut_off_gets_no_cancel_link_but_contact_details(booking_page):
    service = booking_page.services.get(name="Klassinen hieronta")
    now = timezone.now()
    start = next(
        s
        for day in sorted(free_slots(booking_page, service))
        for s in free_slots(booking_page, service)[day]
        if s < now + timedelta(hours=23)
    )
    book(booking_page, "Klassinen hieronta", health="", consent=None, start=start)
    confirmation = next(m for m in mail.outbox if m.to == ["maija@example.com"])
    assert "/peru/" not in confirmation.body


def test_finnish_public_holidays_are_closed_unless_the_owner_opens_them(booking_page):
    service = booking_page.services.get(name="Klassinen hieronta")
    booking_page.close_public_holidays = True
    booking_page.days_ahead = 400
    booking_page.save()
    today = timezone.localdate()
    year = today.year if today < date(today.year, 12, 6) else today.year + 1
    independence = date(year, 12, 6)
    kwargs = {"first_day": independence, "last_day": independence}
    assert free_slots(booking_page, service, **kwargs) == {}
    ClosedDate.objects.create(page=booking_page, date=independence, opens=time(10), closes=time(12))
    assert free_slots(booking_page, service, **kwargs)


def test_weekdays_are_in_the_finnish_essive():
    with translation.override("fi"):
        text = on_weekday(date(2026, 12, 2))
    assert text.endswith("2.12.2026")
    assert not text[0].isupper()


def test_the_time_step_shows_one_week_with_next_week_link(wizard):
    wizard.client.get("/ajanvaraus/")
    wizard.choose_service()
    content = wizard.client.get("/ajanvaraus/varaa/aika/").content.decode()
    assert content.count('class="seloste-days__count"') == 7
    assert "?viikko=" in content
    assert 'type="date"' in content


def test_the_contact_step_shows_the_chosen_service_and_time(wizard):
    wizard.client.get("/ajanvaraus/")
    wizard.choose_service()
    wizard.choose_time(first_free(wizard.page, wizard.service()))
    content = wizard.client.get("/ajanvaraus/varaa/yhteystiedot/").content.decode()
    assert "seloste-booking__chosen" in content
    assert "Klassinen hieronta" in content


def test_a_mail_failure_logs_no_recipient_address(booking_page, monkeypatch, caplog):
    from smtplib import SMTPRecipientsRefused

    def refuse(self, fail_silently=False):
        raise SMTPRecipientsRefused({"maija@example.com": (550, b"no such user")})

    monkeypatch.setattr("django.core.mail.EmailMessage.send", refuse)
    with caplog.at_level(logging.ERROR):
        booking = book(booking_page, health="", consent=None)
    assert f"booking #{booking.pk}" in caplog.text
    assert "maija@example.com" not in caplog.text


def test_marketing_ticked_with_a_known_email_waits_for_the_address_to_be_proven(
    booking_page, client
):
    import re

    book(booking_page, health="", consent=None)
    mail.outbox.clear()
    box = booking_page.consent_checkboxes.get(kind="marketing_sms")
    service = booking_page.services.get(name="Klassinen hieronta")
    with TestCase.captureOnCommitCallbacks(execute=True):
        create_booking(
            booking_page,
            service,
            free_beyond_cutoff(booking_page, service),
            site=booking_page.get_site(),
            first_name="Maija",
            last_name="Meikäläinen",
            email="maija@example.com",
            phone="+358401234567",
            consents=[(box, True)],
        )
    assert not Client.objects.get().marketing_sms
    body = next(m for m in mail.outbox if m.to == ["maija@example.com"]).body
    client.post(re.search(r"http://[^/\s]+(/ajanvaraus/tiedot/\S+/)", body).group(1))
    assert Client.objects.get().marketing_sms


def test_the_client_listing_has_bulk_checkboxes_described_by_the_title(
    admin_client, invoiced_client
):
    content = admin_client.get("/admin/seloste/clients/").content.decode()
    assert f'aria-describedby="register_{invoiced_client.pk}_title"' in content
    assert f'id="register_{invoiced_client.pk}_title"' in content
