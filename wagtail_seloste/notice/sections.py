"""The section vocabulary of the notice: kind → default heading and stable anchor.

The kinds are the keys of the JSON format and the block names of the notice's stream. Anchors
are Finnish and do not change with the page language, so links such as
``/tietosuojaseloste/#evasteet`` keep working for every reader.
"""

from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

# kind: (default heading, anchor). The order is the standard order of a new notice.
SECTION_KINDS = {
    "controller": (_("Controller"), "rekisterinpitaja"),
    "contact_person": (_("Contact person for register matters"), "yhteyshenkilo"),
    "dpo": (_("Data protection officer"), "tietosuojavastaava"),
    "register_name": (_("Name of the register"), "rekisterin-nimi"),
    "data_subjects": (_("Data subjects"), "rekisteroidyt"),
    "purposes": (_("Purposes of processing personal data"), "kasittelyn-tarkoitus"),
    "legal_basis": (_("Legal basis of processing"), "oikeusperuste"),
    "data_content": (_("Data content of the register"), "tietosisalto"),
    "sources": (_("Regular sources of data"), "tietolahteet"),
    "recipients": (_("Disclosures and recipients of data"), "luovutukset"),
    "processors": (_("Processors of personal data"), "kasittelijat"),
    "transfers": (_("Transfers outside the EU or EEA"), "siirrot"),
    "retention": (_("Retention period"), "sailytysaika"),
    "security": (_("Principles of securing the register"), "suojaus"),
    "rights": (_("Rights of the data subject"), "oikeudet"),
    "automated_decisions": (
        _("Automated decision-making and profiling"),
        "automaattinen-paatoksenteko",
    ),
    "cookies": (_("Cookies"), "evasteet"),
    "logs": (_("Log data"), "lokitiedot"),
    "legislation": (_("Applicable legislation"), "lainsaadanto"),
    "changes": (_("Changes to this notice"), "muutokset"),
    "other": (_("Other information"), "muuta"),
}


def default_heading(kind):
    return SECTION_KINDS[kind][0]


def anchor_for(kind, heading=""):
    """The stable anchor of a section; an ``other`` section's comes from its heading."""
    if kind == "other" and heading:
        return slugify(heading) or SECTION_KINDS["other"][1]
    return SECTION_KINDS[kind][1]


def unique_anchors(pairs):
    """Anchors for a sequence of (kind, heading), made unique by a numeric suffix."""
    seen = {}
    anchors = []
    for kind, heading in pairs:
        anchor = anchor_for(kind, heading)
        count = seen.get(anchor, 0) + 1
        seen[anchor] = count
        anchors.append(anchor if count == 1 else f"{anchor}-{count}")
    return anchors
