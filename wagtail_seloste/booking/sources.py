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

from ..audit import log_entries
from ..conf import seloste_settings
from ..registry import (
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


def held_bookings_q(prefix=""):
    """A Q of the bookings under a bookkeeping hold (``prefix`` e.g. ``"bookings__"``)."""
    return Q(**{f"{prefix}invoiced": True, f"{prefix}start__gte": bookkeeping_hold_start()})


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
        from ..models import NoticePage
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


registry.register(ClientSource())
registry.register(BookingSource())
registry.register(ConsentRecordSource())
