"""The booking pages held against the notice (registered with the core's site checks).

(``consent-required-to-book`` needs no check here: a consent checkbox cannot be made a
condition of booking at all, GDPR Art 7(4). What the service needs rests on the contract and
is stated in the notice, not asked.)
- ``consent-text-unlinked``: a consent checkbox asks for something the notice does not
  declare as a purpose (Art 13(1)(c): the notice must say what the consent is for).
- ``acknowledgement-is-not-consent``: an "I have read the notice" tick is not consent and is
  not needed (Art 4(11), Art 13: informing is the controller's duty, not the visitor's). The
  checkbox kind for it is gone (0.2 turned such checkboxes into the page's text above the
  consents); a checkbox of another kind whose label says it is still flagged.
- ``existing-customer-offers-undeclared``: a booking page emails offers to existing customers
  (917/2014 200 § 2 mom.) but the notice declares no marketing purpose (Art 13(1)(c)).
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
# "I have read the privacy notice", in the words people write it.
ACKNOWLEDGEMENT = re.compile(
    r"olen lukenut|olen tutustunut|luin |hyväksyn (tieto|rekisteri)seloste|"
    r"jag har läst|jag har tagit del|i have read|i've read|read and (understood|accept)",
    re.IGNORECASE,
)
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
        if ACKNOWLEDGEMENT.search(box.label or ""):
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
    pages = BookingPage.objects.live().in_site(context.site).filter(existing_customer_offers=True)
    if not re.search(PURPOSE_WORDS[ConsentKind.MARKETING_EMAIL], purpose_text):
        for page in pages:
            findings.append(
                context.finding(
                    "existing-customer-offers-undeclared",
                    "warning",
                    _(
                        "The booking page “%(page)s” offers clients similar services by email, "
                        "but the notice declares no marketing purpose. Add it to the purposes "
                        "with its basis (legitimate interest; offers to existing customers, "
                        "laki sähköisen viestinnän palveluista 917/2014, 200 §)."
                    )
                    % {"page": page.title},
                    section="purposes",
                    source="GDPR Art 13(1)(c); 917/2014 200 §",
                )
            )
    return findings
