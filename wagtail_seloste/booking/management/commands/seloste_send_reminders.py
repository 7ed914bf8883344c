"""Send booking reminders, and retry booking emails that failed.

Run it every 10–15 minutes from cron or a systemd timer (see docs/booking.md). Each email is
claimed in the database before it is sent, so overlapping runs never send one twice.
"""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from wagtail_seloste.booking import emails
from wagtail_seloste.booking.models import Booking, BookingStatus
from wagtail_seloste.conf import seloste_settings


class Command(BaseCommand):
    help = (
        "Send reminders of bookings starting within WAGTAIL_SELOSTE_REMINDER_HOURS and retry "
        "confirmations and owner notifications that could not be sent."
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
        ).values_list("pk", flat=True)
        for booking_id in due:
            reminded += emails.send_reminder(booking_id)

        retried = 0
        active = upcoming.exclude(status=BookingStatus.CANCELLED)
        for booking_id in active.filter(confirmation_sent_at__isnull=True).values_list(
            "pk", flat=True
        ):
            retried += emails.send_confirmation(booking_id)
        for booking_id in active.filter(owner_notified_at__isnull=True).values_list(
            "pk", flat=True
        ):
            retried += emails.send_owner_notification(booking_id)

        self.stdout.write(f"Sent {reminded} reminder(s) and {retried} retried email(s).")
