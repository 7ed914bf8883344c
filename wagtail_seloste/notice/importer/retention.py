"""Retention periods in an old notice's retention section (GDPR Art 13(2)(a)).

"Asiakastiedot säilytetään kaksi vuotta viimeisestä käynnistä" becomes a rule {data:
"Asiakastiedot", period: 2, unit: years, counted_from: last_booking}. The sentence stays in the
section's text: the rule is a reading of it for the owner to confirm. Every imported rule
applies to "other" data, which the retention purge never deletes; the owner chooses what the
purge applies it to.
"""

import re

from ..sentences import split
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
    # Swedish, folded.
    "ett": 1,
    "tva": 2,
    "tre": 3,
    "fyra": 4,
    "fem": 5,
    "sex": 6,
    "sju": 7,
    "atta": 8,
    "nio": 9,
    "tio": 10,
}
UNITS = [
    (r"vuo(?:si|tta|den|deksi)|ar", "years", 1),
    (r"kuukau(?:si|tta|den|deksi)|kk|manad(?:er)?", "months", 1),
    (r"viikko(?:a)?|viikon|viikoksi|veck(?:a|or)", "days", 7),
    (r"paiva(?:a|n|ksi)?|vrk|dag(?:ar)?|dygn", "days", 1),
]
# On folded text (see ``headings.fold``).
# Where a sentence of a retention row may end: after any stop.
_STOP_RE = re.compile(r"(?<=[.!?])\s+")
PERIOD_RE = re.compile(
    r"\b(?P<count>\d{1,3}|"
    + "|".join(NUMBERS)
    + r")\s+(?P<unit>"
    + "|".join(pattern for pattern, _unit, _factor in UNITS)
    + r")\b"
)
ONE_YEAR_RE = re.compile(r"\bvuoden (?:kuluttua|ajan|jalkeen)\b")
VERB_RE = re.compile(
    r"\b(?:sailytetaan|sailytamme|sailyvat|sailyy|poistetaan|poistamme|havitetaan|kasitellaan|"
    r"arkistoidaan|sparas|sparar|lagras|raderas|bevaras|forvaras|behandlas|gallras|tas bort)\b"
)
EVENTS = [
    (
        "last_booking",
        re.compile(
            r"viimei\w* (?:kaynn|varauk|asioin|hoido|kerra|hoitokerra)|senaste (?:besok|bokning)"
        ),
    ),
    (
        "fiscal_year_end",
        re.compile(r"tilikauden|laskutusvuoden|kalenterivuoden|rakenskapsperiod|rakenskapsar"),
    ),
    (
        "relationship_end",
        re.compile(
            r"asiakkuuden|asiakassuhteen|paattymi|sopimuksen paat|jasenyyden paat|"
            r"kundrelation\w* (?:upphor|slut)|avtalet\w* (?:upphor|slut)|(?:upphor|slutet)"
        ),
    ),
    ("collected", re.compile(r"keraamis|antamis|tallentamis|insamling")),
]
# Words that say from when a period runs even where no event above fits: "12 vuotta potilaan
# kuolemasta", "fem år efter leveransen".
START_RE = re.compile(r"\b(?:kuluttua|jalkeen|alkaen|lahtien|lukien|efter|fran|raknat)\b")


# Pronouns that stand for data named before, and the keeper as the subject (folded).
_ANAPHORS = frozenset(
    "ne niita niiden nama naita se sita tama de dem dessa det den they it these".split()
)
_KEEPERS = frozenset("vi jag me mina we i".split())
# Words that end a data object after the verb: a period, its start, a preposition.
_OBJECT_END = re.compile(
    r"^(\d+|i|under|efter|till|i\.|for|fran|enligt|minst|hogst|enintaan|vahintaan|ajan"
    r"|kuluttua|jalkeen|asti|saakka|kunnes|tills|sa|niin|kun|nar|jos|om)$"
)


def _object_after(words):
    """The data named after a verb whose subject is the keeper, up to its period."""
    taken = []
    for word in words:
        folded = fold(word.lower()).strip(".,;:()")
        if not folded or _OBJECT_END.match(folded) or folded in NUMBERS or len(taken) == 5:
            break
        taken.append(word.strip(".,;:()"))
    return " ".join(taken)


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


def _has_start(folded, period_end):
    if START_RE.search(folded):
        return True
    # An elative or ablative after the period: "kolme vuotta tilauksesta".
    return any(word.endswith(("sta", "lta")) for word in folded[period_end:].split()[:4])


# ", ja", ", och", ", and", "; ": where a sentence joins two statements of keeping.
_CLAUSE_JOIN_RE = re.compile(r",\s+(?:ja|och|and|mutta|men|but)\s+|;\s+", re.IGNORECASE)


def _clauses(sentence):
    """The statements a sentence joins, each with its own verb: "Behandlingskorten sparar jag
    så länge lagen kräver, och kontaktuppgifter … raderas två år efter …" is two, the period
    the second's alone (round 31). A list before the verb ("Names, addresses, and phone
    numbers are kept …") is one statement: its first part has no verb of its own."""
    parts = _CLAUSE_JOIN_RE.split(sentence)
    if len(parts) < 2 or not all(VERB_RE.search(fold(part)) for part in parts):
        return [sentence]
    return parts


def read_rules(lines, unstarted=None):
    """Retention rules read from the sentences of a retention section's body.

    ``unstarted`` (a list) receives the sentences that give a period without saying when it
    starts ("Oppilastiedot säilytetään kolme vuotta."): the owner has to choose it.
    """
    rules = []
    for line in lines:
        for sentence in (
            clause for whole in split(line.item, _STOP_RE) for clause in _clauses(whole)
        ):
            folded = fold(sentence)
            period = _period(folded)
            verb = VERB_RE.search(folded)
            if period is None or verb is None:
                continue
            # The data is what the sentence keeps: the words before the verb.
            words = sentence.split()
            position = next(
                (index for index, word in enumerate(words) if VERB_RE.search(fold(word))),
                len(folded[: verb.start()].split()),
            )
            subject = " ".join(words[:position])
            if fold(subject.lower()) in _ANAPHORS:
                # "Ne poistetaan kahden vuoden kuluttua": the data is named in the sentence
                # before; the rule would name nothing the owner could recognise.
                continue
            if not subject or fold(subject.lower()) in _KEEPERS:
                # "Vi sparar fakturorna i sex år", "Säilytämme asiakastiedot kaksi vuotta": the
                # keeper is the subject and the data the object after the verb.
                subject = _object_after(words[position + 1 :])
            if not subject or len(subject.split()) > 5:
                continue
            event = next((key for key, pattern in EVENTS if pattern.search(folded)), "")
            match = PERIOD_RE.search(folded) or ONE_YEAR_RE.search(folded)
            if not event and unstarted is not None and not _has_start(folded, match.end()):
                unstarted.append(sentence)
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
