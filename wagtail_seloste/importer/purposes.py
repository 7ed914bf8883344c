"""Purposes and their legal bases (GDPR Art 6(1), 13(1)(c)–(d)) in an old notice.

A purpose is a list item of the purposes section, a line "Sopimus: ajanvaraukset", or the
section's only paragraph. Its legal basis is the one the item names; else one named in the
legal-basis section by a line that shares words with the purpose; else, when the notice has
one purpose and names one basis, that basis. What cannot be attached (two bases fit equally
well, or none is named) is left empty, so the completeness check asks the owner.
"""

import re

from .headings import fold

# Folded wordings (see ``headings.fold``) of the Art 6(1) bases, (a)–(f).
LEGAL_BASIS_RE = [
    ("f", re.compile(r"oikeutet\w*\s+et[uue]\w*")),
    ("c", re.compile(r"lakisaat\w*|lakiin perustuv\w*|laissa saadet\w*|lain velvoit\w*")),
    ("a", re.compile(r"suostum\w*")),
    ("b", re.compile(r"sopimu\w*|sopimuks\w*")),
    ("d", re.compile(r"elintarke\w*")),
    ("e", re.compile(r"yleisen edun\w*|julkisen vallan\w*")),
]
LEGITIMATE_INTEREST_RE = re.compile(
    r"oikeutet\w*\s+et\w*\s*(?:on|:|–|-)\s*(?P<interest>[^)]+?)\)?\.?$", re.IGNORECASE
)
BASIS_LABEL_RE = re.compile(r"^(?P<label>[^:]{3,40}):\s*(?P<purpose>\S.*)$")


def legal_bases(text):
    """The bases ("a"–"f") a text names, in the order it names them."""
    folded = fold(text)
    found = []
    for key, pattern in LEGAL_BASIS_RE:
        match = pattern.search(folded)
        if match:
            found.append((match.start(), key))
    return [key for _start, key in sorted(found)]


def _stems(text, length):
    words = fold(text).split()
    return {word[:length] for word in words if len(word) >= 5 and not legal_bases(word)}


def _overlap(purpose, line):
    """How much a line talks about a purpose: shared words, long stems, then short stems."""
    return tuple(len(_stems(purpose, n) & _stems(line, n)) for n in (None, 8, 6))


def _purpose(text, basis):
    interest = ""
    if basis == "f":
        match = LEGITIMATE_INTEREST_RE.search(text)
        if match:
            interest = match.group("interest").strip()
    return {"purpose": text, "legal_basis": basis, "legitimate_interest": interest}


def read_purposes(lines):
    """The purposes in a purposes section's body, and the line numbers they hold."""
    purposes = []
    used = set()
    items = [line for line in lines if line.bullet]
    for line in lines:
        text = line.item
        if line.bullet:
            bases = legal_bases(text)
            purposes.append(_purpose(text, bases[0] if len(bases) == 1 else ""))
            used.add(line.number)
            continue
        labelled = BASIS_LABEL_RE.match(text)
        if not items and labelled and len(legal_bases(labelled.group("label"))) == 1:
            purposes.append(_purpose(text, legal_bases(labelled.group("label"))[0]))
            used.add(line.number)
    if not purposes and len(lines) == 1:
        # One paragraph of prose ("Tietoja käsitellään ajanvarausta varten. Oikeusperusteena
        # on sopimus.") is one purpose; its basis is attached by ``attach_bases``.
        bases = legal_bases(lines[0].item)
        purposes.append(_purpose(lines[0].item, bases[0] if len(bases) == 1 else ""))
        used.add(lines[0].number)
    return purposes, used


def attach_bases(purposes, basis_lines):
    """Fill the missing bases from other lines (the legal-basis section, the purposes text)."""
    named = [(line, legal_bases(line.item)) for line in basis_lines]
    named = [(line, bases) for line, bases in named if len(bases) == 1]
    for purpose in purposes:
        if purpose["legal_basis"]:
            continue
        scored = sorted(
            ((_overlap(purpose["purpose"], line.item), bases[0]) for line, bases in named),
            reverse=True,
        )
        if not scored or not any(scored[0][0]):
            continue
        # Two bases that fit equally well: leave the choice to the owner.
        if len(scored) > 1 and scored[1][0] == scored[0][0] and scored[1][1] != scored[0][1]:
            continue
        purpose["legal_basis"] = scored[0][1]
    all_bases = {key for line in basis_lines for key in legal_bases(line.item)}
    if len(purposes) == 1 and not purposes[0]["legal_basis"] and len(all_bases) == 1:
        purposes[0]["legal_basis"] = all_bases.pop()
    return purposes
