import json
from pathlib import Path

from django.core.management.base import BaseCommand

from wagtail_seloste.completeness import check_notice, has_errors
from wagtail_seloste.notice_json import notice_to_dict

from ._targets import find_notice, read_notice_file, write_findings


class Command(BaseCommand):
    help = (
        "Check a privacy notice against GDPR Art 13/14 and common mistakes. TARGET is a page id, "
        "a URL path, a notice JSON file or a plain-text notice. Exits 1 when an error is found."
    )

    def add_arguments(self, parser):
        parser.add_argument("target")
        parser.add_argument("--format", choices=["text", "json"], default="text")

    def handle(self, target, format, **options):
        if Path(target).is_file():
            data = read_notice_file(target)
        else:
            page = find_notice(target)
            # The content as last saved, as the editor sees it in the admin.
            data = notice_to_dict(page.get_latest_revision_as_object())
        findings = check_notice(data)
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
