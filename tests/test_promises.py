"""What the pages promise is what happens (issue 19), in Finnish, Swedish and English.

Each promise a visitor-facing or owner-facing page makes that can be stated as data (a cancel
link in the email or not, an email sent or not, the deadline counted from receipt) is checked
against the behaviour: the page is rendered in each language, the promise's sentence is looked
up in that language's catalogue, and whether the page says it must equal whether it happens.
A better translation never breaks these tests; a page that promises what the product does not
do does, in any language.
"""

import re
from html import unescape
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone, translation
from django.utils.translation import gettext, ngettext

from tests.booking_helpers import free_beyond_cutoff
from tests.public_pages import DEMO, booking_pages
from wagtail_seloste.booking.models import Booking, BookingPage
from wagtail_seloste.conf import seloste_settings
from wagtail_seloste.register.dates import add_months
from wagtail_seloste.rights.models import RightsRequest

LANGUAGES = ["fi", "sv", "en"]


def text_of(response):
    html = response.content.decode()
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def says(text, language, msgid, plural=None, count=None, **params):
    """Whether ``text`` contains the sentence ``msgid`` (with ``params`` filled in) as
    ``language``'s catalogue has it."""
    with translation.override(language):
        sentence = ngettext(msgid, plural, count) if plural else gettext(msgid)
    if params:
        sentence = sentence % params
    return " ".join(sentence.split()) in text


@pytest.fixture
def in_language(client):
    def activate(language):
        client.cookies.load({"django_language": language})
        return client

    return activate


# Booking: the thank-you page and the confirmation email -------------------------------------

CANCEL_LINK = (
    "The email has a link for cancelling the booking online until %(hours)s hour before the start.",
    "The email has a link for cancelling the booking online until %(hours)s hours before the "
    "start.",
)
CONFIRMATION = "A confirmation with a calendar file is on its way to your email."


@pytest.fixture
def demo(migrated_db):
    call_command("load_initial_data", stdout=StringIO())


def book(client, language, capture, mailoutbox, beyond_cutoff=True):
    """Book on the demo's page in ``language``; (thank-you page text, the client's email)."""
    with capture(execute=True):
        pages = dict(
            booking_pages(
                client, language, email="promise@example.com", beyond_cutoff=beyond_cutoff
            )
        )
    emails = [m for m in mailoutbox if m.to == ["promise@example.com"]]
    return text_of(pages["booking: thanks"]), (emails[0] if emails else None)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("outside_cutoff", [True, False], ids=["outside-cutoff", "inside-cutoff"])
def test_the_thanks_page_promises_a_cancel_link_exactly_when_the_email_has_one(
    client, demo, mailoutbox, django_capture_on_commit_callbacks, language, outside_cutoff
):
    if not outside_cutoff:
        # Every bookable time is inside a cut-off longer than the booking horizon.
        BookingPage.objects.update(cancellation_cutoff_hours=24 * 365)
    hours = BookingPage.objects.get(locale__language_code=language).cancellation_cutoff_hours
    text, email = book(
        client, language, django_capture_on_commit_callbacks, mailoutbox, outside_cutoff
    )
    promised = says(text, language, *CANCEL_LINK, count=hours, hours=hours)
    has_link = email is not None and bool(re.search(r"/(peru|avboka|cancel)/\S+/", email.body))

    assert promised == has_link == outside_cutoff
    assert says(text, language, CONFIRMATION) == (email is not None) is True


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_cancelled_page_promises_the_email_the_client_gets(
    client, demo, mailoutbox, django_capture_on_commit_callbacks, language
):
    _text, email = book(client, language, django_capture_on_commit_callbacks, mailoutbox)
    path = re.search(r"https?://[^/\s]+(/\S+/(?:peru|avboka|cancel)/\S+/)", email.body).group(1)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(path)
    promised = says(
        text_of(response),
        language,
        "The booking is cancelled. A confirmation of the cancellation is on its way to your email.",
    )
    emailed = any(m.to == ["promise@example.com"] for m in mail.outbox)
    assert promised == emailed is True


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("action", ["cancel", "confirm"])
def test_the_admins_booking_pages_say_what_the_client_is_emailed(
    admin_client,
    wizard,
    booking_page,
    django_user_model,
    django_capture_on_commit_callbacks,
    language,
    action,
):
    from wagtail.users.models import UserProfile

    service = booking_page.services.get(name="Klassinen hieronta")
    wizard.book(start=free_beyond_cutoff(booking_page, service))
    booking = Booking.objects.latest("pk")
    if action == "confirm":
        Booking.objects.filter(pk=booking.pk).update(status="pending")
    user = django_user_model.objects.get(username="admin")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    url = f"/admin/seloste/bookings/{action}/{booking.pk}/"
    page = text_of(admin_client.get(url))
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(url)
    emailed = [m for m in mail.outbox if m.to == [booking.client.email]]
    if action == "cancel":
        promised = says(
            page,
            language,
            "Cancel this booking? The time becomes free for others, and the client gets an "
            "email that the booking is cancelled.",
        )
        assert promised == bool(emailed) is True
        assert not says(
            page,
            language,
            "Cancel this booking? The time becomes free for others. Tell the client yourself: no "
            "email is sent.",
        )
    else:
        promised = says(
            page,
            language,
            "Confirm this booking? The client gets a confirmation email with a calendar file.",
        )
        with_calendar = bool(emailed) and any(a[0].endswith(".ics") for a in emailed[0].attachments)
        assert promised == with_calendar is True


