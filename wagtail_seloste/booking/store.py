"""Storing a booking: client, booking and consent records in one transaction.

Double bookings are prevented in the database, not in Python: every booking transaction of a
page first writes the page's ``SlotLock`` row. On PostgreSQL that UPDATE takes a row lock held
until commit, so a second visitor's transaction waits and then re-checks the time against the
first visitor's committed booking. SQLite serialises writers: the UPDATE takes the database's
write lock before the overlap check reads anything. Either way exactly one of two concurrent
confirmations of the same time succeeds; the other gets :class:`SlotTaken`.
"""

import logging
import time
from datetime import timedelta

from django.db import IntegrityError, OperationalError, transaction
from django.db.models import F
from django.utils import timezone

from ..conf import seloste_settings
from ..notice.locales import locale_of
from ..notice.models import NoticePage
from .emails import queue_booking_emails
from .models import (
    Booking,
    BookingStatus,
    Client,
    ConsentKind,
    ConsentRecord,
    ConsentSource,
    HealthDataBasis,
    RecordKind,
    SlotLock,
    normalise_email,
    single_line,
)
from .slots import calendar_lock_page, calendar_page_ids, is_free

logger = logging.getLogger(__name__)

# SQLite answers "database is locked" / "database table is locked" (shared-cache in-memory
# test databases) instead of waiting; the booking transaction is then retried from the start.
LOCK_RETRIES = 50


class SlotTaken(Exception):
    """The chosen time was booked by someone else (or closed) before this booking was stored."""


def _is_lock_error(error):
    return "locked" in str(error).lower()


def create_booking(
    page,
    service,
    start,
    *,
    site,
    first_name,
    last_name,
    email,
    phone="",
    message="",
    consents=(),
    ip_address=None,
    now=None,
    health_info="",
    health_consent=None,
    existing_customer=None,
):
    """Store a booking and return it, or raise :class:`SlotTaken`.

    ``consents`` is a sequence of ``(ConsentCheckbox, given)`` for every checkbox shown.
    ``health_info`` is stored only when the page collects health information for the service:
    as patient-record data for a health-care professional, or when ``health_consent`` (the
    text of the explicit consent the visitor ticked, GDPR Art 9(2)(a)) is given.
    ``health_consent`` is ``(text, given)`` when the consent was offered, else None.
    ``existing_customer`` is ``(text, allowed)`` when the page told the visitor of offers to
    existing customers (917/2014 200 § 2 mom.), ``allowed`` False when they refused.
    Its emails are queued in the same transaction (``wagtail_seloste.outbox``).
    """
    delay = 0.01
    for attempt in range(LOCK_RETRIES):
        try:
            with transaction.atomic():
                return _create_locked(
                    page,
                    service,
                    start,
                    site=site,
                    first_name=first_name,
                    last_name=last_name,
                    email=email,
                    phone=phone,
                    message=message,
                    consents=consents,
                    ip_address=ip_address,
                    now=now,
                    health_info=health_info,
                    health_consent=health_consent,
                    existing_customer=existing_customer,
                )
        except _ClientRace as race:
            # Rolled back as a whole; tried again, the booking finds the client just made.
            if attempt == LOCK_RETRIES - 1:
                raise race.__cause__ from None
            continue
        except (_NoLockRow, OperationalError) as error:
            if isinstance(error, _NoLockRow):
                # The calendar's first booking: its lock row is made once, outside the
                # booking's transaction (a query saved on every later booking). On SQLite this
                # write contends for the lock like the booking itself: retried the same way.
                try:
                    SlotLock.objects.get_or_create(page_id=calendar_page_ids(page)[0])
                    continue
                except OperationalError as lock_error:
                    error = lock_error
            if not _is_lock_error(error) or attempt == LOCK_RETRIES - 1:
                raise error
            time.sleep(delay)
            delay = min(delay * 2, 0.2)
    raise AssertionError("unreachable")  # pragma: no cover


class _NoLockRow(Exception):
    """The calendar has no lock row yet: made, then the booking is tried again."""


class _ClientRace(Exception):
    """Another booking made the same new client first: the booking is tried again."""


def _health_basis(page, service, health_consent):
    """The basis the health information is stored on, or "" when it is not stored."""
    if not page.asks_health_info(service):
        return ""
    if page.health_data_basis == HealthDataBasis.PROFESSIONAL:
        return HealthDataBasis.PROFESSIONAL
    if health_consent and health_consent[1]:
        return HealthDataBasis.CONSENT
    return ""


