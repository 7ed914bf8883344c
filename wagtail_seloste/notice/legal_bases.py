"""The legal bases of GDPR Art 6(1) a notice cites by article: "6 art. 1 b", "art. 6.1 c",
"artikel 6.1 a", "Art 6(1)(f)", "6 artiklan 1 kohdan b alakohta". The importer and the check
read a cited letter as the basis it names, as they read the basis's words."""

import re

_CITATION = re.compile(
    r"(?<![\w.])6\s*art(?:ikla|iklan|ikel|icle)?\.?\s*(?:1|\(1\))\s*(?:kohda?n?\s*)?"
    r"\(?(?P<first>[a-f])\)?(?![\wåäö])"
    r"|\bart(?:ikla|iklan|ikel|icle)?\.?\s*6\s*(?:\.\s*1|\(1\)|\s1)\s*(?:kohda?n?\s*)?"
    r"\(?(?P<second>[a-f])\)?(?![\wåäö])",
    re.IGNORECASE,
)


def cited_bases(text):
    """(position, letter) of each Art 6(1) basis ``text`` cites by article, in order."""
    return [
        (m.start(), (m.group("first") or m.group("second")).lower())
        for m in _CITATION.finditer(text or "")
    ]
