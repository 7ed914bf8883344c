"""Admin messages and owner emails in the owner's language, whatever the language of the page
or of the client (issue 19 item 5, issue 21 item 7)."""

import pytest
from django.contrib.messages import get_messages
from django.core import mail
from wagtail.models import Locale

from tests.core.test_notice_admin import edit_data


@pytest.fixture
def swedish_notice(notice):
    swedish = Locale.objects.create(language_code="sv")
    notice.get_parent().copy_for_translation(swedish).save_revision().publish()
    translated = notice.copy_for_translation(swedish)
    translated.save_revision()
    return translated.specific


@pytest.mark.django_db(transaction=True)
def test_publishing_a_swedish_notice_keeps_the_admins_messages_finnish(
    admin_client, swedish_notice, settings
):
    # The publish hands the page to the background render; with the immediate backend it runs
    # in this request, after commit, as in the demo.
    response = admin_client.post(
        f"/admin/pages/{swedish_notice.pk}/edit/",
        edit_data(swedish_notice, **{"action-publish": "1", "publish_override_reason": "Testi."}),
    )

    texts = [str(m) for m in get_messages(response.wsgi_request)]
    assert any("julkaistu" in text for text in texts), texts
    assert not any("publicerad" in text for text in texts), texts


# Owner emails ------------------------------------------------------------------------------


@pytest.fixture
def swedish_booking_page(booking_page, notice):
    """The booking page translated into Swedish, with the notice."""
    swedish = Locale.objects.get_or_create(language_code="sv")[0]
    booking_page.get_parent().copy_for_translation(swedish).save_revision().publish()
    notice.copy_for_translation(swedish).save_revision().publish()
    page = booking_page.copy_for_translation(swedish).specific
    page.slug = "boka-tid"
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def test_the_owner_of_a_swedish_booking_gets_a_finnish_email(
    swedish_booking_page, django_capture_on_commit_callbacks
):
    from tests.booking.test_booking_translations import book
    from tests.booking_helpers import first_free

    service = swedish_booking_page.services.order_by("sort_order").first()
    with django_capture_on_commit_callbacks(execute=True):
        book(swedish_booking_page, first_free(swedish_booking_page, service))

    owner_mail = next(m for m in mail.outbox if m.to == ["omistaja@example.com"])
    assert "uusi varaus" in owner_mail.body
    assert "bokning" not in owner_mail.body.lower()


def test_an_owner_who_uses_the_admin_in_english_gets_english_booking_emails(
    swedish_booking_page, django_capture_on_commit_callbacks, django_user_model
):
    from wagtail.users.models import UserProfile

    from tests.booking.test_booking_translations import book
    from tests.booking_helpers import first_free

    owner = django_user_model.objects.create_user("aino", "Omistaja@Example.com", "pw")
    profile = UserProfile.get_for_user(owner)
    profile.preferred_language = "en"
    profile.save()
    service = swedish_booking_page.services.order_by("sort_order").first()
    with django_capture_on_commit_callbacks(execute=True):
        book(swedish_booking_page, first_free(swedish_booking_page, service))

    owner_mail = next(m for m in mail.outbox if m.to == ["omistaja@example.com"])
    assert "A new booking was made" in owner_mail.body


@pytest.mark.parametrize(
    "profile_language, expected",
    [("", "Vastaa siihen viimeistään"), ("en", "Answer it by")],
    ids=["site-language", "owners-admin-language"],
)
def test_the_owner_of_a_swedish_request_gets_the_email_in_their_language(
    notice,
    rights_site,
    django_capture_on_commit_callbacks,
    django_user_model,
    profile_language,
    expected,
):
    from wagtail.users.models import UserProfile

    from wagtail_seloste.rights import actions
    from wagtail_seloste.rights.models import RightsRequest

    owner = django_user_model.objects.create_user("aino", notice.email, "pw")
    profile = UserProfile.get_for_user(owner)
    profile.preferred_language = profile_language
    profile.save()
    request = RightsRequest.objects.create(
        site=rights_site,
        types=["access"],
        name="Maja Exempel",
        email="maja@example.com",
        language="sv",
    )
    with django_capture_on_commit_callbacks(execute=True):
        actions.verify(request)

    owner_mail = next(m for m in mail.outbox if m.to == [notice.email])
    assert expected in owner_mail.body


def test_the_owners_language_is_the_sites_when_no_user_has_the_address(site, settings):
    from wagtail_seloste.outbox.language import owner_language

    assert owner_language(site, "nobody@example.com") == "fi"
