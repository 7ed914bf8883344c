"""The processors register: who processes personal data for the business, where, and on what.

GDPR Art 28(3): every processor works under a written agreement (a DPA). Art 44–46: a processor
outside the EU/EEA needs a transfer safeguard. The register keeps one row per service per site
(``Processor``), and it is the one source of the notice's processors and transfers sections:
this module registers them as the notice's section providers (``notice/providers.py``), so the
notice lists exactly what the register holds and the completeness check reads the same rows.

What the site itself uses is proposed as rows, so the owner need not know every service by
heart: the email server the site sends through (the core), the booking page's calendar feed
(booking app), the tracking snippets' third-party scripts (cookies app). A feature app adds
its proposals with :func:`register_proposer` and the addresses it sends from with
:func:`register_addresses` (checked for consumer email accounts, which give no DPA).
"""

import time
import warnings
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..cache import cache
from ..notice.blocks import TRANSFER_SAFEGUARDS
from ..notice.known_services import services_named_in
from ..notice.providers import SectionProvider, register_section_provider
from . import countries
from .models import Processor

VERSION_KEY = "wagtail_seloste:processors:{site_id}"
SAFEGUARD_KEYS = {key for key, _label in TRANSFER_SAFEGUARDS}


# The version of a site's register: part of the key of the notice's cached rendering -------


def version(site):
    """Changes whenever a row of ``site``'s register changes. A lost cache entry gets a new
    value (the clock's nanoseconds), never an old one, so a stale rendering is never reused."""
    key = VERSION_KEY.format(site_id=site.pk)
    value = cache.get(key)
    if value is None:
        cache.add(key, time.time_ns(), None)
        value = cache.get(key) or time.time_ns()
    return value


def forget(site_id):
    cache.set(VERSION_KEY.format(site_id=site_id), time.time_ns(), None)


@receiver(post_save, sender=Processor)
@receiver(post_delete, sender=Processor)
def _forget_when_a_row_changes(sender, instance, **kwargs):
    site_id = instance.site_id
    forget(site_id)
    # Another process may render between the write and its commit: forget again after it.
    transaction.on_commit(lambda: forget(site_id))


# Rows ---------------------------------------------------------------------------------------


def active_rows(site):
    return Processor.objects.filter(site=site, status=Processor.ACTIVE).order_by("name", "pk")


def valid_safeguard(row):
    """The row's safeguard when it fits its country, else "" (GDPR Art 45–46).

    The Data Privacy Framework is the adequacy decision for certified US companies only; any
    other adequacy needs a country the Commission has found adequate. The standard clauses,
    other safeguards and derogations are not tied to a country (a derogation is flagged on its
    own, EDPB 2/2018).
    """
    safeguard = row.safeguard or ""
    if safeguard not in SAFEGUARD_KEYS:
        return ""
    if safeguard == "dpf" and row.country != countries.DPF_COUNTRY:
        return ""
    if safeguard == "adequacy" and (
        not countries.has_adequacy(row.country) or row.country == countries.DPF_COUNTRY
    ):
        return ""
    return safeguard


def admin_url():
    try:
        return reverse("wagtail_seloste_processors:index")
    except NoReverseMatch:  # the admin's URLs are not installed (a site without Wagtail admin)
        return ""


# The notice's processors and transfers sections ---------------------------------------------


class ProcessorsProvider(SectionProvider):
    """The notice's processors section lists the site's rows in use (GDPR Art 13(1)(e))."""

    kind = key = "processors"
    label = gettext_lazy("the processors register")

    def items(self, site):
        return [
            {"name": row.name, "service": row.service, "country": countries.name(row.country)}
            for row in active_rows(site)
        ]

    def version(self, site):
        return version(site)

    def receive(self, site, items, *, page=None, user=None):
        return receive(site, page, processors=items)

    def admin_url(self):
        return admin_url()

    def updated(self, site):
        return active_rows(site).aggregate(last=Max("updated_at"))["last"]


class TransfersProvider(SectionProvider):
    """The notice's transfers section lists the rows outside the EU/EEA with their safeguard
    (GDPR Art 13(1)(f)); a row without one is listed without, and the check says so."""

    kind = key = "transfers"
    label = gettext_lazy("the processors register")

    def items(self, site):
        return [
            {
                "recipient": row.name,
                "country": countries.name(row.country),
                "safeguard": valid_safeguard(row),
            }
            for row in active_rows(site)
            if countries.outside_eea(row.country)
        ]

    def version(self, site):
        return version(site)

    def receive(self, site, items, *, page=None, user=None):
        return receive(site, page, transfers=items)

    def admin_url(self):
        return admin_url()


register_section_provider(ProcessorsProvider())
register_section_provider(TransfersProvider())


def _text(value, limit=200):
    return " ".join(str(value or "").split())[:limit]


