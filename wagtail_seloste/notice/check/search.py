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
import sys

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
    twin = _twin_of(pattern)
    if len(_LOWERCASE_TWINS) > 1024:  # patterns made on the fly must not pile up
        _LOWERCASE_TWINS.clear()
    _LOWERCASE_TWINS[pattern] = twin
    return twin


def _twin_of(pattern):
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
    return twin


def lowercased(text):
    """``text`` lowercased for a lowercase twin, or None where a twin could answer otherwise."""
    return None if _FOLDS_APART.search(text) else text.lower()


def found_in(pattern, text, lowered=""):
    """Whether ``pattern`` is found in ``text`` (``bool(pattern.search(text))``, faster);
    ``lowered``: ``lowercased(text)`` where the caller has it."""
    if isinstance(pattern, TwinnedPattern):
        twin = pattern._twin
    else:
        twin = _lowercase_twin(pattern) if isinstance(pattern, re.Pattern) else None
    if twin is not None:
        if lowered == "":
            lowered = lowercased(text)
        if lowered is not None:
            return twin.search(lowered) is not None
    return pattern.search(text) is not None


# (speed, round 30) The check's case-insensitive patterns are compiled through ``casefree``
# below, so that every search of theirs, not only ``found_in``'s, asks the lowercase twin first.
# Most sentences match none of the check's hundreds of patterns: the twin answers "no match"
# several times faster, and only where it finds something does the pattern itself run on the
# text as written, so groups, offsets and "\b" read exactly as before.
_LOWERED = {}


def _lowered(text):
    """``lowercased(text)``, remembered for the last few hundred texts: a sentence meets many
    patterns one after another."""
    try:
        return _LOWERED[text]
    except KeyError:
        pass
    lowered = lowercased(text)
    if len(_LOWERED) >= 512:
        _LOWERED.clear()
    _LOWERED[text] = lowered
    return lowered


class TwinnedPattern:
    """A compiled case-insensitive pattern (``re.Pattern``'s methods) that asks its lowercase
    twin before it searches."""

    __slots__ = ("_pattern", "_twin")

    def __init__(self, compiled, twin):
        self._pattern = compiled
        self._twin = twin

    def __getattr__(self, name):  # pattern, flags, groups, groupindex
        if name.startswith("_"):  # (copy and pickle ask before the slots are set)
            raise AttributeError(name)
        return getattr(self._pattern, name)

    def __repr__(self):
        return repr(self._pattern)

    def _absent(self, string, pos, endpos, how="search"):
        """Whether the twin says the pattern is not in ``string[pos:endpos]`` (read ``how``:
        "search", "match" or "fullmatch")."""
        if not isinstance(string, str):
            return False
        lowered = _lowered(string)
        return lowered is not None and getattr(self._twin, how)(lowered, pos, endpos) is None

    def search(self, string, pos=0, endpos=sys.maxsize):
        if self._absent(string, pos, endpos):
            return None
        return self._pattern.search(string, pos, endpos)

    def match(self, string, pos=0, endpos=sys.maxsize):
        if self._absent(string, pos, endpos, "match"):
            return None
        return self._pattern.match(string, pos, endpos)

    def fullmatch(self, string, pos=0, endpos=sys.maxsize):
        if self._absent(string, pos, endpos, "fullmatch"):
            return None
        return self._pattern.fullmatch(string, pos, endpos)

    def finditer(self, string, pos=0, endpos=sys.maxsize):
        if self._absent(string, pos, endpos):
            return iter(())
        return self._pattern.finditer(string, pos, endpos)

    def findall(self, string, pos=0, endpos=sys.maxsize):
        if self._absent(string, pos, endpos):
            return []
        return self._pattern.findall(string, pos, endpos)

    def sub(self, repl, string, count=0):
        if self._absent(string, 0, sys.maxsize):
            return string
        return self._pattern.sub(repl, string, count)

    def subn(self, repl, string, count=0):
        if self._absent(string, 0, sys.maxsize):
            return string, 0
        return self._pattern.subn(repl, string, count)

    def split(self, string, maxsplit=0):
        if self._absent(string, 0, sys.maxsize):
            return [string]
        return self._pattern.split(string, maxsplit)


def casefree(source, flags=re.IGNORECASE):
    """``re.compile(source, flags)``; a case-insensitive pattern that has a lowercase twin (see
    the module's docstring) comes wrapped so that its searches ask the twin first."""
    compiled = re.compile(source, flags)
    twin = _twin_of(compiled)
    return compiled if twin is None else TwinnedPattern(compiled, twin)
