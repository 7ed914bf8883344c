"""Email marketing to clients: who may be sent offers, on which basis, and the refusal.

Two bases, kept apart (laki sähköisen viestinnän palveluista 917/2014, 200 §):

- **consent** (200 § 1 mom., GDPR Art 6(1)(a)): the client ticked "marketing by email";
  withdrawing it is a new consent record (Art 7(3));
- **an existing customer** (200 § 2 mom.): offers of the business's own similar services to a
  client whose address came with a booking, who could refuse them free of charge then
  (the booking page's box) and can in every message. Not consent; its evidence is a consent
  record of its own kind (``marketing_existing_customer``), ``given`` while not refused.

Every marketing message must carry the client's opt-out link (``emails.marketing_optout_url``);
opening it and confirming refuses both (:func:`refuse_email_marketing`).
"""

import csv
import io

from django.db import transaction
from django.utils.translation import gettext as _

from ..notice.models import NoticePage
from .models import Client, ConsentRecord, RecordKind

LOG_REFUSED = "wagtail_seloste.booking.marketing_refused"
LOG_LISTED = "wagtail_seloste.booking.marketing_listed"


def refuse_email_marketing(client, *, source, text, user=None):
    """Stop every email marketing to ``client``: a withdrawal record for a consent given and a
    refusal record for offers to an existing customer, each a new record (the old ones stay as
    evidence), and both flags off. Returns how many records were written."""
    from wagtail.log_actions import log

    kinds = (RecordKind.MARKETING_EMAIL, RecordKind.MARKETING_EXISTING_CUSTOMER)
    with transaction.atomic():
        client = Client.objects.select_for_update().get(pk=client.pk)
        latest = {}
        for record in ConsentRecord.objects.filter(client=client, kind__in=kinds).order_by(
            "created_at", "pk"
        ):
            latest[record.kind] = record
        stop = {kind for kind, record in latest.items() if record.given}
        if client.marketing_email:
            stop.add(RecordKind.MARKETING_EMAIL)
        if client.marketing_existing_customer:
            stop.add(RecordKind.MARKETING_EXISTING_CUSTOMER)
        notice = NoticePage.for_site(client.site)
        for kind in sorted(stop):
            ConsentRecord.objects.create(
                site=client.site,
                client=client,
                kind=kind,
                given=False,
                text=text,
                notice=notice,
                notice_revision_id=notice.live_revision_id if notice else None,
                source=source,
                recorded_by=user,
            )
        if client.marketing_email or client.marketing_existing_customer:
            client.marketing_email = client.marketing_existing_customer = False
            client.save(update_fields=["marketing_email", "marketing_existing_customer"])
        if stop:
            log(client, LOG_REFUSED, user=user, data={"source": source})
    return len(stop)


def recipients(clients):
    """The clients of ``clients`` who may be sent email marketing, with the basis of each:
    ``[(client, basis)]``. Restricted clients (GDPR Art 18) never."""
    rows = []
    for client in clients.filter(restricted=False).order_by("pk"):
        if client.marketing_email:
            rows.append((client, _("consent")))
        elif client.marketing_existing_customer:
            rows.append((client, _("existing customer (917/2014 200 §)")))
    return rows


def recipients_csv(clients, user):
    """The marketing list as CSV for a mail tool: each client's address, name, basis and the
    opt-out link the message must carry. Each listed client's history records the listing."""
    from wagtail.log_actions import log

    from .emails import marketing_optout_url

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([_("email"), _("first name"), _("last name"), _("basis"), _("opt-out link")])
    rows = recipients(clients.select_related("site"))
    for client, basis in rows:
        writer.writerow(
            [
                client.email,
                # A spreadsheet runs a cell that starts with = + - @ as a formula.
                _cell(client.first_name),
                _cell(client.last_name),
                basis,
                marketing_optout_url(client),
            ]
        )
    for client, _basis in rows:
        log(client, LOG_LISTED, user=user)
    return buffer.getvalue()


def _cell(value):
    return f"'{value}" if value[:1] in ("=", "+", "-", "@") else value


def refusal_text():
    return _("Refused by the opt-out link in a marketing message.")
