import datetime

from cookie_consent.models import LogItem
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext


class Command(BaseCommand):
    help = (
        "Delete cookie consent log rows older than --days days (default 365), so that the log "
        "does not grow without bound. Safe to run any number of times; schedule it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=365)

    def handle(self, *args, days, **options):
        if days < 1:
            raise CommandError(_("--days must be at least 1."))
        cutoff = timezone.now() - datetime.timedelta(days=days)
        deleted, _by_model = LogItem.objects.filter(created__lt=cutoff).delete()
        self.stdout.write(
            ngettext(
                "Deleted %(count)s consent log row older than %(days)s days.",
                "Deleted %(count)s consent log rows older than %(days)s days.",
                deleted,
            )
            % {"count": deleted, "days": days}
        )
