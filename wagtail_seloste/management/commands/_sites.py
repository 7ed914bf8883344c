"""Site selection of the register commands: ``--site`` by id or hostname, else every site or
the default site."""

from django.core.management.base import CommandError
from django.utils.translation import gettext as _
from wagtail.models import Site


def add_site_argument(parser):
    parser.add_argument(
        "--site",
        help="Site id or hostname (default: the default site; the purge: every site).",
    )


def find_site(value):
    if value is None:
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise CommandError(_("There is no default site. Give the site with --site."))
        return site
    query = Site.objects.filter(pk=int(value)) if value.isdigit() else None
    site = query.first() if query is not None else Site.objects.filter(hostname=value).first()
    if site is None:
        raise CommandError(
            _("No site %(site)s. Give a site id or hostname, for example --site localhost.")
            % {"site": value}
        )
    return site
