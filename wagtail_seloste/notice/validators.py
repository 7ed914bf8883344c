"""Validation and normalisation of Finnish identifiers (Y-tunnus, phone numbers) and of email
addresses as a mail server takes them."""

import re
import unicodedata

import phonenumbers
from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import models
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


# Email addresses an SMTP server takes ------------------------------------------------------------

# Control, format, surrogate, private-use, unassigned and separator characters (U+2028 LINE
# SEPARATOR among them): Django's validator lets some through in the domain, and no mail server
# delivers to them, so the address would be stored and never reached.
_UNSENDABLE_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp", "Zs"}
_DNS_LABEL_RE = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$", re.IGNORECASE)


def email_domain_ascii(domain):
    """The domain as a mail server sees it (IDNA, ``bücher.fi`` → ``xn--bcher-kva.fi``), or
    None when no mail can be delivered to it."""
    try:
        ascii_domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    labels = ascii_domain.split(".")
    if len(ascii_domain) > 253 or len(labels) < 2 or labels[-1].isdigit():
        return None
    if not all(_DNS_LABEL_RE.match(label) for label in labels):
        return None
    return ascii_domain


def validate_deliverable_email(value):
    """An email address as an SMTP server takes it (RFC 5321): Django's check, no invisible
    or separator character anywhere, a local part of at most 64 characters and a domain that
    encodes to IDNA with valid DNS labels (or an address literal such as ``[192.0.2.1]``)."""
    validate_email(value)
    if any(unicodedata.category(char) in _UNSENDABLE_CATEGORIES for char in value):
        raise ValidationError(
            _(
                "The email address contains an invisible character or a line break. Type the "
                "address again, without copying it."
            ),
            code="invalid",
        )
    local, _at, domain = value.rpartition("@")
    if len(local) > 64:
        raise ValidationError(
            _("The part before @ is longer than 64 characters. Check the email address."),
            code="invalid",
        )
    if not domain.startswith("[") and email_domain_ascii(domain) is None:
        raise ValidationError(
            _(
                "Email cannot be delivered to the part after @ (%(domain)s). Check the email "
                "address."
            ),
            code="invalid",
            params={"domain": domain},
        )


class DeliverableEmailFormField(forms.EmailField):
    """A form's email field that takes only addresses a mail server delivers to."""

    default_validators = [validate_deliverable_email]


class DeliverableEmailField(models.EmailField):
    """A model's email field that takes only addresses a mail server delivers to. Migrations
    see Django's ``EmailField``: the check is validation only, nothing in the database."""

    default_validators = [validate_deliverable_email]

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.EmailField", args, kwargs

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": DeliverableEmailFormField, **kwargs})
