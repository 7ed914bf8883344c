"""The booking wizard: steps, back button, state per page, previews, caching, bad input."""

import pytest
from django.test import override_settings

from tests.booking_helpers import first_free
from wagtail_seloste.booking.models import Booking, Client, ConsentRecord


def test_booking_page_starts_at_the_service_step(client, booking_page):
    response = client.get("/ajanvaraus/")
    assert response.status_code == 302
    assert response["Location"] == "/ajanvaraus/varaa/palvelu/"


def test_service_step_lists_bookable_services(client, booking_page):
    response = client.get("/ajanvaraus/varaa/palvelu/", follow=True)
    assert b"Klassinen hieronta" in response.content
    assert b"Urheiluhieronta" in response.content


def test_a_full_booking_stores_client_booking_and_consents(wizard, booking_page):
    response = wizard.book()
    assert response.status_code == 200
    booking = Booking.objects.get()
    assert booking.client.email == "maija.meikalainen@example.com"
    assert booking.client.phone == "+358401234567"
    assert booking.status == "confirmed"
    assert "/kiitos/" in response.request["PATH_INFO"]


def test_time_step_offers_only_free_slots(wizard, booking_page):
    wizard.book()
    taken = Booking.objects.get().start
    wizard.client.get("/ajanvaraus/?reset")
    wizard.choose_service()
    day = taken.date().isoformat()
    response = wizard.client.get(f"/ajanvaraus/varaa/aika/?paiva={day}")
    assert taken.isoformat().encode() not in response.content


def test_browser_back_to_an_earlier_step_shows_the_stored_answer(wizard):
    wizard.client.get("/ajanvaraus/")
    wizard.choose_service("Urheiluhieronta")
    response = wizard.client.get("/ajanvaraus/varaa/palvelu/")
    service = wizard.service("Urheiluhieronta")
    assert f'value="{service.pk}"'.encode() in response.content
    assert b"checked" in response.content


def test_back_button_in_the_form_goes_to_the_previous_step(wizard):
    wizard.client.get("/ajanvaraus/")
    wizard.choose_service()
    response = wizard.client.post(
        "/ajanvaraus/varaa/aika/",
        {"wizard_goto_step": "palvelu", f"{wizard.prefix}-current_step": "aika"},
    )
    assert response["Location"] == "/ajanvaraus/varaa/palvelu/"


def test_opening_a_later_step_directly_goes_back_to_the_first_missing_step(client, booking_page):
    response = client.get("/ajanvaraus/varaa/vahvistus/")
    assert response.status_code == 302
    assert response["Location"] == "/ajanvaraus/varaa/palvelu/"


def test_two_booking_pages_do_not_share_wizard_state(wizard, booking_page, home):
    other = booking_page.copy(
        update_attrs={"slug": "toinen", "title": "Toinen"}, copy_revisions=False
    )
    other.save_revision().publish()
    wizard.client.get("/ajanvaraus/")
    wizard.choose_service()
    response = wizard.client.get("/toinen/varaa/aika/")
    assert response["Location"] == "/toinen/varaa/palvelu/"


def test_session_keeps_only_each_steps_own_fields(wizard, client):
    client.get("/ajanvaraus/")
    wizard.post("palvelu", {"service": wizard.service().pk, "extra": "x"})
    stored = client.session[f"wizard_{wizard.prefix}"]["step_data"]["palvelu"]
    assert set(stored) == {"palvelu-service"}


def test_wizard_responses_are_not_cached(client, booking_page):
    response = client.get("/ajanvaraus/varaa/palvelu/", follow=True)
    assert "no-cache" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_preview_does_not_start_a_wizard(admin_client, booking_page):
    response = admin_client.get(f"/admin/pages/{booking_page.pk}/view_draft/")
    assert response.status_code == 200
    assert b'class="seloste-booking__notice"' in response.content
    assert b"current_step" not in response.content  # no wizard management form
    assert not any(key.startswith("wizard_") for key in admin_client.session.keys())


def test_optional_consents_are_never_pre_ticked(wizard):
    wizard.client.get("/ajanvaraus/")
    wizard.choose_service()
    wizard.choose_time(first_free(wizard.page, wizard.service()))
    wizard.contact()
    response = wizard.client.get("/ajanvaraus/varaa/vahvistus/")
    assert b"Saa l\xc3\xa4hett\xc3\xa4\xc3\xa4 uutiskirjeen" in response.content
    assert b"checked" not in response.content


def test_consents_link_to_the_notice_section(wizard):
    wizard.client.get("/ajanvaraus/")
    wizard.choose_service()
    wizard.choose_time(first_free(wizard.page, wizard.service()))
    wizard.contact()
    response = wizard.client.get("/ajanvaraus/varaa/vahvistus/")
    assert b'href="/tietosuojaseloste/#kasittelyn-tarkoitus"' in response.content


def test_health_consent_is_shown_only_for_services_that_need_it(wizard):
    wizard.client.get("/ajanvaraus/")
    wizard.choose_service("Klassinen hieronta")
    wizard.choose_time(first_free(wizard.page, wizard.service()))
    wizard.contact()
    response = wizard.client.get("/ajanvaraus/varaa/vahvistus/")
    assert b"terveystietojeni" not in response.content


