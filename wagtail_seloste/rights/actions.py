"""Handling of data subject requests: verification, the owner's actions, emails and exports.

Views and commands call these functions; each action is written to Wagtail's audit log with
the log actions registered in ``wagtail_hooks.py``. Emails go out after commit as django-tasks
tasks, and each task is safe to run twice.
"""

import contextlib
import logging
from datetime import date, timedelta

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task
from wagtail.log_actions import log

from .. import links, outbox
from ..conf import seloste_settings
from ..notice.models import NoticePage
from ..outbox.language import owner_language
from ..ratelimit import client_address, limit_reached
from ..register.erasure import erase_person
from ..register.registry import normalise_email, registry
from . import paths
from .models import WEB, RightsRequest

logger = logging.getLogger(__name__)

VERIFY_SALT = "wagtail_seloste.rights.verify"

# Audit log actions (registered in wagtail_hooks.register_rights_log_actions).
LOG_VERIFIED = "wagtail_seloste.rights.verify"
LOG_EXPORTED = "wagtail_seloste.rights.export"
LOG_EXPORT_SENT = "wagtail_seloste.rights.export_sent"
LOG_ERASED = "wagtail_seloste.rights.erase"
LOG_RESTRICTED = "wagtail_seloste.rights.restrict"
LOG_WITHDRAWN = "wagtail_seloste.rights.withdraw"
LOG_EXTENDED = "wagtail_seloste.rights.extend"
LOG_REJECTED = "wagtail_seloste.rights.reject"
LOG_COMPLETED = "wagtail_seloste.rights.complete"
LOG_ENTERED = "wagtail_seloste.rights.enter"
LOG_IDENTITY = "wagtail_seloste.rights.identity"
LOG_OVER_LIMIT = "wagtail_seloste.rights.over_limit"


# Keys and hashes -------------------------------------------------------------------------


def address_limited(request):
    limit = seloste_settings.RIGHTS_RATE_LIMIT_PER_ADDRESS
    return limit_reached("rights-address", client_address(request), limit, 3600)


LIMIT_WINDOW = timedelta(hours=24)


def _released_at(moments, limit):
    """When fewer than ``limit`` of ``moments`` (within the window) remain: the ``limit``-th
    latest plus the window; None while under the limit."""
    moments = sorted(moments, reverse=True)
    if len(moments) < limit:
        return None
    return moments[limit - 1] + LIMIT_WINDOW


def verification_hold_until(site, email, now=None):
    """When the verification link of a new request for ``email`` may go out, or None for now.

    The per-email limit counts *verified* requests (``RIGHTS_RATE_LIMIT_PER_EMAIL`` a day): a
    person's own requests, not attempts, so requests sent in someone's name cannot use up
    that person's limit. Separately, at most ``RIGHTS_UNCONFIRMED_LINKS_PER_EMAIL`` unconfirmed
    links a day go to one address, so the form cannot be used to flood an inbox. Over either,
    the request is kept and its link waits; it is never dropped.
    """
    now = now or timezone.now()
    since = now - LIMIT_WINDOW
    requests = RightsRequest.objects.filter(site=site, email=normalise_email(email))
    verified = requests.filter(verified_at__gte=since).values_list("verified_at", flat=True)
    unconfirmed = requests.filter(
        verified_at__isnull=True, verification_sent_at__gte=since
    ).values_list("verification_sent_at", flat=True)
    holds = [
        _released_at(list(verified), seloste_settings.RIGHTS_RATE_LIMIT_PER_EMAIL),
        _released_at(list(unconfirmed), seloste_settings.RIGHTS_UNCONFIRMED_LINKS_PER_EMAIL),
    ]
    # Links already waiting go first: the new one after the last of them.
    waiting = requests.filter(
        status=RightsRequest.UNVERIFIED, over_limit=True, verification_sent_at__isnull=True
    ).values_list("verification_expires_at", flat=True)
    days = timedelta(days=seloste_settings.RIGHTS_VERIFICATION_DAYS)
    holds += [expires - days for expires in waiting if expires - days > now]
    held = [moment for moment in holds if moment is not None and moment > now]
    return max(held) if held else None


# Verification ----------------------------------------------------------------------------


def _signer():
    return signing.TimestampSigner(salt=VERIFY_SALT)


def make_token(rights_request):
    """A signed, timestamped token of the request's random id: ``<hex>-<time>-<signature>``.

    Wagtail serves page paths of word characters and hyphens only, so the signer's ``:`` become ``-`` (the hex id
    and the base62 time hold no ``-``; the signature may, and is the rest after two splits).
    """
    return _signer().sign(rights_request.token_id.hex).replace(":", "-", 2)


