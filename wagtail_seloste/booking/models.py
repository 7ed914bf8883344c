"""The client register (asiakasrekisteri): clients, bookings and consent records.

Personal data never goes into ``__str__``: Wagtail's audit log snapshots ``str(instance)`` as
the label of every log entry, and log entries are never pruned.
"""

from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..notice.validators import DeliverableEmailField, normalise_phone
from ..register.models import RegisterModel
from .pages import (  # noqa: F401  (the app's models, in one module for Django)
    BookingPage,
    ClosedDate,
    ConsentCheckbox,
    ConsentKind,
    HealthDataBasis,
    OpeningHours,
    RecordKind,
    Service,
    SlotLock,
)


def normalise_email(value):
    return (value or "").strip().lower()


def single_line(value):
    """``value`` on one line: CR, LF and other line breaks become spaces (names, subjects)."""
    return " ".join((value or "").splitlines()).strip()


def validate_phone(value):
    if value:
        normalise_phone(value)


class Client(RegisterModel):
    """A person who has booked or asked about their data; one row per site and email."""

    site = models.ForeignKey(
        "wagtailcore.Site", on_delete=models.CASCADE, related_name="+", verbose_name=_("site")
    )
    email = DeliverableEmailField(_("email"))
    first_name = models.CharField(_("first name"), max_length=100, blank=True)
    last_name = models.CharField(_("last name"), max_length=100, blank=True)
    phone = models.CharField(_("phone"), max_length=32, blank=True, validators=[validate_phone])
    marketing_email = models.BooleanField(_("marketing by email allowed"), default=False)
    marketing_sms = models.BooleanField(_("marketing by SMS allowed"), default=False)
    # Not consent (917/2014 200 § 2 mom.): the client booked and did not refuse offers of
    # similar services when giving the address; a refusal (at booking, by the link in an
    # offer, an objection, the owner) turns it off. Its evidence is in the consent records.
    marketing_existing_customer = models.BooleanField(
        _("offers of similar services by email (existing customer)"),
        default=False,
        help_text=_(
            "Not consent: the client booked and did not refuse offers of your similar services "
            "when giving the address (917/2014 200 §). Every offer must carry the client's "
            "opt-out link."
        ),
    )
    restricted = models.BooleanField(
        _("processing restricted"),
        default=False,
        help_text=_(
            "GDPR Art 18: the client has asked to restrict processing. No marketing and no "
            "reminders are sent, and the data is only stored."
        ),
    )
    relationship_ended_at = models.DateTimeField(
        _("customer relationship ended"),
        null=True,
        blank=True,
        help_text=_(
            "Set with “End customer relationship”. Retention rules counted from the end of the "
            "customer relationship count from this moment (or from the last booking)."
        ),
    )
    # A health-care professional keeps a patient record 12 years after the patient's death, or
    # 120 years from birth when the date of death is not known (STM:n asetus
    # potilasasiakirjoista 94/2022, liite): the owner enters what they know, and the record's
    # hold is counted from it (booking/sources.py, patient_record_until).
    birth_date = models.DateField(
        _("date of birth"),
        null=True,
        blank=True,
        help_text=_(
            "For a patient record: the patient record is kept 120 years from the patient's "
            "birth when the date of death is not known (asetus potilasasiakirjoista 94/2022)."
        ),
    )
    birth_year = models.PositiveSmallIntegerField(
        _("year of birth"),
        null=True,
        blank=True,
        help_text=_(
            "Enough when the client gave only the year: the record is then kept until the end "
            "of the 120th year. Filled in from the date of birth when you give it."
        ),
    )
    date_of_death = models.DateField(
        _("date of death"),
        null=True,
        blank=True,
        help_text=_(
            "If you learn that the client has died: the patient record is then kept 12 years "
            "after the death."
        ),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("client")
        verbose_name_plural = _("clients")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["site", "email"], name="seloste_client_unique_email")
        ]

    def __str__(self):
        return _("Client #%(id)s") % {"id": self.pk}

    def save(self, *args, **kwargs):
        self.email = normalise_email(self.email)
        self.first_name = single_line(self.first_name)
        self.last_name = single_line(self.last_name)
        if self.birth_date:
            self.birth_year = self.birth_date.year
        super().save(*args, **kwargs)

    @property
    def full_name(self):
        return " ".join(part for part in (self.first_name, self.last_name) if part)

    def clean(self):
        self.email = normalise_email(self.email)
        if self.phone:
            try:
                self.phone = normalise_phone(self.phone)
            except ValidationError as error:
                raise ValidationError({"phone": error}) from error
        self.clean_life_dates()

    def clean_life_dates(self):
        """The dates the patient record's period is counted from must be possible ones."""
        today = timezone.localdate()
        errors = {}
        if self.birth_date and self.birth_date > today:
            errors["birth_date"] = _("The date of birth is in the future.")
        if self.birth_year is not None and not 1880 <= self.birth_year <= today.year:
            errors["birth_year"] = _("Enter a year of birth between 1880 and this year.")
        elif self.birth_date and self.birth_year and self.birth_year != self.birth_date.year:
            errors["birth_year"] = _(
                "The year of birth differs from the date of birth. Correct one of them, or "
                "empty the year: it is filled in from the date."
            )
        if self.date_of_death:
            born = self.birth_date or (
                date(self.birth_year, 1, 1)
                if self.birth_year and "birth_year" not in errors
                else None
            )
            if self.date_of_death > today:
                errors["date_of_death"] = _("The date of death is in the future.")
            elif born and self.date_of_death < born:
                errors["date_of_death"] = _("The date of death is before the birth.")
        if errors:
            raise ValidationError(errors)


