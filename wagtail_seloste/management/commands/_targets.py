"""Shared argument handling of the notice commands: pages by id or URL path, notice files."""

import json
from pathlib import Path

from django.core.management.base import CommandError
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from wagtail_seloste.models import NoticePage


def find_page(target):
    """A page by id ("12") or URL path ("/tietosuojaseloste/"), on any site."""
    if target.isdigit():
        page = Page.objects.filter(pk=int(target)).first()
    else:
        relative = target.strip("/")
        page = None
        for site in Site.objects.select_related("root_page"):
            url_path = site.root_page.url_path + (f"{relative}/" if relative else "")
            page = Page.objects.filter(url_path=url_path).first()
            if page is not None:
                break
    if page is None:
        raise CommandError(
            _("No page %(target)s. Give a page id or a URL path such as /tietosuojaseloste/.")
            % {"target": target}
        )
    return page


def find_notice(target):
    page = find_page(target).specific
    if not isinstance(page, NoticePage):
        raise CommandError(_("Page %(target)s is not a privacy notice.") % {"target": target})
    return page


def read_notice_file(path):
    """A notice dict from a wagtail-seloste/1 JSON file or an old plain-text notice."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise CommandError(
            _("Cannot read %(path)s: %(error)s") % {"path": path, "error": error.strerror}
        ) from error
    except UnicodeDecodeError as error:
        raise CommandError(
            _("%(path)s is not UTF-8 text. Save it as UTF-8 and try again.") % {"path": path}
        ) from error
    if path.suffix.lower() == ".json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as error:
            raise CommandError(
                _("%(path)s is not valid JSON: %(error)s (line %(line)s).")
                % {"path": path, "error": error.msg, "line": error.lineno}
            ) from error
    from wagtail_seloste.importer import import_text

    return import_text(text)


def default_parent():
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        raise CommandError(_("There is no default site. Give the parent page with --parent."))
    return site.root_page


def write_findings(command, findings):
    """The checklist of the completeness check, one finding with its message per entry."""
    from wagtail_seloste.completeness import ERROR

    if not findings:
        command.stdout.write(
            command.style.SUCCESS(_("The completeness check found nothing to fix."))
        )
        return
    for finding in findings:
        label = _("error") if finding.severity == ERROR else _("warning")
        style = command.style.ERROR if finding.severity == ERROR else command.style.WARNING
        where = f" [{finding.section}]" if finding.section else ""
        command.stdout.write(style(f"{label}: {finding.code}{where}") + f"\n  {finding.message}")
