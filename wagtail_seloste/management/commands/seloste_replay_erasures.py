from django.core.management.base import BaseCommand
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Site

from ...register.erasure import email_hash
from ...register.models import ErasureRecord
from ...register.registry import registry
from .seloste_person_erase import write_results


class Command(BaseCommand):
    help = (
        "Erase again everyone whose data was erased before, after restoring a backup (GDPR Art "
        "17). Erasure records hold only a keyed hash of the email; the register's emails are "
        "hashed and compared. A person who became a client again after the erasure is left alone."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Show what would be erased; change nothing."
        )

    def handle(self, dry_run=False, **options):
        total = 0
        for site in Site.objects.order_by("pk"):
            records = {r.email_hash: r for r in ErasureRecord.objects.filter(site=site)}
            if not records:
                continue
            for email in sorted(registry.emails(site)):
                record = records.get(email_hash(email))
                if record is None:
                    continue
                if registry.returned_after(site, email, record.created_at):
                    # The person became a client again after the erasure: a restored backup
                    # only brings back rows created before it, so this one is a new relationship.
                    continue
                results = registry.erase(site, email, dry_run=dry_run)
                if not any(r.deleted or r.anonymised for r in results):
                    continue
                total += 1
                self.stdout.write(_("Erasure #%(id)s re-applied:") % {"id": record.pk})
                write_results(self.stdout, results, dry_run)
                if not dry_run:
                    record.last_replayed_at = timezone.now()
                    record.save(update_fields=["last_replayed_at"])
        self.stdout.write(
            ngettext("%(count)s erasure re-applied.", "%(count)s erasures re-applied.", total)
            % {"count": total}
        )
