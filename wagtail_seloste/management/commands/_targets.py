"""Shared argument handling of the notice commands: pages by id or URL path, notice files."""

import logging
from pathlib import Path
from urllib.parse import urlsplit

from django.core.management.base import CommandError
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, Site

from ...notice.json_format import (
    MAX_JSON_BYTES,
    MAX_TEXT_BYTES,
    NoticeFormatError,
    read_json,
)
from ...notice.models import NoticePage

logger = logging.getLogger(__name__)

# The exit status of a command given bad input (a file it cannot read, a page that is not
# there); 1 stays "the check found an error" for seloste_check.
BAD_INPUT = 2


def bad_input(message):
    """The ``CommandError`` for bad input: one message, exit status 2, no traceback."""
    return CommandError(message, returncode=BAD_INPUT)


def find_page(target):
    """A page by id ("12"), URL path ("/tietosuojaseloste/") or address, on any site.

    A translation is found by the path a visitor sees, with its language prefix
    ("/sv/dataskyddsbeskrivning/"), as well as by its own id.
    """
    if target.isdigit():
        page = Page.objects.filter(pk=int(target)).first()
    else:
        page = page_at(urlsplit(target).path if "://" in target else target)
    if page is None:
        raise bad_input(
            _("No page %(target)s. Give a page id or a URL path such as /tietosuojaseloste/.")
            % {"target": target}
        )
    return page


def page_at(path):
    """The page whose public URL path on some site is ``path``, or None.

    i18n_patterns put a language prefix before a translated page's path, and the path after it
    is relative to the site root's translation in that language (how Wagtail's serve view
    routes it).
    """
    relative = path.strip("/")
    prefix, _slash, rest = relative.partition("/")
    locale = Locale.objects.filter(language_code__iexact=prefix).first() if prefix else None
    for site in Site.objects.select_related("root_page"):
        roots = [(site.root_page, relative)]
        if locale is not None:
            translated = site.root_page.get_translation_or_none(locale)
            if translated is not None:
                roots.insert(0, (translated, rest))
        for root, tail in roots:
            url_path = root.url_path + (f"{tail}/" if tail else "")
            page = Page.objects.filter(url_path=url_path).first()
            if page is not None:
                return page
    return None


def find_notice(target):
    page = find_page(target).specific
    if not isinstance(page, NoticePage):
        raise bad_input(_("Page %(target)s is not a privacy notice.") % {"target": target})
    return page


def read_notice_file(path, findings=None):
    """A notice dict from a wagtail-seloste/1 JSON file or an old plain-text notice.

    Every file that is not a notice ends in one ``CommandError`` (exit status 2) saying what is
    wrong with it. ``findings`` (a list) receives the importer's notes on a plain-text notice.
    """
    path = Path(path)
    is_json = path.suffix.lower() == ".json"
    limit = MAX_JSON_BYTES if is_json else MAX_TEXT_BYTES
    try:
        size = path.stat().st_size
        if size > limit:
            raise bad_input(
                _("%(path)s is larger than %(size)s kB; a notice is much smaller. Check the file.")
                % {"path": path, "size": limit // 1024}
            )
        text = path.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise bad_input(
            _("Cannot read %(path)s: %(error)s") % {"path": path, "error": error.strerror}
        ) from error
    except UnicodeDecodeError as error:
        raise bad_input(
            _("%(path)s is not UTF-8 text. Save it as UTF-8 and try again.") % {"path": path}
        ) from error
    try:
        if is_json:
            return read_json(text)
        from ...notice.importer import import_text

        return import_text(text, findings=findings)
    except NoticeFormatError as error:
        raise bad_input(f"{path}: {error}") from error
    except Exception as error:
        # Never a traceback for a file: the message says what to do; the details go to the
        # debug log (without the text, which holds personal data).
        logger.debug("Reading %s failed.", path, exc_info=True)
        raise bad_input(
            _(
                "%(path)s could not be read as a notice (%(error)s). Check that it holds a "
                "wagtail-seloste/1 JSON notice or the text of a privacy notice."
            )
            % {"path": path, "error": type(error).__name__}
        ) from error


def default_parent():
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        raise bad_input(_("There is no default site. Give the parent page with --parent."))
    return site.root_page


def write_findings(command, findings, stream=None):
    """The checklist of the completeness check, one finding with its message per entry."""
    from ...notice.check import ERROR

    stream = stream or command.stdout

    if not findings:
        stream.write(command.style.SUCCESS(_("The completeness check found nothing to fix.")))
        return
    for finding in findings:
        label = _("error") if finding.severity == ERROR else _("warning")
        style = command.style.ERROR if finding.severity == ERROR else command.style.WARNING
        where = f" [{finding.section}]" if finding.section else ""
        stream.write(style(f"{label}: {finding.code}{where}") + f"\n  {finding.message}")


def write_import_findings(command, findings, stream=None):
    """What the importer could not decide on its own: headings it was unsure of, retention
    sentences without a starting point. Written before the completeness checklist."""
    stream = stream or command.stdout
    for finding in findings:
        where = f" [{finding.section}]" if finding.section else ""
        stream.write(
            command.style.WARNING(f"{_('import')}: {finding.code}{where}")
            + f"\n  {finding.message}"
        )


def check(data):
    """The completeness check of a notice read from a file.

    The file has passed the schema, so a failure here is a bug in the check; the command still
    answers with one message rather than a traceback.
    """
    from ...notice.check import check_notice

    try:
        return check_notice(data)
    except Exception as error:
        logger.debug("The completeness check failed.", exc_info=True)
        raise CommandError(
            _("The completeness check could not read this notice (%(error)s). Please report it.")
            % {"error": type(error).__name__},
            returncode=BAD_INPUT,
        ) from error
