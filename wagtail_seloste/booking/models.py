"""The client register (asiakasrekisteri): clients, bookings and consent records.

Personal data never goes into ``__str__``: Wagtail's audit log snapshots ``str(instance)`` as
the label of every log entry, and log entries are never pruned.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..models import RegisterModel
from ..validators import normalise_phone
from .pages import (  # noqa: F401  (the app's models, in one module for Django)
    BookingPage,
    ClosedDate,
    ConsentCheckbox,
    ConsentKind,
    OpeningHours,
    Service,
    SlotLock,
)


def normalise_email(value):
    return (value or "").strip().lower()


def validate_phone(value):
    if value:
        normalise_phone(value)


class Client(RegisterModel):
    """A person who has booked or asked about their data; one row per site and email."""

    site = models.ForeignKey(
        "wagtailcore.Site", on_delete=models.CASCADE, related_name="+", verbose_name=_("site")
    )
    email = models.EmailField(_("email"))
    first_name = models.CharField(_("first name"), max_length=100, blank=True)
    last_name = models.CharField(_("last name"), max_length=100, blank=True)
    phone = models.CharField(_("phone"), max_length=32, blank=True, validators=[validate_phone])
    marketing_email = models.BooleanField(_("marketing by email allowed"), default=False)
    marketing_sms = models.BooleanField(_("marketing by SMS allowed"), default=False)
    restricted = models.BooleanField(
        _("processing restricted"),
        default=False,
        help_text=_(
            "GDPR Art 18: the client has asked to restrict processing. No marketing and no "
            "reminders are sent, and the data is only stored."
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
    message = models.TextField(_("message"), blank=True)
    invoiced = models.BooleanField(
        _("invoiced"),
        default=False,
        help_text=_(
            "An invoiced booking is bookkeeping material: it is kept 6 years from the end of the "
            "year (Kirjanpitolaki 1336/1997, 2:10) and erasure and purges skip it."
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

    def cancel(self):
        self.status = BookingStatus.CANCELLED
        self.cancelled_at = timezone.now()
        self.save(update_fields=["status", "cancelled_at"])


class ConsentSource(models.TextChoices):
    BOOKING = "booking", _("booking")
    RIGHTS_REQUEST = "rights_request", _("rights request")
    ADMIN = "admin", _("admin")


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
    kind = models.CharField(_("kind"), max_length=32, choices=ConsentKind.choices)
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
