"""A notice's text cut into sentences, for the importer and the completeness check alike.

A sentence ends at ".", "!" or "?" followed by a capital or a figure, or at a line break. A
full stop that closes an abbreviation or a figure ends none: "esim. 1.1.2026 alkaen",
"puh. 040 123 4567", "6 art. 1 b", "art. 6.1 c", "bl.a. Google", "t.ex. Stripe", "Stripe Inc.
(USA)", "Matti J. Virtanen". The rule is general (the shape of the word before the stop and of
what follows it) with a short list of the abbreviations that only ever stand before something
("esim.", "ks.", "puh.", "bl.a."); a list-closing one ("jne.", "osv.", "etc.") may end a
sentence and is read like a word.
"""

import re

# A place where a sentence may end: after a stop (a closing quote after it), before a capital
# or a figure (an opening quote or bracket between), or at line breaks. Finnish and Swedish
# open a quote with "”" as well as "“"; a form's box "[ ]" opens a line of its own.
_BREAK = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”»]))\s+(?=[\"“”(]?[A-ZÅÄÖ0-9]|\[[ xX✓]?\])|\n+")

# Abbreviations that stand before what they introduce and never end a sentence (fi, sv, en),
# written without their stops and lowercased.
LEADING = frozenset(
    {
        # Finnish: esimerkiksi, muun muassa, katso, vertaa, niin sanottu, noin, puhelin, sivu,
        # numero, kello, huomaa, osoite, toisin sanoen, kappale ("art." and "mom." may end a
        # citation that ends a sentence: they keep only before a figure, as any short word).
        "esim",
        "mm",
        "ks",
        "vrt",
        "ns",
        "n",
        "puh",
        "p",
        "s",
        "nro",
        "nr",
        "no",
        "klo",
        "kl",
        "huom",
        "os",
        "ts",
        "kpl",
        "ca",
        "tel",
        "tfn",
        "mob",
        # Swedish: bland annat, till exempel, så kallad, det vill säga, på grund av, jämför,
        # enligt, cirka, sidan.
        "bl.a",
        "t.ex",
        "s.k",
        "d.v.s",
        "dvs",
        "p.g.a",
        "pga",
        "jfr",
        "enl",
        "f.d",
        "fr.o.m",
        "t.o.m",
        # English.
        "e.g",
        "i.e",
        "cf",
        "approx",
        "dr",
        "mr",
        "mrs",
        "vs",
    }
)
# Company forms: a stop after them ends a sentence only before a word ("… jonka tarjoaa Zoho
# Corp. Palvelin …"), not before a bracket or a figure ("Stripe Inc. (USA)").
COMPANY_FORMS = frozenset({"inc", "ltd", "llc", "corp", "co", "plc", "ab", "oy", "oyj", "gmbh"})
# A dotted abbreviation: letters of one or two, stops between ("bl.a", "t.ex", "s.k", "e.g"),
# not a web address ("ab.fi").
_DOTTED = re.compile(r"(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}")
_ADDRESS_ENDS = frozenset({"fi", "se", "eu", "ax", "nu", "no", "dk", "de", "uk", "io", "ee"})
# A day or a month written with its stop before the rest of a date ("1. 1. 2026", "31.12. 2026").
_DATE_PART = re.compile(r"(?:\d{1,2}\.)*\d{1,2}")
# Before a figure, a short word with a stop is an abbreviation ("puh. 040",
# "nr. 5", "s. 12", "6 art. 1 b", "Art. 6"): a sentence seldom ends in one and the next begins with a number.
_SHORT_WORD = re.compile(r"[A-Za-zÅÄÖåäöü][a-zåäöü]{0,3}")
_OPENING = "\"“'(["


def _keeps_together(before, after):
    """Whether the stop at the end of ``before`` closes an abbreviation or a figure rather than
    a sentence, given the first characters of what follows it (``after``)."""
    if not before.endswith("."):
        return False
    word = before.rsplit(None, 1)[-1].lstrip(_OPENING)[:-1]
    if not word:
        return False
    lowered = word.lower()
    follows = after.lstrip(_OPENING)[:1]
    figure = follows.isdigit()
    if lowered in LEADING:
        return True
    if _DOTTED.fullmatch(lowered) and lowered.rsplit(".", 1)[-1] not in _ADDRESS_ENDS:
        # "bl.a. Google" keeps; a list's closer "m.m." or "o.s.v." is read as a word.
        return lowered not in ("m.m", "o.s.v", "e.d", "etc")
    if lowered in COMPANY_FORMS:
        return figure or after.startswith("(")
    if len(word) == 1 and word.isupper():
        # An initial ("Matti J. Virtanen", "Yhteyshenkilö: M. Virtanen"), not a letter a person
        # answers ("vahvista vastaamalla K. Myöntävä vastauksesi …"): after a word in lower
        # case a capital letter and its stop end the sentence.
        words_before = before[: -len(word) - 1].split()
        previous = words_before[-1] if words_before else ""
        return follows.isupper() and (not previous[:1].islower() or previous.endswith((":", ",")))
    if figure:
        return bool(_SHORT_WORD.fullmatch(word) or _DATE_PART.fullmatch(word))
    return False


def split(text, breaks=None):
    """The parts of ``text`` between the places ``breaks`` (a pattern; by default a stop before
    a capital or a figure, or line breaks) finds, a stop that closes an abbreviation or a figure
    left inside its sentence. The parts are as written: nothing is stripped."""
    text = text or ""
    found, start = [], 0
    for match in (breaks or _BREAK).finditer(text):
        if "\n" not in match.group() and _keeps_together(
            text[max(start, match.start() - 40) : match.start()],
            text[match.end() : match.end() + 2],
        ):
            continue
        found.append(text[start : match.start()])
        start = match.end()
    found.append(text[start:])
    return found


def sentences(text):
    """The sentences of ``text``, stripped of list marks and spaces; empty ones left out."""
    return [s.strip(" -•\t") for s in split(text) if s and s.strip(" -•\t")]
