"""The completeness check: a notice against GDPR Art 13/14 and common Finnish mistakes.

It reads the notice dict (``notice_json.notice_to_dict``), so a page, a draft revision and a
JSON file are checked by the same rules. Codes are stable: sites and CI scripts rely on them
(docs/completeness-check.md lists them with their source in law).

``check_notice(notice)`` is pure: it reads only the dict. Checks of what a site does (its
cookies, its booking consents) belong in a module beside ``notice.py`` that takes the site and
its notice and returns more ``Finding`` objects; callers join the lists and sort them with
``sort_findings``.
"""

import gc

from .findings import ERROR, WARNING, Finding, has_errors, sort_findings

# The rules and the reader (their regular expressions and lexicon) are imported on the first
# check, not with the package: the admin's hooks, the site checks and every management command
# import the package for ``Finding`` and ``ERROR``, and a scheduled command that checks nothing
# should not pay for the reader. The lemmatizer's dictionaries load later still, on the first
# word read (lemmas.py).
_FROM_RULES = ("COMPLAINT_RE", "REPEALED_LAW_RE", "RULES", "WITHDRAWAL_RE", "WRONG_GDPR_DATE_RE")


def __getattr__(name):
    if name in _FROM_RULES:
        from . import notice

        return getattr(notice, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ERROR",
    "WARNING",
    "Finding",
    "RULES",
    "check_notice",
    "has_errors",
    "sort_findings",
    "COMPLAINT_RE",
    "REPEALED_LAW_RE",
    "WITHDRAWAL_RE",
    "WRONG_GDPR_DATE_RE",
]


def check_notice(notice):
    """Return the findings for a notice dict, errors first."""
    from .notice import check_notice as notice_findings

    # The reader makes many small objects that live on (tokens, clauses and claims remembered
    # per sentence), which sets off the cyclic garbage collector's full passes over the whole
    # process, a fifth of a 500 KB notice's time; the check leaves no cycles behind, so the
    # collector waits until it is done (and is left off if someone else turned it off).
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        return sort_findings(notice_findings(notice))
    finally:
        if paused:
            gc.enable()
