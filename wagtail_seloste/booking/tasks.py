"""Background tasks (django-tasks): run after commit, safe to run twice."""

from django_tasks import task

from . import emails


@task()
def send_booking_emails(booking_id):
    """The client's confirmation and the owner's notification of a new booking."""
    return {
        "confirmation": emails.send_confirmation(booking_id),
        "owner": emails.send_owner_notification(booking_id),
    }


@task()
def send_confirmation(booking_id):
    return emails.send_confirmation(booking_id)


@task()
def send_reminder(booking_id):
    return emails.send_reminder(booking_id)


@task()
def send_cancellation_notice(booking_id):
    return emails.send_cancellation_notice(booking_id)
