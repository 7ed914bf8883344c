from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from wagtail.models import Site

from wagtail_seloste.cookies.consent import sync_cookies
from wagtail_seloste.management.commands._sites import add_site_argument, find_site


def _merge(first, second):
    for name in first.__dataclass_fields__:
        getattr(first, name).extend(getattr(second, name))
    return first


class Command(BaseCommand):
    help = (
        "Sync the cookie categories and cookies of each site's canonical privacy notice into "
        "its cookie banner (django-cookie-consent). Publishing the notice does the same; run "
        "this after a deploy or an import. Safe to run any number of times."
    )

    def add_arguments(self, parser):
        add_site_argument(parser)

    def handle(self, *args, site=None, **options):
        sites = [find_site(site)] if site else list(Site.objects.order_by("pk"))
        result = None
        for target in sites:
            synced = sync_cookies(site=target)
            if synced is None:
                self.stderr.write(
                    _(
                        "The site %(site)s has no canonical privacy notice: publish one, or "
                        "choose one in Settings → Privacy notice settings."
                    )
                    % {"site": target.site_name or target.hostname}
                )
                continue
            result = synced if result is None else _merge(result, synced)
        if result is None:
            raise CommandError(
                _(
                    "No site has a canonical privacy notice. Publish a notice, or choose one in "
                    "Settings → Privacy notice settings, and run this again."
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