#: The client-record flag of each marketing record kind.
MARKETING_FIELDS = {
    RecordKind.MARKETING_EMAIL: "marketing_email",
    RecordKind.MARKETING_SMS: "marketing_sms",
    RecordKind.MARKETING_EXISTING_CUSTOMER: "marketing_existing_customer",
}


class BookingStatus(models.TextChoices):
    PENDING = "pending", _("pending")
    CONFIRMED = "confirmed", _("confirmed")
    CANCELLED = "cancelled", _("cancelled")


class BookingQuerySet(models.QuerySet):
    def active(self):
        return self.exclude(status=BookingStatus.CANCELLED)

    def overlapping(self, start, end):
        return self.filter(start__lt=end, end__gt=start)


class Booking(RegisterModel):
    """One booked time of one service."""

    page = models.ForeignKey(
        BookingPage,
        on_delete=models.PROTECT,
        related_name="bookings",
        verbose_name=_("booking page"),
    )
    service = models.ForeignKey(
        Service, on_delete=models.PROTECT, related_name="bookings", verbose_name=_("service")
    )
    client = models.ForeignKey(
        Client, on_delete=models.CASCADE, related_name="bookings", verbose_name=_("client")
    )
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    status = models.CharField(
        _("status"), max_length=16, choices=BookingStatus.choices, default=BookingStatus.PENDING
    )
    # The contact details the booking was made with. A visitor cannot change a known client's
    # record by booking with their email: the client changes only when the owner accepts the
    # new details or the person proves the address (a signed link in the confirmation).
    first_name = models.CharField(_("first name given"), max_length=100, blank=True)
    last_name = models.CharField(_("last name given"), max_length=100, blank=True)
    email = DeliverableEmailField(_("email given"), blank=True)
    phone = models.CharField(_("phone given"), max_length=32, blank=True)
    message = models.TextField(_("message"), blank=True)
    # Special category data (GDPR Art 9): never in an email, a log line or ``__str__``; shown
    # only to users with the permission "view_health_data", and every showing is logged.
    health_info = models.TextField(_("health information"), blank=True)
    health_basis = models.CharField(
        _("basis of the health information"),
        max_length=16,
        choices=HealthDataBasis.choices,
        blank=True,
        help_text=_("The booking page's basis when the booking was made."),
    )
    payment_open = models.BooleanField(
        _("payment open or in collection"),
        default=False,
        help_text=_(
            "Tick while an invoice of this booking is unpaid or in collection (perintä): the "
            "booking and the client's contact details are then kept by erasure and purges "
            "until you untick it."
        ),
    )
    invoiced = models.BooleanField(
        _("invoiced"),
        default=False,
        help_text=_(
            "An invoiced booking is bookkeeping material: it is kept 6 years from the end of the "
            "year in which its financial year ended (Kirjanpitolaki 1336/1997, 2:10), and "
            "erasure and purges skip it until then."
        ),
    )
    reminder_sent_at = models.DateTimeField(_("reminder sent"), null=True, blank=True)
    confirmation_sent_at = models.DateTimeField(_("confirmation sent"), null=True, blank=True)
    owner_notified_at = models.DateTimeField(_("owner notified"), null=True, blank=True)
    # Only filled when WAGTAIL_SELOSTE_STORE_IP_ADDRESS is on; the notice must then say so.
    ip_address = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)

    objects = BookingQuerySet.as_manager()

    class Meta:
        verbose_name = _("booking")
        verbose_name_plural = _("bookings")
        ordering = ["-start"]
        permissions = [("view_health_data", _("Can view health information of bookings"))]
        indexes = [models.Index(fields=["page", "start"], name="seloste_booking_page_start")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__gt=models.F("start")), name="seloste_booking_end_after"
            )
        ]

    def __str__(self):
        return _("Booking #%(id)s") % {"id": self.pk}

    @property
    def is_cancelled(self):
        return self.status == BookingStatus.CANCELLED

    @property
    def contact_name(self):
        return " ".join(p for p in (self.first_name, self.last_name) if p)

    def contact_differs(self):
        """Whether the details given with this booking differ from the client's record: the
        name or phone, or a marketing permission ticked that the record does not have."""
        client = self.client
        return bool(self.pending_marketing()) or any(
            value and value != getattr(client, field)
            for field, value in (
                ("first_name", self.first_name),
                ("last_name", self.last_name),
                ("phone", self.phone),
            )
        )

    def pending_marketing(self):
        """The client-record fields of the marketing permissions ticked with this booking that
        wait for confirmation (an existing client's record changes only when the person proves
        the address or the owner accepts; a restricted client's never, GDPR Art 18)."""
        client = self.client
        if client.restricted or self.pk is None:
            return []
        fields = MARKETING_FIELDS
        ticked = self.consents.filter(given=True, kind__in=list(fields)).values_list(
            "kind", flat=True
        )
        return sorted({fields[kind] for kind in ticked if not getattr(client, fields[kind])})

    def apply_contact_to_client(self):
        """Copy the details given with this booking to the client's record (after the owner
        accepted them or the person proved the address). Returns the changed field names."""
        client = self.client
        changed = []
        for field in ("first_name", "last_name", "phone"):
            value = getattr(self, field)
            if value and getattr(client, field) != value:
                setattr(client, field, value)
                changed.append(field)
        for field in self.pending_marketing():
            setattr(client, field, True)
            changed.append(field)
        if changed:
            client.save(update_fields=[*changed, "updated_at"])
        return changed

    def cancel(self):
        self.status = BookingStatus.CANCELLED
        self.cancelled_at = timezone.now()
        self.save(update_fields=["status", "cancelled_at"])