def receive(site, page, *, processors=(), transfers=()):
    """Rows from a notice created from JSON: its processors and transfers lists.

    The lists of the site's canonical notice (or of its first notice) are the register's
    truth and become rows in use. Any other notice's (a draft beside a published one) are
    proposed, so importing a draft never changes what the published notice lists. A name the
    register already has is left alone. Returns how many rows were added.
    """
    from ..notice.models import NoticePage

    canonical = NoticePage.for_site(site)
    status = (
        Processor.ACTIVE
        if canonical is None or (page is not None and canonical.pk == page.pk)
        else Processor.PROPOSED
    )
    rows = {row.name.casefold(): row for row in Processor.objects.filter(site=site)}
    added = 0
    for item in processors:
        name = _text(item.get("name"))
        if not name or name.casefold() in rows:
            continue
        rows[name.casefold()] = Processor.objects.create(
            site=site,
            name=name,
            service=_text(item.get("service")),
            country=countries.code_for(item.get("country")),
            notes=_unknown_country_note(item.get("country")),
            status=status,
            origin="notice",
        )
        added += 1
    for item in transfers:
        name = _text(item.get("recipient"))
        if not name:
            continue
        key = name.casefold()
        row = rows.get(key) or next((r for k, r in rows.items() if key in k or k in key), None)
        country = countries.code_for(item.get("country"))
        safeguard = item.get("safeguard") if item.get("safeguard") in SAFEGUARD_KEYS else ""
        if safeguard == "adequacy" and country == countries.DPF_COUNTRY:
            safeguard = "dpf"  # the United States' adequacy decision is the DPF
        if row is None:
            row = rows[key] = Processor(site=site, name=name, status=status, origin="notice")
            added += 1
        elif row.status == Processor.DISMISSED:
            continue
        if country and not countries.outside_eea(row.country):
            row.country = country
        row.safeguard = row.safeguard or safeguard
        row.save()
    return added


def _unknown_country_note(text):
    text = _text(text)
    if text and not countries.code_for(text):
        return _("Country as the notice gave it: %(country)s") % {"country": text}
    return ""


# Proposals: services the site itself uses ---------------------------------------------------


@dataclass(frozen=True)
class Proposal:
    """A service the site uses that the register may lack. ``key`` is stable ("email:host").

    ``certain``: the site surely sends personal data there (its email server, a tracking
    script loaded from another domain): a check finding while the register does not name it.
    Otherwise (a calendar feed someone may have subscribed to) only a suggestion.
    """

    key: str
    name: str
    service: str = ""
    reason: str = ""
    country: str = ""
    safeguard: str = ""
    groups: tuple = field(default_factory=tuple)
    dpa_url: str = ""
    certain: bool = False


_proposers = []


def register_proposer(func):
    """Register ``func(site) -> iterable of Proposal`` (usable as a decorator)."""
    if func not in _proposers:
        _proposers.append(func)
    return func


def _known(proposal, rows):
    keys = {row.origin for row in rows if row.origin}
    if proposal.key in keys:
        return True
    name = proposal.name.casefold()
    return any(name in row.name.casefold() or row.name.casefold() in name for row in rows)


def proposals(site):
    """What the site uses that the register neither lists nor was told is not used."""
    rows = list(Processor.objects.filter(site=site))
    found = {}
    for proposer in _proposers:
        for proposal in proposer(site) or ():
            if proposal.key not in found and not _known(proposal, rows):
                found[proposal.key] = proposal
    return list(found.values())


def proposal(site, key):
    return next((p for p in proposals(site) if p.key == key), None)


# Email servers: (host suffix, company, country, safeguard, DPA terms).
MAIL_HOSTS = [
    (
        "gmail.com",
        "Google (Gmail, Google Workspace)",
        "US",
        "dpf",
        "https://workspace.google.com/terms/dpa_terms.html",
    ),
    ("googlemail.com", "Google (Gmail, Google Workspace)", "US", "dpf", ""),
    (
        "office365.com",
        "Microsoft 365",
        "US",
        "dpf",
        "https://www.microsoft.com/licensing/docs/view/Microsoft-Products-and-Services-Data-Protection-Addendum-DPA",
    ),
    ("outlook.com", "Microsoft (Outlook)", "US", "dpf", ""),
    (
        "sendgrid.net",
        "Twilio SendGrid",
        "US",
        "dpf",
        "https://www.twilio.com/en-us/legal/data-protection-addendum",
    ),
    ("eu.mailgun.org", "Mailgun (EU)", "DE", "", "https://www.mailgun.com/legal/dpa/"),
    ("mailgun.org", "Mailgun", "US", "dpf", "https://www.mailgun.com/legal/dpa/"),
    ("postmarkapp.com", "Postmark", "US", "dpf", ""),
    ("brevo.com", "Brevo", "FR", "", ""),
    ("sendinblue.com", "Brevo", "FR", "", ""),
    ("mailersend.net", "MailerSend", "LT", "", ""),
    ("zoner.fi", "Zoner Oy", "FI", "", ""),
    ("louhi.fi", "Louhi Net Oy", "FI", "", ""),
]
LOCAL_HOSTS = {"", "localhost", "127.0.0.1", "::1", "mailhog", "mailpit"}


