"""The data content section: whether giving the data is a requirement (GDPR Art 13(2)(e)).

Old notices say it in passing ("Ajanvarausta ei voida tehdä ilman yhteystietoja", "Yhteystiedot
ovat sopimuksen edellytys"); that line becomes the section's ``requirement`` field, which the
completeness check looks for.
"""

import re

from .headings import fold

REQUIREMENT_RE = re.compile(
    r"edellytys|edellytyksena|pakollis|vapaaehtoi|ei voida\b.*\bilman|emme voi\b.*\bilman|"
    r"ilman (niita|naita|tietoja)"
)


def read_requirement(lines):
    """(requirement text, line numbers used): the first line that states the requirement."""
    for line in lines:
        if not line.bullet and len(line.text) <= 400 and REQUIREMENT_RE.search(fold(line.text)):
            return line.text, {line.number}
    return "", set()
