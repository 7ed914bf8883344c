"""The booking pages held against the notice (registered with the core's site checks).

(``consent-required-to-book`` needs no check here: a consent checkbox cannot be made a
condition of booking at all, GDPR Art 7(4). What the service needs rests on the contract and
is stated in the notice, not asked.)
- ``consent-text-unlinked``: a consent checkbox asks for something the notice does not
  declare as a purpose (Art 13(1)(c): the notice must say what the consent is for).
- ``acknowledgement-is-not-consent``: an "I have read the notice" tick is not consent and is
  not needed (Art 4(11), Art 13: informing is the controller's duty, not the visitor's).
"""

import re
import unicodedata

from django.utils.translation import gettext as _

from ..notice.site_checks import register_site_check
from .pages import BookingPage, ConsentCheckbox, ConsentKind

# What a notice says when it declares the purpose each kind of consent is for.
PURPOSE_WORDS = {
    ConsentKind.MARKETING_EMAIL: r"markkinoin|uutiskirj|tiedott|tarjou|marknadsf|nyhetsbrev|"
    r"erbjudand|marketing|newsletter|offers",
    ConsentKind.MARKETING_SMS: r"markkinoin|tekstiviest|sms|marknadsf|marketing",
    ConsentKind.HEALTH_DATA: r"tervey|hoito|potila|allergi|hälsa|halsa|vård|vard|health|medical",
}
STOP_WORDS = {
    "haluan",
    "hyväksyn",
    "suostun",
    "annan",
    "suostumukseni",
    "että",
    "minulle",
    "tietojani",
    "käsitellään",
    "voidaan",
    "lähettää",
    "jag",
    "samtycker",
    "till",
    "att",
    "mina",
    "uppgifter",
    "consent",
    "agree",
    "that",
    "my",
    "data",
    "processed",
    "may",
    "send",
}


def _fold(text):
    text = unicodedata.normalize("NFKC", text or "").lower()
    return text


def _stems(text):
    return {word[:5] for word in re.findall(r"\w{5,}", _fold(text)) if word not in STOP_WORDS}


def _checkboxes(site):
    pages = BookingPage.objects.live().in_site(site)
    return ConsentCheckbox.objects.filter(page__in=pages).select_related("page")


@register_site_check
def consent_checks(context):
    findings = []
    purposes = context.purposes()
    purpose_text = _fold(" ".join(text for text, _basis in purposes))
    section_kinds = {section.get("kind") for section in context.notice.get("sections", [])}
    for box in _checkboxes(context.site):
        where = {"page": box.page.title, "label": box.label[:80]}
        if box.kind == ConsentKind.NOTICE_ACKNOWLEDGEMENT:
            findings.append(
                context.finding(
                    "acknowledgement-is-not-consent",
                    "warning",
                    _(
                        "The booking page “%(page)s” asks the visitor to tick “%(label)s”. Having "
                        "read the notice is not consent and need not be asked: link to the notice "
                        "instead and remove the checkbox."
                    )
                    % where,
                    section="purposes",
                    source="GDPR Art 4(11), Art 13",
                )
            )
            continue
        pattern = PURPOSE_WORDS.get(box.kind)
        if pattern:
            linked = re.search(pattern, purpose_text) is not None
        else:
            linked = bool(_stems(box.label) & _stems(purpose_text))
        if box.notice_section and box.notice_section not in section_kinds:
            linked = False
        if not linked:
            findings.append(
                context.finding(
                    "consent-text-unlinked",
                    "warning",
                    _(
                        "The booking page “%(page)s” asks for consent to “%(label)s”, but the "
                        "notice declares no such purpose. Add the purpose and its basis "
                        "(consent) to the notice's purposes, or change the checkbox."
                    )
                    % where,
                    section="purposes",
                    source="GDPR Art 13(1)(c), Art 7(2)",
                )
            )
    return findings
