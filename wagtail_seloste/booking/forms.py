"""The steps of the booking wizard: service, time, contact details, consents."""

from datetime import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..notice.validators import DeliverableEmailFormField, normalise_phone
from .pages import HealthDataBasis
from .slots import bookable_range, is_free


class _ListedChoices(forms.models.ModelChoiceIterator):
    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for obj in self.field.listed:
            yield self.choice(obj)

    def __len__(self):
        return len(self.field.listed) + (self.field.empty_label is not None)

    def __bool__(self):
        return self.field.empty_label is not None or bool(self.field.listed)


class ListedModelChoiceField(forms.ModelChoiceField):
    """A ``ModelChoiceField`` over objects already read (``listed``): rendering the choices and
    checking the chosen one ask the database nothing more."""

    iterator = _ListedChoices
    listed = ()

    def to_python(self, value):
        if value in self.empty_values:
            return None
        value = str(getattr(value, "pk", value))
        for obj in self.listed:
            if str(obj.pk) == value:
                return obj
        raise ValidationError(
            self.error_messages["invalid_choice"], code="invalid_choice", params={"value": value}
        )


class ServiceForm(forms.Form):
    service = ListedModelChoiceField(
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
        field = self.fields["service"]
        field.queryset = page.services.all()
        # The page's bookable services, read once per request (the step is checked again on
        # every later step).
        field.listed = page.get_services()
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
    # A year far out of range (1, 9999) would overflow the slot arithmetic (OverflowError).
    if not 2000 <= start.year <= 9000:
        return None
    try:
        timezone.localtime(start)
    except (OverflowError, ValueError):
        return None
    return start


class SlotForm(forms.Form):
    """The start time; the template renders the free times of one day as radio buttons.

    ``check_free`` (the default) checks that the time is still free; the wizard asks for it
    only where it matters (the time step's own post and the final step, where the store checks
    again under the calendar's lock), not each time a later step validates the earlier steps'
    answers again. A time is checked once per page object (one request) at most.
    """

    slot = forms.CharField(
        label=_("Time"),
        max_length=40,
        error_messages={"required": _("Choose a time.")},
    )

    def __init__(self, *args, page, service, check_free=True, **kwargs):
        super().__init__(*args, **kwargs)
        self.page = page
        self.service = service
        self.check_free = check_free

    def is_free(self, start):
        checked = self.page.__dict__.setdefault("_seloste_free_checked", {})
        key = (self.service.pk, start)
        if key not in checked:
            checked[key] = is_free(self.page, self.service, start)
        return checked[key]

    def clean_slot(self):
        start = parse_slot(self.cleaned_data["slot"])
        if start is None:
            raise ValidationError(_("That is not a valid time. Choose a time from the list."))
        earliest, first_day, last_day = bookable_range(self.page)
        if timezone.localtime(start).date() > last_day:
            raise ValidationError(
                _("That time cannot be booked yet. Choose a time from the list."), code="range"
            )
        if self.service is None or (self.check_free and not self.is_free(start)):
            raise ValidationError(
                _("That time is no longer free. Choose another time."), code="taken"
            )
        return start


class ContactForm(forms.Form):
    first_name = forms.CharField(
        label=_("First name"),
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "given-name", "enterkeyhint": "next"}),
        error_messages={"required": _("Write your first name.")},
    )
    last_name = forms.CharField(
        label=_("Last name"),
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "family-name", "enterkeyhint": "next"}),
        error_messages={"required": _("Write your last name.")},
    )
    email = DeliverableEmailFormField(
        label=_("Email"),
        max_length=254,
        # A phone shows its email keyboard; the browser offers the person's own address.
        widget=forms.EmailInput(
            attrs={
                "autocomplete": "email",
                "inputmode": "email",
                "spellcheck": "false",
                "enterkeyhint": "next",
            }
        ),
        error_messages={
            "required": _("Write your email address: the confirmation is sent there."),
            "invalid": _("Write the email address in the form name@example.com."),
        },
    )
    phone = forms.CharField(
        label=_("Phone"),
        max_length=32,
        help_text=_("For example 040 123 4567."),
        widget=forms.TextInput(
            attrs={"type": "tel", "autocomplete": "tel", "inputmode": "tel", "enterkeyhint": "next"}
        ),
        error_messages={"required": _("Write your phone number, for example 040 123 4567.")},
    )
    message = forms.CharField(
        label=_("Message (optional)"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        # Where the service has no health field, the message must not invite health details:
        # it has none of the health field's protections (GDPR Art 9, 32: its own permission,
        # logged viewing, its own retention).
        help_text=_(
            "Practical things we should know before your visit. Please do not write health "
            "details here: this message is not protected like health information."
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

    def __init__(self, *args, page=None, service=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.page = page
        self.service = service
        self.health_consent_text = ""
        if page is not None and page.asks_health_info(service):
            self.fields["message"].help_text = _(
                "Anything we should know before your visit. Write health details in the field "
                "below, not here."
            )
            if page.health_data_basis == HealthDataBasis.PROFESSIONAL:
                help_text = _(
                    "Optional. Symptoms, injuries or medication that affect the treatment. As "
                    "health-care professionals we keep this in your patient record (GDPR Art "
                    "9(2)(h)); it is never sent by email."
                )
            else:
                help_text = _(
                    "Optional. Stored only if you tick the consent below; it is never sent by "
                    "email. You can book without giving it."
                )
            self.fields["health_info"] = forms.CharField(
                label=_("Health information (optional)"),
                max_length=2000,
                required=False,
                widget=forms.Textarea(attrs={"rows": 4, "autocomplete": "off"}),
                help_text=help_text,
            )
            if page.health_data_basis == HealthDataBasis.CONSENT:
                self.health_consent_text = page.health_consent_label()
                # GDPR Art 9(2)(a), 7(4): explicit, optional, never pre-ticked.
                self.fields["health_consent"] = forms.BooleanField(
                    label=self.health_consent_text, required=False, initial=False
                )
        # The honeypot stays last.
        self.fields["website"] = self.fields.pop("website")

    def clean_first_name(self):
        return " ".join(self.cleaned_data["first_name"].splitlines()).strip()

    def clean_last_name(self):
        return " ".join(self.cleaned_data["last_name"].splitlines()).strip()

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean_phone(self):
        return normalise_phone(self.cleaned_data["phone"].strip())

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise ValidationError(_("Leave this field empty."), code="honeypot")
        return ""

    def clean(self):
        cleaned = super().clean()
        if (
            "health_consent" in self.fields
            and (cleaned.get("health_info") or "").strip()
            and not cleaned.get("health_consent")
        ):
            self.add_error(
                "health_consent",
                _(
                    "We can store the health information only with your consent. Tick the box, "
                    "or empty the health information field to book without it."
                ),
            )
        return cleaned

    def health(self):
        """``(health_info, health_consent)`` for :func:`create_booking`."""
        info = (self.cleaned_data.get("health_info") or "").strip()
        if "health_consent" in self.fields:
            given = bool(self.cleaned_data.get("health_consent"))
            return (info if given else ""), (self.health_consent_text, given)
        return info, None


class ConsentForm(forms.Form):
    """One checkbox per configured consent: all optional, never pre-ticked. A page that makes
    offers to existing customers also has the box to refuse them (``offers_refused``)."""

    OFFERS_FIELD = "offers_refused"

    def __init__(self, *args, page, service, notice=None, notice_url="", **kwargs):
        kwargs.pop("initial", None)
        super().__init__(*args, **kwargs)
        self.page = page
        self.offers_text = page.existing_customer_text()
        if self.offers_text:
            # 917/2014 200 § 2 mom.: a simple way to refuse, free of charge, when the address
            # is collected. Not consent: leaving it unticked agrees to nothing but the offers.
            self.fields[self.OFFERS_FIELD] = forms.BooleanField(
                label=_("Do not send me offers by email"), required=False, initial=False
            )
        self.checkboxes = page.get_consent_checkboxes(service)
        for checkbox in self.checkboxes:
            anchor = (
                notice.stored_anchor_of(checkbox.notice_section)
                if notice and checkbox.notice_section
                else ""
            )
            # Never required: consent that is a condition is not free (GDPR Art 7(4)).
            field = forms.BooleanField(label=checkbox.label, required=False, initial=False)
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

    def consent_fields(self):
        """The bound consent checkboxes (the refusal of offers is rendered apart)."""
        return [field for field in self if field.name != self.OFFERS_FIELD]

    def offers_field(self):
        return self[self.OFFERS_FIELD] if self.OFFERS_FIELD in self.fields else None

    def existing_customer(self):
        """``(text shown, allowed)`` of the offers to existing customers, or None."""
        if not self.offers_text:
            return None
        label = str(self.fields[self.OFFERS_FIELD].label)
        refused = bool(self.cleaned_data.get(self.OFFERS_FIELD))
        return f"{self.offers_text} [{label}]", not refused