class TokenError(Exception):
    """A verification link that cannot be used; ``reason`` is invalid, expired or used."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


def request_for_token(token, site):
    """The unverified request a token points to, or :class:`TokenError`."""
    max_age = timedelta(days=seloste_settings.RIGHTS_VERIFICATION_DAYS)
    parts = (token or "").split("-", 2)
    if len(parts) != 3:
        raise TokenError("invalid")
    try:
        token_id = _signer().unsign(":".join(parts), max_age=max_age)
    except signing.SignatureExpired as error:
        raise TokenError("expired") from error
    except signing.BadSignature as error:
        raise TokenError("invalid") from error
    rights_request = RightsRequest.objects.filter(token_id=token_id, site=site).first()
    if rights_request is None:
        # Deleted after expiry, or a link of another site.
        raise TokenError("expired")
    if rights_request.status != RightsRequest.UNVERIFIED:
        raise TokenError("used")
    if rights_request.verification_expires_at < timezone.now():
        raise TokenError("expired")
    return rights_request


def create_request(page, form, request):
    """Save a valid request form as an unverified request and queue the verification email.

    Every valid request is kept. Over the per-email limit (:func:`verification_hold_until`) it
    is marked for the owner and its link goes out once the limit allows; the visitor sees the
    same page either way, so the form reveals nothing about anyone's requests.
    """
    data = form.cleaned_data
    site = page.get_site()
    email = normalise_email(data["email"])
    with transaction.atomic():
        received = timezone.now()
        hold = verification_hold_until(site, email, received)
        rights_request = RightsRequest(
            site=site,
            page=page,
            types=list(data["types"]),
            name=data["name"],
            email=email,
            phone=data.get("phone", ""),
            message=data.get("message", ""),
            rectification=data.get("rectification", ""),
            language=translation.get_language() or settings.LANGUAGE_CODE,
            received_at=received,
            over_limit=hold is not None,
        )
        if hold is not None:
            # The link is valid for its days from when it goes out; until then the request
            # is not an expired one.
            rights_request.verification_expires_at = hold + timedelta(
                days=seloste_settings.RIGHTS_VERIFICATION_DAYS
            )
        rights_request.save()
        if hold is not None:
            log(rights_request, LOG_OVER_LIMIT, data={"link_at": hold.isoformat()})
        rights_request._send_at = hold
        page.send_verification(rights_request, request)
    return rights_request


def queue_verification(rights_request, request):
    """Queue the verification email; the link is made when the email is built, so a link that
    waited for the limit is valid for its full days."""
    page = rights_request.page
    # The Site's address, not the request's host: the booking app's links use the same one.
    page_url = links.page_url(page)
    outbox.send_later(
        verification_link_message,
        rights_request.pk,
        page_url,
        label=_label(rights_request.pk, "verification"),
        site=rights_request.site_id,
        on_sent=verification_sent,
        not_before=getattr(rights_request, "_send_at", None),
    )


def verification_sent(request_id, *args):
    """The link went out: its days run from now."""
    now = timezone.now()
    expires = now + timedelta(days=seloste_settings.RIGHTS_VERIFICATION_DAYS)
    RightsRequest.objects.filter(pk=request_id, verification_sent_at__isnull=True).update(
        verification_sent_at=now
    )
    RightsRequest.objects.filter(pk=request_id, verification_expires_at__lt=expires).update(
        verification_expires_at=expires
    )


def verify(rights_request, request=None):
    """Open a request whose link was followed; the owner is told. The due date stays the one
    counted from receipt (see ``RightsRequest.set_deadlines``)."""
    with transaction.atomic():
        locked = RightsRequest.objects.select_for_update().get(pk=rights_request.pk)
        if locked.status != RightsRequest.UNVERIFIED:
            raise TokenError("used")
        locked.verify()
        locked.save()
        log(locked, LOG_VERIFIED, data={"due_date": locked.due_date.isoformat()})
        from django.urls import reverse

        admin_url = links.admin_url(
            reverse("wagtail_seloste_rights:detail", args=[locked.pk]), locked.site
        )
        outbox.send_later(
            owner_verified_message,
            locked.pk,
            admin_url,
            label=_label(locked.pk, "owner notification"),
            site=locked.site_id,
        )
    return locked


def enter_request(
    site,
    user,
    *,
    types,
    channel,
    received_at,
    name,
    email,
    phone="",
    message="",
    rectification="",
    identity_method="",
    identity_note="",
    verified_at=None,
):
    """Record a request the owner received by email, phone, letter or in person.

    GDPR Art 12(3): the due date runs from ``received_at``, the day the request reached the
    business, which may be before the day it is entered. With ``identity_method`` the
    request opens at once; without it, it waits for :func:`confirm_identity` and is listed as
    unverified (its deadline still runs). No email goes to the requester.
    """
    with transaction.atomic():
        rights_request = RightsRequest(
            site=site,
            types=list(types),
            channel=channel,
            received_at=received_at,
            name=name,
            email=normalise_email(email),
            phone=phone,
            message=message,
            rectification=rectification,
            language=settings.LANGUAGE_CODE,
        )
        if identity_method:
            rights_request.verify(verified_at or timezone.now(), identity_method, identity_note)
        rights_request.save()
        log(
            rights_request,
            LOG_ENTERED,
            user=user,
            data={
                "channel": channel,
                "received": timezone.localdate(received_at).isoformat(),
                "due_date": rights_request.due_date.isoformat(),
            },
        )
        if identity_method:
            log(rights_request, LOG_IDENTITY, user=user, data={"method": identity_method})
    return rights_request


def confirm_identity(rights_request, user, method, note="", when=None):
    """The owner confirmed the requester's identity: the request opens, its due date stays
    the one counted from receipt."""
    with transaction.atomic():
        rights_request.verify(when or timezone.now(), method, note)
        rights_request.save()
        log(rights_request, LOG_IDENTITY, user=user, data={"method": method})
    return rights_request


# The register's view of a request -------------------------------------------------------


def free_access_note(rights_request):
    """The same person's earlier access requests in the last 12 months, for the owner's note.

    GDPR Art 12(5): answering is free of charge, however many requests a person makes. Only a
    request that is manifestly unfounded or excessive, in particular because it repeats, may be
    charged a reasonable fee or refused, with reasons the owner can show; a refusal tells the
    requester of the right to complain (Art 12(4)). (The one-free-request-a-year rule of the
    repealed Henkilötietolaki 523/1999, 26 §, no longer applies.) Earlier requests are counted
    so that the owner can judge repetition; the count decides nothing by itself.
    """
    since = rights_request.received_at - timedelta(days=365)
    earlier = (
        RightsRequest.objects.filter(
            site=rights_request.site,
            email=rights_request.email,
            received_at__gte=since,
            received_at__lte=rights_request.received_at,
        )
        .exclude(status=RightsRequest.UNVERIFIED)
        .exclude(pk=rights_request.pk)
    )
    count = sum(1 for r in earlier if "access" in r.types or "portability" in r.types)
    return {"earlier": count, "repeated": count > 0}


def controller(site):
    return NoticePage.for_site(site)


def owner_email(site):
    notice = controller(site)
    return seloste_settings.RIGHTS_NOTIFY_EMAIL or (notice.email if notice else "")


def _from_email():
    try:
        sender = seloste_settings.FROM_EMAIL
    except AttributeError:
        sender = None
    return sender or settings.DEFAULT_FROM_EMAIL


def export_zip(site, email, language=None):
    """A ZIP of one person's data with the GDPR Art 15 information (``export.build_zip``)."""
    from .export import build_zip

    return build_zip(site, email, language)


