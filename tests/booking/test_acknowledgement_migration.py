"""The "notice acknowledgement" consent kind is gone (issue 19 item 8): existing checkboxes
become plain text above the consents, their consent records stay as history."""

import importlib

from django.apps import apps

from wagtail_seloste.booking.models import ConsentCheckbox, ConsentRecord

migration = importlib.import_module(
    "wagtail_seloste.booking.migrations.0003_acknowledgement_becomes_text_above_the_consents"
)
LABEL = "Olen lukenut tietosuojaselosteen."


def with_an_acknowledgement(page):
    """Give ``page`` an acknowledgement checkbox as 0.1 stored it, live and in a draft."""
    page.consent_intro = "Varaustietoja käytetään vain varauksen hoitamiseen."
    page.consent_checkboxes.add(ConsentCheckbox(label=LABEL, kind="other", sort_order=0))
    page.save_revision().publish()
    # The kind is no longer a choice: written to the rows as 0.1 stored it.
    ConsentCheckbox.objects.filter(label=LABEL).update(kind=migration.ACKNOWLEDGEMENT)
    revision = page.get_latest_revision()
    content = revision.content
    for box in content["consent_checkboxes"]:
        if box["label"] == LABEL:
            box["kind"] = migration.ACKNOWLEDGEMENT
    revision.content = content
    revision.save()
    return fresh(page)


def fresh(page):
    return type(page).objects.get(pk=page.pk)


def test_the_checkbox_becomes_text_above_the_consents(booking_page):
    page = with_an_acknowledgement(booking_page)

    migration.acknowledgements_to_text(apps, None)

    page = fresh(page)
    assert not ConsentCheckbox.objects.filter(kind=migration.ACKNOWLEDGEMENT).exists()
    assert page.consent_intro == ("Varaustietoja käytetään vain varauksen hoitamiseen.\n\n" + LABEL)
    assert page.consent_checkboxes.count() == 3


def test_drafts_lose_the_checkbox_too(booking_page):
    page = with_an_acknowledgement(booking_page)

    migration.acknowledgements_to_text(apps, None)

    draft = fresh(page).get_latest_revision_as_object()
    assert all(box.kind != migration.ACKNOWLEDGEMENT for box in draft.consent_checkboxes.all())
    assert draft.consent_intro.endswith(LABEL)


def test_the_consent_records_stay_as_history(booking_page, make_client):
    with_an_acknowledgement(booking_page)
    client = make_client("maija@example.com", consents=[(migration.ACKNOWLEDGEMENT, True)])

    migration.acknowledgements_to_text(apps, None)

    record = ConsentRecord.objects.get(client=client)
    assert record.kind == migration.ACKNOWLEDGEMENT
    assert "not consent" in str(record.get_kind_display()) or "ei suostumus" in str(
        record.get_kind_display()
    )


def test_the_confirm_step_shows_the_text_and_no_checkbox(wizard):
    from tests.booking_helpers import first_free

    page = with_an_acknowledgement(wizard.page)
    migration.acknowledgements_to_text(apps, None)
    fresh(page).save_revision().publish()

    wizard.client.get("/ajanvaraus/")
    wizard.choose_service()
    wizard.choose_time(first_free(wizard.page, wizard.service()))
    wizard.contact()
    content = wizard.client.get("/ajanvaraus/varaa/vahvistus/").content.decode()

    assert LABEL in content
    assert content.index(LABEL) < content.index('type="checkbox"')
    assert content.count('type="checkbox"') == 2  # the two marketing consents
