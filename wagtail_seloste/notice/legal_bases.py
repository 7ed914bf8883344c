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


# A law named and nothing else: "kirjanpitolaki (1336/1997)", "bokföringslagen", "lagen om
# patientens ställning", "laki potilaan asemasta ja oikeuksista (785/1992)". Named alone for a
# purpose (in its brackets, after its item's label or letter), it is the law that obliges the
# processing, Art 6(1)(c) with Art 6(3). The importer reads it on folded text, the check on raw.
_LAW_ALONE = re.compile(
    r"^\W*(?:\w+)?(?:kirjanpitolaki|bokf[oö]ringslag(?:en)?|laki [\w -]{3,60}"
    r"|lag(?:en)? om [\w -]{3,60}|\w*lai?ki|\w*lag(?:en)?)\s*(?:\(?\d+[/ ]\d{4}\)?)?\W*$",
    re.IGNORECASE,
)
# The data-protection laws oblige no processing: named alone they are no Art 6(1)(c) basis.
_DATA_PROTECTION_LAW = re.compile(
    r"tietosuoj|dataskydd|henkil[oö]tieto|personuppgift|data protection|1050[/ ]2018",
    re.IGNORECASE,
)


def names_a_law_alone(text):
    """Whether ``text`` names a law that can oblige processing, and nothing else."""
    text = text or ""
    return bool(_LAW_ALONE.match(text)) and not _DATA_PROTECTION_LAW.search(text)
