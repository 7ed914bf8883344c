"""The booking app's sources of personal data: clients, bookings and consent records.

Loaded from the booking app's ``ready``. Each registers with :data:`registry.registry`;
erasure runs them in ``erase_order`` (consents, bookings, then the client) so that a client is
only deleted once nothing held still refers to it.
"""

from datetime import date, datetime, time

from django.db import transaction
from django.db.models import Exists, F, Max, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..conf import seloste_settings
from ..register.audit import log_entries
from ..register.registry import (
    BOOKKEEPING_HOLD,
    ErasureResult,
    Kept,
    PersonalDataSource,
    PurgeResult,
    batched_ids,
    delete_in_batches,
    fiscal_threshold,
    registry,
    to_json,
)


def bookkeeping_hold_start(today=None):
    """Invoiced bookings starting on or after this moment are bookkeeping material.

    Kirjanpitolaki 1336/1997, 2 luku 10 §: vouchers are kept at least 6 years from the end of
    the year in which the financial year ended. Assuming the calendar year as the financial
    year, a booking of year Y is kept until 31.12.Y+6, so the hold covers years ≥ today − 6.
    """
    today = today or timezone.localdate()
    year = today.year - seloste_settings.BOOKKEEPING_RETENTION_YEARS
    return timezone.make_aware(datetime.combine(date(year, 1, 1), time.min))


def bookkeeping_hold_until(booking):
    year = timezone.localtime(booking.start).year + seloste_settings.BOOKKEEPING_RETENTION_YEARS
    return date(year, 12, 31)


# The holds of the booking app, beside the core's BOOKKEEPING_HOLD.
OPEN_PAYMENT_HOLD = _(
    "The booking has an unpaid invoice or one in collection (perintä): it and the contact "
    "details are kept until the payment is settled (GDPR Art 17(3)(e), legal claims)."
)
PATIENT_RECORD_HOLD = _(
    "Health information recorded by a health-care professional is part of the patient "
    "record, which must be kept (laki potilaan asemasta ja oikeuksista 785/1992 12 §, asetus "
    "94/2022; GDPR Art 17(3)(c))."
)


def patient_record_hold_start(today=None):
    """Patient-record entries of a client whose last entry started on or after this moment are
    held (PATIENT_RECORD_RETENTION_YEARS after the last entry, asetus 94/2022)."""
    today = today or timezone.localdate()
    years = seloste_settings.PATIENT_RECORD_RETENTION_YEARS
    try:
        day = today.replace(year=today.year - years)
    except ValueError:  # 29 February
        day = today.replace(year=today.year - years, day=28)
    return timezone.make_aware(datetime.combine(day, time.min))


def patient_record_q():
    """A Q of the bookings whose health information is a held patient-record entry."""
    from .models import Booking

    recent = (
        Booking.objects.filter(
            client_id=OuterRef("client_id"),
            health_basis="professional",
            start__gte=patient_record_hold_start(),
        )
        .exclude(health_info="")
        .values("pk")
    )
    return Q(health_basis="professional") & ~Q(health_info="") & Q(Exists(recent))


def held_bookings_q(prefix=""):
    """A Q of the bookings that a legal hold keeps: bookkeeping (invoiced), an open payment or
    collection, a patient record. ``prefix`` is accepted for the bookkeeping part only."""
    bookkeeping = Q(**{f"{prefix}invoiced": True, f"{prefix}start__gte": bookkeeping_hold_start()})
    if prefix:
        return bookkeeping
    return bookkeeping | Q(payment_open=True) | patient_record_q()


def booking_hold(booking):
    """(reason, until) of the hold that keeps ``booking``, or None."""
    from .models import Booking

    if booking.health_basis == "professional" and booking.health_info:
        if Booking.objects.filter(patient_record_q(), pk=booking.pk).exists():
            last = (
                Booking.objects.filter(client_id=booking.client_id, health_basis="professional")
                .exclude(health_info="")
                .aggregate(last=Max("start"))["last"]
            )
            years = seloste_settings.PATIENT_RECORD_RETENTION_YEARS
            local = timezone.localtime(last)
            return PATIENT_RECORD_HOLD, date(local.year + years, local.month, min(local.day, 28))
    if booking.payment_open:
        return OPEN_PAYMENT_HOLD, None
    if booking.invoiced and booking.start >= bookkeeping_hold_start():
        return BOOKKEEPING_HOLD, bookkeeping_hold_until(booking)
    return None


