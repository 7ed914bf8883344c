"""What the cookies app tells the core's records (docs/processors.md, record.md).

- the Art 30 record: the visitors' cookie choices and the tracking snippets that run after
  consent;
- the processors register: a tracking snippet that loads a script from another domain sends the
  visitor's data there, so that service is proposed as a row (a check finding until the
  register names it).
"""

import re
from urllib.parse import urlsplit

from django.utils.translation import gettext as _

from ..notice.known_services import tracker
from ..register.processors import Proposal, register_proposer
from ..register.record import ProcessingFact, register_facts
from .models import TrackingSnippet

# Script hosts of common tracking services: (host suffix, service, country, safeguard).
TRACKING_HOSTS = [
    ("googletagmanager.com", "Google Analytics", "US", "dpf"),
    ("google-analytics.com", "Google Analytics", "US", "dpf"),
    ("connect.facebook.net", "Meta Pixel", "US", "dpf"),
    ("hotjar.com", "Hotjar", "MT", ""),
    ("clarity.ms", "Microsoft Clarity", "US", "dpf"),
    ("snap.licdn.com", "LinkedIn Insight", "US", "dpf"),
    ("analytics.tiktok.com", "TikTok Pixel", "ZZ", ""),
    ("plausible.io", "Plausible Analytics", "EE", ""),
    ("matomo.cloud", "Matomo Cloud", "DE", ""),
]
URL_RE = re.compile(r"""(?:src|href)\s*=\s*["']((?:https?:)?//[^"'\s>]+)""", re.IGNORECASE)


def _hosts(code):
    found = []
    for url in URL_RE.findall(code or ""):
        host = (urlsplit(url if "://" in url else "https:" + url).hostname or "").lower()
        if host and host not in found:
            found.append(host)
    return found


def _snippets(site):
    return TrackingSnippet.objects.for_site(site).filter(enabled=True).order_by("name", "pk")


@register_facts
def cookie_facts(site):
    found = [
        ProcessingFact(
            groups=("visitors", "consents"),
            what=_("Website visitors' cookie choices"),
            subjects=_("Website visitors"),
            data=_(
                "The cookie choices per category and their time, kept in the visitor's browser "
                "and as counts per day (without a visitor identifier)"
            ),
            security=_("Optional cookies and tracking code run only after consent."),
        )
    ]
    for snippet in _snippets(site):
        found.append(
            ProcessingFact(
                groups=("visitors",),
                what=_("Tracking code “%(name)s”") % {"name": snippet.name},
                subjects=_("Website visitors who accepted the category “%(category)s”")
                % {"category": snippet.category},
                data=_("What the tracking code “%(name)s” collects, and its cookies: %(cookies)s")
                % {"name": snippet.name, "cookies": snippet.cookies or "–"},
            )
        )
    return found


@register_proposer
def tracking_services(site):
    found = []
    site_host = (site.hostname or "").lower()
    for snippet in _snippets(site):
        for host in _hosts(snippet.code):
            if host == site_host or host.endswith("." + site_host):
                continue
            name, country, safeguard = host, "", ""
            for suffix, service, known_country, known_safeguard in TRACKING_HOSTS:
                if host == suffix or host.endswith("." + suffix):
                    name, country, safeguard = service, known_country, known_safeguard
                    break
            found.append(
                Proposal(
                    f"snippet:{host}",
                    name,
                    _("Visitor tracking (“%(snippet)s”)") % {"snippet": snippet.name},
                    _(
                        "The tracking code “%(snippet)s” loads a script from %(host)s, which "
                        "receives the data of the visitors who accept it."
                    )
                    % {"snippet": snippet.name, "host": host},
                    country=country,
                    safeguard=safeguard,
                    groups=("visitors",),
                    certain=True,
                )
            )
        for cookie in snippet.cookie_names():
            known = tracker(cookie)
            if known:
                found.append(
                    Proposal(
                        f"cookie:{known[1]}",
                        known[1],
                        _("Visitor tracking (“%(snippet)s”)") % {"snippet": snippet.name},
                        _(
                            "The tracking code “%(snippet)s” sets %(cookie)s, a cookie of %(service)s."
                        )
                        % {"snippet": snippet.name, "cookie": cookie, "service": known[1]},
                        groups=("visitors",),
                    )
                )
    return found
