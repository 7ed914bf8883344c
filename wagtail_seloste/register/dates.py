"""Date arithmetic the law counts in."""

import calendar
from datetime import date, timedelta


def add_months(value, months):
    """``value`` plus calendar months, clamped to the month's last day (31.1. + 1 → 28./29.2.).

    GDPR Art 12(3) counts in months; Regulation 1182/71 Art 3(2)(c) ends a period expressed in
    months on the same date of the later month, or on its last day when that date does not exist.
    """
    month_index = value.month - 1 + months
    year = value.year + month_index // 12
    month = month_index % 12 + 1
    day = min(value.day, calendar.monthrange(year, month)[1])
    return value.replace(year=year, month=month, day=day)


def add_years(value, years):
    """``value`` plus calendar years (29.2. + 1 → 28.2.)."""
    return add_months(value, 12 * years)


def _month_end(year, month):
    return date(year, month, calendar.monthrange(year, month)[1])


def financial_year_end(day, end_month=12):
    """The last day of the financial year (tilikausi) that ``day`` falls in, for a financial
    year that ends at the end of ``end_month`` (12: the calendar year)."""
    end = _month_end(day.year, end_month)
    return end if day <= end else _month_end(day.year + 1, end_month)


def last_financial_year_end(day, end_month=12):
    """The last day of the latest financial year that has ended on or before ``day``."""
    end = _month_end(day.year, end_month)
    return end if end <= day else _month_end(day.year - 1, end_month)


def bookkeeping_kept_until(day, years=6, end_month=12):
    """Until when a voucher of ``day`` is kept: Kirjanpitolaki 1336/1997, 2 luku 10 § 2 mom.
    keeps vouchers (tositteet) at least six years from the end of the year in which the
    financial year ended, so 31.12. of (the financial year's last day's year + ``years``)."""
    return date(financial_year_end(day, end_month).year + years, 12, 31)


def bookkeeping_hold_from(today, years=6, end_month=12):
    """The first day whose vouchers are still kept on ``today`` (see
    :func:`bookkeeping_kept_until`): the day after the last financial year that ended in or
    before the year ``today.year - years - 1``."""
    return last_financial_year_end(date(today.year - years - 1, 12, 31), end_month) + timedelta(
        days=1
    )
