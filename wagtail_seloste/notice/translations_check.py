"""Do a notice's translations say the same things? The structural check across locales.

A notice exists per locale as translations of one another (Wagtail's localisation, the same
``translation_key``). The words differ; the facts must not: a visitor reading the Swedish notice
is owed the same cookies, the same retention periods and the same rights as one reading the
Finnish notice (GDPR Art 12(1): the information must be transparent whatever language it is
read in). These findings are warnings: the editor may be halfway through translating.

Only structure is compared, never wording: section kinds, cookie categories and cookies,
purposes and their legal bases, retention rules, rights, recipients, processors, transfers and
the controller's identifiers. Each translation is read as last saved (its latest revision), the
way the editor sees it in the admin.
"""

from collections import Counter

from django.utils.translation import gettext_lazy as _

from .check import WARNING, Finding

CONTROLLER_KEYS = ("business_id", "email", "phone", "postal_code")


def _language_name(code):
    from django.utils.translation import get_language_info

    try:
        return str(get_language_info(code)["name_translated"])
    except KeyError:
        return code


def _facts(notice):
    """The comparable facts of a notice dict: name -> a Counter of hashable items."""
    sections = notice.get("sections") or []

    def items(kind, field, key):
        return Counter(
            key(item)
            for section in sections
            if section.get("kind") == kind
            for item in section.get(field) or []
        )

    controller = notice.get("controller") or {}
    return {
        "sections": Counter(section.get("kind") for section in sections),
        "cookie_categories": items("cookies", "categories", lambda c: c.get("key")),
        "cookies": Counter((c.get("category"), c.get("name")) for c in notice.get("cookies") or []),
        "purposes": items("purposes", "purposes", lambda p: p.get("legal_basis")),
        "retention": items(
            "retention",
            "rules",
            lambda r: (r.get("applies_to"), r.get("period"), r.get("unit"), r.get("counted_from")),
        ),
        "rights": items("rights", "rights", lambda r: r.get("right")),
        "recipients": Counter(
            {"recipients": sum(items("recipients", "recipients", lambda r: 1).values())}
        ),
        "processors": Counter(
            {"processors": sum(items("processors", "processors", lambda p: 1).values())}
        ),
        "transfers": Counter(
            {"transfers": sum(items("transfers", "transfers", lambda t: 1).values())}
        ),
        "controller": Counter(
            {(key, (controller.get(key) or "").replace(" ", "")) for key in CONTROLLER_KEYS}
        ),
    }


def _describe(kind, item):
    """A short, language-neutral name of a differing item for the message."""
    if kind == "cookies":
        return f"{item[1]} ({item[0]})"
    if kind == "retention":
        applies_to, period, unit, _counted_from = item
        return f"{applies_to}: {period} {unit}"
    if kind == "controller":
        return f"{item[0]} {item[1]}" if item[1] else item[0]
    return str(item)


MESSAGES = {
    "sections": (
        "translation-sections-differ",
        _(
            "The translation (%(language)s) has other sections than this notice: %(items)s. "
            "Add or remove sections so that every language tells the visitor the same things."
        ),
    ),
    "cookie_categories": (
        "translation-cookie-categories-differ",
        _(
            "The translation (%(language)s) has other cookie categories than this notice: "
            "%(items)s. The banner asks for consent per category, so declare the same "
            "categories in every language."
        ),
    ),
    "cookies": (
        "translation-cookies-differ",
        _(
            "The translation (%(language)s) declares other cookies than this notice: "
            "%(items)s. Declare the same cookies in every language."
        ),
    ),
    "purposes": (
        "translation-purposes-differ",
        _(
            "The translation (%(language)s) has other purposes or legal bases than this "
            "notice (legal bases %(items)s). Give every language the same purposes with the "
            "same legal bases."
        ),
    ),
    "retention": (
        "translation-retention-differs",
        _(
            "The translation (%(language)s) has other retention rules than this notice: "
            "%(items)s. Give every language the same periods."
        ),
    ),
    "rights": (
        "translation-rights-differ",
        _(
            "The translation (%(language)s) lists other rights than this notice: %(items)s. "
            "List the same rights in every language."
        ),
    ),
    "recipients": (
        "translation-recipients-differ",
        _(
            "The translation (%(language)s) lists a different number of recipients. List the "
            "same recipients in every language."
        ),
    ),
    "processors": (
        "translation-processors-differ",
        _(
            "The translation (%(language)s) lists a different number of processors. List the "
            "same processors in every language."
        ),
    ),
    "transfers": (
        "translation-transfers-differ",
        _(
            "The translation (%(language)s) lists a different number of transfers outside the "
            "EU/EEA. List the same transfers in every language."
        ),
    ),
    "controller": (
        "translation-controller-differs",
        _(
            "The controller's details in the translation (%(language)s) differ from this "
            "notice's: %(items)s. Give the same business ID, email, phone and postal code in "
            "every language."
        ),
    ),
}


def compare_notices(notice, other, language):
    """Warnings where the notice dict ``other`` (in ``language``) differs in structure from
    the notice dict ``notice``."""
    findings = []
    ours, theirs = _facts(notice), _facts(other)
    for kind, (code, message) in MESSAGES.items():
        missing = ours[kind] - theirs[kind]
        extra = theirs[kind] - ours[kind]
        if not missing and not extra:
            continue
        described = [f"−{_describe(kind, item)}" for item in sorted(missing, key=str)] + [
            f"+{_describe(kind, item)}" for item in sorted(extra, key=str)
        ]
        findings.append(
            Finding(
                code,
                WARNING,
                str(message)
                % {"language": _language_name(language), "items": ", ".join(described)},
                "cookies" if kind in ("cookies", "cookie_categories") else None,
            )
        )
    return findings


def translation_findings(notice_page):
    """Warnings where ``notice_page``'s translations disagree with it in structure.

    "−x" is in this notice but missing from the translation, "+x" is only in the translation.
    Each translation is read as last saved. An empty list when the notice has no translations.
    """
    from .json_format import notice_to_dict

    if notice_page.pk is None:
        return []
    translations = (
        notice_page.get_translations(inclusive=False).select_related("locale").order_by("pk")
    )
    if not translations:
        return []
    ours = notice_to_dict(notice_page)
    findings = []
    for translation in translations:
        other = translation.specific.get_latest_revision_as_object()
        findings.extend(
            compare_notices(ours, notice_to_dict(other), translation.locale.language_code)
        )
    return findings
