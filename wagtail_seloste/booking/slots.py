"""Free times of a booking page: opening hours minus closed days, bookings and buffers.

One query fetches the page's active bookings in the range; the rest is arithmetic on sorted
intervals, so the cost grows with the number of days and slots, not with the register.
"""

import bisect
from datetime import datetime, timedelta
from functools import lru_cache

from django.db import connections
from django.utils import timezone

from .models import Booking


def _aware(day, time, tz):
    return timezone.make_aware(datetime.combine(day, time), tz)


@lru_cache(maxsize=64)
def _finnish_holidays(year):
    import holidays

    return frozenset(holidays.country_holidays("FI", years=year))


def is_public_holiday(day):
    """Whether ``day`` is a Finnish public holiday in the ``holidays`` package's Finland
    calendar (which also lists Midsummer Eve and Christmas Eve, customarily closed days)."""
    return day in _finnish_holidays(day.year)


def opening_intervals(page, day, tz, weekly=None, closed=None):
    """The (start, end) aware intervals the page is open on ``day``.

    A closed date covering ``day`` wins (closed, or open at its own hours: the owner's
    override of a public holiday); then public holidays are closed when the page says so;
    then the weekly hours apply.
    """
    schedule = schedule_page(page)
    if closed is None:
        closed = _rows(schedule, "closed_dates")
    exceptions = [c for c in closed if c.covers(day)]
    if exceptions:
        return [
            (_aware(day, c.opens, tz), _aware(day, c.closes, tz))
            for c in exceptions
            if c.opens and c.closes and c.closes > c.opens
        ]
    if getattr(schedule, "close_public_holidays", False) and is_public_holiday(day):
        return []
    if weekly is None:
        weekly = _rows(schedule, "opening_hours")
    return [
        (_aware(day, h.opens, tz), _aware(day, h.closes, tz))
        for h in weekly
        if h.weekday == day.weekday() and h.closes > h.opens
    ]


def _rows(schedule, relation):
    """The schedule page's opening hours or closed days: from the shared cache
    (``BookingPage.shared_rows``) unless the page holds them in memory (a preview)."""
    if hasattr(schedule, "shared_rows") and schedule._reads_rows(relation):
        return schedule.shared_rows(relation)
    return list(getattr(schedule, relation).all())


NAIVE_EPOCH = datetime(1970, 1, 1)


