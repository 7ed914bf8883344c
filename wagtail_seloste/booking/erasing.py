"""The owner's deletions in the admin, through the same path as an erasure request.

Deleting a client in the admin (one, or many with the bulk action) erases the person with the
core's :func:`wagtail_seloste.erasure.erase_person`: legal holds win (an invoiced booking, an
open payment, a patient record is kept, anonymised), and an erasure record is written
(reason "admin"), so a restored backup replays it. Deleting one booking erases that booking
only: held bookings are kept, anonymised; it writes no erasure record, because an erasure
record stands for the whole person and replaying it would erase their other bookings too.
"""

from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.log_actions import log

from ..register.erasure import erase_person
from .sources import erase_booking

ADMIN_REASON = "admin"


def erase_client(client, user):
    """Erase the client's data on their site; returns the registry's results."""
    results = erase_person(client.site, client.email, reason=ADMIN_REASON)
    kept = any(r.kept for r in results if r.source == "clients")
    log(client, "wagtail_seloste.booking.anonymise" if kept else "wagtail.delete", user=user)
    return results


def delete_booking(booking, user):
    """Erase one booking; a held one is kept and anonymised. Returns an ErasureResult."""
    result = erase_booking(booking, dry_run=True)
    if result.kept:
        log(booking, "wagtail_seloste.booking.anonymise", user=user)
    else:
        log(booking, "wagtail.delete", user=user)
    return erase_booking(booking)


def kept_messages(results):
    """What was kept and why, as sentences the owner reads after a deletion."""
    lines = []
    for result in results:
        for kept in result.kept:
            if kept.until:
                lines.append(
                    _("Kept: %(what)s (%(count)s) until %(until)s. %(reason)s")
                    % {
                        "what": kept.description,
                        "count": kept.count,
                        "until": formats.date_format(kept.until, "SHORT_DATE_FORMAT"),
                        "reason": kept.reason,
                    }
                )
            elif kept.note:
                lines.append(
                    _("Kept: %(what)s (%(count)s) %(note)s %(reason)s")
                    % {
                        "what": kept.description,
                        "count": kept.count,
                        "note": kept.note,
                        "reason": kept.reason,
                    }
                )
            else:
                lines.append(
                    _("Kept: %(what)s (%(count)s). %(reason)s")
                    % {"what": kept.description, "count": kept.count, "reason": kept.reason}
                )
    return lines


def summary_message(results):
    deleted = sum(r.deleted for r in results)
    anonymised = sum(r.anonymised for r in results)
    return ngettext(
        "%(deleted)s record deleted and %(anonymised)s anonymised.",
        "%(deleted)s records deleted and %(anonymised)s anonymised.",
        deleted,
    ) % {"deleted": deleted, "anonymised": anonymised}
