"""Absolute addresses in emails, calendar files, feeds and exports: one source for all apps.

A client reads a link outside the site (in an email, a calendar app, a downloaded file), so it
must carry the site's real address. That address is the Wagtail ``Site``'s (its hostname and
port, ``Site.root_url``), never the host of the request that happened to cause the email: a
request may come through a proxy, a test client or an internal address, and the booking and
rights apps must agree on one address. Admin links use ``WAGTAILADMIN_BASE_URL`` (Wagtail's own
setting for the admin's address), else the site's address.

``wagtail start`` leaves the default Site at ``localhost:80``: the system check
``wagtail_seloste.E005`` fails when links would point there while DEBUG is off, and the admin
shows a warning in development (docs/installation.md, step 7 "The site's address").
"""

from urllib.parse import urlsplit

from django.conf import settings

# Addresses no client can reach: the links of a site left at them are broken for everyone.
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "0.0.0.0", ""})


def _site(site_or_page):
    """The Wagtail Site of a Site, a page, or None (the default site)."""
    from wagtail.models import Page, Site

    if isinstance(site_or_page, Site):
        return site_or_page
    if isinstance(site_or_page, Page):
        site = site_or_page.get_site()
        if site is not None:
            return site
    return Site.objects.filter(is_default_site=True).first()


def site_root(site_or_page=None):
    """The site's address without a trailing slash ("https://www.yritys.fi"), from the Wagtail
    Site; "" when the database has no site."""
    site = _site(site_or_page)
    if site is None:
        return ""
    return site.root_url.rstrip("/")


def site_hostname(site_or_page=None):
    """The site's hostname, for identifiers that must be unique across sites (a calendar
    event's UID, RFC 5545 3.8.4.7)."""
    site = _site(site_or_page)
    return site.hostname if site is not None else "localhost"


def page_url(page, subpath=""):
    """The absolute address of ``page`` on its site, with ``subpath`` (what the page's
    ``reverse_subpage`` gives, in the page's language: "avboka/<token>/") appended."""
    page = page.specific if hasattr(page, "specific") else page
    site = _site(page)
    relative = page.get_url(request=None, current_site=site) or page.url or "/"
    if relative.startswith(("http://", "https://")):
        # More than one site: Wagtail gives the page's own site's address already.
        base = relative
    else:
        base = site_root(site) + relative
    return base + subpath


def admin_url(path, site_or_page=None):
    """An absolute link into the admin (``path`` from ``reverse``), on
    ``WAGTAILADMIN_BASE_URL``, else on the site's address."""
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "") or site_root(site_or_page)
    return base.rstrip("/") + path


def is_local(url):
    """Whether a link on this address would reach no one but the developer's own machine."""
    if not url:
        return True
    host = urlsplit(url if "://" in url else f"http://{url}").hostname or ""
    return host in LOCAL_HOSTS or host.endswith(".localhost")


def local_addresses():
    """The sites whose clients' links would be local (their ``root_url``); empty on an install
    ready for clients."""
    from wagtail.models import Site

    # WAGTAILADMIN_BASE_URL (the owner's admin links) is checked by `check --deploy`.
    return [site.root_url for site in Site.objects.all() if is_local(site.root_url)]