def test_booking_works_without_ticking_any_consent(wizard):
    # GDPR Art 7(4): no consent is a condition of booking.
    response = wizard.book("Urheiluhieronta", ticked=())
    assert response.status_code == 200
    assert Booking.objects.count() == 1


def test_invalid_phone_number_gets_a_clear_message(wizard):
    wizard.client.get("/ajanvaraus/")
    wizard.choose_service()
    wizard.choose_time(first_free(wizard.page, wizard.service()))
    response = wizard.contact(phone="12")
    assert response.status_code == 200
    assert b"040 123 4567" in response.content
    assert "aria-invalid" in response.content.decode()


def test_filled_honeypot_stops_the_booking(wizard):
    wizard.client.get("/ajanvaraus/")
    wizard.choose_service()
    wizard.choose_time(first_free(wizard.page, wizard.service()))
    response = wizard.contact(website="http://spam.example")
    assert response.status_code == 200
    assert response.wsgi_request.path == "/ajanvaraus/varaa/yhteystiedot/"


@override_settings(WAGTAIL_SELOSTE_BOOKING_RATE_LIMIT=1)
def test_last_step_is_rate_limited_per_address(wizard, client):
    wizard.book()
    client.get("/ajanvaraus/")
    wizard.choose_service()
    wizard.choose_time(first_free(wizard.page, wizard.service()))
    wizard.contact()
    response = wizard.confirm()
    assert response.status_code == 429
    assert Booking.objects.count() == 1


def test_no_ip_address_is_stored_by_default(wizard):
    wizard.book()
    assert Booking.objects.get().ip_address is None


@override_settings(WAGTAIL_SELOSTE_STORE_IP_ADDRESS=True)
def test_ip_address_is_stored_when_the_setting_enables_it(wizard):
    wizard.book()
    assert Booking.objects.get().ip_address == "127.0.0.1"


def test_time_taken_by_someone_else_sends_the_visitor_back_with_a_message(wizard, booking_page):
    from wagtail_seloste.booking.store import create_booking

    wizard.client.get("/ajanvaraus/")
    wizard.choose_service()
    start = first_free(booking_page, wizard.service())
    wizard.choose_time(start)
    wizard.contact()
    create_booking(  # someone else, while the visitor reads the last step
        booking_page,
        wizard.service(),
        start,
        site=booking_page.get_site(),
        first_name="A",
        last_name="B",
        email="other@example.com",
    )
    response = wizard.confirm(follow=True)  # the last step's post stores the booking
    assert response.wsgi_request.path == "/ajanvaraus/varaa/aika/"
    assert Booking.objects.count() == 1
    assert Client.objects.filter(email="maija.meikalainen@example.com").count() == 0


def test_replayed_last_post_does_not_book_twice(wizard, client):
    wizard.book()
    response = wizard.confirm()
    while response.status_code == 302:
        response = client.get(response["Location"])
    assert Booking.objects.count() == 1
    assert ConsentRecord.objects.filter(booking__isnull=False).count() == 2


@pytest.mark.parametrize("step", ["palvelu", "aika", "yhteystiedot", "vahvistus"])
def test_post_without_management_form_is_a_bad_request(client, booking_page, step):
    client.get("/ajanvaraus/")
    response = client.post(f"/ajanvaraus/varaa/{step}/", {"x": "y"})
    assert response.status_code == 400


@pytest.mark.parametrize("day", ["2026-02-30", "x", "2026-13-01", "1-1-1", "9999-12-31", ""])
def test_bad_day_in_the_time_step_url_shows_the_first_free_day(wizard, day):
    wizard.client.get("/ajanvaraus/")
    wizard.choose_service()
    response = wizard.client.get(f"/ajanvaraus/varaa/aika/?paiva={day}")
    assert response.status_code == 200
    assert b'aria-current="date"' in response.content


def _session_writes(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return [
        q["sql"]
        for q in queries.captured_queries
        if "django_session" in q["sql"] and q["sql"].startswith(("UPDATE", "INSERT"))
    ]


def test_opening_the_current_step_again_leaves_the_session_as_it_was(wizard):
    wizard.client.get("/ajanvaraus/")
    wizard.choose_service()

    assert _session_writes(wizard.client, wizard.url("aika")) == []


def test_going_back_to_an_earlier_step_is_kept_in_the_session(wizard, booking_page):
    wizard.client.get("/ajanvaraus/")
    wizard.choose_service()

    assert _session_writes(wizard.client, wizard.url("palvelu"))
    stored = wizard.client.session[f"wizard_seloste_booking_{booking_page.pk}"]
    assert stored["step"] == "palvelu"


def test_a_service_that_is_not_bookable_is_refused_when_posted(wizard, booking_page):
    hidden = booking_page.services.get(name="Urheiluhieronta")
    hidden.bookable = False
    hidden.save()
    wizard.client.get("/ajanvaraus/")

    response = wizard.post("palvelu", {"service": hidden.pk})

    errors = response.context["wizard"]["form"].errors.as_data()
    assert [error.code for error in errors["service"]] == ["invalid_choice"]