def anonymise_held_booking(booking, reason, *, dry_run=False):
    """Keep a held booking with only what its hold needs; returns True when it changed.

    The books need the service, time, price and the name the invoice went to; a patient
    record keeps its health information; neither needs the message, the phone or the address.
    """
    changes = {"message": "", "ip_address": None, "phone": ""}
    if reason is not PATIENT_RECORD_HOLD:
        changes["health_info"] = ""
        changes["health_basis"] = ""
    changed = [f for f, v in changes.items() if (getattr(booking, f) or "") != (v or "")]
    if dry_run:
        return bool(changed)
    for field in changed:
        setattr(booking, field, changes[field])
    if changed:
        booking.save(update_fields=changed)
    return bool(changed)


def erase_booking(booking, *, dry_run=False):
    """Erase one booking (the owner's delete in the admin): a held booking is kept,
    anonymised; any other is deleted with its consent records' link. Returns an
    :class:`ErasureResult`."""
    result = ErasureResult("bookings", _("bookings"))
    hold = booking_hold(booking)
    if hold:
        reason, until = hold
        result.kept.append(
            Kept(str(_("Booking #%(id)s") % {"id": booking.pk}), str(reason), 1, until)
        )
        if anonymise_held_booking(booking, reason, dry_run=dry_run):
            result.anonymised += 1
    else:
        result.deleted += 1
        if not dry_run:
            booking.delete()
    return result


def relationship_end_expression():
    """The end of a client's customer relationship: the owner's "relationship ended" mark,
    else their latest booking's start, else when they were created."""
    from .models import Booking

    latest = (
        Booking.objects.filter(client=OuterRef("pk"))
        .order_by()
        .values("client")
        .annotate(latest=Max("start"))
        .values("latest")
    )
    return Coalesce(F("relationship_ended_at"), Subquery(latest), F("created_at"))


def last_activity_expression():
    """A client's last activity: their latest booking's start, or when they were created."""
    from .models import Booking

    latest = (
        Booking.objects.filter(client=OuterRef("pk"))
        .order_by()
        .values("client")
        .annotate(latest=Max("start"))
        .values("latest")
    )
    return Coalesce(Subquery(latest), F("created_at"))


def client_moment_expression(counted_from):
    if counted_from == "relationship_end":
        return relationship_end_expression()
    return last_activity_expression()


