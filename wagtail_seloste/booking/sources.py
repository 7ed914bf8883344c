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
from ..register.dates import (
    add_years,
    bookkeeping_hold_from,
    bookkeeping_kept_until,
)
from ..register.registry import (
    BOOKKEEPING_HOLD,
    ErasureResult,
    Kept,
    PersonalDataSource,
    PurgeResult,
    batched_ids,
    delete_in_batches,
    financial_year_end_month,
    fiscal_threshold,
    registry,
    to_json,
)


def bookkeeping_hold_start(site, today=None):
    """Invoiced bookings starting on or after this moment are bookkeeping material.

    Kirjanpitolaki 1336/1997, 2 luku 10 §: vouchers are kept at least 6 years from the end of
    the year in which the financial year ended; the site's financial year ends at the end of
    the month set in its settings (``register.registry.financial_year_end_month``).
    """
    today = today or timezone.localdate()
    first_day = bookkeeping_hold_from(
        today, seloste_settings.BOOKKEEPING_RETENTION_YEARS, financial_year_end_month(site)
    )
    return timezone.make_aware(datetime.combine(first_day, time.min))


def bookkeeping_hold_until(booking, end_month=None):
    """The last day an invoiced booking is kept (31.12. of the sixth year after the year in
    which its financial year ended)."""
    if end_month is None:
        end_month = financial_year_end_month(booking.client.site_id)
    return bookkeeping_kept_until(
        timezone.localtime(booking.start).date(),
        seloste_settings.BOOKKEEPING_RETENTION_YEARS,
        end_month,
    )


# The holds of the booking app, beside the core's BOOKKEEPING_HOLD.
OPEN_PAYMENT_HOLD = _(
    "The booking has an unpaid invoice or one in collection (perintä): it and the contact "
    "details are kept until the payment is settled (GDPR Art 17(3)(e), legal claims)."
)
PATIENT_RECORD_HOLD = _(
    "Health information recorded by a health-care professional is part of the patient "
    "record, which is kept 12 years after the patient's death, or 120 years from their birth "
    "when the date of death is not known (laki potilaan asemasta ja oikeuksista 785/1992 12 §, "
    "asetus potilasasiakirjoista 94/2022; GDPR Art 17(3)(c))."
)
PATIENT_RECORD_UNKNOWN = _(
    "until 120 years from the client's birth: the client's year of birth is not recorded. "
    "Enter it in the client's details to see the date."
)

# STM:n asetus potilasasiakirjoista 94/2022, liite: as a rule a patient record is kept 12 years
# after the patient's death, or, when the date of death is not known, 120 years from birth.
YEARS_AFTER_DEATH = 12
YEARS_FROM_BIRTH = 120


def patient_record_until(client):
    """The last day a client's patient record is kept (asetus 94/2022), or None when neither
    the date of death nor the date or year of birth is recorded: then it is kept until they
    are (the law's period cannot be counted, and a record must never go early)."""
    if client.date_of_death:
        return add_years(client.date_of_death, YEARS_AFTER_DEATH)
    if client.birth_date:
        return add_years(client.birth_date, YEARS_FROM_BIRTH)
    if client.birth_year:
        return date(client.birth_year + YEARS_FROM_BIRTH, 12, 31)
    return None


def patient_record_q(prefix="", today=None):
    """A Q of the bookings whose health information is a held patient-record entry: a
    professional's health notes of a client whose record period (:func:`patient_record_until`)
    has not ended, or cannot be counted yet."""
    today = today or timezone.localdate()
    c = f"{prefix}client__"
    no_death = Q(**{f"{c}date_of_death__isnull": True})
    no_birth_date = Q(**{f"{c}birth_date__isnull": True})
    period_runs = (
        Q(**{f"{c}date_of_death__gte": add_years(today, -YEARS_AFTER_DEATH)})
        | (no_death & Q(**{f"{c}birth_date__gte": add_years(today, -YEARS_FROM_BIRTH)}))
        | (no_death & no_birth_date & Q(**{f"{c}birth_year__gte": today.year - YEARS_FROM_BIRTH}))
        | (no_death & no_birth_date & Q(**{f"{c}birth_year__isnull": True}))
    )
    return (
        Q(**{f"{prefix}health_basis": "professional"})
        & ~Q(**{f"{prefix}health_info": ""})
        & period_runs
    )


def held_bookings_q(site, prefix=""):
    """A Q of the bookings that a legal hold keeps: bookkeeping (invoiced, per the site's
    financial year), an open payment or collection, a patient record."""
    bookkeeping = Q(
        **{f"{prefix}invoiced": True, f"{prefix}start__gte": bookkeeping_hold_start(site)}
    )
    return bookkeeping | Q(**{f"{prefix}payment_open": True}) | patient_record_q(prefix)


def booking_hold(booking, end_month=None):
    """(reason, until) of the hold that keeps ``booking``, or None. ``until`` is None for an
    open payment (until settled) and for a patient record whose period cannot be counted."""
    from .models import Booking

    if booking.health_basis == "professional" and booking.health_info:
        if Booking.objects.filter(patient_record_q(), pk=booking.pk).exists():
            return PATIENT_RECORD_HOLD, patient_record_until(booking.client)
    if booking.payment_open:
        return OPEN_PAYMENT_HOLD, None
    if booking.invoiced:
        until = bookkeeping_hold_until(booking, end_month)
        if until >= timezone.localdate():
            return BOOKKEEPING_HOLD, until
    return None


