"""The site translated with wagtail-localize (issue 21, item 7).

Segment by segment: a booking page's services and consent labels are offered for translation
and reach the Swedish page; the notice's identifiers (Y-tunnus, phone, postal code, email) are
never offered and stay the Finnish page's; opening hours are one schedule for all languages.
"""

from datetime import time

import pytest
from django.apps import apps
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from wagtail_seloste.booking.models import ClosedDate
from wagtail_seloste.booking.slots import free_slots

pytestmark = pytest.mark.django_db


@pytest.fixture
def swedish():
    return Locale.objects.get_or_create(language_code="sv")[0]


def strings_of(instance):
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    return source, {
        segment.string.data: segment
        for segment in StringSegment.objects.filter(source=source).select_related("string")
    }


def translate(instance, locale, translations):
    """Translate ``instance`` into ``locale`` as a translator would: each string given in
    ``translations`` is translated, the others fall back to the source."""
    source, segments = strings_of(instance)
    for text, translated in translations.items():
        segment = segments[text]
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            data=translated,
        )
    translation = Translation.objects.create(source=source, target_locale=locale)
    source.create_or_update_translation(locale, publish=True, fallback=True)
    return translation.get_target_instance()


def test_wagtail_localize_replaces_simple_translation():
    assert apps.is_installed("wagtail_localize")
    assert not apps.is_installed("wagtail.contrib.simple_translation")


def test_the_notices_identifiers_are_not_offered_for_translation(notice):
    notice.business_id, notice.phone, notice.postal_code = "1234567-1", "040 123 4567", "00100"
    notice.save_revision().publish()

    _source, segments = strings_of(notice)

    assert segments  # the notice's texts are offered
    assert not {"1234567-1", "040 123 4567", "00100", notice.email} & set(segments)


def test_services_and_consent_labels_are_offered_for_translation(booking_page):
    _source, segments = strings_of(booking_page)

    assert {"Klassinen hieronta", "Urheiluhieronta"} <= set(segments)
    assert "Saa lähettää uutiskirjeen sähköpostilla." in segments


def test_the_translated_booking_page_lists_the_services_in_swedish(booking_page, swedish):
    translate(booking_page.get_parent(), swedish, {})

    page = translate(
        booking_page,
        swedish,
        {
            "Klassinen hieronta": "Klassisk massage",
            "Saa lähettää uutiskirjeen sähköpostilla.": "Nyhetsbrev får skickas per e-post.",
        },
    )

    assert [s.name for s in page.services.order_by("sort_order")][0] == "Klassisk massage"
    assert {s.locale for s in page.services.all()} == {swedish}
    assert "Nyhetsbrev får skickas per e-post." in {c.label for c in page.consent_checkboxes.all()}
    # The duration stays the source's: one fact in both languages.
    assert [s.duration_minutes for s in page.services.order_by("sort_order")] == [
        s.duration_minutes for s in booking_page.services.order_by("sort_order")
    ]


def test_the_swedish_page_follows_the_finnish_pages_hours_without_a_sync(booking_page, swedish):
    translate(booking_page.get_parent(), swedish, {})
    page = translate(booking_page, swedish, {})
    day = min(free_slots(booking_page, booking_page.services.first()))

    booking_page.opening_hours.update(opens=time(10), closes=time(11))
    ClosedDate.objects.create(page=booking_page, date=day)
    page = type(page).objects.get(pk=page.pk)
    slots = free_slots(page, page.services.first())

    assert day not in slots
    assert {s.timetz().replace(tzinfo=None) for starts in slots.values() for s in starts} == {
        time(10)
    }


def test_a_contact_persons_phone_is_not_offered_for_translation(notice):
    sections = notice.sections.raw_data
    sections.append(
        {
            "type": "contact_person",
            "value": {
                "heading": "Yhteyshenkilö",
                "text": "",
                "person": {
                    "name": "Liisa Laine",
                    "email": "liisa@example.com",
                    "phone": "050 765 4321",
                    "address": "",
                },
            },
        }
    )
    notice.save_revision().publish()

    _source, segments = strings_of(notice)

    assert "Liisa Laine" in segments  # the person's other texts are offered
    assert "050 765 4321" not in segments
