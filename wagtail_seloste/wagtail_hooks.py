"""Wagtail admin hooks: the publishing warning of the completeness check."""

from django.contrib import messages
from django.utils.translation import ngettext
from wagtail import hooks

from .completeness import ERROR, check_notice
from .models import NoticePage
from .notice_json import notice_to_dict


def _warn_on_publish_with_errors(request, page):
    page = page.specific
    if not isinstance(page, NoticePage) or "action-publish" not in request.POST:
        return
    errors = [f for f in check_notice(notice_to_dict(page)) if f.severity == ERROR]
    if errors:
        messages.warning(
            request,
            ngettext(
                "The notice was published, but the completeness check found %(count)s error: "
                "%(messages)s Fix it and publish again.",
                "The notice was published, but the completeness check found %(count)s errors: "
                "%(messages)s Fix them and publish again.",
                len(errors),
            )
            % {"count": len(errors), "messages": " ".join(f.message for f in errors)},
        )


@hooks.register("after_create_page")
def warn_after_create(request, page):
    _warn_on_publish_with_errors(request, page)


@hooks.register("after_edit_page")
def warn_after_edit(request, page):
    _warn_on_publish_with_errors(request, page)
