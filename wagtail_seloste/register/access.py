"""What an access answer tells besides the copy of the data (GDPR Art 15(1)(a)–(h), 15(2)).

Read from the site's canonical notice in the requester's language (its live translation when
there is one), so the answer says what the published notice says: one source of truth. Each
item is plain text for ``tiedot.json`` and the readable summary; where the notice says nothing
of an item, the answer says so instead of inventing it.
"""

from django.utils.html import strip_tags
from django.utils.text import normalize_newlines
from django.utils.translation import gettext as _

from .. import links
from ..notice.blocks import RIGHTS

SUPERVISORY_AUTHORITY = "Tietosuojavaltuutetun toimisto, www.tietosuoja.fi"


def _text(value):
    """A rich text or plain value as plain text, paragraphs kept apart."""
    if value is None:
        return ""
    html = getattr(value, "source", None) or str(value)
    html = html.replace("</p>", "</p>\n\n").replace("<br/>", "\n").replace("<br>", "\n")
    lines = [" ".join(line.split()) for line in normalize_newlines(strip_tags(html)).split("\n")]
    return "\n".join(lines).strip().replace("\n\n\n", "\n\n")


def _section_texts(notice, kind):
    return [text for section in notice.sections_of_kind(kind) if (text := _text(section["text"]))]


def access_information(notice):
    """The Art 15(1)(a)–(h) and 15(2) information as a JSON-serialisable dict, in the active
    language's words (call it inside ``translation.override``); ``{}`` without a notice.

    Keys: ``controller``, ``purposes`` (a), ``categories`` (b), ``recipients`` (c),
    ``transfers`` (15(2)), ``retention`` (d), ``rights`` (e), ``complaint`` (f), ``source``
    (g), ``automated_decisions`` (h), and ``notice_url``.
    """
    if notice is None:
        return {}
    not_stated = _("The privacy notice does not say.")
    rights_given = {
        right["right"]: _text(right.get("how"))
        for section in notice.sections_of_kind("rights")
        for right in section["rights"]
    }
    # Art 15(1)(e): rectification, erasure, restriction and objection are owed whatever the
    # notice lists; portability and withdrawal are listed where the notice gives them.
    owed = ("rectification", "erasure", "restriction", "objection")
    rights = [
        {"right": key, "label": str(label), "how": rights_given.get(key, "")}
        for key, label in RIGHTS
        if key != "complaint" and key != "access" and (key in owed or key in rights_given)
    ]
    recipients = [
        {"name": r["name"], "description": _text(r.get("description"))}
        for section in notice.sections_of_kind("recipients")
        for r in section["recipients"]
    ] + [
        {
            "name": p["name"],
            "description": ", ".join(part for part in (p.get("service"), p.get("country")) if part),
            "processor": True,
        }
        # The processors register's rows (the notice's processors section lists them).
        for p in notice.provided_rows("processors")
    ]
    return {
        "controller": {
            "name": notice.controller_name,
            "business_id": notice.business_id,
            "address": notice.controller_address,
            "email": notice.email,
            "phone": notice.phone,
        },
        "purposes": [
            {
                "purpose": _text(p["purpose"]),
                "legal_basis": str(p.legal_basis_label()) if p.get("legal_basis") else "",
                "legitimate_interest": _text(p.get("legitimate_interest")),
            }
            for p in notice.purposes
        ],
        "categories": [
            {
                "name": c["name"],
                "description": _text(c.get("description")),
                "special_category": bool(c.get("special_category")),
            }
            for section in notice.sections_of_kind("data_content")
            for c in section["categories"]
        ],
        "recipients": recipients,
        "recipients_text": _section_texts(notice, "recipients"),
        "transfers": [
            {
                "recipient": t["recipient"],
                "country": t["country"],
                "safeguard": str(t.safeguard_label()),
            }
            for t in notice.provided_rows("transfers")
        ],
        "transfers_text": _section_texts(notice, "transfers"),
        "retention": [
            {"data": r["data"], "period": str(r.period_label() or not_stated)}
            for r in notice.retention_rules
        ],
        "rights": rights,
        "complaint": rights_given.get("complaint")
        or _(
            "You have the right to lodge a complaint with the supervisory authority, the Office "
            "of the Data Protection Ombudsman (%(authority)s)."
        )
        % {"authority": SUPERVISORY_AUTHORITY},
        "source": "\n\n".join(_section_texts(notice, "sources")) or not_stated,
        "automated_decisions": "\n\n".join(_section_texts(notice, "automated_decisions"))
        or not_stated,
        "notice_url": links.page_url(notice),
    }
