"""The steps of the booking wizard: service, time, contact details, consents."""

from datetime import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..validators import normalise_phone
from .slots import is_free


class ServiceForm(forms.Form):
    service = forms.ModelChoiceField(
        label=_("Service"),
        queryset=None,
        widget=forms.RadioSelect,
        empty_label=None,
        error_messages={
            "required": _("Choose a service."),
            "invalid_choice": _("That service cannot be booked. Choose one from the list."),
        },
    )

    def __init__(self, *args, page, **kwargs):
        super().__init__(*args, **kwargs)
        self.page = page
        self.fields["service"].queryset = page.services.filter(bookable=True)
        self.fields["service"].label_from_instance = lambda service: service.name


def parse_slot(value):
    """An aware datetime from the ISO string of a slot, or None."""
    if not isinstance(value, str) or len(value) > 40:
        return None
    try:
        start = datetime.fromisoformat(value)
    except ValueError:
        return None
    if timezone.is_naive(start):
        return None
    return start


class SlotForm(forms.Form):
    """The start time; the template renders the free times of one day as radio buttons."""

    slot = forms.CharField(
        label=_("Time"),
        max_length=40,
        error_messages={"required": _("Choose a time.")},
    )

    def __init__(self, *args, page, service, **kwargs):
        super().__init__(*args, **kwargs)
        self.page = page
        self.service = service

    def clean_slot(self):
        start = parse_slot(self.cleaned_data["slot"])
        if start is None:
            raise ValidationError(_("That is not a valid time. Choose a time from the list."))
        if self.service is None or not is_free(self.page, self.service, start):
            raise ValidationError(
                _("That time is no longer free. Choose another time."), code="taken"
            )
        return start


class ContactForm(forms.Form):
    first_name = forms.CharField(
        label=_("First name"),
        max_length=100,
        error_messages={"required": _("Write your first name.")},
    )
    last_name = forms.CharField(
        label=_("Last name"),
        max_length=100,
        error_messages={"required": _("Write your last name.")},
    )
    email = forms.EmailField(
        label=_("Email"),
        max_length=254,
        error_messages={
            "required": _("Write your email address: the confirmation is sent there."),
            "invalid": _("Write the email address in the form name@example.com."),
        },
    )
    phone = forms.CharField(
        label=_("Phone"),
        max_length=32,
        help_text=_("For example 040 123 4567."),
        error_messages={"required": _("Write your phone number, for example 040 123 4567.")},
    )
    message = forms.CharField(
        label=_("Message (optional)"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Anything we should know before your visit. Please do not write health details "
            "here unless they are needed for the treatment."
        ),
    )
    # A honeypot: hidden from people by CSS and from assistive technology by aria-hidden; bots
    # that fill every field get caught.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean_phone(self):
        return normalise_phone(self.cleaned_data["phone"].strip())

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise ValidationError(_("Leave this field empty."), code="honeypot")
        return ""


class ConsentForm(forms.Form):
    """One checkbox per configured consent; optional ones are never pre-ticked."""

    def __init__(self, *args, page, service, notice=None, notice_url="", **kwargs):
        kwargs.pop("initial", None)
        super().__init__(*args, **kwargs)
        self.page = page
        self.checkboxes = page.get_consent_checkboxes(service)
        for checkbox in self.checkboxes:
            anchor = (
                notice.anchor_of(checkbox.notice_section)
                if notice and checkbox.notice_section
                else ""
            )
            field = forms.BooleanField(
                label=checkbox.label,
                required=checkbox.required,
                initial=False,
                error_messages={"required": _("Tick this box to book: it is required.")},
            )
            field.checkbox = checkbox
            field.notice_link = f"{notice_url}#{anchor}" if notice_url and anchor else notice_url
            self.fields[self.field_name(checkbox)] = field

    @staticmethod
    def field_name(checkbox):
        return f"consent_{checkbox.pk}"

    def answers(self):
        """(checkbox, given) for every checkbox shown."""
        return [
            (checkbox, bool(self.cleaned_data.get(self.field_name(checkbox))))
            for checkbox in self.checkboxes
        ]
