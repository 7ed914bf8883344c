"""The public data subject request form."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from ..notice.validators import DeliverableEmailFormField, normalise_phone
from .models import REQUEST_TYPES


class RightsRequestForm(forms.Form):
    """What the visitor asks for and how to reach them. Every field is validated; the email is
    verified by a link before the owner sees the request."""

    types = forms.MultipleChoiceField(
        label=_("What do you ask for?"),
        choices=REQUEST_TYPES,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one request.")},
    )
    rectification = forms.CharField(
        label=_("What is wrong, and what is correct?"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Needed when you ask for rectification."),
    )
    name = forms.CharField(
        label=_("Name"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = DeliverableEmailFormField(
        label=_("Email"),
        max_length=254,
        widget=forms.EmailInput(
            attrs={"autocomplete": "email", "inputmode": "email", "spellcheck": "false"}
        ),
        help_text=_("We send a link to this address to confirm that the request is yours."),
    )
    phone = forms.CharField(
        label=_("Phone (optional)"),
        required=False,
        max_length=32,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "inputmode": "tel"}),
    )
    message = forms.CharField(
        label=_("Message (optional)"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise ValidationError(_("Enter your name."))
        return name

    def clean_phone(self):
        value = self.cleaned_data.get("phone", "").strip()
        return normalise_phone(value) if value else ""

    def clean(self):
        cleaned = super().clean()
        if "rectification" in (cleaned.get("types") or []) and not cleaned.get("rectification"):
            self.add_error(
                "rectification",
                _("Tell us what is wrong in your data so that we can correct it."),
            )
        return cleaned
