"""The "Päivitetty" date of an old notice: the latest date the text gives for its changes."""

import datetime
import re

MONTHS = {
    "tammikuuta": 1,
    "helmikuuta": 2,
    "maaliskuuta": 3,
    "huhtikuuta": 4,
    "toukokuuta": 5,
    "kesäkuuta": 6,
    "heinäkuuta": 7,
    "elokuuta": 8,
    "syyskuuta": 9,
    "lokakuuta": 10,
    "marraskuuta": 11,
    "joulukuuta": 12,
}
# 25.7.2023, 25. 7. 2023, 25.07.2023, 25. heinäkuuta 2023, 2023-07-25.
DATE = (
    r"(?:(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4})"
    r"|(?P<d2>\d{1,2})\.?\s+(?P<month>" + "|".join(MONTHS) + r")\s+(?P<y2>\d{4})"
    r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2}))"
)
DATE_RE = re.compile(DATE, re.IGNORECASE)
# The words that say a date is the notice's own: "Päivitetty", "Laadittu", "Viimeisin muutos".
LABEL = (
    r"(?:viimeksi\s+)?päivitetty|päivitys|laadittu|laatimispäivä(?:mää)?|viimeisin\s+muutos"
    r"|viimeksi\s+muutettu|muutettu|päiväys|versio|voimassa\s+alkaen|päivämäärä"
)
LABELLED_RE = re.compile(
    r"(?P<label>" + LABEL + r")\b[\s:,\-–]*(?:(?:on|ja|lähtien|alkaen)\s+)*" + DATE, re.IGNORECASE
)
LABELLED_LINE_RE = re.compile(
    r"^(?:seloste\s+|tietosuojaseloste\s+)?(?:" + LABEL + r")\b[\s:,\-–]*" + DATE + r"\.?$",
    re.IGNORECASE,
)
BARE_DATE_LINE_RE = re.compile(r"^" + DATE + r"\.?$", re.IGNORECASE)


def _date(match):
    try:
        if match.group("d"):
            return datetime.date(
                int(match.group("y")), int(match.group("m")), int(match.group("d"))
            )
        if match.group("d2"):
            month = MONTHS[match.group("month").lower()]
            return datetime.date(int(match.group("y2")), month, int(match.group("d2")))
        return datetime.date(int(match.group("y3")), int(match.group("m3")), int(match.group("d3")))
    except ValueError:
        return None  # 31.2.2023


def labelled_dates(text):
    """The dates after "Päivitetty", "Laadittu", "Viimeisin muutos" and their kin."""
    dates = []
    for match in LABELLED_RE.finditer(text):
        date = _date(match)
        if date:
            dates.append(date)
    return dates


def bare_date(text):
    """The date of a line that is only a date ("24.5.2018"), else None."""
    match = BARE_DATE_LINE_RE.match(text.strip())
    return _date(match) if match else None


def date_line(text):
    """The date of a line that is only "Päivitetty 25.7.2023" or a bare date, else None."""
    text = text.strip()
    match = LABELLED_LINE_RE.match(text) or BARE_DATE_LINE_RE.match(text)
    return _date(match) if match else None


def latest_update(lines, preamble_lines=()):
    """The latest labelled date of the notice, or a bare date line of its preamble."""
    dates = [date for line in lines for date in labelled_dates(line.text)]
    dates += [date for line in preamble_lines if (date := bare_date(line.text))]
    return max(dates) if dates else None
