from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from ...register.erasure import erase_person
from ._sites import add_site_argument, find_site
from .seloste_person_export import checked_email


def write_results(stdout, results, dry_run):
    for result in results:
        stdout.write(
            _("%(source)s: %(deleted)s deleted, %(anonymised)s anonymised")
            % {
                "source": result.verbose_name,
                "deleted": result.deleted,
                "anonymised": result.anonymised,
            }
        )
        for kept in result.kept:
            until = _(" until %(date)s") % {"date": kept.until.isoformat()} if kept.until else ""
            stdout.write(
                _("  kept %(count)s × %(what)s%(until)s: %(reason)s")
                % {
                    "count": kept.count,
                    "what": kept.description,
                    "until": until,
                    "reason": kept.reason,
                }
            )
    if dry_run:
        stdout.write(_("Dry run: nothing was changed."))


class Command(BaseCommand):
    help = (
        "Erase one person's data from every source of the personal-data registry, keeping what "
        "a legal hold keeps (GDPR Art 17; https://github.com/wagtail-seloste/wagtail-seloste/blob/main/docs/rights.md)."
    )

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument(
            "--dry-run", action="store_true", help="Show what would be erased; change nothing."
        )
        add_site_argument(parser)

    def handle(self, email, dry_run=False, site=None, **options):
        site = find_site(site)
        email = checked_email(email)
        results = erase_person(site, email, reason="command", dry_run=dry_run)
        write_results(self.stdout, results, dry_run)
