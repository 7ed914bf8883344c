from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from ...register.retention import purge_all, purge_site
from ._sites import find_site


class Command(BaseCommand):
    help = (
        "Delete or anonymise data whose retention period in the site's privacy notice has "
        "passed, skipping legal holds (https://github.com/wagtail-seloste/wagtail-seloste/blob/main/docs/retention.md). Run it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what would be deleted; change nothing."
        )
        parser.add_argument("--site", help="Only this site (id or hostname); default every site.")
        parser.add_argument("--batch-size", type=int, help="Rows per transaction.")

    def handle(self, dry_run=False, site=None, batch_size=None, **options):
        if site:
            runs = [purge_site(find_site(site), dry_run=dry_run, batch_size=batch_size)]
        else:
            runs = purge_all(dry_run=dry_run, batch_size=batch_size)
        for run in runs:
            self.stdout.write(
                _("Site %(site)s:") % {"site": run.site.site_name or run.site.hostname}
            )
            for entry in run.counts:
                label = entry["label"] or _(
                    "Unconfirmed data subject requests past their link's expiry"
                )
                if entry.get("skipped"):
                    self.stdout.write(_("  %(rule)s: not applied automatically") % {"rule": label})
                    continue
                self.stdout.write(
                    _(
                        "  %(rule)s: %(deleted)s deleted, %(anonymised)s anonymised, %(kept)s kept by a legal hold"
                    )
                    % {
                        "rule": label,
                        "deleted": entry["deleted"],
                        "anonymised": entry["anonymised"],
                        "kept": entry["kept"],
                    }
                )
        if dry_run:
            self.stdout.write(_("Dry run: nothing was deleted."))
