"""Email addresses are taken only when a mail server can deliver to them (issue 22): no
invisible or separator characters, a domain that encodes to IDNA."""

import pytest
from django.core.exceptions import ValidationError
from django.core.mail.message import sanitize_address
from hypothesis import given
from hypothesis import strategies as st

from tests.booking_helpers import CONTACT, first_free
from wagtail_seloste.notice.validators import validate_deliverable_email

UNSENDABLE = {
    "a line separator in the domain": "maija@exa\u2028mple.fi",
    "a line separator at the end": "maija@example.fi\u2028",
    "a zero-width space in the domain": "maija@exa\u200bmple.fi",
    "a paragraph separator": "maija@example\u2029.fi",
    "a right-to-left mark": "maija@\u200fexample.fi",
    "a label of 64 characters": "maija@" + "a" * 64 + ".fi",
    "a local part of 65 characters": "m" * 65 + "@example.fi",
}


@pytest.mark.parametrize("name", sorted(UNSENDABLE))
def test_an_address_no_mail_server_takes_is_refused(name):
    with pytest.raises(ValidationError):
        validate_deliverable_email(UNSENDABLE[name])


@pytest.mark.parametrize(
    "address", ["maija@example.fi", "maija.meikalainen+ajanvaraus@example.fi", "m@bücher.fi"]
)
def test_an_ordinary_address_is_taken(address):
    validate_deliverable_email(address)


def test_the_message_says_what_to_do():
    from django.utils import translation

    with translation.override("en"):
        with pytest.raises(ValidationError) as raised:
            validate_deliverable_email(UNSENDABLE["a line separator in the domain"])
        messages = " ".join(str(m) for m in raised.value.messages)

    assert "Type the address again" in messages


ADDRESS_CHARS = st.characters(codec="utf-8", exclude_characters="\x00")


@given(
    local=st.text(ADDRESS_CHARS, min_size=1, max_size=20),
    domain=st.text(ADDRESS_CHARS, min_size=1, max_size=30),
)
def test_an_address_taken_can_be_put_on_an_email(local, domain):
    """What the validator takes, Django's mailer can address (as the outbox does): plain
    ASCII, no line breaks."""
    address = f"{local}@{domain}"
    try:
        validate_deliverable_email(address)
    except ValidationError:
        return
    sent_as = sanitize_address(address, "utf-8")

    assert sent_as.isascii() and not any(c in sent_as for c in "\r\n\u2028\u2029")


@given(label=st.text(ADDRESS_CHARS, min_size=1, max_size=10))
def test_a_domain_with_an_unsendable_character_is_refused(label):
    import unicodedata

    if not any(unicodedata.category(c) in {"Cc", "Cf", "Zl", "Zp", "Zs"} for c in label):
        label += "\u2028"
    with pytest.raises(ValidationError):
        validate_deliverable_email(f"maija@{label}.fi")


def test_the_booking_form_refuses_an_undeliverable_address(wizard, booking_page):
    wizard.client.get("/ajanvaraus/")
    wizard.choose_service()
    wizard.choose_time(first_free(booking_page, wizard.service()))

    response = wizard.contact(email=UNSENDABLE["a line separator in the domain"])

    assert response.status_code == 200
    assert response.context["form"].errors["email"]


def test_the_booking_form_takes_an_ordinary_address(wizard, booking_page):
    wizard.client.get("/ajanvaraus/")
    wizard.choose_service()
    wizard.choose_time(first_free(booking_page, wizard.service()))

    response = wizard.contact(email=CONTACT["email"])

    assert response.status_code == 302


def test_the_request_form_refuses_an_undeliverable_address():
    from wagtail_seloste.rights.forms import RightsRequestForm

    form = RightsRequestForm(data={"email": UNSENDABLE["a zero-width space in the domain"]})

    assert "email" in form.errors


def test_the_owners_notification_address_is_checked(booking_page):
    booking_page.owner_email = UNSENDABLE["a line separator in the domain"]

    with pytest.raises(ValidationError) as raised:
        booking_page.full_clean()

    assert "owner_email" in raised.value.message_dict