# Requests: the deadline from receipt, the verification email, the data by link ----------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_request_pages_promise_the_email_and_the_deadline_the_request_gets(
    client, demo, mailoutbox, django_capture_on_commit_callbacks, language
):
    path = DEMO[language][3]
    email = f"lupaus.{language}@example.com"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(path, {"types": ["access"], "name": "Lupaus", "email": email})
    thanks = text_of(client.get(response["Location"]))
    rights_request = RightsRequest.objects.get(email=email)

    # "A link to confirm the request is on its way" ⇔ the verification email went out.
    days = seloste_settings.RIGHTS_VERIFICATION_DAYS
    promised = says(
        thanks,
        language,
        "If the address you gave is valid, a link to confirm the request is on its way. Open it "
        "within %(days)s day; an unconfirmed request is deleted after that.",
        "If the address you gave is valid, a link to confirm the request is on its way. Open it "
        "within %(days)s days; an unconfirmed request is deleted after that.",
        count=days,
        days=days,
    )
    verification = [m for m in mailoutbox if m.to == [email]]
    assert promised == bool(verification) is True
    link = re.search(r"https?://[^/\s]+(/\S+/)", verification[0].body).group(1)
    pages = {"request: confirm": client.get(link)}
    client.post(link)
    pages["request: link used"] = client.get(link)

    # The deadline shown before confirming is one month from receipt, not from confirmation.
    confirm = text_of(pages["request: confirm"])
    due = add_months(timezone.localdate(rights_request.received_at), 1)
    assert says(
        confirm,
        language,
        "We answer by %(due)s at the latest: within one month of receiving the request.",
        due=f"{due.day}.{due.month}.{due.year}",
    )
    used = text_of(pages["request: link used"])
    assert says(
        used,
        language,
        "The request has already been confirmed; you do not need to do anything. We answer "
        "within one month of receiving the request.",
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_demo_request_pages_count_the_deadline_from_receipt(client, demo, language):
    text = text_of(client.get(DEMO[language][3]))
    for wrong in ("vahvistuksesta", "bekräftat begäran", "of your confirmation"):
        assert wrong not in text
    assert {"fi": "saapumisesta", "sv": "fått din begäran", "en": "of receiving it"}[
        language
    ] in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_admin_says_the_data_goes_by_link_and_the_email_carries_a_link_only(
    admin_client, demo, mailoutbox, django_user_model, django_capture_on_commit_callbacks, language
):
    from wagtail.users.models import UserProfile

    user = django_user_model.objects.get(username="admin")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    rights_request = RightsRequest.objects.get(status=RightsRequest.OPEN)
    page = text_of(admin_client.get(f"/admin/tietopyynnot/{rights_request.pk}/"))
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(f"/admin/tietopyynnot/{rights_request.pk}/export/send/")
    email = next(m for m in mailoutbox if m.to == [rights_request.email])
    promised_link = says(
        page,
        language,
        "“Send the data to the requester” emails a download link to the verified address, "
        "never the data itself. The link expires, and each download is recorded below. If the "
        "person also asked for erasure, erase only after they have downloaded the copy.",
    )
    assert promised_link
    assert email.attachments == []
    assert re.search(r"https?://\S+/(lataa|ladda-ner|download)/\S+/", email.body)
