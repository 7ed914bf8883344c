"""Background tasks of the booking app (django-tasks).

The booking emails are no longer tasks of their own: they go through the core's outbox
(``wagtail_seloste.outbox``). These names stay so that tasks queued before the upgrade still
run: each queues its email in the outbox.
"""

from django.db import transaction
from django_tasks import task

from . import emails


def _queue(booking_id, queue):
    booking = emails._booking(booking_id)
    if booking is not None:
        with transaction.atomic():
            queue(booking)


@task()
def send_booking_emails(booking_id):
    _queue(booking_id, emails.queue_booking_emails)


@task()
def send_confirmation(booking_id):
    _queue(booking_id, emails.queue_confirmation)


@task()
def send_reminder(booking_id):
    _queue(booking_id, emails.queue_reminder)


@task()
def send_cancellation_notice(booking_id):
    _queue(booking_id, emails.notify_owner_of_cancellation)


@task()
def send_client_cancellation(booking_id):
    _queue(booking_id, emails.notify_client_of_cancellation)
