"""Legal holds counted as the law counts them (issue 19 item 7): a practitioner's patient records
(asetus potilasasiakirjoista 94/2022: 12 years after the patient's death, 120 years from birth
when the date of death is unknown) and bookkeeping (Kirjanpitolaki 1336/1997, 2 luku 10 §: six
years from the end of the year in which the site's financial year ended)."""

from datetime import date, datetime, time, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from wagtail_seloste.booking.models import Booking, Client
from wagtail_seloste.booking.sources import (
    PATIENT_RECORD_HOLD,
    booking_hold,
    patient_record_until,
)
from wagtail_seloste.notice.models import SelosteSettings
from wagtail_seloste.register.dates import (
    add_years,
    bookkeeping_hold_from,
    bookkeeping_kept_until,
    financial_year_end,
)
from wagtail_seloste.register.erasure import erase_person
from wagtail_seloste.register.registry import fiscal_threshold, registry

HEALTH = "Polvi leikattu 2024."


def aware(day, hour=12):
    return timezone.make_aware(datetime.combine(day, time(hour)))


@pytest.fixture
def patient(rights_site, service):
    """A professional's patient with one treatment note a year ago."""
    client = Client.objects.create(site=rights_site, email="potilas@example.com")
    start = aware(timezone.localdate() - timedelta(days=365))
    Booking.objects.create(
        page=service.page,
        service=service,
        client=client,
        start=start,
        end=start + timedelta(hours=1),
        status="confirmed",
        health_info=HEALTH,
        health_basis="professional",
    )
    return client


def set_life(client, **dates):
    Client.objects.filter(pk=client.pk).update(**dates)
    client.refresh_from_db()
    return client


# The patient record's period --------------------------------------------------------------


def test_a_known_death_keeps_the_record_twelve_years_after_it(patient):
    died = timezone.localdate() - timedelta(days=400)
    set_life(patient, date_of_death=died, birth_year=1940)

    assert patient_record_until(patient) == add_years(died, 12)


def test_without_a_death_the_record_is_kept_120_years_from_the_birth_date(patient):
    born = date(1990, 5, 17)
    set_life(patient, birth_date=born, birth_year=1990)

    assert patient_record_until(patient) == date(2110, 5, 17)


def test_a_birth_year_alone_keeps_the_record_to_the_end_of_the_120th_year(patient):
    set_life(patient, birth_year=1990)

    assert patient_record_until(patient) == date(2110, 12, 31)


def test_without_any_date_the_record_is_kept_and_the_preview_says_what_to_enter(patient):
    results = erase_person(patient.site, patient.email, dry_run=True)

    kept = [k for r in results for k in r.kept if r.source == "bookings"]
    assert kept[0].until is None
    assert "year of birth" in kept[0].note or "syntymävuotta" in kept[0].note


def test_a_record_twelve_years_after_the_death_is_no_longer_held(patient):
    died = add_years(timezone.localdate(), -12) - timedelta(days=1)
    set_life(patient, date_of_death=died)

    erase_person(patient.site, patient.email)

    assert not Booking.objects.exists()


def test_a_record_within_twelve_years_of_the_death_is_held_until_its_date(patient):
    died = add_years(timezone.localdate(), -12) + timedelta(days=1)
    set_life(patient, date_of_death=died)

    results = erase_person(patient.site, patient.email)

    assert Booking.objects.get().health_info == HEALTH
    kept = next(k for r in results if r.source == "bookings" for k in r.kept)
    assert kept.until == add_years(died, 12)
    assert kept.reason == str(PATIENT_RECORD_HOLD)


def test_a_record_of_someone_born_over_120_years_ago_is_not_held(patient):
    set_life(patient, birth_year=timezone.localdate().year - 121)

    erase_person(patient.site, patient.email)

    assert not Booking.objects.exists()


def test_the_held_client_keeps_the_dates_the_record_is_counted_from(patient):
    set_life(patient, birth_date=date(1980, 2, 3), birth_year=1980, phone="+358401234567")

    erase_person(patient.site, patient.email)

    patient.refresh_from_db()
    assert patient.birth_date == date(1980, 2, 3) and patient.phone == ""


def test_the_health_purge_keeps_a_held_record(patient):
    source = registry.get("bookings")
    result = source.purge(patient.site, "health", timezone.now(), "last_booking")

    assert result.kept == 1
    assert Booking.objects.get().health_info == HEALTH


# The client's dates in the admin ----------------------------------------------------------


def test_the_date_of_birth_fills_in_the_year(patient):
    patient.birth_date = date(1975, 11, 30)
    patient.save()

    assert Client.objects.get(pk=patient.pk).birth_year == 1975


@pytest.mark.parametrize(
    "dates, field",
    [
        ({"birth_date": date(1975, 1, 1), "birth_year": 1976}, "birth_year"),
        ({"birth_year": 1850}, "birth_year"),
        ({"birth_date": date(1975, 1, 1), "date_of_death": date(1974, 1, 1)}, "date_of_death"),
        ({"date_of_death": date.today() + timedelta(days=30)}, "date_of_death"),
        ({"birth_date": date.today() + timedelta(days=30)}, "birth_date"),
    ],
    ids=["year-differs", "year-impossible", "death-before-birth", "death-ahead", "birth-ahead"],
)
def test_impossible_dates_are_refused_with_a_message(patient, dates, field):
    for key, value in dates.items():
        setattr(patient, key, value)

    with pytest.raises(ValidationError) as raised:
        patient.clean()

    assert field in raised.value.message_dict