def _mail_proposal(host):
    host = (host or "").strip().lower().rstrip(".")
    if host in LOCAL_HOSTS:
        return None
    reason = _(
        "The site sends its emails (booking confirmations, replies to requests) through the "
        "mail server %(host)s."
    ) % {"host": host}
    if host.startswith("email-smtp.") and host.endswith(".amazonaws.com"):
        region = host.split(".")[1]
        country = {"eu-north-1": "SE", "eu-west-1": "IE", "eu-central-1": "DE"}.get(
            region, "EU" if region.startswith("eu-") else "US"
        )
        return Proposal(
            f"email:{host}",
            "Amazon Web Services (Amazon SES)",
            _("Email sending"),
            reason,
            country=country,
            safeguard="dpf" if country == "US" else "",
            groups=("clients", "bookings", "requests"),
            certain=True,
        )
    for suffix, company, country, safeguard, dpa in MAIL_HOSTS:
        if host == suffix or host.endswith("." + suffix):
            return Proposal(
                f"email:{host}",
                company,
                _("Email sending"),
                reason,
                country=country,
                safeguard=safeguard,
                groups=("clients", "bookings", "requests"),
                dpa_url=dpa,
                certain=True,
            )
    return Proposal(
        f"email:{host}",
        host,
        _("Email sending"),
        reason,
        groups=("clients", "bookings", "requests"),
        certain=True,
    )


# Django 6.1 moves the email settings into MAILERS (the EMAIL_* settings are deprecated until
# 2028, and reading one raises AttributeError while MAILERS is set): read whichever the site uses.
MAILER_OPTIONS = {"EMAIL_HOST": "host", "EMAIL_HOST_USER": "username"}


def mail_setting(name):
    """``EMAIL_BACKEND``, ``EMAIL_HOST`` or ``EMAIL_HOST_USER`` of the default mailer: from
    ``MAILERS["default"]`` when the site defines MAILERS, else from the old settings."""
    mailers = getattr(settings, "MAILERS", None)
    if mailers:
        default = mailers.get("default") or {}
        if name == "EMAIL_BACKEND":
            return default.get("BACKEND") or ""
        return (default.get("OPTIONS") or {}).get(MAILER_OPTIONS[name]) or ""
    with warnings.catch_warnings():
        # Django 6.1 warns at every read of an EMAIL_* setting; the site's settings file is
        # warned about once by Django itself, and this read should not repeat it per request.
        warnings.simplefilter("ignore", DeprecationWarning)
        warnings.simplefilter("ignore", PendingDeprecationWarning)
        return getattr(settings, name, "") or ""


@register_proposer
def email_server(site):
    """The mail server of the site's email backend: every booking confirmation and reply to a
    request passes through it (SMTP, or an email service's API backend)."""
    backend = mail_setting("EMAIL_BACKEND")
    if backend.endswith("smtp.EmailBackend"):
        found = _mail_proposal(mail_setting("EMAIL_HOST"))
        return [found] if found else []
    if backend.startswith("anymail.backends."):
        esp = backend.split(".")[2]
        return [
            Proposal(
                f"email:anymail:{esp}",
                esp.capitalize(),
                _("Email sending"),
                _("The site sends its emails through the email service %(name)s.") % {"name": esp},
                groups=("clients", "bookings", "requests"),
                certain=True,
            )
        ]
    return []


@register_proposer
def services_the_notice_names(site):
    """Services outside the EU/EEA that the canonical notice's words name (Mailchimp, Zoom…)."""
    from ..notice.json_format import notice_to_dict
    from ..notice.models import NoticePage
    from .groups import strings

    notice = NoticePage.for_site(site)
    if notice is None:
        return []
    text = "\n".join(strings(notice_to_dict(notice)))
    return [
        Proposal(
            f"notice:{service.name}",
            service.name,
            reason=_("The privacy notice names %(name)s.") % {"name": service.name},
            country=service.country,
        )
        for service in services_named_in(text)
    ]


# Addresses the site uses for client data (checked for consumer email accounts) --------------

_address_sources = []


def register_addresses(func):
    """Register ``func(site) -> iterable of (address, where)``: an address the site sends
    client data from or to, and where it is set ("the booking page “Ajanvaraus”")."""
    if func not in _address_sources:
        _address_sources.append(func)
    return func


@register_addresses
def addresses_in_settings(site):
    names = [
        "DEFAULT_FROM_EMAIL",
        "WAGTAIL_SELOSTE_FROM_EMAIL",
        "WAGTAIL_SELOSTE_RIGHTS_NOTIFY_EMAIL",
    ]
    found = [
        (getattr(settings, name, "") or "", _("the setting %(name)s") % {"name": name})
        for name in names
    ]
    if mail_setting("EMAIL_BACKEND").endswith("smtp.EmailBackend"):
        found.append(
            (
                mail_setting("EMAIL_HOST_USER"),
                _("the setting %(name)s") % {"name": "EMAIL_HOST_USER"},
            )
        )
    return found


def addresses(site):
    found = []
    for source in _address_sources:
        found.extend((address, where) for address, where in source(site) or () if address)
    return found
