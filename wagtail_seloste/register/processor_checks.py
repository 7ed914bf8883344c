"""The processors register held against the law: site checks (``notice/site_checks.py``).

Shown in the notice editor's checklist and by ``seloste_check`` beside the notice's own
findings, each with the article it comes from and the fix in the register:

- ``processor-without-agreement``: a processor with no agreement recorded (GDPR Art 28(3)).
- ``processor-outside-eea-without-safeguard``: outside the EU/EEA with no fitting safeguard
  (Art 44–46).
- ``processor-derogation-not-routine``: an Art 49 derogation for a service in daily use
  (EDPB Guidelines 2/2018).
- ``processor-country-unknown``: no country recorded, so no one can tell whether data leaves
  the EU/EEA (Art 13(1)(f), 30(1)(e)).
- ``processor-review-due``: the row's review date has passed (Art 24(1), 28(1)).
- ``processor-proposed``: a row proposed from an imported notice waits for the owner.
- ``processor-not-in-register``: the site surely uses a service the register does not name
  (its mail server, a tracking script from another domain) (Art 13(1)(e), 28).
- ``consumer-email-account``: a free consumer email account is used for client data: a
  consumer service gives no processor agreement (Art 28(3), 32).
- ``processors-section-missing`` / ``transfers-section-missing``: the register has rows the
  notice has no section to list (Art 13(1)(e)–(f)).
"""

import re

from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from ..conf import seloste_settings
from ..notice.site_checks import register_site_check
from . import countries
from .groups import strings
from .models import Processor
from .processors import active_rows, addresses, proposals, valid_safeguard

# Free webmail for consumers, international and Finnish (the old ISPs' mailboxes included):
# their terms offer no data processing agreement.
CONSUMER_EMAIL_DOMAINS = {
    "gmail.com",
    "googlemail.com",
    "hotmail.com",
    "hotmail.fi",
    "hotmail.se",
    "outlook.com",
    "outlook.fi",
    "live.com",
    "live.fi",
    "msn.com",
    "yahoo.com",
    "yahoo.fi",
    "ymail.com",
    "icloud.com",
    "me.com",
    "mac.com",
    "aol.com",
    "gmx.com",
    "gmx.net",
    "mail.com",
    "proton.me",
    "protonmail.com",
    "yandex.com",
    "luukku.com",
    "suomi24.fi",
    "elisanet.fi",
    "saunalahti.fi",
    "kolumbus.fi",
    "netti.fi",
    "pp.inet.fi",
    "dnainternet.net",
    "welho.com",
}
EMAIL_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")


def consumer_domain(address):
    """The domain of ``address`` when it is a free consumer email service, else ""."""
    match = EMAIL_RE.search(address or "")
    if not match:
        return ""
    domain = match.group(1).lower()
    extra = {d.lower() for d in seloste_settings.CONSUMER_EMAIL_DOMAINS}
    return domain if domain in CONSUMER_EMAIL_DOMAINS | extra else ""


def _where(context):
    """Where the owner fixes a row: the register's menu path in the admin."""
    return _("Settings → Processors")


@register_site_check
def processors_register(context):
    findings = []
    rows = list(active_rows(context.site))
    where = _where(context)
    today = timezone.localdate()
    for row in rows:
        names = {"name": row.name, "where": where, "country": countries.name(row.country)}
        if not row.has_agreement:
            findings.append(
                context.finding(
                    "processor-without-agreement",
                    "error",
                    _(
                        "“%(name)s” processes personal data for you, but no processor agreement "
                        "is recorded for it. Get the provider's data processing agreement (DPA), "
                        "or accept the one in its terms, and record its date or link in "
                        "%(where)s. A service that offers none, such as a free consumer "
                        "account, must not be used for client data (GDPR Art 28(3))."
                    )
                    % names,
                    section="processors",
                    source="GDPR Art 28(3)",
                )
            )
        if not row.country:
            findings.append(
                context.finding(
                    "processor-country-unknown",
                    "warning",
                    _(
                        "The processors register does not say where “%(name)s” processes the "
                        "data. Record the country in %(where)s: the notice must say whether "
                        "data leaves the EU or EEA (GDPR Art 13(1)(f))."
                    )
                    % names,
                    section="transfers",
                    source="GDPR Art 13(1)(f), 30(1)(e)",
                )
            )
        elif countries.outside_eea(row.country):
            if row.safeguard == "derogation":
                findings.append(
                    context.finding(
                        "processor-derogation-not-routine",
                        "error",
                        _(
                            "“%(name)s” (%(country)s) rests on an Art 49 derogation. A "
                            "derogation covers only occasional transfers, never a service used "
                            "every day (EDPB Guidelines 2/2018). Use the standard contractual "
                            "clauses, the EU–US Data Privacy Framework if the company is "
                            "certified, or a provider inside the EU/EEA, and record it in "
                            "%(where)s."
                        )
                        % names,
                        section="transfers",
                        source="GDPR Art 44, 46, 49; EDPB Guidelines 2/2018",
                    )
                )
            elif not valid_safeguard(row):
                findings.append(
                    context.finding(
                        "processor-outside-eea-without-safeguard",
                        "error",
                        _(
                            "“%(name)s” processes data in %(country)s, outside the EU/EEA, but "
                            "no safeguard that fits that country is recorded. Record in "
                            "%(where)s the adequacy decision, the EU–US Data Privacy Framework "
                            "(only if the company is certified under it) or the standard "
                            "contractual clauses, or choose a provider inside the EU/EEA "
                            "(GDPR Art 44–46)."
                        )
                        % names,
                        section="transfers",
                        source="GDPR Art 44–46",
                    )
                )
        if row.review_date and row.review_date < today:
            findings.append(
                context.finding(
                    "processor-review-due",
                    "warning",
                    _(
                        "The review of “%(name)s” was due on %(date)s. Check that its agreement "
                        "and country are still right and set the next review date in "
                        "%(where)s."
                    )
                    % {**names, "date": row.review_date.strftime("%d.%m.%Y")},
                    section="processors",
                    source="GDPR Art 24(1), 28(1)",
                )
            )
    findings.extend(_proposed(context, where))
    findings.extend(_sections(context, rows))
    findings.extend(_consumer_accounts(context))
    return findings