def _create_locked(
    page,
    service,
    start,
    *,
    site,
    now,
    consents,
    ip_address,
    health_info,
    health_consent,
    existing_customer=None,
    **contact,
):
    # The first statement of the transaction is a write: see the module docstring.
    # Translations of a page share its calendar, and so its lock row (``calendar_lock_page``:
    # found inside this same statement unless already known).
    locked = SlotLock.objects.filter(page_id=calendar_lock_page(page))
    if not locked.update(counter=F("counter") + 1):
        raise _NoLockRow
    # The consent records point at the notice the visitor was shown: the one in the page's
    # language.
    notice = NoticePage.for_site(site, locale=locale_of(page))
    if not is_free(page, service, start, now=now):
        raise SlotTaken
    # A new client is created with the permissions given here (one INSERT, no UPDATE after it);
    # the loop below grants a new client the same, so a known client is unaffected.
    granted = {
        field: True
        for checkbox, given in consents
        if given
        for kind, field in (
            (ConsentKind.MARKETING_EMAIL, "marketing_email"),
            (ConsentKind.MARKETING_SMS, "marketing_sms"),
        )
        if checkbox.kind == kind
    }
    if existing_customer is not None and existing_customer[1]:
        granted["marketing_existing_customer"] = True
    client, created = _client_for(site, contact, new_client_fields=granted)
    marketing_fields = ["marketing_email", "marketing_sms", "marketing_existing_customer"]
    marketing_before = [getattr(client, field) for field in marketing_fields]
    health_basis = _health_basis(page, service, health_consent)
    health_info = (health_info or "").strip() if health_basis else ""
    booking = Booking.objects.create(
        page=page,
        service=service,
        client=client,
        start=start,
        end=start + timedelta(minutes=service.duration_minutes),
        status=BookingStatus.CONFIRMED if page.auto_confirm else BookingStatus.PENDING,
        first_name=single_line(contact.get("first_name", "")),
        last_name=single_line(contact.get("last_name", "")),
        email=normalise_email(contact["email"]),
        phone=contact.get("phone", ""),
        message=contact.get("message", ""),
        health_info=health_info,
        health_basis=health_basis if health_info else "",
        ip_address=ip_address if seloste_settings.STORE_IP_ADDRESS else None,
    )
    revision_id = notice.live_revision_id if notice is not None else None
    recorded_at = timezone.now()
    records = []
    for checkbox, given in consents:
        records.append(
            ConsentRecord(
                site=site,
                client=client,
                booking=booking,
                kind=checkbox.kind,
                given=bool(given),
                text=checkbox.label,
                notice=notice,
                notice_revision_id=revision_id,
                source=ConsentSource.BOOKING,
                created_at=recorded_at,
            )
        )
        # An unticked optional box is not read as a withdrawal of an earlier consent:
        # withdrawing is an explicit act (GDPR Art 7(3)) done through the owner or a request.
        # Anyone can type a known client's email, so a known client's permissions change only
        # when the address is proven (the link in the confirmation) or the owner accepts.
        if given and created and not client.restricted:
            if checkbox.kind == ConsentKind.MARKETING_EMAIL:
                client.marketing_email = True
            elif checkbox.kind == ConsentKind.MARKETING_SMS:
                client.marketing_sms = True
    if health_consent is not None:
        text, given = health_consent
        records.append(
            ConsentRecord(
                site=site,
                client=client,
                booking=booking,
                kind=ConsentKind.HEALTH_DATA,
                given=bool(given),
                text=text,
                notice=notice,
                notice_revision_id=revision_id,
                source=ConsentSource.BOOKING,
                created_at=recorded_at,
            )
        )
    if existing_customer is not None:
        # 917/2014 200 § 2 mom.: the visitor was told of offers of similar services and could
        # refuse them here. Not consent: the record says whether they refused. A refusal
        # counts at once, also for a known client (it only ever stops messages); not refusing
        # starts the offers for a new client only, like the consents above.
        text, allowed = existing_customer
        records.append(
            ConsentRecord(
                site=site,
                client=client,
                booking=booking,
                kind=RecordKind.MARKETING_EXISTING_CUSTOMER,
                given=bool(allowed),
                text=text,
                notice=notice,
                notice_revision_id=revision_id,
                source=ConsentSource.BOOKING,
                created_at=recorded_at,
            )
        )
        if not allowed:
            client.marketing_existing_customer = False
        elif created and not client.restricted:
            client.marketing_existing_customer = True
    ConsentRecord.objects.bulk_create(records)
    if [getattr(client, field) for field in marketing_fields] != marketing_before:
        client.save(update_fields=[*marketing_fields, "updated_at"])

    # The emails are outbox rows of this transaction: stored with the booking or not at all.
    queue_booking_emails(booking)
    return booking


def _client_for(site, contact, new_client_fields=None):
    """The site's client with this email (normalised); created if new, otherwise unchanged.

    A visitor who types a known client's email does not rewrite that client's name or phone:
    the booking keeps the details it was made with, and the client record changes only when
    the owner accepts them in the admin or the person proves the address (the link in the
    confirmation email).
    """
    email = normalise_email(contact["email"])
    details = {
        "first_name": single_line(contact.get("first_name", "")),
        "last_name": single_line(contact.get("last_name", "")),
        "phone": contact.get("phone", ""),
    }
    # Read first: a returning client costs one query, not a failed insert.
    client, created = _find_client(site, email), False
    if client is None:
        # No savepoint around the insert (two more queries for every new client): when another
        # booking made the client between our read and write, the whole booking transaction
        # is rolled back and tried again (``create_booking``), and then reads that client.
        try:
            client = Client.objects.create(
                site=site, email=email, **details, **(new_client_fields or {})
            )
        except IntegrityError as error:
            raise _ClientRace from error
        created = True
    if client.relationship_ended_at is not None:
        # A new booking starts the customer relationship again.
        client.relationship_ended_at = None
        client.save(update_fields=["relationship_ended_at", "updated_at"])
    return client, created


def _find_client(site, email):
    return Client.objects.filter(site=site, email=email).first()
