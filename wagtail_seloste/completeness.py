"""The completeness check: a notice against GDPR Art 13/14 and common Finnish mistakes.

It reads the notice dict (``notice_json.notice_to_dict``), so a page, a draft revision and a
JSON file are checked by the same rules. Codes are stable: sites and CI scripts rely on them.
"""

import re
from dataclasses import asdict, dataclass

from django.utils.translation import gettext as _

from .validators import business_id_is_valid

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str
    message: str
    section: str | None = None

    def as_dict(self):
        return asdict(self)


# Henkilötietolaki 523/1999 was repealed on 1.1.2019 by Tietosuojalaki 1050/2018 (its 37 §).
# Every inflection of "henkilötietolaki" starts with "henkilötietola"; "henkilötietojen" does not.
REPEALED_LAW_RE = re.compile(
    r"henkil[öo]tietola\w*|523\s*/\s*1999|personuppgiftslag\w*|personal data act",
    re.IGNORECASE,
)
# The GDPR applies since 25.5.2018; templates often claim it entered into force on 1.1.2019.
WRONG_GDPR_DATE_RE = re.compile(
    r"(1\.\s?1\.\s?2019|1\.1\.19)[^.]{0,80}tietosuoja-asetu|tietosuoja-asetu\w*[^.]{0,80}1\.\s?1\.\s?2019",
    re.IGNORECASE,
)
COMPLAINT_RE = re.compile(
    r"tietosuojavaltuutet|valvontaviranomai|dataombudsman|tillsynsmyndighet|supervisory authority",
    re.IGNORECASE,
)
WITHDRAWAL_RE = re.compile(r"peru|peruutt|återkalla|withdraw", re.IGNORECASE)


def _sections(notice, kind):
    return [s for s in notice.get("sections", []) if s.get("kind") == kind]


def _has_content(section, *list_fields):
    if (section.get("text") or "").strip():
        return True
    return any(section.get(field) for field in list_fields)


def _all_text(notice):
    """Every string of the notice, for the checks that look for wording."""
    strings = []

    def walk(value):
        if isinstance(value, str):
            strings.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(notice)
    return "\n".join(strings)


