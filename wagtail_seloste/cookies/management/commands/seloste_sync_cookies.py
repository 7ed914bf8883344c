from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from wagtail_seloste.cookies.consent import sync_cookies


class Command(BaseCommand):
    help = (
        "Sync the cookie categories and cookies of the default site's canonical privacy notice "
        "into the cookie banner (django-cookie-consent). Publishing the notice does the same; "
        "run this after a deploy or an import. Safe to run any number of times."
    )

    def handle(self, *args, **options):
        result = sync_cookies()
        if result is None:
            raise CommandError(
                _(
                    "The default site has no canonical privacy notice. Publish a notice, or "
                    "choose one in Settings → Privacy notice settings, and run this again."
                )
            )
        if not result.changed:
            self.stdout.write(_("The cookie banner already matches the privacy notice."))
            return
        for label, items in (
            (_("Added categories"), result.created_groups),
            (_("Updated categories"), result.updated_groups),
            (_("Removed categories"), result.deleted_groups),
            (_("Added cookies"), result.created_cookies),
            (_("Updated cookies"), result.updated_cookies),
            (_("Removed cookies"), result.deleted_cookies),
        ):
            if items:
                self.stdout.write(f"{label}: {', '.join(items)}")
        self.stdout.write(
            self.style.SUCCESS(_("The cookie banner now matches the privacy notice."))
        )
