"""iCalendar (RFC 5545) written by hand: a booking's invitation and the owner's feed.

Lines end in CRLF and are folded at 75 octets (RFC 5545 §3.1); text values are escaped
(§3.3.11). Times are written in UTC so no VTIMEZONE component is needed.
"""

from datetime import UTC

from django.utils import timezone

from .. import links
from .models import Booking

CRLF = "\r\n"
PRODID = "-//wagtail-seloste//Ajanvaraus//FI"


def escape_text(value):
    value = str(value or "")
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def fold(line):
    """Fold a content line into chunks of at most 75 octets, never inside a UTF-8 character."""
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        return line
    parts = []
    current = ""
    limit = 75
    for char in line:
        if len((current + char).encode("utf-8")) > limit:
            parts.append(current)
            current = char
            limit = 74  # continuation lines start with one space
        else:
            current += char
    parts.append(current)
    return (CRLF + " ").join(parts)


def format_datetime(value):
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def event(
    *,
    uid,
    start,
    end,
    summary,
    description="",
    location="",
    status="CONFIRMED",
    url="",
    sequence=0,
    stamp=None,
):
    lines = [
        "BEGIN:VEVENT",
        f"UID:{escape_text(uid)}",
        f"DTSTAMP:{format_datetime(stamp or timezone.now())}",
        f"DTSTART:{format_datetime(start)}",
        f"DTEND:{format_datetime(end)}",
        f"SUMMARY:{escape_text(summary)}",
        f"STATUS:{status}",
        f"SEQUENCE:{sequence}",
    ]
    if description:
        lines.append(f"DESCRIPTION:{escape_text(description)}")
    if location:
        lines.append(f"LOCATION:{escape_text(location)}")
    if url:
        lines.append(f"URL:{url}")
    lines.append("END:VEVENT")
    return lines


def calendar(events, *, name="", method="PUBLISH"):
    """A VCALENDAR of ``events`` (lists of unfolded lines) as a CRLF-terminated string."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    if name:
        lines.append(f"X-WR-CALNAME:{escape_text(name)}")
    for lines_of_event in events:
        lines.extend(lines_of_event)
    lines.append("END:VCALENDAR")
    return CRLF.join(fold(line) for line in lines) + CRLF


STATUS = {"confirmed": "CONFIRMED", "pending": "TENTATIVE", "cancelled": "CANCELLED"}


def booking_uid(booking):
    hostname = links.site_hostname(booking.page if booking.page_id else None)
    return f"booking-{booking.pk}@{hostname}"


def booking_ics(booking, notice=None, cancel_url=""):
    """The client's calendar file of one booking."""
    summary = booking.service.name
    if notice is not None and notice.controller_name:
        summary = f"{summary} – {notice.controller_name}"
    description = cancel_url and f"{cancel_url}"
    return calendar(
        [
            event(
                uid=booking_uid(booking),
                start=booking.start,
                end=booking.end,
                summary=summary,
                description=description,
                location=notice.controller_address if notice is not None else "",
                status=STATUS.get(booking.status, "CONFIRMED"),
                url=cancel_url,
                sequence=1 if booking.status == "cancelled" else 0,
            )
        ]
    )


def bookings_feed(page, request=None):
    """The owner's private feed of upcoming bookings.

    Calendar services fetch the feed from their own servers, so it names only the service, the
    booking number and a link to the admin; the client's details stay in the admin.
    """
    from django.urls import reverse

    bookings = (
        Booking.objects.active()
        .filter(page=page, end__gte=timezone.now())
        .select_related("service")
        .order_by("start")[:2000]
    )
    hostname = links.site_hostname(page)
    events = []
    for booking in bookings:
        url = links.admin_url(reverse("wagtail_seloste_bookings:inspect", args=[booking.pk]), page)
        events.append(
            event(
                uid=f"booking-{booking.pk}@{hostname}",
                start=booking.start,
                end=booking.end,
                summary=f"{booking.service.name} (#{booking.pk})",
                status=STATUS.get(booking.status, "CONFIRMED"),
                url=url,
                stamp=booking.created_at,
            )
        )
    return calendar(events, name=page.title, method="")