class ClientSource(PersonalDataSource):
    """The client register's clients (``Client``): contact details and marketing choices."""

    name = "clients"
    verbose_name = _("client details")
    retention_targets = ("clients",)
    erase_order = 90

    def find(self, site, email):
        from .models import Client

        return Client.objects.filter(site=site, email=email)

    def people(self, site, email):
        return list(self.find(site, email))

    def returned_after(self, site, email, moment):
        return self.find(site, email).filter(created_at__gt=moment).exists()

    def restrict(self, site, email, user):
        """GDPR Art 18: the client is only stored; no marketing, no reminders."""
        from wagtail.log_actions import log

        clients = list(self.find(site, email))
        for client in clients:
            client.restricted = True
            client.marketing_email = client.marketing_sms = False
            client.save()
            log(client, "wagtail.edit", user=user)
        return len(clients)

    def withdraw_consents(self, site, email, user, *, text, marketing_only=False):
        """GDPR Art 7(3) and 21(3): a withdrawal record for each consent currently given (or
        for direct marketing only), and marketing turned off."""
        from ..notice.models import NoticePage
        from .models import ConsentRecord

        created = 0
        marketing = {"marketing_email", "marketing_sms"}
        for client in self.find(site, email):
            latest = {}
            for record in ConsentRecord.objects.filter(client=client).order_by("created_at", "pk"):
                latest[record.kind] = record
            kinds = {kind for kind, record in latest.items() if record.given}
            if client.marketing_email:
                kinds.add("marketing_email")
            if client.marketing_sms:
                kinds.add("marketing_sms")
            if marketing_only:
                kinds &= marketing
            for kind in sorted(kinds):
                previous = latest.get(kind)
                ConsentRecord.objects.create(
                    site=site,
                    client=client,
                    kind=kind,
                    given=False,
                    text=text,
                    notice=previous.notice if previous else NoticePage.for_site(site),
                    source="rights_request",
                )
                created += 1
            if "health_data" in kinds:
                # GDPR Art 7(3), 9(2)(a): without the consent, the health information goes.
                client.bookings.filter(health_basis="consent").update(
                    health_info="", health_basis=""
                )
            client.marketing_email = client.marketing_sms = False
            client.save()
        return created

    def export(self, site, email):
        rows = []
        for client in self.find(site, email):
            bookings = list(client.bookings.all())
            rows.append(
                {
                    "id": client.pk,
                    "email": client.email,
                    "first_name": client.first_name,
                    "last_name": client.last_name,
                    "phone": client.phone,
                    "marketing_email": client.marketing_email,
                    "marketing_sms": client.marketing_sms,
                    "restricted": client.restricted,
                    "relationship_ended_at": client.relationship_ended_at,
                    "created_at": client.created_at,
                    "updated_at": client.updated_at,
                    "access_log": log_entries([client, *bookings]),
                }
            )
        return to_json(rows)

    def render(self, site, email, items):
        labels = {
            "email": _("email"),
            "first_name": _("first name"),
            "last_name": _("last name"),
            "phone": _("phone"),
            "marketing_email": _("marketing by email allowed"),
            "marketing_sms": _("marketing by SMS allowed"),
            "restricted": _("processing restricted"),
            "relationship_ended_at": _("customer relationship ended"),
            "created_at": _("created"),
            "updated_at": _("updated"),
        }
        sections = []
        for item in items:
            sections.append(
                {
                    "title": _("Client details"),
                    "rows": [(labels[key], item.get(key)) for key in labels],
                }
            )
            sections.append(
                {
                    "title": _("Who has viewed or changed your record"),
                    "rows": [
                        (entry["time"], f"{entry['action']} ({entry['record']}) {entry['by']}")
                        for entry in item["access_log"]
                    ]
                    or [(_("No entries."), "")],
                }
            )
        return sections

    def erase(self, site, email, *, dry_run=False):
        from .models import Booking

        result = ErasureResult(self.name, self.verbose_name)
        for client in self.find(site, email):
            held = list(Booking.objects.filter(held_bookings_q(), client=client))
            if held:
                holds = [h for h in (booking_hold(b) for b in held) if h]
                reasons = []
                for reason, _until in holds:
                    if reason not in reasons:
                        reasons.append(reason)
                untils = [until for _reason, until in holds if until]
                result.kept.append(
                    Kept(
                        str(_("the client's name and email, which the kept bookings refer to")),
                        " ".join(str(r) for r in reasons) or str(BOOKKEEPING_HOLD),
                        1,
                        max(untils) if untils else None,
                    )
                )
                changed = (
                    client.phone
                    or client.marketing_email
                    or client.marketing_sms
                    or not client.restricted
                )
                result.anonymised += 1 if changed else 0
                if changed and not dry_run:
                    # Only what the holds need stays; processing is restricted (Art 18(2)).
                    client.phone = ""
                    client.marketing_email = client.marketing_sms = False
                    client.restricted = True
                    client.save()
            else:
                result.deleted += 1
                if not dry_run:
                    client.delete()
        return result

    def emails(self, site):
        from .models import Client

        return Client.objects.filter(site=site).values_list("email", flat=True)

    def purge(self, site, target, threshold, counted_from, *, dry_run=False, batch_size=1000):
        from .models import Booking, Client, ConsentRecord

        result = PurgeResult()
        threshold = fiscal_threshold(threshold, counted_from)
        clients = Client.objects.filter(site=site)
        if counted_from == "collected":
            expired = clients.filter(created_at__lt=threshold)
        else:
            expired = clients.alias(last=client_moment_expression(counted_from)).filter(
                last__lt=threshold
            )
        held_q = held_bookings_q()
        for ids in batched_ids(expired, batch_size):
            with transaction.atomic():
                held_ids = set(
                    Booking.objects.filter(held_q, client_id__in=ids).values_list(
                        "client_id", flat=True
                    )
                )
                free_ids = [pk for pk in ids if pk not in held_ids]
                result.kept += len(held_ids)
                result.deleted += len(free_ids)
                if dry_run:
                    continue
                # Delete children first: each delete then needs no cascade collection.
                ConsentRecord.objects.filter(client_id__in=ids).delete()
                Booking.objects.filter(client_id__in=ids).exclude(held_q).delete()
                Client.objects.filter(pk__in=free_ids).delete()
                if held_ids:
                    Client.objects.filter(pk__in=held_ids).update(
                        phone="",
                        marketing_email=False,
                        marketing_sms=False,
                        restricted=True,
                        updated_at=timezone.now(),
                    )
        return result


