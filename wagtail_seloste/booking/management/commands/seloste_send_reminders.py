"""Send booking reminders, and take up outbox emails that are due.

Run it every 10–15 minutes from cron or a systemd timer (see docs/deployment.md). A reminder is
claimed on the booking (``reminder_sent_at``) in the transaction that queues it in the outbox,
so overlapping runs never queue one twice; the outbox retries it if sending fails.
"""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from wagtail_seloste import outbox
from wagtail_seloste.booking import emails
from wagtail_seloste.booking.models import Booking, BookingStatus
from wagtail_seloste.conf import seloste_settings


class Command(BaseCommand):
    help = (
        "Send reminders of bookings starting within WAGTAIL_SELOSTE_REMINDER_HOURS and take up "
        "outbox emails that are due (see seloste_send_emails)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--hours",
            type=int,
            default=None,
            help="Remind of bookings starting within this many hours (default: the setting).",
        )

    def handle(self, *args, hours=None, **options):
        now = timezone.now()
        hours = seloste_settings.REMINDER_HOURS if hours is None else hours
        upcoming = Booking.objects.filter(start__gt=now)

        reminded = 0
        due = upcoming.filter(
            status=BookingStatus.CONFIRMED,
            start__lte=now + timedelta(hours=hours),
            reminder_sent_at__isnull=True,
            # A restricted client (GDPR Art 18) gets no reminders.
            client__restricted=False,
        ).select_related("client")
        for booking in due:
            with transaction.atomic():
                claimed = Booking.objects.filter(
                    pk=booking.pk, reminder_sent_at__isnull=True
                ).update(reminder_sent_at=now)
                if claimed:
                    emails.queue_reminder(booking)
                    reminded += 1

        # Delivers what is due without a worker (immediate backend) and what a dead worker left.
        retried = outbox.sweep()

        self.stdout.write(f"Queued {reminded} reminder(s); took up {retried} outbox email(s).")