class ConsentSource(models.TextChoices):
    BOOKING = "booking", _("booking")
    RIGHTS_REQUEST = "rights_request", _("rights request")
    ADMIN = "admin", _("admin")
    # Recorded by the owner in the admin, with the evidence of how the answer was given.
    IN_PERSON = "in_person", _("in person")
    PHONE = "phone", _("by phone")
    PAPER_FORM = "paper_form", _("on a paper form")
    EMAIL = "email", _("by email")
    # The opt-out link every marketing message carries (917/2014 200 §).
    OPTOUT_LINK = "optout_link", _("opt-out link in a message")


#: The sources an owner chooses from when recording a consent answer in the admin.
OWNER_CONSENT_SOURCES = [
    (ConsentSource.IN_PERSON.value, ConsentSource.IN_PERSON.label),
    (ConsentSource.PHONE.value, ConsentSource.PHONE.label),
    (ConsentSource.PAPER_FORM.value, ConsentSource.PAPER_FORM.label),
    (ConsentSource.EMAIL.value, ConsentSource.EMAIL.label),
]


class AppendOnlyError(Exception):
    """Raised when code tries to change a consent record: they are evidence."""


class ConsentRecord(RegisterModel):
    """Evidence of one consent answer (GDPR Art 7(1)): append-only.

    Withdrawal is a new record with ``given=False``, never an edit of an old one.
    """

    site = models.ForeignKey(
        "wagtailcore.Site", on_delete=models.CASCADE, related_name="+", verbose_name=_("site")
    )
    client = models.ForeignKey(
        Client, on_delete=models.CASCADE, related_name="consents", verbose_name=_("client")
    )
    booking = models.ForeignKey(
        Booking,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="consents",
        verbose_name=_("booking"),
    )
    kind = models.CharField(_("kind"), max_length=32, choices=RecordKind.choices)
    given = models.BooleanField(_("given"))
    text = models.TextField(_("text shown"))
    notice = models.ForeignKey(
        "wagtail_seloste.NoticePage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("privacy notice"),
    )
    notice_revision = models.ForeignKey(
        "wagtailcore.Revision",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("notice revision"),
    )
    source = models.CharField(_("source"), max_length=32, choices=ConsentSource.choices)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    created_at = models.DateTimeField(_("time"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("consent record")
        verbose_name_plural = _("consent records")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return _("Consent #%(id)s") % {"id": self.pk}

    def save(self, *args, **kwargs):
        if self.pk is not None and not self._state.adding:
            raise AppendOnlyError(
                "Consent records are append-only: record a withdrawal as a new record."
            )
        super().save(*args, **kwargs)
