from django.core.management.base import BaseCommand
from django.utils.translation import ngettext

from wagtail_seloste.rights.actions import send_deadline_reminders


class Command(BaseCommand):
    help = (
        "Remind the owner by email of data subject requests due within "
        "WAGTAIL_SELOSTE_RIGHTS_REMINDER_DAYS days (once per due date). Run it daily."
    )

    def handle(self, **options):
        sent = send_deadline_reminders()
        self.stdout.write(
            ngettext("%(count)s reminder sent.", "%(count)s reminders sent.", sent)
            % {"count": sent}
        )