class BookingSource(PersonalDataSource):
    """Bookings of the client register; invoiced ones are held as bookkeeping material, open
    payments until settled, and a professional's health information as patient records.

    Health information has its own retention target, ``health``: a rule for it empties the
    health field of older bookings and leaves the rest of the booking to the ``bookings`` rule.
    """

    name = "bookings"
    verbose_name = _("bookings")
    retention_targets = ("bookings", "health")
    erase_order = 20

    def find(self, site, email):
        from .models import Booking

        return (
            Booking.objects.filter(client__site=site, client__email=email)
            .select_related("service", "page")
            .order_by("start")
        )

    def export(self, site, email):
        rows = []
        for booking in self.find(site, email):
            row = {
                "id": booking.pk,
                "booking_page": booking.page.title,
                "service": booking.service.name,
                "start": booking.start,
                "end": booking.end,
                "status": booking.status,
                "first_name": booking.first_name,
                "last_name": booking.last_name,
                "email": booking.email,
                "phone": booking.phone,
                "message": booking.message,
                "health_info": booking.health_info,
                "health_basis": booking.health_basis,
                "invoiced": booking.invoiced,
                "payment_open": booking.payment_open,
                "created_at": booking.created_at,
                "cancelled_at": booking.cancelled_at,
                "reminder_sent_at": booking.reminder_sent_at,
            }
            if getattr(booking, "ip_address", None):
                row["ip_address"] = booking.ip_address
            rows.append(row)
        return to_json(rows)

    def render(self, site, email, items):
        labels = {
            "service": _("service"),
            "start": _("start"),
            "end": _("end"),
            "status": _("status"),
            "first_name": _("first name given"),
            "last_name": _("last name given"),
            "email": _("email given"),
            "phone": _("phone given"),
            "message": _("message"),
            "health_info": _("health information"),
            "health_basis": _("basis of the health information"),
            "invoiced": _("invoiced"),
            "payment_open": _("payment open or in collection"),
            "created_at": _("created"),
            "cancelled_at": _("cancelled"),
        }
        return [
            {
                "title": _("Booking #%(id)s") % {"id": item["id"]},
                "rows": [(label, item.get(key)) for key, label in labels.items()],
            }
            for item in items
        ]

    def erase(self, site, email, *, dry_run=False):
        result = ErasureResult(self.name, self.verbose_name)
        kept = {}
        for booking in self.find(site, email):
            hold = booking_hold(booking)
            if hold:
                reason, until = hold
                count, latest = kept.get(reason, (0, None))
                kept[reason] = (count + 1, max(filter(None, (latest, until)), default=None))
                if anonymise_held_booking(booking, reason, dry_run=dry_run):
                    result.anonymised += 1
            else:
                result.deleted += 1
                if not dry_run:
                    booking.delete()
        descriptions = {
            BOOKKEEPING_HOLD: _("invoiced bookings"),
            OPEN_PAYMENT_HOLD: _("bookings with an open payment"),
            PATIENT_RECORD_HOLD: _("health information in patient records"),
        }
        for reason, (count, until) in kept.items():
            result.kept.append(Kept(str(descriptions[reason]), str(reason), count, until))
        return result

    def purge(self, site, target, threshold, counted_from, *, dry_run=False, batch_size=1000):
        from .models import Booking, Client

        result = PurgeResult()
        threshold = fiscal_threshold(threshold, counted_from)
        bookings = Booking.objects.filter(client__site=site)
        if counted_from == "collected":
            expired = bookings.filter(created_at__lt=threshold)
        elif counted_from == "relationship_end":
            ended = (
                Client.objects.filter(site=site)
                .alias(end=relationship_end_expression())
                .filter(end__lt=threshold)
            )
            expired = bookings.filter(Exists(ended.filter(pk=OuterRef("client_id"))))
        else:
            expired = bookings.filter(start__lt=threshold)
        if target == "health":
            # Only the health field is emptied; patient records under their hold stay.
            with_health = expired.exclude(health_info="")
            result.kept = with_health.filter(patient_record_q()).count()
            for ids in batched_ids(with_health.exclude(patient_record_q()), batch_size):
                result.anonymised += len(ids)
                if not dry_run:
                    with transaction.atomic():
                        Booking.objects.filter(pk__in=ids).update(health_info="", health_basis="")
            return result
        result.kept = expired.filter(held_bookings_q()).count()
        result.deleted += delete_in_batches(
            expired.exclude(held_bookings_q()), batch_size, dry_run=dry_run
        )
        return result


