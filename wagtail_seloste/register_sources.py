"""The built-in sources of personal data: the client register, rights requests and sessions.

Loaded from ``WagtailSelosteAppConfig.ready``. Each registers with :data:`registry.registry`;
erasure runs them in ``erase_order`` (consents, bookings, then the client) so that a client is
only deleted once nothing held still refers to it.
"""

from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, F, Max, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .conf import seloste_settings
from .registry import (
    BOOKKEEPING_HOLD,
    REQUEST_RECORD_HOLD,
    ErasureResult,
    Kept,
    PersonalDataSource,
    PurgeResult,
    batched_ids,
    delete_in_batches,
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


def held_bookings_q(prefix=""):
    """A Q of the bookings under a bookkeeping hold (``prefix`` e.g. ``"bookings__"``)."""
    return Q(**{f"{prefix}invoiced": True, f"{prefix}start__gte": bookkeeping_hold_start()})


# Counted from the end of the financial year, or of the year in which it ended (Kirjanpitolaki
# 2:10 § for vouchers): the same moment while the financial year is the calendar year.
FISCAL_EVENTS = ("fiscal_year_end", "fiscal_year_end_year")


def fiscal_threshold(threshold, counted_from):
    """For rules counted from the end of the financial year, data of year Y expires when
    31.12.Y + period has passed: compare against the start of the threshold's year."""
    if counted_from in FISCAL_EVENTS:
        local = timezone.localtime(threshold)
        return timezone.make_aware(datetime.combine(date(local.year, 1, 1), time.min))
    return threshold


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


def _log_entries(instances):
    """Who viewed or changed these records and when, from Wagtail's audit log (Art 15(1))."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.log_actions import registry as log_registry
    from wagtail.models import ModelLogEntry

    by_type = {}
    for obj in instances:
        ct = ContentType.objects.get_for_model(obj, for_concrete_model=False)
        by_type.setdefault(ct.pk, []).append(str(obj.pk))
    if not by_type:
        return []
    query = Q()
    for ct_id, ids in by_type.items():
        query |= Q(content_type_id=ct_id, object_id__in=ids)
    entries = ModelLogEntry.objects.filter(query).select_related("user").order_by("timestamp")
    rows = []
    for entry in entries:
        formatter = log_registry.get_formatter(entry)
        user = entry.user
        rows.append(
            {
                "time": entry.timestamp,
                "record": entry.label,
                "action": str(formatter.label) if formatter else entry.action,
                "by": (user.get_full_name() or user.get_username()) if user else "",
            }
        )
    return rows


class ClientSource(PersonalDataSource):
    """The client register's clients (``Client``): contact details and marketing choices."""

    name = "clients"
    verbose_name = _("client details")
    retention_targets = ("clients",)
    erase_order = 90

    def find(self, site, email):
        from .models import Client

        return Client.objects.filter(site=site, email=email)

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
                    "created_at": client.created_at,
                    "updated_at": client.updated_at,
                    "access_log": _log_entries([client, *bookings]),
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
            "created_at": _("created"),
            "updated_at": _("updated"),
        }
        sections = []
        for item in items:
            sections.append(
                {
                    "title": _("Client details"),
                    "rows": [(labels[key], item[key]) for key in labels],
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
                until = max(bookkeeping_hold_until(b) for b in held)
                result.kept.append(
                    Kept(
                        str(_("the client's name and email, which the invoiced bookings refer to")),
                        str(BOOKKEEPING_HOLD),
                        1,
                        until,
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
                    # Only what the books need stays; processing is restricted (Art 18(2)).
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
            expired = clients.alias(last=last_activity_expression()).filter(last__lt=threshold)
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
    """Bookings of the client register; invoiced ones are held as bookkeeping material."""

    name = "bookings"
    verbose_name = _("bookings")
    retention_targets = ("bookings",)
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
                "message": booking.message,
                "invoiced": booking.invoiced,
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
            "message": _("message"),
            "invoiced": _("invoiced"),
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
        hold_start = bookkeeping_hold_start()
        held = []
        for booking in self.find(site, email):
            if booking.invoiced and booking.start >= hold_start:
                held.append(booking)
                if not dry_run and (booking.message or getattr(booking, "ip_address", None)):
                    # The books need the service, time and price, not the client's message.
                    booking.message = ""
                    if hasattr(booking, "ip_address"):
                        booking.ip_address = None
                    booking.save()
            else:
                result.deleted += 1
                if not dry_run:
                    booking.delete()
        if held:
            result.kept.append(
                Kept(
                    str(_("invoiced bookings")),
                    str(BOOKKEEPING_HOLD),
                    len(held),
                    max(bookkeeping_hold_until(b) for b in held),
                )
            )
        return result

    def purge(self, site, target, threshold, counted_from, *, dry_run=False, batch_size=1000):
        from .models import Booking

        result = PurgeResult()
        threshold = fiscal_threshold(threshold, counted_from)
        field = "created_at" if counted_from == "collected" else "start"
        expired = Booking.objects.filter(client__site=site, **{f"{field}__lt": threshold})
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
        else:
            inactive = (
                Client.objects.filter(site=site)
                .alias(last=last_activity_expression())
                .filter(last__lt=threshold)
            )
            expired = records.filter(Exists(inactive.filter(pk=OuterRef("client_id"))))
        result.deleted += delete_in_batches(expired, batch_size, dry_run=dry_run)
        return result


class RightsRequestSource(PersonalDataSource):
    """Earlier data subject requests: kept as the record of how they were answered."""

    name = "requests"
    verbose_name = _("data subject requests")
    retention_targets = ("requests",)
    erase_order = 95

    def find(self, site, email):
        from .models import RightsRequest

        return RightsRequest.objects.filter(site=site, email=email).order_by("received_at")

    def export(self, site, email):
        return to_json(
            [
                {
                    "id": r.pk,
                    "types": r.types,
                    "status": r.status,
                    "name": r.name,
                    "email": r.email,
                    "phone": r.phone,
                    "message": r.message,
                    "rectification": r.rectification,
                    "received_at": r.received_at,
                    "verified_at": r.verified_at,
                    "due_date": r.due_date,
                    "extension_reason": r.extension_reason,
                    "closed_at": r.closed_at,
                    "rejection_reason": r.rejection_reason,
                }
                for r in self.find(site, email)
            ]
        )

    def render(self, site, email, items):
        from .models.rights import REQUEST_TYPES, RightsRequest

        labels = dict(REQUEST_TYPES)
        statuses = dict(RightsRequest.STATUSES)
        return [
            {
                "title": _("Request #%(id)s") % {"id": item["id"]},
                "rows": [
                    (_("request types"), ", ".join(str(labels.get(t, t)) for t in item["types"])),
                    (_("status"), statuses.get(item["status"], item["status"])),
                    (_("received"), item["received_at"]),
                    (_("due date"), item["due_date"]),
                    (_("closed"), item["closed_at"]),
                    (_("message"), item["message"]),
                ],
            }
            for item in items
        ]

    def erase(self, site, email, *, dry_run=False):
        from .models import RightsRequest

        result = ErasureResult(self.name, self.verbose_name)
        found = self.find(site, email)
        unverified = found.filter(status=RightsRequest.UNVERIFIED)
        result.deleted = unverified.count()
        kept = found.exclude(status=RightsRequest.UNVERIFIED).count()
        if kept:
            result.kept.append(
                Kept(str(_("data subject requests")), str(REQUEST_RECORD_HOLD), kept)
            )
        if not dry_run:
            unverified.delete()
        return result

    def emails(self, site):
        return []

    def purge(self, site, target, threshold, counted_from, *, dry_run=False, batch_size=1000):
        from .models import RightsRequest

        result = PurgeResult()
        threshold = fiscal_threshold(threshold, counted_from)
        closed = RightsRequest.objects.filter(
            site=site, status__in=[RightsRequest.COMPLETED, RightsRequest.REJECTED]
        )
        if counted_from == "collected":
            expired = closed.filter(received_at__lt=threshold)
        else:
            expired = closed.filter(closed_at__lt=threshold)
        result.deleted += delete_in_batches(expired, batch_size, dry_run=dry_run)
        return result


class SessionSource(PersonalDataSource):
    """Unfinished forms live in sessions (e.g. the booking wizard's steps).

    Sessions are not linked to an email, so they are never found, exported or erased by person;
    the retention rule for ``sessions`` deletes those not saved within its period.
    """

    name = "sessions"
    verbose_name = _("unfinished forms (sessions)")
    retention_targets = ("sessions",)
    per_person = False

    def purge(self, site, target, threshold, counted_from, *, dry_run=False, batch_size=1000):
        from importlib import import_module

        result = PurgeResult()
        engine = settings.SESSION_ENGINE
        if engine not in (
            "django.contrib.sessions.backends.db",
            "django.contrib.sessions.backends.cached_db",
        ):
            # Other engines expire sessions themselves (cache) or have no query by age.
            if not dry_run:
                import_module(engine).SessionStore.clear_expired()
            return result
        from django.contrib.sessions.models import Session

        # A session's expiry is its last save plus SESSION_COOKIE_AGE; sessions are shared by
        # every site of the installation, so they are purged once, under the default site.
        if not site.is_default_site:
            return result
        last_saved_before = threshold + timedelta(seconds=settings.SESSION_COOKIE_AGE)
        expired = Session.objects.filter(
            Q(expire_date__lt=last_saved_before) | Q(expire_date__lt=timezone.now())
        )
        result.deleted += delete_in_batches(expired, batch_size, dry_run=dry_run)
        return result


registry.register(ClientSource())
registry.register(BookingSource())
registry.register(ConsentRecordSource())
registry.register(RightsRequestSource())
registry.register(SessionSource())
