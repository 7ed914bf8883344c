"""The copy of a person's data (GDPR Art 15, 20) and how it reaches them.

The ZIP holds the data from the registry and the Art 15(1)(a)–(h) information from the canonical
notice (``register/access.py``), each as readable HTML and as JSON, in the requester's language.
It is never attached to an email (Art 32: health information must not travel as an unencrypted
attachment): the requester gets a link to their verified address (opening it is the proof that
it is theirs), valid for ``RIGHTS_EXPORT_LINK_DAYS`` days and ``RIGHTS_EXPORT_LINK_DOWNLOADS``
downloads. Only a hash of the link's secret is stored, and the ZIP is built when it is
downloaded, so nothing of it waits on the server.
"""

import hashlib
import io
import json
import secrets
import zipfile
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.utils import timezone, translation

from .. import links, outbox
from ..conf import seloste_settings
from ..notice.models import NoticePage
from ..register.access import access_information
from ..register.registry import readable, registry
from .models import ExportLink, RightsRequest, RightsRequestPage

# Audit log action (registered in wagtail_hooks.register_rights_log_actions).
LOG_DOWNLOADED = "wagtail_seloste.rights.export_downloaded"

# The files of the ZIP per language (a Swedish requester gets no Finnish file names).
FILENAMES = {
    "fi": ("tiedot.json", "yhteenveto.html", "tietopyynto"),
    "sv": ("uppgifter.json", "sammandrag.html", "begaran"),
    "en": ("data.json", "summary.html", "request"),
}


def _language(language):
    code = (language or settings.LANGUAGE_CODE or "fi").split("-")[0].lower()
    return code if code in FILENAMES else "en"


def filenames(language):
    """(json, html) file names inside the ZIP for ``language``."""
    return FILENAMES[_language(language)][:2]


def zip_filename(rights_request):
    return f"{FILENAMES[_language(rights_request.language)][2]}-{rights_request.pk}.zip"


def build_zip(site, email, language=None):
    """A ZIP of one person's data on ``site`` with the Art 15 information, in ``language``."""
    language = language or settings.LANGUAGE_CODE
    with translation.override(language):
        notice = NoticePage.for_site(site, locale=_language(language))
        data = registry.export(site, email)
        data["information"] = access_information(notice)
        json_name, html_name = filenames(language)
        html = render_to_string(
            "wagtail_seloste/rights/export_summary.html",
            {
                "data": data,
                "generated": readable(data["generated_at"]),
                "sections": registry.render(site, data),
                "notice": notice,
                "info": data["information"],
                "site": site,
                "json_name": json_name,
                "LANGUAGE_CODE": language,
            },
        )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(json_name, json.dumps(data, ensure_ascii=False, indent=2))
        archive.writestr(html_name, html)
    return buffer.getvalue()


def request_zip(rights_request):
    return build_zip(rights_request.site, rights_request.email, rights_request.language)


# Download links ---------------------------------------------------------------------------


def _hash(token):
    return hashlib.sha256(token.encode()).hexdigest()


def request_page_for(rights_request):
    """The request page the link opens on: the request's own, else the site's, in the
    requester's language where it has a translation. None when the site has none."""
    page = rights_request.page
    if page is None:
        root = rights_request.site.root_page
        page = RightsRequestPage.objects.live().descendant_of(root, inclusive=True).first()
    if page is None:
        return None
    from wagtail.models import Locale

    locale = Locale.objects.filter(language_code=_language(rights_request.language)).first()
    if locale is not None and locale.pk != page.locale_id:
        page = page.get_translation_or_none(locale) or page
    return page.specific if page.live else None


class NoRequestPage(Exception):
    """The site has no live data subject request page for the link to open on."""


def send_link(rights_request):
    """Create a download link and queue its email to the requester's verified address.

    Call inside the transaction of the owner's action. The secret is made when the email is
    built (``link_message``), so it is never stored in the outbox; a link whose email is
    rebuilt gets a new secret. Raises :class:`NoRequestPage` when there is nowhere to open it.
    """
    if request_page_for(rights_request) is None:
        raise NoRequestPage
    link = ExportLink.objects.create(
        rights_request=rights_request,
        # A placeholder until the email is built: unique, and no token hashes to it.
        token_hash=f"pending-{secrets.token_hex(16)}",
        expires_at=timezone.now() + timedelta(days=seloste_settings.RIGHTS_EXPORT_LINK_DAYS),
        max_downloads=seloste_settings.RIGHTS_EXPORT_LINK_DOWNLOADS,
    )
    outbox.send_later(
        link_message,
        link.pk,
        label=f"request #{rights_request.pk}: download link",
        site=rights_request.site_id,
    )
    return link


def link_url(page, token):
    from .paths import subpage

    return links.page_url(page, subpage(page, "download_view", token=token))


def link_message(link_id):
    """The requester's email with a fresh link: their name and the link, no other data."""
    from .actions import _message

    link = ExportLink.objects.select_related("rights_request__site").filter(pk=link_id).first()
    if link is None or not link.is_usable:
        return None
    rights_request = link.rights_request
    page = request_page_for(rights_request)
    if page is None:
        return None
    token = secrets.token_urlsafe(32)
    link.token_hash = _hash(token)
    link.save(update_fields=["token_hash"])
    return _message(
        "export",
        rights_request.email,
        {
            "rights_request": rights_request,
            "site": rights_request.site,
            "url": link_url(page, token),
            "expires": timezone.localtime(link.expires_at),
            "downloads": link.max_downloads,
        },
        rights_request.language,
    )


class LinkError(Exception):
    """A download link that cannot be used: ``reason`` is invalid, expired or used."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


def link_for_token(token, site):
    """The usable link of ``token`` on ``site``, or :class:`LinkError`."""
    if not token or len(token) > 100:
        raise LinkError("invalid")
    link = (
        ExportLink.objects.select_related("rights_request__site")
        .filter(token_hash=_hash(token), rights_request__site=site)
        .first()
    )
    if link is None:
        raise LinkError("invalid")
    if link.expires_at <= timezone.now():
        raise LinkError("expired")
    if link.downloads >= link.max_downloads:
        raise LinkError("used")
    return link


def download(link):
    """Count one download and return ``(filename, zip bytes)``; the audit log records it."""
    from wagtail.log_actions import log

    with transaction.atomic():
        # One download per row update: two clicks at once cannot exceed the allowance.
        counted = ExportLink.objects.filter(
            pk=link.pk, downloads__lt=link.max_downloads, expires_at__gt=timezone.now()
        ).update(downloads=F("downloads") + 1, last_downloaded_at=timezone.now())
        if not counted:
            raise LinkError("used")
        log(link.rights_request, LOG_DOWNLOADED)
    rights_request = RightsRequest.objects.select_related("site").get(pk=link.rights_request_id)
    return zip_filename(rights_request), request_zip(rights_request)