class ConsentRecordSource(PersonalDataSource):
    """Consent records (evidence of consents and withdrawals, GDPR Art 7(1))."""

    name = "consents"
    verbose_name = _("consent records")
    retention_targets = ("consents",)
    erase_order = 10

    def find(self, site, email):
        from .models import ConsentRecord

        return (
            ConsentRecord.objects.filter(site=site, client__site=site, client__email=email)
            .select_related("notice")
            .order_by("created_at", "pk")
        )

    def export(self, site, email):
        return to_json(
            [
                {
                    "id": record.pk,
                    "kind": record.kind,
                    "kind_label": str(record.get_kind_display()),
                    "given": record.given,
                    "text": record.text,
                    "privacy_notice": record.notice.title if record.notice else "",
                    "notice_revision": record.notice_revision_id,
                    "source": record.source,
                    "booking": record.booking_id,
                    "created_at": record.created_at,
                }
                for record in self.find(site, email)
            ]
        )

    def render(self, site, email, items):
        return [
            {
                "title": item["kind_label"],
                "rows": [
                    (_("time"), item["created_at"]),
                    (_("given"), item["given"]),
                    (_("text shown"), item["text"]),
                    (_("privacy notice"), item["privacy_notice"]),
                    (_("source"), item["source"]),
                ],
            }
            for item in items
        ]

    def erase(self, site, email, *, dry_run=False):
        found = self.find(site, email)
        result = ErasureResult(self.name, self.verbose_name, deleted=found.count())
        if not dry_run:
            found.delete()
        return result

    def purge(self, site, target, threshold, counted_from, *, dry_run=False, batch_size=1000):
        from .models import Client, ConsentRecord

        result = PurgeResult()
        threshold = fiscal_threshold(threshold, counted_from)
        records = ConsentRecord.objects.filter(site=site)
        if counted_from == "collected":
            expired = records.filter(created_at__lt=threshold)
        elif counted_from == "consent_withdrawn":
            # "Until withdrawn": the evidence of a consent and of its withdrawal is kept for the
            # period after the withdrawal, then every record of that kind goes.
            later = ConsentRecord.objects.filter(
                client_id=OuterRef("client_id"),
                kind=OuterRef("kind"),
                created_at__gt=OuterRef("created_at"),
            )
            withdrawals = records.filter(given=False, created_at__lt=threshold).exclude(
                Exists(later)
            )
            expired = records.filter(
                Exists(
                    withdrawals.filter(
                        client_id=OuterRef("client_id"),
                        kind=OuterRef("kind"),
                        created_at__gte=OuterRef("created_at"),
                    )
                )
            )
        else:
            inactive = (
                Client.objects.filter(site=site)
                .alias(last=client_moment_expression(counted_from))
                .filter(last__lt=threshold)
            )
            expired = records.filter(Exists(inactive.filter(pk=OuterRef("client_id"))))
        result.deleted += delete_in_batches(expired, batch_size, dry_run=dry_run)
        return result


registry.register(ClientSource())
registry.register(BookingSource())
registry.register(ConsentRecordSource())
