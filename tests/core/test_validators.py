"""Y-tunnus and phone numbers."""

import pytest
from django.core.exceptions import ValidationError

from wagtail_seloste.notice.validators import business_id_is_valid, format_phone, normalise_phone


@pytest.mark.parametrize("value", ["3006642-2", "3011457-8", "2845163-9"])
def test_valid_business_ids_pass(value):
    assert business_id_is_valid(value)


@pytest.mark.parametrize(
    "value", ["3006642-3", "3006642", "300664-22", "30066422", " 3006642-2", ""]
)
def test_malformed_or_wrong_business_ids_fail(value):
    assert not business_id_is_valid(value)


def test_business_id_with_remainder_one_is_never_valid():
    # 1000008: the weighted sum mod 11 is 1, so no check digit makes it valid.
    assert not any(business_id_is_valid(f"1000008-{digit}") for digit in range(10))


@pytest.mark.parametrize(
    "typed", ["040 123 4567", "0401234567", "+358 40 123 4567", "+358401234567"]
)
def test_finnish_phone_numbers_are_normalised_to_e164(typed):
    assert normalise_phone(typed) == "+358401234567"


def test_invalid_phone_number_says_how_to_write_it():
    with pytest.raises(ValidationError) as error:
        normalise_phone("12")

    assert "040 123 4567" in error.value.messages[0]


def test_stored_number_is_shown_in_national_form():
    assert format_phone("+358401234567") == "040 1234567"