def test_the_owner_enters_the_date_of_birth_in_the_client_form(admin_client, patient):
    response = admin_client.post(
        f"/admin/seloste/clients/edit/{patient.pk}/",
        {
            "first_name": "Pertti",
            "last_name": "Potilas",
            "email": patient.email,
            "phone": "",
            "birth_date": "1962-04-09",
            "birth_year": "",
            "date_of_death": "",
        },
    )

    assert response.status_code == 302
    patient.refresh_from_db()
    assert (patient.birth_date, patient.birth_year) == (date(1962, 4, 9), 1962)


# Bookkeeping and the site's financial year ------------------------------------------------


@pytest.fixture
def june_year(rights_site):
    """The site's financial year ends on 30 June."""
    settings = SelosteSettings.for_site(rights_site)
    settings.financial_year_end_month = 6
    settings.save()
    return rights_site


def test_a_voucher_is_kept_to_the_end_of_the_sixth_year_after_its_financial_year_ended():
    # Financial year 1.7.2026–30.6.2027 ends in 2027: kept until 31.12.2033.
    assert financial_year_end(date(2026, 8, 15), 6) == date(2027, 6, 30)
    assert bookkeeping_kept_until(date(2026, 8, 15), 6, 6) == date(2033, 12, 31)
    assert bookkeeping_kept_until(date(2026, 3, 15), 6, 6) == date(2032, 12, 31)
    assert bookkeeping_kept_until(date(2026, 8, 15)) == date(2032, 12, 31)


@pytest.mark.parametrize("end_month", range(1, 13))
def test_the_hold_starts_where_the_kept_until_date_is_still_ahead(end_month):
    today = timezone.localdate()
    first = bookkeeping_hold_from(today, 6, end_month)

    assert bookkeeping_kept_until(first, 6, end_month) >= today
    assert bookkeeping_kept_until(first - timedelta(days=1), 6, end_month) < today


def test_an_invoiced_booking_in_a_financial_year_ending_in_june_is_held_longer(
    june_year, make_client
):
    # August seven years ago: in a calendar year its hold ended last 31.12.; its financial
    # year ending in June ended a year later, so it is still kept.
    start = aware(date(timezone.localdate().year - 7, 8, 1))
    client = make_client("lasku@example.com", bookings=[(start, True)])

    results = erase_person(june_year, client.email)

    booking = Booking.objects.get()
    assert booking.invoiced
    kept = next(k for r in results if r.source == "bookings" for k in r.kept)
    assert kept.until == date(timezone.localdate().year, 12, 31)


def test_the_same_booking_in_a_calendar_financial_year_is_erased(rights_site, make_client):
    start = aware(date(timezone.localdate().year - 7, 8, 1))
    client = make_client("lasku@example.com", bookings=[(start, True)])

    erase_person(rights_site, client.email)

    assert not Booking.objects.exists()


def test_the_hold_reads_the_sites_financial_year(june_year, make_client):
    start = aware(date(timezone.localdate().year - 7, 8, 1))
    client = make_client("lasku@example.com", bookings=[(start, True)])

    hold = booking_hold(client.bookings.get())

    assert hold[1] == date(timezone.localdate().year, 12, 31)


@pytest.mark.parametrize(
    "counted_from, end_month, expected",
    [
        ("fiscal_year_end", 12, date(2026, 1, 1)),
        ("fiscal_year_end_year", 12, date(2026, 1, 1)),
        ("fiscal_year_end", 6, date(2025, 7, 1)),
        ("fiscal_year_end_year", 6, date(2025, 7, 1)),
        ("fiscal_year_end", 3, date(2026, 4, 1)),
        ("fiscal_year_end_year", 3, date(2025, 4, 1)),
    ],
)
def test_retention_rules_count_from_the_sites_financial_year(
    rights_site, counted_from, end_month, expected
):
    settings = SelosteSettings.for_site(rights_site)
    settings.financial_year_end_month = end_month
    settings.save()
    # A rule's threshold is "now minus the period"; on 15.5.2026 data of financial years that
    # ended before it (or, for the year in which it ended, before 2026) has expired.
    threshold = aware(date(2026, 5, 15))

    cutoff = fiscal_threshold(threshold, counted_from, rights_site)

    assert timezone.localtime(cutoff).date() == expected


def test_the_erase_page_shows_both_holds_with_their_dates(admin_client, patient, rights_site):
    from wagtail_seloste.rights.models import RightsRequest

    set_life(patient, birth_date=date(1980, 2, 3), birth_year=1980)
    start = aware(timezone.localdate() - timedelta(days=30))
    Booking.objects.create(
        page=patient.bookings.first().page,
        service=patient.bookings.first().service,
        client=patient,
        start=start,
        end=start + timedelta(hours=1),
        status="confirmed",
        invoiced=True,
    )
    request = RightsRequest.objects.create(
        site=rights_site, types=["erasure"], name="Pertti", email=patient.email
    )
    request.verify()
    request.save()

    content = admin_client.get(f"/admin/tietopyynnot/{request.pk}/erase/").content.decode()

    assert "3.2.2100" in content  # 120 years from the date of birth
    kept_until = bookkeeping_kept_until(timezone.localdate() - timedelta(days=30))
    assert f"{kept_until.day}.{kept_until.month}.{kept_until.year}" in content
