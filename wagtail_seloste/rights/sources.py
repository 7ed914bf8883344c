"""The rights app's source of personal data: earlier data subject requests."""

from django.utils.translation import gettext_lazy as _

from ..register.registry import (
    REQUEST_RECORD_HOLD,
    ErasureResult,
    Kept,
    PersonalDataSource,
    PurgeResult,
    delete_in_batches,
    fiscal_threshold,
    registry,
    to_json,
)


class RightsRequestSource(PersonalDataSource):
    """Earlier data subject requests: kept as the record of how they were answered."""

    name = "requests"
    verbose_name = _("data subject requests")
    retention_targets = ("requests",)
    erase_order = 95

    def purge_always(self, site, now, *, dry_run=False):
        """Unverified requests whose link has expired are deleted: the form promises it."""
        from .models import RightsRequest

        expired = RightsRequest.objects.unverified_expired(now).filter(site=site)
        count = expired.count()
        if not dry_run:
            expired.delete()
        return [
            {
                "rule": "unverified_requests",
                "label": "",
                "applies_to": "requests",
                "deleted": count,
                "anonymised": 0,
                "kept": 0,
            }
        ]

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
                    "channel": r.channel,
                    "received_at": r.received_at,
                    "verified_at": r.verified_at,
                    "identity_method": r.identity_method,
                    "identity_note": r.identity_note,
                    "promised_date": r.promised_date,
                    "due_date": r.due_date,
                    "extension_reason": r.extension_reason,
                    "closed_at": r.closed_at,
                    "rejection_reason": r.rejection_reason,
                }
                for r in self.find(site, email)
            ]
        )

    def render(self, site, email, items):
        from .models import REQUEST_TYPES, RightsRequest

        labels = dict(REQUEST_TYPES)
        statuses = dict(RightsRequest.STATUSES)
        return [
            {
                "title": _("Request #%(id)s") % {"id": item["id"]},
                "rows": [
                    (_("request types"), ", ".join(str(labels.get(t, t)) for t in item["types"])),
                    (_("status"), statuses.get(item["status"], item["status"])),
                    (_("received"), item["received_at"]),
                    (_("identity verified"), item.get("verified_at")),
                    (_("due date"), item["due_date"]),
                    (_("closed"), item["closed_at"]),
                    (_("message"), item["message"]),
                ],
            }
            for item in items
        ]

    def erase(self, site, email, *, dry_run=False):
        from .models import WEB, RightsRequest

        result = ErasureResult(self.name, self.verbose_name)
        found = self.find(site, email)
        # Unconfirmed web requests go; a request the owner entered is a record of a request
        # received (GDPR Art 5(2)) and stays like an answered one.
        unverified = found.filter(status=RightsRequest.UNVERIFIED, channel=WEB)
        result.deleted = unverified.count()
        kept = found.count() - result.deleted
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
        threshold = fiscal_threshold(threshold, counted_from, site)
        closed = RightsRequest.objects.filter(
            site=site, status__in=[RightsRequest.COMPLETED, RightsRequest.REJECTED]
        )
        if counted_from == "collected":
            expired = closed.filter(received_at__lt=threshold)
        else:
            expired = closed.filter(closed_at__lt=threshold)
        result.deleted += delete_in_batches(expired, batch_size, dry_run=dry_run)
        return result


registry.register(RightsRequestSource())
