import json
from pathlib import Path

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from ...notice.json_format import notice_to_dict
from ._targets import bad_input, find_notice


class Command(BaseCommand):
    help = "Write a privacy notice page as wagtail-seloste/1 JSON (https://github.com/wagtail-seloste/wagtail-seloste/blob/main/docs/json-format.md)."

    def add_arguments(self, parser):
        parser.add_argument("page", help="Page id or URL path, e.g. /tietosuojaseloste/")
        parser.add_argument("--output", help="Write to this file instead of standard output.")

    def handle(self, page, output=None, **options):
        data = notice_to_dict(find_notice(page))
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        if output:
            try:
                Path(output).write_text(text, encoding="utf-8")
            except OSError as error:
                raise bad_input(
                    _("Cannot write %(path)s: %(error)s")
                    % {"path": output, "error": error.strerror}
                ) from error
        else:
            self.stdout.write(text, ending="")