def check_notice(notice):
    """Return the findings for a notice dict, errors first."""
    findings = []

    def add(code, severity, message, section=None):
        findings.append(Finding(code, severity, str(message), section))

    controller = notice.get("controller") or {}
    purposes_sections = _sections(notice, "purposes")
    purposes = [p for s in purposes_sections for p in s.get("purposes") or []]
    rights = {r.get("right") for s in _sections(notice, "rights") for r in s.get("rights") or []}
    rights_text = " ".join(s.get("text") or "" for s in _sections(notice, "rights"))
    rights_text += " " + " ".join(
        r.get("how") or "" for s in _sections(notice, "rights") for r in s.get("rights") or []
    )
    text = _all_text(notice)

    # GDPR Art 13(1)(a): the controller's identity and contact details.
    has_contact = any((controller.get(k) or "").strip() for k in ("email", "phone", "address"))
    if not (controller.get("name") or "").strip() or not has_contact:
        add(
            "missing-controller-contact",
            ERROR,
            _(
                "The controller's name and contact details are missing. Fill in the business "
                "name and at least an email address in the controller details (GDPR Art 13(1)(a))."
            ),
            "controller",
        )
    business_id = (controller.get("business_id") or "").strip()
    if business_id and not business_id_is_valid(business_id):
        add(
            "invalid-business-id",
            ERROR,
            _(
                "The business ID “%(value)s” is not valid: its check digit does not match. Copy "
                "the Y-tunnus from the YTJ service (ytj.fi)."
            )
            % {"value": business_id},
            "controller",
        )

    # GDPR Art 13(1)(c): purposes and the legal basis of each.
    if not any(_has_content(s, "purposes") for s in purposes_sections):
        add(
            "missing-purposes",
            ERROR,
            _(
                "The notice does not say why personal data is processed. Add the purposes to the "
                "section “Purposes of processing personal data” (GDPR Art 13(1)(c))."
            ),
            "purposes",
        )
    legal_basis_text = any(_has_content(s) for s in _sections(notice, "legal_basis"))
    without_basis = [p for p in purposes if not p.get("legal_basis")]
    if (purposes and without_basis) or (not purposes and not legal_basis_text):
        add(
            "missing-legal-basis",
            ERROR,
            _(
                "A purpose has no legal basis. Choose the legal basis of every purpose, for "
                "example contract or consent (GDPR Art 6(1) and 13(1)(c))."
            ),
            "purposes",
        )
    # GDPR Art 13(1)(d): the legitimate interests pursued, where that is the basis.
    if any(
        p.get("legal_basis") == "f" and not (p.get("legitimate_interest") or "").strip()
        for p in purposes
    ):
        add(
            "missing-legitimate-interest",
            ERROR,
            _(
                "A purpose is based on legitimate interest but does not say what the interest "
                "is. Describe the interest next to the purpose (GDPR Art 13(1)(d))."
            ),
            "purposes",
        )

    # GDPR Art 13(1)(e): recipients or categories of recipients.
    if not any(_has_content(s, "recipients") for s in _sections(notice, "recipients")):
        add(
            "missing-recipients",
            WARNING,
            _(
                "The notice does not say to whom data is disclosed. List the recipients, or say "
                "that data is not disclosed (GDPR Art 13(1)(e))."
            ),
            "recipients",
        )
    # GDPR Art 13(1)(f): transfers outside the EU/EEA.
    if not any(_has_content(s, "transfers") for s in _sections(notice, "transfers")):
        add(
            "missing-transfers",
            WARNING,
            _(
                "The notice does not say whether data is transferred outside the EU or EEA. List "
                "the transfers and their safeguards, or say that there are none (GDPR Art 13(1)(f))."
            ),
            "transfers",
        )
    # GDPR Art 13(2)(a): the retention period or the criteria for it.
    if not any(_has_content(s, "rules") for s in _sections(notice, "retention")):
        add(
            "missing-retention",
            ERROR,
            _(
                "The notice does not say how long data is kept. Add retention rules to the "
                "section “Retention period” (GDPR Art 13(2)(a))."
            ),
            "retention",
        )
    # GDPR Art 13(2)(b): the data subject's rights.
    if not any(_has_content(s, "rights") for s in _sections(notice, "rights")):
        add(
            "missing-rights",
            ERROR,
            _(
                "The notice does not tell the data subject's rights. Add the section “Rights of "
                "the data subject” (GDPR Art 13(2)(b))."
            ),
            "rights",
        )
    # GDPR Art 13(2)(c): the right to withdraw consent, where consent is a basis.
    consent_based = any(p.get("legal_basis") == "a" for p in purposes) or any(
        c.get("special_category")
        for s in _sections(notice, "data_content")
        for c in s.get("categories") or []
    )
    if consent_based and "withdraw_consent" not in rights and not WITHDRAWAL_RE.search(rights_text):
        add(
            "missing-consent-withdrawal",
            ERROR,
            _(
                "Consent is a legal basis, but the notice does not say that consent can be "
                "withdrawn at any time. Add the right to withdraw consent (GDPR Art 7(3) and "
                "13(2)(c))."
            ),
            "rights",
        )
    # GDPR Art 13(2)(d) and 77: the right to complain to the supervisory authority.
    if "complaint" not in rights and not COMPLAINT_RE.search(rights_text):
        add(
            "missing-complaint-right",
            ERROR,
            _(
                "The notice does not mention the right to lodge a complaint with the Data "
                "Protection Ombudsman (Tietosuojavaltuutetun toimisto). Add it to the rights "
                "(GDPR Art 13(2)(d) and 77)."
            ),
            "rights",
        )
    # GDPR Art 13(2)(e): is giving the data a statutory or contractual requirement?
    data_sections = _sections(notice, "data_content")
    if not any((s.get("requirement") or "").strip() for s in data_sections):
        add(
            "missing-requirement-statement",
            ERROR,
            _(
                "The notice does not say whether giving the data is a statutory or contractual "
                "requirement and what follows from not giving it. Fill in “Is giving the data a "
                "requirement?” in the data content section (GDPR Art 13(2)(e))."
            ),
            "data_content",
        )
    # GDPR Art 13(2)(f): automated decision-making, including profiling.
    if not any(_has_content(s) for s in _sections(notice, "automated_decisions")):
        add(
            "missing-automated-decisions",
            WARNING,
            _(
                "The notice does not say whether automated decisions or profiling are used. Add "
                "the section, even if only to say that they are not (GDPR Art 13(2)(f))."
            ),
            "automated_decisions",
        )
    # GDPR Art 14(2)(f): the source of the data, where it is not collected from the person.
    if not any(_has_content(s) for s in _sections(notice, "sources")):
        add(
            "missing-sources",
            WARNING,
            _(
                "The notice does not say where the data comes from. Add the section “Regular "
                "sources of data” (GDPR Art 14(2)(f))."
            ),
            "sources",
        )
    if not notice.get("updated"):
        add(
            "missing-updated-date",
            WARNING,
            _("The notice has no “updated” date. Set the date of its latest change."),
            None,
        )
    if REPEALED_LAW_RE.search(text):
        add(
            "repealed-law-reference",
            ERROR,
            _(
                "The notice refers to the Personal Data Act (Henkilötietolaki 523/1999), which "
                "was repealed on 1.1.2019. Refer to the GDPR (2016/679) and the Data Protection "
                "Act (Tietosuojalaki 1050/2018) instead."
            ),
            _section_containing(notice, REPEALED_LAW_RE),
        )
    if WRONG_GDPR_DATE_RE.search(text):
        add(
            "incorrect-gdpr-date",
            WARNING,
            _(
                "The notice says the GDPR entered into force on 1.1.2019. It has applied since "
                "25.5.2018; 1.1.2019 is when the Finnish Data Protection Act came into force."
            ),
            _section_containing(notice, WRONG_GDPR_DATE_RE),
        )

    findings.sort(key=lambda f: f.severity != ERROR)
    return findings


def _section_containing(notice, pattern):
    for section in notice.get("sections", []):
        if pattern.search(_all_text(section)):
            return section.get("kind")
    return None


def has_errors(findings):
    return any(f.severity == ERROR for f in findings)
