import json
from pathlib import Path

from django.core.management.base import BaseCommand

from wagtail_seloste.completeness import has_errors
from wagtail_seloste.notice_json import notice_to_dict

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

    def handle(self, target, format, **options):
        import_findings = []
        if Path(target).is_file():
            data = read_notice_file(target, findings=import_findings)
        else:
            page = find_notice(target)
            # The content as last saved, as the editor sees it in the admin.
            data = notice_to_dict(page.get_latest_revision_as_object())
        findings = check(data)
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
