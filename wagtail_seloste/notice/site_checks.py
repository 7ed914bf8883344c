"""The site, held against its notice: findings about what the site does, not what it says.

The completeness check (``notice/check/``) reads the notice alone. This module runs the
checks that compare the notice with the site that publishes it: a booking form's consents, the
cookies the site's pages actually set. The core knows no feature app, so each app registers
its own checks here from its ``AppConfig.ready``:

    from wagtail_seloste.notice.site_checks import register_site_check

    @register_site_check
    def my_check(context):
        return [context.finding("my-code", "warning", "…message…", source="GDPR Art 13")]

A check receives a :class:`SiteContext` and returns findings. Checks that must render pages
(slow: every public page with the test client) say so with ``renders_pages=True``; the editor
shows their last results from the cache and ``seloste_check`` runs them all.
"""

from dataclasses import dataclass

from django_tasks import task

from ..cache import cache
from .check import Finding, sort_findings

CACHE_KEY = "wagtail_seloste:site_findings:{site_id}"
CACHE_TIMEOUT = 24 * 3600

_checks = []


def register_site_check(func=None, *, renders_pages=False):
    """Register ``func(context) -> list[Finding]``; usable as a decorator with or without
    arguments. Registering the same function twice keeps one."""

    def add(func):
        func.renders_pages = renders_pages
        if func not in _checks:
            _checks.append(func)
        return func

    return add(func) if func is not None else add


@dataclass
class SiteContext:
    """What a site check reads: the site, its canonical notice page and the notice dict."""

    site: object
    page: object
    notice: dict

    def finding(self, code, severity, message, *, section=None, source=""):
        return Finding(code, severity, str(message), section, source)

    def declared_cookie_names(self):
        return {(c.get("name") or "").strip().lower() for c in self.notice.get("cookies", [])}

    def purposes(self):
        """Every purpose the notice declares: (text, legal basis) pairs, and the free text of
        the purposes and legal-basis sections."""
        found = []
        for section in self.notice.get("sections", []):
            if section.get("kind") in ("purposes", "legal_basis"):
                for item in section.get("purposes") or []:
                    found.append((item.get("purpose") or "", item.get("legal_basis") or ""))
                if section.get("text"):
                    found.append((section["text"], ""))
        return found


def context_for(site, page=None):
    from .json_format import notice_to_dict
    from .models import NoticePage

    page = page or NoticePage.for_site(site)
    if page is None:
        return None
    return SiteContext(site=site, page=page, notice=notice_to_dict(page))


def site_findings(site, *, page=None, render_pages=True):
    """The findings of every registered site check for ``site``'s canonical notice (or
    ``page``). With ``render_pages`` the slow checks run too and their results are cached for
    the editor."""
    context = context_for(site, page)
    if context is None:
        return []
    findings = []
    slow = []
    for check in _checks:
        if check.renders_pages and not render_pages:
            continue
        result = list(check(context))
        findings.extend(result)
        if check.renders_pages:
            slow.extend(result)
    if render_pages:
        cache.set(
            CACHE_KEY.format(site_id=site.pk),
            [f.as_dict() for f in slow],
            CACHE_TIMEOUT,
        )
    else:
        findings.extend(cached_slow_findings(site))
    return sort_findings(findings)


def cached_slow_findings(site):
    """The page-rendering checks' last results for ``site`` (from ``seloste_check`` or the
    refresh after publishing), or nothing."""
    return [
        Finding(**{**data, "sentences": tuple(data.get("sentences") or ())})
        for data in cache.get(CACHE_KEY.format(site_id=site.pk), [])
    ]


@task()
def refresh_site_findings(site_id):
    """Run every site check, the page-rendering ones included, and cache the results for the
    editor. Enqueued after a canonical notice is published."""
    from wagtail.models import Site

    site = Site.objects.filter(pk=site_id).first()
    if site is not None:
        site_findings(site)
