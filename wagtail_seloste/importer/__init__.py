"""Import an old plain-text tietosuojaseloste into the structured notice (issue 6)."""

from django.utils.translation import gettext as _

from ..notice_json import NoticeFormatError


def import_text(text):
    """The notice dict (wagtail-seloste/1) of a plain-text notice."""
    raise NoticeFormatError(_("Importing plain-text notices is not available yet."))
