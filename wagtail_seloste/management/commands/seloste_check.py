import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from wagtail_seloste.completeness import check_notice, has_errors
from wagtail_seloste.notice_json import notice_to_dict
from wagtail_seloste.translations_check import translation_findings

from ._targets import find_notice, read_notice_file, write_findings


class Command(BaseCommand):
    help = (
        "Check a privacy notice against GDPR Art 13/14 and common mistakes. TARGET is a page id, "
        "a URL path, a notice JSON file or a plain-text notice. Exits 1 when an error is found."
    )

    def add_arguments(self, parser):
        parser.add_argument("target")
        parser.add_argument("--format", choices=["text", "json"], default="text")
        parser.add_argument(
            "--locale",
            help=(
                "Check the notice's translation in this language (a language code such as sv) "
                "instead of the page TARGET names. A page id of a translation works too."
            ),
        )

    def handle(self, target, format, locale=None, **options):
        translation_warnings = []
        if Path(target).is_file():
            data = read_notice_file(target)
        else:
            page = find_notice(target)
            if locale:
                page = self.translation(page, locale)
            # The content as last saved, as the editor sees it in the admin.
            revision = page.get_latest_revision_as_object()
            data = notice_to_dict(revision)
            translation_warnings = translation_findings(revision)
        findings = check_notice(data) + translation_warnings
        if format == "json":
            self.stdout.write(
                json.dumps(
                    {"findings": [f.as_dict() for f in findings]}, ensure_ascii=False, indent=2
                )
            )
        else:
            write_findings(self, findings)
        if has_errors(findings):
            raise SystemExit(1)

    def translation(self, page, language_code):
        """``page``'s translation in ``language_code``, drafts included."""
        translation = (
            page.get_translations(inclusive=True)
            .filter(locale__language_code=language_code)
            .first()
        )
        if translation is None:
            codes = sorted(
                page.get_translations(inclusive=True).values_list(
                    "locale__language_code", flat=True
                )
            )
            raise CommandError(
                _(
                    "The notice has no translation in %(language)s. Its languages are: "
                    "%(languages)s."
                )
                % {"language": language_code, "languages": ", ".join(codes)}
            )
        return translation.specific
