"""The completeness check: a notice against GDPR Art 13/14 and common Finnish mistakes.

It reads the notice dict (``notice_json.notice_to_dict``), so a page, a draft revision and a
JSON file are checked by the same rules. Codes are stable: sites and CI scripts rely on them
(docs/completeness-check.md lists them with their source in law).

``check_notice(notice)`` is pure: it reads only the dict. Checks of what a site does (its
cookies, its booking consents) belong in a module beside ``notice.py`` that takes the site and
its notice and returns more ``Finding`` objects; callers join the lists and sort them with
``sort_findings``.
"""

from .findings import ERROR, WARNING, Finding, has_errors, sort_findings
from .notice import COMPLAINT_RE, REPEALED_LAW_RE, RULES, WITHDRAWAL_RE, WRONG_GDPR_DATE_RE
from .notice import check_notice as _notice_findings

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
    return sort_findings(_notice_findings(notice))
