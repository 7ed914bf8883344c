"""Print a site's record of processing activities (GDPR Art 30(1)): one row per activity, the
columns in Art 30(1) order (docs/record.md)."""

import json

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from ...register.record import build_record, write_csv
from ._sites import add_site_argument, find_site


class Command(BaseCommand):
    help = (
        "Print the record of processing activities (GDPR Art 30(1)) of a site, made from its "
        "privacy notice and registers: CSV (one row per activity) or JSON."
    )

    def add_arguments(self, parser):
        add_site_argument(parser)
        parser.add_argument("--format", choices=["csv", "json"], default="csv")
        parser.add_argument(
            "--language",
            default=None,
            help="Language of the column headings (default: LANGUAGE_CODE).",
        )

    def handle(self, *args, site=None, format="csv", language=None, **options):
        language = language or settings.LANGUAGE_CODE
        if language not in {code for code, _name in settings.LANGUAGES}:
            raise CommandError(
                _("Unknown language %(language)s. Use one of: %(languages)s.")
                % {
                    "language": language,
                    "languages": ", ".join(code for code, _name in settings.LANGUAGES),
                }
            )
        with translation.override(language):
            record = build_record(find_site(site))
            if format == "json":
                self.stdout.write(json.dumps(record.as_dict(), ensure_ascii=False, indent=2))
            else:
                write_csv(record, self.stdout)
