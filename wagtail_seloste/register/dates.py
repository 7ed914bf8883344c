"""Date arithmetic the law counts in."""

import calendar


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
