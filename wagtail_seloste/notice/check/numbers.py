"""Numbers written as words, in Finnish, Swedish and English (a period's count).

Owners write periods in words as often as in figures: "kaksi vuotta", "kahdenkymmenenkahdeksan
vuorokauden kuluttua", "efter tjugoåtta dygn", "twenty-eight days". A number word is read
from its parts (units, teens, tens, hundreds), in the cases a count takes before a unit in
Finnish (nominative, genitive, partitive, translative, essive, illative), so that a compound no
list names is read as well as one it does.
"""

import re

# Finnish units by their case forms; the longest forms are tried first so that "kahdeksan"
# (8) is not read as "kahde-" (2).
_FI_UNITS = {
    1: "yksi yhden yhtä yhdeksi yhtenä yhteen",
    2: "kaksi kahden kahta kahdeksi kahtena kahteen",
    3: "kolme kolmen kolmea kolmeksi kolmena kolmeen",
    4: "neljä neljän neljää neljäksi neljänä neljään",
    5: "viisi viiden viittä viideksi viitenä viiteen",
    6: "kuusi kuuden kuutta kuudeksi kuutena kuuteen",
    7: "seitsemän seitsemää seitsemäksi seitsemänä seitsemään",
    8: "kahdeksan kahdeksaa kahdeksaksi kahdeksana kahdeksaan",
    9: "yhdeksän yhdeksää yhdeksäksi yhdeksänä yhdeksään",
}
_FI_TEN = "kymmenen kymmentä kymmeneksi kymmenenä kymmeneen"
_FI_HUNDRED = "sata sataa sadan sadaksi satana sataan"
_FI_TEEN = "toista"

_SV_UNITS = {
    "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8,
    "nio": 9,
}  # fmt: skip
_SV_TEENS = {
    "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15, "sexton": 16,
    "sjutton": 17, "arton": 18, "nitton": 19,
}  # fmt: skip
_SV_TENS = {
    "tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "sextio": 60, "sjuttio": 70,
    "åttio": 80, "nittio": 90,
}  # fmt: skip

_EN = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip


def _alternation(words):
    return "|".join(sorted(words, key=len, reverse=True))


_FI_UNIT_VALUE = {form: value for value, forms in _FI_UNITS.items() for form in forms.split()}
_FI_UNIT = _alternation(_FI_UNIT_VALUE)
# a Finnish number: [unit] hundred? ([unit] ten)? (unit teen | unit)?
_FI_NUMBER = re.compile(
    rf"(?:(?P<hundreds>{_FI_UNIT})?(?P<hundred>{_alternation(_FI_HUNDRED.split())}))?"
    rf"(?:(?P<tens>{_FI_UNIT})?(?P<ten>{_alternation(_FI_TEN.split())}))?"
    rf"(?:(?P<unit>{_FI_UNIT})(?P<teen>{_FI_TEEN})?)?"
)
_SV_NUMBER = re.compile(
    rf"(?:(?P<hundreds>{_alternation(_SV_UNITS)})?(?P<hundred>hundra))?"
    rf"(?:(?P<tens>{_alternation(_SV_TENS)})?(?P<unit>{_alternation(_SV_UNITS)})"
    rf"|(?P<tens_only>{_alternation(_SV_TENS)})|(?P<teen>{_alternation(_SV_TEENS)}))?"
)


def number_word(word):
    """The number a word writes ("kolme", "kahdenkymmenenkahdeksan", "tjugoåtta",
    "twenty-eight"), else None."""
    word = word.lower()
    if not word or not word.isalpha() and "-" not in word:
        return None
    return _finnish(word) or _swedish(word) or _english(word)


def _finnish(word):
    match = _FI_NUMBER.fullmatch(word)
    if not match or not match.group(0):
        return None
    value = 0
    if match["hundred"]:
        value += 100 * (_FI_UNIT_VALUE[match["hundreds"]] if match["hundreds"] else 1)
    if match["ten"]:
        value += 10 * (_FI_UNIT_VALUE[match["tens"]] if match["tens"] else 1)
    if match["unit"]:
        unit = _FI_UNIT_VALUE[match["unit"]]
        value += unit + 10 if match["teen"] else unit
    return value


def _swedish(word):
    match = _SV_NUMBER.fullmatch(word)
    if not match or not match.group(0):
        return None
    value = 0
    if match["hundred"]:
        value += 100 * (_SV_UNITS[match["hundreds"]] if match["hundreds"] else 1)
    if match["unit"]:
        value += _SV_UNITS[match["unit"]] + (_SV_TENS[match["tens"]] if match["tens"] else 0)
    elif match["tens_only"]:
        value += _SV_TENS[match["tens_only"]]
    elif match["teen"]:
        value += _SV_TEENS[match["teen"]]
    return value


def _english(word):
    parts = word.split("-")
    if len(parts) == 1:
        return _EN.get(word)
    if len(parts) == 2 and parts[0] in _EN and parts[1] in _EN:
        tens, unit = _EN[parts[0]], _EN[parts[1]]
        if tens % 10 == 0 and tens >= 20 and unit < 10:
            return tens + unit
    return None
