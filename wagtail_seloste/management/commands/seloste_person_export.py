import json

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from ...notice.validators import validate_deliverable_email
from ...register.registry import normalise_email, registry
from ._sites import add_site_argument, find_site


def checked_email(value):
    email = normalise_email(value)
    try:
        validate_deliverable_email(email)
    except ValidationError as error:
        raise CommandError(
            _("%(email)s is not an email address. Give the person's email, e.g. maija@example.com.")
            % {"email": value}
        ) from error
    return email


class Command(BaseCommand):
    help = (
        "Write everything the personal-data registry holds about one person as JSON to "
        "standard output (GDPR Art 15 and 20; https://github.com/wagtail-seloste/wagtail-seloste/blob/main/docs/rights.md)."
    )

    def add_arguments(self, parser):
        parser.add_argument("email")
        add_site_argument(parser)

    def handle(self, email, site=None, **options):
        data = registry.export(find_site(site), checked_email(email))
        self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
