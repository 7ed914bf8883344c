import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from ...notice.business import FIELD_KEYS
from ...notice.check import has_errors, sort_findings
from ...notice.json_format import notice_to_dict
from ...notice.translations_check import translation_findings
from ._targets import check, find_notice, read_notice_file, write_findings, write_import_findings


class Command(BaseCommand):
    help = (
        "Check a privacy notice against GDPR Art 13/14 and common mistakes. TARGET is a page id, "
        "a URL path, a notice JSON file or a plain-text notice. Exits 1 when an error is found, 2 when "
        "the target cannot be read."
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

        parser.add_argument(
            "--field",
            choices=FIELD_KEYS,
            help=(
                "Check the notice as the notice of a business in this field (for a file, or "
                "instead of the site's field); stores nothing."
            ),
        )

    def handle(self, target, format, locale=None, field=None, **options):
        translation_warnings = []
        site_warnings = []
        import_findings = []
        if Path(target).is_file():
            data = read_notice_file(target, findings=import_findings)
        else:
            page = find_notice(target)
            if locale:
                page = self.translation(page, locale)
            # The content as last saved, as the editor sees it in the admin.
            revision = page.get_latest_revision_as_object()
            data = notice_to_dict(revision)
            translation_warnings = translation_findings(revision)
            site_warnings = self.site_findings(page, revision)
        if field:
            data = {**data, "field": field}
        findings = sort_findings(check(data) + translation_warnings + site_warnings)
        if format == "json":
            result = {"findings": [f.as_dict() for f in findings]}
            if import_findings:  # a plain-text notice: the importer's notes too
                result["import_findings"] = [f.as_dict() for f in import_findings]
            self.stdout.write(json.dumps(result, ensure_ascii=False, indent=2))
        else:
            write_import_findings(self, import_findings)
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

    def site_findings(self, page, revision):
        """The site held against its notice (its booking consents, the cookies its pages
        set), when ``page`` is (a translation of) its site's canonical notice."""
        from ...notice.models import NoticePage
        from ...notice.site_checks import site_findings

        site = page.get_site()
        canonical = NoticePage.for_site(site) if site is not None else None
        if canonical is None or canonical.translation_key != page.translation_key:
            return []
        return site_findings(site, page=revision)