def export_filename(rights_request):
    from .export import zip_filename

    return zip_filename(rights_request)


# The owner's actions ---------------------------------------------------------------------


def log_export(rights_request, user):
    log(rights_request, LOG_EXPORTED, user=user)


def queue_export_email(rights_request, user):
    """Send the requester a download link of their data (never the data itself: see
    ``export.py``); raises ``export.NoRequestPage`` when the site has no request page."""
    from .export import send_link

    with transaction.atomic():
        link = send_link(rights_request)
        log(rights_request, LOG_EXPORT_SENT, user=user)
    return link


def erase(rights_request, user, *, dry_run=False):
    """Erase the requester's data through the registry; record it by a keyed hash only, and
    tell the requester what was erased, what was kept, why and until when (GDPR Art 12(1),
    17, 19). A dry run is the owner's preview, in the owner's language."""
    # The erasure's results (what was kept, and why) are worded in the requester's language:
    # the email to them is built from them after the data is gone.
    language = rights_request.language or settings.LANGUAGE_CODE
    with transaction.atomic():
        with contextlib.nullcontext() if dry_run else translation.override(language):
            results = erase_person(
                rights_request.site,
                rights_request.email,
                reason=f"request #{rights_request.pk}",
                dry_run=dry_run,
            )
        if not dry_run:
            log(
                rights_request,
                LOG_ERASED,
                user=user,
                data={
                    "deleted": sum(r.deleted for r in results),
                    "anonymised": sum(r.anonymised for r in results),
                    "kept": sum(r.kept_count for r in results),
                },
            )
            outbox.send_later(
                erasure_message,
                rights_request.pk,
                [result.as_dict() for result in results],
                label=_label(rights_request.pk, "erasure done"),
                site=rights_request.site_id,
            )
    return results