def kept_note(reason, until):
    """What the erasure preview says instead of a date, when a hold has none to give."""
    if reason is PATIENT_RECORD_HOLD and until is None:
        return str(PATIENT_RECORD_UNKNOWN)
    return ""


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
            Kept(
                str(_("Booking #%(id)s") % {"id": booking.pk}),
                str(reason),
                1,
                until,
                kept_note(reason, until),
            )
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
            client.marketing_existing_customer = False
            client.save()
            log(client, "wagtail.edit", user=user)
        return len(clients)

    def withdraw_consents(self, site, email, user, *, text, marketing_only=False):
        """GDPR Art 7(3) and 21(3): a withdrawal record for each consent currently given (or
        for direct marketing only), and marketing turned off."""
        from ..notice.models import NoticePage
        from .models import ConsentRecord

        created = 0
        # Offers to an existing customer (917/2014 200 § 2 mom.) are not consent, but an
        # objection to direct marketing (Art 21(3)) or a withdrawal of every consent stops
        # them too: a refusal is recorded the same way.
        marketing = {"marketing_email", "marketing_sms", "marketing_existing_customer"}
        for client in self.find(site, email):
            latest = {}
            for record in ConsentRecord.objects.filter(client=client).order_by("created_at", "pk"):
                latest[record.kind] = record
            kinds = {
                kind
                for kind, record in latest.items()
                if record.given and kind != "notice_acknowledgement"
            }
            for field in marketing:
                if getattr(client, field):
                    kinds.add(field)
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
            client.marketing_existing_customer = False
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
                    "marketing_existing_customer": client.marketing_existing_customer,
                    "restricted": client.restricted,
                    "relationship_ended_at": client.relationship_ended_at,
                    "birth_date": client.birth_date,
                    "birth_year": client.birth_year,
                    "date_of_death": client.date_of_death,
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
            "marketing_existing_customer": _(
                "offers of similar services by email (existing customer)"
            ),
            "restricted": _("processing restricted"),
            "relationship_ended_at": _("customer relationship ended"),
            "birth_date": _("date of birth"),
            "birth_year": _("year of birth"),
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
        end_month = financial_year_end_month(site)
        for client in self.find(site, email):
            held = list(Booking.objects.filter(held_bookings_q(site), client=client))
            for booking in held:
                booking.client = client
            holds = [h for h in (booking_hold(b, end_month) for b in held) if h]
            if holds:
                reasons = []
                for reason, _until in holds:
                    if reason not in reasons:
                        reasons.append(reason)
                # Kept while any hold lasts: no date when one of them has none.
                untils = [until for _reason, until in holds]
                until = None if None in untils else max(untils)
                note = next((kept_note(r, u) for r, u in holds if kept_note(r, u)), "")
                patient_record = PATIENT_RECORD_HOLD in reasons
                result.kept.append(
                    Kept(
                        str(
                            _(
                                "the client's name, email and year of birth, which the kept "
                                "patient record needs"
                            )
                            if patient_record
                            else _("the client's name and email, which the kept bookings refer to")
                        ),
                        " ".join(str(r) for r in reasons),
                        1,
                        until,
                        note,
                    )
                )
                # Only what the holds need stays; processing is restricted (Art 18(2)). The
                # birth and death dates stay only for a patient record, whose period they count.
                changes = {
                    "phone": "",
                    "marketing_email": False,
                    "marketing_sms": False,
                    "marketing_existing_customer": False,
                    "restricted": True,
                }
                if not patient_record:
                    changes.update(birth_date=None, birth_year=None, date_of_death=None)
                changed = [f for f, v in changes.items() if getattr(client, f) != v]
                result.anonymised += 1 if changed else 0
                if changed and not dry_run:
                    for field in changed:
                        setattr(client, field, changes[field])
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
        threshold = fiscal_threshold(threshold, counted_from, site)
        clients = Client.objects.filter(site=site)
        if counted_from == "collected":
            expired = clients.filter(created_at__lt=threshold)
        else:
            expired = clients.alias(last=client_moment_expression(counted_from)).filter(
                last__lt=threshold
            )
        held_q = held_bookings_q(site)
        for ids in batched_ids(expired, batch_size):
            with transaction.atomic():
                held_ids = set(
                    Booking.objects.filter(held_q, client_id__in=ids).values_list(
                        "client_id", flat=True
                    )
                )
                patient_ids = set(
                    Booking.objects.filter(patient_record_q(), client_id__in=ids).values_list(
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
                        marketing_existing_customer=False,
                        restricted=True,
                        updated_at=timezone.now(),
                    )
                    # The birth and death dates stay only for a patient record's period.
                    Client.objects.filter(pk__in=held_ids - patient_ids).update(
                        birth_date=None, birth_year=None, date_of_death=None
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
            .select_related("service", "page", "client")
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
        end_month = financial_year_end_month(site)
        for booking in self.find(site, email):
            hold = booking_hold(booking, end_month)
            if hold:
                reason, until = hold
                count, untils = kept.get(reason, (0, []))
                kept[reason] = (count + 1, [*untils, until])
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
        for reason, (count, untils) in kept.items():
            until = None if None in untils else max(untils)
            result.kept.append(
                Kept(
                    str(descriptions[reason]),
                    str(reason),
                    count,
                    until,
                    kept_note(reason, until),
                )
            )
        return result

    def purge(self, site, target, threshold, counted_from, *, dry_run=False, batch_size=1000):
        from .models import Booking, Client

        result = PurgeResult()
        threshold = fiscal_threshold(threshold, counted_from, site)
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
        held_q = held_bookings_q(site)
        result.kept = expired.filter(held_q).count()
        result.deleted += delete_in_batches(expired.exclude(held_q), batch_size, dry_run=dry_run)
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
        threshold = fiscal_threshold(threshold, counted_from, site)
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
