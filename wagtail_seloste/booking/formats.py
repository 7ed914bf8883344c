"""Dates as a sentence needs them: "keskiviikkona 2.12.2026", "onsdagen den 2 december 2026".

Finnish puts the weekday of a date in the essive case ("maanantaina"), never capitalised; a
weekday name from ``date:"l"`` ("Maanantai") reads wrong in a sentence. Each weekday therefore
has its own translatable phrase, so every language can use its natural form.
"""

from django.utils import formats
from django.utils.translation import get_language, gettext

WEEKDAY_PHRASES = (
    lambda date: gettext("on Monday %(date)s") % {"date": date},
    lambda date: gettext("on Tuesday %(date)s") % {"date": date},
    lambda date: gettext("on Wednesday %(date)s") % {"date": date},
    lambda date: gettext("on Thursday %(date)s") % {"date": date},
    lambda date: gettext("on Friday %(date)s") % {"date": date},
    lambda date: gettext("on Saturday %(date)s") % {"date": date},
    lambda date: gettext("on Sunday %(date)s") % {"date": date},
)


def on_weekday(value):
    """ "on Wednesday 2.12.2026" in the active language (fi: "keskiviikkona 2.12.2026")."""
    if not value:
        return ""
    day = value.date() if hasattr(value, "date") and callable(value.date) else value
    # Finnish writes the numeric date in running text (2.12.2026); Django's Finnish
    # DATE_FORMAT spells the month out. Other languages use their own DATE_FORMAT.
    fmt = "j.n.Y" if (get_language() or "fi").startswith("fi") else "DATE_FORMAT"
    return WEEKDAY_PHRASES[day.weekday()](formats.date_format(day, fmt))
