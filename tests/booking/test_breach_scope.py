"""A breach's scope estimated from the client register, and the message to those affected."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from wagtail.models import Locale, ModelLogEntry

from wagtail_seloste.booking.models import Booking, Client, ConsentRecord
from wagtail_seloste.register.breaches import scope as scopes
from wagtail_seloste.register.breaches.scope import Scope
from wagtail_seloste.register.models import Breach

URL = "/admin/seloste/breaches/"


def book(client, service, *, start, created=None, health="", page=None):
    booking = Booking.objects.create(
        page=page or service.page,
        service=service,
        client=client,
        start=start,
        end=start + timedelta(hours=1),
        status="confirmed",
        health_info=health,
    )
    if created is not None:
        Booking.objects.filter(pk=booking.pk).update(created_at=created)
    return booking


@pytest.fixture
def register(rights_site, service):
    """Three clients: Aino booked twice last week (once with health details), Bertta once a
    month ago, Cecilia never; Aino gave a marketing consent."""
    now = timezone.now()
    aino = Client.objects.create(site=rights_site, email="aino@example.com", marketing_email=True)
    bertta = Client.objects.create(site=rights_site, email="bertta@example.com")
    cecilia = Client.objects.create(site=rights_site, email="cecilia@example.com")
    book(
        aino,
        service,
        start=now + timedelta(days=2),
        created=now - timedelta(days=6),
        health="Selkä kipeä",
    )
    book(aino, service, start=now + timedelta(days=9), created=now - timedelta(days=5))
    book(bertta, service, start=now - timedelta(days=20), created=now - timedelta(days=30))
    ConsentRecord.objects.create(
        site=rights_site,
        client=aino,
        kind="marketing_email",
        given=True,
        text="Uutiskirje",
        source="booking",
    )
    return {"aino": aino, "bertta": bertta, "cecilia": cecilia, "now": now}


def estimate(site, kind, **fields):
    return scopes.source_of(kind).estimate(site, Scope(kind=kind, **fields))


def test_all_clients_counts_the_whole_register(rights_site, register):
    found = estimate(rights_site, "all_clients")

    assert (found.people, found.health_records) == (3, 1)
    # 3 bookings, 3 clients and 1 consent record
    assert found.records == 7
    assert {"clients", "bookings", "health", "consents", "marketing"} <= found.groups


def test_bookings_made_in_a_range(rights_site, register):
    now = register["now"]

    found = estimate(rights_site, "bookings_made", start=now - timedelta(days=7), end=now)

    assert (found.people, found.records, found.health_records) == (1, 2, 1)
    assert "health" in found.groups


def test_appointments_in_a_range(rights_site, register):
    now = register["now"]

    found = estimate(rights_site, "appointments", start=now - timedelta(days=25), end=now)

    assert (found.people, found.records, found.health_records) == (1, 1, 0)
    assert "health" not in found.groups


def test_one_booking_page_with_its_translations(rights_site, register, service):
    swedish = service.page.copy_for_translation(
        Locale.objects.get_or_create(language_code="sv")[0], copy_parents=True
    )
    book(register["cecilia"], service, start=register["now"], page=swedish)

    found = estimate(rights_site, "booking_page", page_id=service.page.pk)

    assert (found.people, found.records) == (3, 4)


def test_each_person_is_reached_in_the_language_they_booked_in(rights_site, register, service):
    swedish = service.page.copy_for_translation(
        Locale.objects.get_or_create(language_code="sv")[0], copy_parents=True
    )
    book(register["cecilia"], service, start=register["now"], page=swedish)

    contacts = scopes.source("booking").contacts(rights_site, Scope(kind="all_clients"))

    languages = {ref[1]: language for ref, language in contacts}
    assert languages == {
        register["aino"].pk: "fi",
        register["bertta"].pk: "fi",
        register["cecilia"].pk: "sv",
    }


def test_another_sites_clients_are_never_in_the_scope(rights_site, register, other_site):
    Client.objects.create(site=other_site, email="muu@example.com")

    assert estimate(rights_site, "all_clients").people == 3


@pytest.fixture
def breach(rights_site, register, notice):
    return Breach.objects.create(
        site=rights_site,
        title="Asiakaslista vuoti",
        description="Asiakaslistan kopio lähti väärälle vastaanottajalle.",
        aware_at=timezone.now() - timedelta(hours=2),
        nature=["confidentiality"],
        scope_kind="all_clients",
        data_groups=["clients", "bookings", "health"],
        consequences="Tietojen kalastelu on mahdollista.",
        measures_taken="Vastaanottajaa pyydetty poistamaan viesti.",
    )


def test_recording_the_scope_in_the_admin_stores_the_estimate(admin_client, rights_site, register):
    response = admin_client.post(
        URL + "new/",
        {
            "site": rights_site.pk,
            "title": "Varausviestit väärälle",
            "description": "Lomakkeen vika lähetti varausviestit väärään osoitteeseen.",
            "aware_at": timezone.localtime().strftime("%Y-%m-%d %H:%M"),
            "nature": ["confidentiality"],
            "scope_kind": "bookings_made",
            "scope_start": timezone.localtime(register["now"] - timedelta(days=7)).strftime(
                "%Y-%m-%d %H:%M"
            ),
            "scope_end": timezone.localtime().strftime("%Y-%m-%d %H:%M"),
        },
    )

    breach = Breach.objects.get()
    assert response.status_code == 302
    assert (
        breach.estimate["people"],
        breach.estimate["records"],
        breach.estimate["health_records"],
    ) == (1, 2, 1)
    assert set(breach.data_groups) >= {"clients", "bookings", "health"}
    html = admin_client.get(response["Location"]).content.decode()
    assert "Korkea riski" in html or "korkea riski" in html.lower()


def test_a_range_scope_without_its_range_is_refused(admin_client, rights_site, register):
    response = admin_client.post(
        URL + "new/",
        {
            "site": rights_site.pk,
            "title": "x",
            "description": "y",
            "aware_at": timezone.localtime().strftime("%Y-%m-%d %H:%M"),
            "nature": ["confidentiality"],
            "scope_kind": "appointments",
        },
    )

    assert response.status_code == 200
    assert response.context["form"].errors
    assert not Breach.objects.exists()


def test_the_message_drafts_are_in_three_languages_without_health_details(admin_client, breach):
    response = admin_client.get(f"{URL}{breach.pk}/message/")

    initial = response.context["form"].initial
    assert {"subject_fi", "subject_sv", "subject_en"} <= set(initial)
    bodies = " ".join(initial[f"body_{language}"] for language in ("fi", "sv", "en"))
    assert "Selkä" not in bodies
    assert "tervey" not in bodies.lower() and "health" not in bodies.lower()
    assert "Tietojen kalastelu on mahdollista." in initial["body_fi"]


def test_the_message_goes_to_everyone_affected_in_their_language(
    admin_client, breach, service, register, django_capture_on_commit_callbacks
):
    swedish = service.page.copy_for_translation(
        Locale.objects.get_or_create(language_code="sv")[0], copy_parents=True
    )
    book(register["cecilia"], service, start=register["now"], page=swedish)
    drafts = admin_client.get(f"{URL}{breach.pk}/message/").context["form"].initial

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(f"{URL}{breach.pk}/message/", {**drafts, "confirm": "on"})

    assert response.status_code == 302
    sent = {message.to[0]: message for message in mail.outbox}
    assert set(sent) == {"aino@example.com", "bertta@example.com", "cecilia@example.com"}
    assert sent["cecilia@example.com"].subject == drafts["subject_sv"]
    assert sent["aino@example.com"].subject == drafts["subject_fi"]
    assert all("Selkä" not in m.body for m in mail.outbox)
    breach.refresh_from_db()
    assert breach.people_notified_at is not None
    assert ModelLogEntry.objects.filter(
        object_id=str(breach.pk), action="wagtail_seloste.breach.message"
    ).exists()


def test_the_message_must_be_confirmed(admin_client, breach):
    drafts = admin_client.get(f"{URL}{breach.pk}/message/").context["form"].initial

    response = admin_client.post(f"{URL}{breach.pk}/message/", drafts)

    assert response.status_code == 400
    assert mail.outbox == []


def test_a_person_erased_before_sending_gets_nothing(breach, register, django_user_model):
    from wagtail_seloste import outbox
    from wagtail_seloste.register.breaches.messages import drafts, send

    owner = django_user_model.objects.create_superuser("viestija", "v@example.com", "pw")
    send(breach, drafts(breach), owner)  # queued; no worker has delivered it yet
    register["bertta"].delete()

    outbox.sweep()  # the delivery builds each email from current data

    assert {m.to[0] for m in mail.outbox} == {"aino@example.com", "cecilia@example.com"}
