"""Retention periods in an old notice's retention section (GDPR Art 13(2)(a)).

"Asiakastiedot säilytetään kaksi vuotta viimeisestä käynnistä" becomes a rule {data:
"Asiakastiedot", period: 2, unit: years, counted_from: last_booking}. The sentence stays in the
section's text: the rule is a reading of it for the owner to confirm. Every imported rule
applies to "other" data, which the retention purge never deletes; the owner chooses what the
purge applies it to.
"""

import re

from .headings import fold

NUMBERS = {
    "yksi": 1,
    "yhden": 1,
    "kaksi": 2,
    "kahden": 2,
    "kolme": 3,
    "kolmen": 3,
    "nelja": 4,
    "neljan": 4,
    "viisi": 5,
    "viiden": 5,
    "kuusi": 6,
    "kuuden": 6,
    "seitseman": 7,
    "kahdeksan": 8,
    "yhdeksan": 9,
    "kymmenen": 10,
}
UNITS = [
    (r"vuo(?:si|tta|den|deksi)", "years", 1),
    (r"kuukau(?:si|tta|den|deksi)|kk", "months", 1),
    (r"viikko(?:a)?|viikon|viikoksi", "days", 7),
    (r"paiva(?:a|n|ksi)?|vrk", "days", 1),
]
# On folded text (see ``headings.fold``).
PERIOD_RE = re.compile(
    r"\b(?P<count>\d{1,3}|"
    + "|".join(NUMBERS)
    + r")\s+(?P<unit>"
    + "|".join(pattern for pattern, _unit, _factor in UNITS)
    + r")\b"
)
ONE_YEAR_RE = re.compile(r"\bvuoden (?:kuluttua|ajan|jalkeen)\b")
VERB_RE = re.compile(
    r"\b(?:sailytetaan|sailytamme|sailyvat|sailyy|poistetaan|poistamme|havitetaan|kasitellaan)\b"
)
EVENTS = [
    ("last_booking", re.compile(r"viimei\w* (?:kaynn|varauk|asioin|hoido|kerra)")),
    ("fiscal_year_end", re.compile(r"tilikauden")),
    ("relationship_end", re.compile(r"asiakkuuden|asiakassuhteen|paattymi|sopimuksen paat")),
    ("collected", re.compile(r"keraamis|antamis|tallentamis")),
]


def _period(folded):
    match = PERIOD_RE.search(folded)
    if match:
        count = match.group("count")
        count = int(count) if count.isdigit() else NUMBERS[count]
        for pattern, unit, factor in UNITS:
            if re.fullmatch(pattern, match.group("unit")):
                return count * factor, unit
    if ONE_YEAR_RE.search(folded):
        return 1, "years"
    return None


def read_rules(lines):
    """Retention rules read from the sentences of a retention section's body."""
    rules = []
    for line in lines:
        for sentence in re.split(r"(?<=[.!?])\s+", line.item):
            folded = fold(sentence)
            period = _period(folded)
            verb = VERB_RE.search(folded)
            if period is None or verb is None:
                continue
            # The data is what the sentence keeps: the words before the verb.
            subject = " ".join(sentence.split()[: len(folded[: verb.start()].split())])
            if not subject or len(subject.split()) > 5:
                continue
            event = next((key for key, pattern in EVENTS if pattern.search(folded)), "")
            rules.append(
                {
                    "data": subject[:1].upper() + subject[1:],
                    "applies_to": "other",
                    "period": period[0],
                    "unit": period[1],
                    "until": "",
                    "counted_from": event,
                }
            )
    return rules
