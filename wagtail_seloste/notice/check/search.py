"""Searching many sentences with the check's case-insensitive patterns, faster.

A case-insensitive pattern costs Python's regex engine several times a plain one (it can
neither skip ahead to a literal nor compare characters as they are). A sentence of Latin-1
letters (Finnish, Swedish and English are) is searched lowercased, with the same pattern
compiled without the flag, where that gives the same answer: every letter the pattern names
(alone or in a class's range) is a lowercase Latin-1 one other than "µ" and "ß", no inline flag
changes the case, and the text holds none of the few letters that the flag folds to such a
letter otherwise than ``str.lower`` does ("İ", "ı", "ſ", and "µ", "ß", Greek mu besides); dashes,
quotes and the like have no case and change nothing. Such a text falls back to the pattern
itself. (Every code point was tried against every such letter: tests/core/test_check_search.py.)
"""

import re

# Letters a pattern may name: Latin-1 ones but "µ" and "ß" (whose case folds outside it).
_OUTSIDE_LATIN1 = re.compile(r"[^\x00-\xb4\xb6-\xde\xe0-\xff]")
# Letters of a text that the flag and str.lower fold apart (or to two letters: "İ").
_FOLDS_APART = re.compile("[\u0130\u0131\u017f\u039c\u03bc\u00b5\u00df]")
_LOWERCASE_TWINS = {}


def _lowercase_letters(codes):
    return all(
        chr(code) == chr(code).lower()
        and (chr(code) == chr(code).upper() or not _OUTSIDE_LATIN1.match(chr(code)))
        for code in codes
    )


def _folds_as_lowercase(source, flags):
    """Whether the pattern names no letter but lowercase Latin-1 ones (see above)."""
    try:
        from re import _constants as c  # noqa: PLC0415
        from re import _parser  # noqa: PLC0415
    except ImportError:  # Python 3.10
        import sre_constants as c  # noqa: PLC0415
        import sre_parse as _parser  # noqa: PLC0415

    stack = [_parser.parse(source, flags)]
    while stack:
        for op, av in stack.pop():
            if op in (c.LITERAL, c.NOT_LITERAL):
                if not _lowercase_letters((av,)):
                    return False
            elif op is c.IN:
                for item, value in av:
                    if item is c.LITERAL and not _lowercase_letters((value,)):
                        return False
                    if item is c.RANGE and not _lowercase_letters(range(value[0], value[1] + 1)):
                        return False
                    if item not in (c.LITERAL, c.RANGE, c.CATEGORY, c.NEGATE):
                        return False
            elif op is c.SUBPATTERN:
                if av[1] or av[2]:  # (?i) or (?-i) inside
                    return False
                stack.append(av[3])
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
                stack.append(av[2])
            elif op is c.BRANCH:
                stack.extend(av[1])
            elif op in (c.ASSERT, c.ASSERT_NOT):
                stack.append(av[1])
            elif op not in (c.AT, c.ANY, c.CATEGORY):
                return False  # anything else: keep the pattern as it is
    return True


def _lowercase_twin(pattern):
    """``pattern`` without IGNORECASE for lowercased text, or None where that could differ."""
    try:
        return _LOWERCASE_TWINS[pattern]
    except KeyError:
        pass
    twin = None
    try:
        if (
            isinstance(pattern.pattern, str)
            and pattern.flags & re.IGNORECASE
            and _folds_as_lowercase(pattern.pattern, pattern.flags)
        ):
            twin = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
    except Exception:  # noqa: BLE001 - another Python's parser: search as written
        twin = None
    if len(_LOWERCASE_TWINS) > 1024:  # patterns made on the fly must not pile up
        _LOWERCASE_TWINS.clear()
    _LOWERCASE_TWINS[pattern] = twin
    return twin


def lowercased(text):
    """``text`` lowercased for a lowercase twin, or None where a twin could answer otherwise."""
    return None if _FOLDS_APART.search(text) else text.lower()


def found_in(pattern, text, lowered=""):
    """Whether ``pattern`` is found in ``text`` (``bool(pattern.search(text))``, faster);
    ``lowered``: ``lowercased(text)`` where the caller has it."""
    twin = _lowercase_twin(pattern) if isinstance(pattern, re.Pattern) else None
    if twin is not None:
        if lowered == "":
            lowered = lowercased(text)
        if lowered is not None:
            return twin.search(lowered) is not None
    return pattern.search(text) is not None
