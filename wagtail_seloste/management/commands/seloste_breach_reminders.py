"""Remind the owner of open personal data breaches with nothing recorded for 48 hours.

Run it hourly from cron or a systemd timer (docs/deployment.md, docs/breaches.md); safe to run
twice or to overlap with itself.
"""

from django.core.management.base import BaseCommand
from django.utils.translation import ngettext

from ...register.breaches.reminders import send_breach_reminders


class Command(BaseCommand):
    help = (
        "Email the owner a reminder of every open personal data breach with nothing recorded "
        "for 48 hours (GDPR Art 33: 72 hours to notify). Run it hourly."
    )

    def handle(self, **options):
        sent = send_breach_reminders()
        self.stdout.write(
            ngettext("%(count)s reminder sent.", "%(count)s reminders sent.", sent)
            % {"count": sent}
        )