def restrict(rights_request, user):
    """GDPR Art 18: the person's records are only stored; no marketing, no reminders."""
    count = registry.restrict(rights_request.site, rights_request.email, user)
    log(rights_request, LOG_RESTRICTED, user=user, data={"clients": count})
    return count


def withdraw_consents(rights_request, user, *, marketing_only=False):
    """GDPR Art 7(3) and 21(3): record a withdrawal of each consent currently given (or of
    direct marketing only) as new consent records, and turn marketing off."""
    text = _("Withdrawn by the data subject's request #%(id)s.") % {"id": rights_request.pk}
    with transaction.atomic():
        created = registry.withdraw_consents(
            rights_request.site,
            rights_request.email,
            user,
            text=text,
            marketing_only=marketing_only,
        )
        log(
            rights_request,
            LOG_WITHDRAWN,
            user=user,
            data={"records": created, "marketing_only": marketing_only},
        )
    return created


def extend(rights_request, user, months, reason):
    with transaction.atomic():
        rights_request.extend(months, reason)
        rights_request.save()
        log(
            rights_request,
            LOG_EXTENDED,
            user=user,
            data={"months": months, "due_date": rights_request.due_date.isoformat()},
        )
        outbox.send_later(
            extension_message,
            rights_request.pk,
            label=_label(rights_request.pk, "extension"),
            site=rights_request.site_id,
        )


def reject(rights_request, user, reason):
    with transaction.atomic():
        rights_request.status = RightsRequest.REJECTED
        rights_request.rejection_reason = reason
        rights_request.closed_at = timezone.now()
        rights_request.save()
        log(rights_request, LOG_REJECTED, user=user)
        outbox.send_later(
            rejection_message,
            rights_request.pk,
            label=_label(rights_request.pk, "rejection"),
            site=rights_request.site_id,
        )


def complete(rights_request, user):
    rights_request.status = RightsRequest.COMPLETED
    rights_request.closed_at = timezone.now()
    rights_request.save()
    log(rights_request, LOG_COMPLETED, user=user)


# Emails: queued in the outbox (``wagtail_seloste.outbox``) in the transaction that makes the
# work, built by the ``*_message`` functions below when the outbox sends them. ---------------


def _label(request_id, what):
    return f"request #{request_id}: {what}"


def _message(template, to, context, language, attachments=()):
    context = {**context, "controller": controller(context["site"])}
    with translation.override(language or settings.LANGUAGE_CODE):
        subject = " ".join(
            render_to_string(
                f"wagtail_seloste/rights/email/{template}_subject.txt", context
            ).split()
        )
        body = render_to_string(f"wagtail_seloste/rights/email/{template}.txt", context)
    message = EmailMessage(subject, body, _from_email(), [to])
    for attachment in attachments:
        message.attach(*attachment)
    return message


def _get(request_id):
    return RightsRequest.objects.select_related("site").filter(pk=request_id).first()


def verification_message(request_id, url):
    """The verification email with a link made when it was queued (emails queued before 0.2)."""
    rights_request = _get(request_id)
    if rights_request is None or rights_request.verified_at is not None:
        return None
    return _message(
        "verification",
        rights_request.email,
        {
            "rights_request": rights_request,
            "url": url,
            "site": rights_request.site,
            "days": seloste_settings.RIGHTS_VERIFICATION_DAYS,
        },
        rights_request.language,
    )


def verification_link_message(request_id, page_url):
    """The verification email; the link's signed time is when the email is built, so it is
    valid for ``RIGHTS_VERIFICATION_DAYS`` from when it goes out."""
    rights_request = _get(request_id)
    if rights_request is None or rights_request.verified_at is not None:
        return None
    page = rights_request.page
    if page is None:
        return None
    with translation.override(rights_request.language or settings.LANGUAGE_CODE):
        path = paths.subpage(page, "verify_view", token=make_token(rights_request))
    return verification_message(request_id, page_url.rstrip("/") + "/" + path.lstrip("/"))


def owner_verified_message(request_id, admin_url=""):
    rights_request = _get(request_id)
    to = owner_email(rights_request.site) if rights_request else ""
    if not to:
        return None
    return _message(
        "owner_verified",
        to,
        {"rights_request": rights_request, "admin_url": admin_url, "site": rights_request.site},
        # The owner's admin language, never the requester's.
        owner_language(rights_request.site, to),
    )


