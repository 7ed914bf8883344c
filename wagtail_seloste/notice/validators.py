"""Validation and normalisation of Finnish identifiers: Y-tunnus and phone numbers."""

import re

import phonenumbers
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

BUSINESS_ID_RE = re.compile(r"^(\d{7})-(\d)$")
BUSINESS_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)


def business_id_is_valid(value):
    """Whether ``value`` is a Y-tunnus with a correct check digit.

    The check digit: multiply the seven digits by 7, 9, 10, 5, 8, 4, 2 and sum; r = sum mod 11.
    r = 0 gives 0, r = 1 is never issued, otherwise the digit is 11 − r (PRH / YTJ rules).
    """
    match = BUSINESS_ID_RE.match(value or "")
    if not match:
        return False
    digits, check = match.groups()
    remainder = sum(int(d) * w for d, w in zip(digits, BUSINESS_ID_WEIGHTS, strict=True)) % 11
    if remainder == 1:
        return False
    expected = 0 if remainder == 0 else 11 - remainder
    return int(check) == expected


def validate_business_id(value):
    if not business_id_is_valid(value):
        raise ValidationError(
            _(
                "“%(value)s” is not a valid business ID (Y-tunnus). It has seven digits, a "
                "hyphen and a check digit, for example 1234567-1; copy it from the YTJ service."
            ),
            code="invalid_business_id",
            params={"value": value},
        )


def normalise_phone(value, region="FI"):
    """Return the phone number in E.164 (+358…), accepting the national forms people type.

    Raises ValidationError with a message that says how to write the number.
    """
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise ValidationError(
            _(
                "“%(value)s” is not a valid phone number. Write it for example as "
                "040 123 4567 or +358 40 123 4567."
            ),
            code="invalid_phone",
            params={"value": value},
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def format_phone(value, region="FI"):
    """A stored E.164 number as people read it: national form at home, international abroad."""
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return value
    if phonenumbers.region_code_for_number(number) == region:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