def _proposed(context, where):
    findings = []
    waiting = Processor.objects.filter(site=context.site, status=Processor.PROPOSED)
    for row in waiting.order_by("name"):
        findings.append(
            context.finding(
                "processor-proposed",
                "warning",
                _(
                    "“%(name)s” is proposed in the processors register from an imported "
                    "notice. Open it in %(where)s and accept it if you use it, or mark it not "
                    "used."
                )
                % {"name": row.name, "where": where},
                section="processors",
                source="GDPR Art 13(1)(e), 28",
            )
        )
    for proposal in proposals(context.site):
        if not proposal.certain:
            continue
        findings.append(
            context.finding(
                "processor-not-in-register",
                "warning",
                _(
                    "%(reason)s The processors register does not name it: add it in %(where)s "
                    "(it is proposed there) with its processor agreement and country."
                )
                % {"reason": proposal.reason, "where": where},
                section="processors",
                source="GDPR Art 13(1)(e), 28",
            )
        )
    return findings


def _sections(context, rows):
    kinds = {section.get("kind") for section in context.notice.get("sections", [])}
    findings = []
    if rows and "processors" not in kinds:
        findings.append(
            context.finding(
                "processors-section-missing",
                "warning",
                _(
                    "The processors register lists %(count)s services, but the notice has no "
                    "processors section to show them. Add the section “Processors” to the "
                    "notice."
                )
                % {"count": len(rows)},
                section="processors",
                source="GDPR Art 13(1)(e)",
            )
        )
    if any(countries.outside_eea(row.country) for row in rows) and "transfers" not in kinds:
        findings.append(
            context.finding(
                "transfers-section-missing",
                "error",
                _(
                    "The processors register has services outside the EU/EEA, but the notice "
                    "has no transfers section to list them and their safeguards. Add the "
                    "section “Transfers” to the notice."
                ),
                section="transfers",
                source="GDPR Art 13(1)(f)",
            )
        )
    return findings


def _consumer_accounts(context):
    """A free consumer mailbox used for client data (in the notice, as the site's sender or an
    app's owner address): a consumer service gives no processor agreement (Art 28(3)) and its
    terms let the provider use the data for its own purposes."""
    found = {}
    notice_text = "\n".join(strings(context.notice))
    for match in EMAIL_RE.finditer(notice_text):
        domain = consumer_domain(match.group(0))
        if domain:
            found.setdefault(domain, _("the privacy notice"))
    for address, where in addresses(context.site):
        domain = consumer_domain(address)
        if domain:
            found.setdefault(domain, where)
    return [
        context.finding(
            "consumer-email-account",
            "error",
            _(
                "%(where)s uses a free consumer email account (%(domain)s) for client "
                "messages. A consumer service gives no processor agreement and may use the "
                "data for its own purposes. Use a business email service that signs a data "
                "processing agreement (for example one on your own domain), add it to the "
                "processors register, and change the address."
            )
            % {"where": capfirst(where), "domain": domain},
            section="controller",
            source="GDPR Art 28(1), 28(3), 32",
        )
        for domain, where in found.items()
    ]