def _to_requester(request_id, template):
    """The email ``template`` to the requester about their request, in their language."""
    rights_request = _get(request_id)
    if rights_request is None:
        return None
    return _message(
        template,
        rights_request.email,
        {"rights_request": rights_request, "site": rights_request.site},
        rights_request.language,
    )


def erasure_message(request_id, results):
    """The requester's email after an erasure: per source what was deleted or kept without
    the details, and what the law keeps, why and until when. No personal data but the name
    (the results hold counts and the holds' wording only)."""
    rights_request = _get(request_id)
    if rights_request is None:
        return None
    erased = [r for r in results if r["deleted"] or r["anonymised"]]
    kept = [
        {**item, "until": date.fromisoformat(item["until"]) if item.get("until") else None}
        for result in results
        for item in result["kept"]
    ]
    return _message(
        "erasure_done",
        rights_request.email,
        {
            "rights_request": rights_request,
            "site": rights_request.site,
            "erased": erased,
            "kept": kept,
        },
        rights_request.language,
    )


def extension_message(request_id):
    return _to_requester(request_id, "extension")


def rejection_message(request_id):
    return _to_requester(request_id, "rejection")


def export_message(request_id):
    """An export email queued before download links existed: it queues a download link email
    instead and sends nothing itself (the data never goes as an attachment)."""
    from .export import NoRequestPage, send_link

    rights_request = _get(request_id)
    if rights_request is not None:
        try:
            with transaction.atomic():
                send_link(rights_request)
        except NoRequestPage:
            logger.warning("Request #%s: no request page for the download link.", request_id)
    return None


def owner_reminder_message(request_id, today):
    rights_request = _get(request_id)
    to = owner_email(rights_request.site) if rights_request else ""
    if not to:
        return None
    return _message(
        "owner_reminder",
        to,
        {
            "rights_request": rights_request,
            "site": rights_request.site,
            "today": date.fromisoformat(today),
        },
        owner_language(rights_request.site, to),
    )


def send_deadline_reminders(now=None):
    """Remind the owner of requests not yet closed (unverified ones too: their deadline runs)
    whose next deadline is within ``RIGHTS_REMINDER_DAYS``. The next deadline is the site's
    promised date until it passes, then the legal due date; one reminder per deadline (an
    extension moves the due date and so earns a new reminder). Returns the count queued."""
    from django.db.models import Q

    today = timezone.localdate(now)
    horizon = today + timedelta(days=seloste_settings.RIGHTS_REMINDER_DAYS)
    sent = 0
    due = (
        RightsRequest.objects.pending()
        .filter(Q(due_date__lte=horizon) | Q(promised_date__lte=horizon))
        # A web request waiting for its email link is the requester's move, not the owner's.
        .exclude(status=RightsRequest.UNVERIFIED, channel=WEB)
        .select_related("site")
    )
    for rights_request in due:
        deadline = rights_request.next_deadline
        if deadline is None or deadline > horizon or rights_request.reminder_sent_for == deadline:
            continue
        to = owner_email(rights_request.site)
        if not to:
            continue
        # Queued with the mark in one transaction; the outbox retries a failed send.
        with transaction.atomic():
            outbox.send_later(
                owner_reminder_message,
                rights_request.pk,
                today.isoformat(),
                label=_label(rights_request.pk, "deadline reminder"),
                site=rights_request.site_id,
            )
            RightsRequest.objects.filter(pk=rights_request.pk).update(reminder_sent_for=deadline)
        sent += 1
    # Without a worker (the immediate backend) this is where due emails go out.
    outbox.sweep()
    return sent


@task()
def deadline_reminders_task():
    return send_deadline_reminders()


# Tasks queued before the outbox existed still run: each queues its email in the outbox.


def _requeue(builder, request_id, *args, what):
    rights_request = _get(request_id)
    if rights_request is not None:
        with transaction.atomic():
            outbox.send_later(
                builder,
                request_id,
                *args,
                label=_label(request_id, what),
                site=rights_request.site_id,
            )


@task()
def send_verification_email(request_id, url):
    _requeue(verification_message, request_id, url, what="verification")


@task()
def notify_owner(request_id, admin_url=""):
    _requeue(owner_verified_message, request_id, admin_url, what="owner notification")


@task()
def send_extension_notice(request_id):
    _requeue(extension_message, request_id, what="extension")


@task()
def send_rejection(request_id):
    _requeue(rejection_message, request_id, what="rejection")


@task()
def send_export(request_id):
    _requeue(export_message, request_id, what="export")