def _epoch(value):
    """Seconds since the epoch of a database datetime (naive values are UTC, as Django stores)."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        return (value - NAIVE_EPOCH).total_seconds()
    return value.timestamp()


def calendar_page_ids(page):
    """The ids of the pages whose bookings share ``page``'s calendar, lowest first: the page
    and its translations (Wagtail's localisation, same ``translation_key``), which book the
    same people and rooms in another language."""
    # Kept on the page object: a booking asks twice (its lock, then the overlap check), and
    # a page's translations do not change within a request.
    cached = page.__dict__.get("_seloste_calendar_ids")
    if cached is not None:
        return cached
    # Read from Wagtail's page table: the booking transaction runs this before it takes the
    # page's lock, and reads nothing of the register until then.
    ids = sorted(_calendar_pages(page).values_list("pk", flat=True))
    page.__dict__["_seloste_calendar_ids"] = ids = ids or [page.pk]
    return ids


def calendar_lock_page(page):
    """The id of the calendar's first page, whose ``SlotLock`` row every booking of the
    calendar writes: the id itself when known, else a subquery, so that the lock's UPDATE
    finds it in the same statement (no read before the transaction's first write)."""
    from django.db.models import Subquery

    ids = page.__dict__.get("_seloste_calendar_ids")
    if ids:
        return ids[0]
    return Subquery(_calendar_pages(page).order_by("pk").values("pk")[:1])


def _calendar_pages(page):
    from wagtail.models import Page

    return Page.objects.filter(
        translation_key=page.translation_key, content_type_id=page.content_type_id
    )


def schedule_page(page):
    """The page whose opening hours, closed dates and public-holiday rule ``page`` follows.

    A booking page and its translations share one calendar (``calendar_page_ids``), so they
    share one schedule too: the translation in the site's default language (the page the
    translations were made from), else the oldest. A change of hours on the Finnish page reaches
    the Swedish and English pages at once, whichever translation tool copied them
    (simple_translation copies inline rows once; wagtail-localize on every sync).
    """
    from wagtail.models import Locale

    from ..notice.locales import default_locale

    cached = page.__dict__.get("_seloste_schedule_page")
    if cached is not None:
        return cached
    try:
        default = default_locale()
    except Locale.DoesNotExist:
        default = None
    source = page
    # A page in the default language is the schedule of its translations, so its own: no need
    # to look for them (the common case, a query less on every step).
    if default is None or page.locale_id != default.pk:
        ids = calendar_page_ids(page)
        if len(ids) > 1:
            model = type(page)
            candidates = model.objects.filter(pk__in=ids)
            found = candidates.filter(locale=default).first() if default is not None else None
            found = found or candidates.order_by("pk").first()
            if found is not None and found.pk != page.pk:
                source = found
    page.__dict__["_seloste_schedule_page"] = source
    return source


def busy_intervals(page, start, end, buffer):
    """Merged, sorted (start, end) epoch seconds blocked by active bookings, widened by the buffer.

    The rows are read with a plain cursor: Django's per-value datetime converters cost more than
    the whole slot computation when a page has thousands of bookings in the range.
    """
    # The calendar's pages as a subquery when their ids have not been read (the booking reads
    # them for its lock): one query, not two.
    pages = page.__dict__.get("_seloste_calendar_ids") or _calendar_pages(page).values("pk")
    qs = (
        Booking.objects.active()
        .filter(page_id__in=pages, start__lt=end + buffer, end__gt=start - buffer)
        .order_by("start")
        .values_list("start", "end")
    )
    sql, params = qs.query.sql_with_params()
    with connections[qs.db].cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    pad = buffer.total_seconds()
    merged = []
    for b_start, b_end in rows:
        b_start, b_end = _epoch(b_start) - pad, _epoch(b_end) + pad
        if merged and b_start <= merged[-1][1]:
            if b_end > merged[-1][1]:
                merged[-1][1] = b_end
        else:
            merged.append([b_start, b_end])
    return merged


class Busy:
    """Overlap look-ups against merged busy intervals (epoch seconds) with bisect."""

    def __init__(self, intervals):
        self.starts = [i[0] for i in intervals]
        self.ends = [i[1] for i in intervals]

    def overlaps(self, start, end):
        # The first interval that ends after ``start`` is the only one that can overlap.
        index = bisect.bisect_right(self.ends, start)
        return index < len(self.starts) and self.starts[index] < end


def bookable_range(page, now=None):
    """(earliest start, first day, last day) for a page at ``now``."""
    now = now or timezone.now()
    tz = timezone.get_current_timezone()
    earliest = now + timedelta(hours=page.min_notice_hours)
    first_day = timezone.localtime(now, tz).date()
    last_day = first_day + timedelta(days=max(page.days_ahead - 1, 0))
    return earliest, first_day, last_day


def free_slots(page, service, *, now=None, first_day=None, last_day=None):
    """Free start times of ``service`` as {date: [aware datetime, ...]} (days with none omitted).

    ``first_day`` and ``last_day`` narrow the page's bookable range; they never widen it.
    """
    tz = timezone.get_current_timezone()
    earliest, range_first, range_last = bookable_range(page, now)
    first_day = max(first_day or range_first, range_first)
    last_day = min(last_day or range_last, range_last)
    if last_day < first_day:
        return {}
    schedule = schedule_page(page)
    weekly = _rows(schedule, "opening_hours")
    closed = _rows(schedule, "closed_dates")
    duration = timedelta(minutes=service.duration_minutes)
    step = timedelta(minutes=max(page.slot_step_minutes, 5))
    buffer = timedelta(minutes=page.buffer_minutes)
    busy = Busy(
        busy_intervals(
            page,
            _aware(first_day, datetime.min.time(), tz),
            _aware(last_day + timedelta(days=1), datetime.min.time(), tz),
            buffer,
        )
    )
    # Arithmetic in epoch seconds: comparing aware datetimes of different zones is slow.
    duration_s, step_s, earliest_s = (
        duration.total_seconds(),
        step.total_seconds(),
        earliest.timestamp(),
    )
    result = {}
    day = first_day
    while day <= last_day:
        starts = set()
        for opens, closes in opening_intervals(page, day, tz, weekly, closed):
            start, closes_s = opens.timestamp(), closes.timestamp()
            while start + duration_s <= closes_s:
                if start >= earliest_s and not busy.overlaps(start, start + duration_s):
                    starts.add(start)
                start += step_s
        if starts:
            result[day] = [datetime.fromtimestamp(s, tz) for s in sorted(starts)]
        day += timedelta(days=1)
    return result


def is_free(page, service, start, *, now=None):
    """Whether ``service`` can start at ``start``: on the grid, open, bookable and not busy."""
    if timezone.is_naive(start):
        return False
    day = timezone.localtime(start).date()
    slots = free_slots(page, service, now=now, first_day=day, last_day=day)
    return start in slots.get(day, [])
