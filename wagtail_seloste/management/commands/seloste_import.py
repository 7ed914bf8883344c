import json

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail_seloste import links
from wagtail_seloste.conf import seloste_settings

from ...notice.business import FIELD_KEYS, set_site_field, site_field
from ...notice.check import ERROR
from ...notice.json_format import NoticeFormatError, create_notice
from ._targets import (
    bad_input,
    check,
    default_parent,
    find_page,
    read_notice_file,
    write_findings,
    write_import_findings,
)


class Command(BaseCommand):
    help = (
        "Create a privacy notice page from a wagtail-seloste/1 JSON file or an old plain-text "
        "notice: a draft unless --publish. With --format json, print the notice JSON and create "
        "nothing. Exits 2, creating nothing, when the file is not a notice."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--parent", help="Parent page id or URL path (default: the site root).")
        parser.add_argument("--publish", action="store_true", help="Publish the page.")
        parser.add_argument("--format", choices=["page", "json"], default="page")
        parser.add_argument(
            "--field",
            choices=FIELD_KEYS,
            help=(
                "The business's field, stored in the settings of the site the notice is "
                "imported into; health care (massage, physiotherapy, psychotherapy, "
                "other_health_care) must declare health data and patient records."
            ),
        )

    def handle(self, file, parent=None, publish=False, format="page", field=None, **options):
        findings = []
        data = read_notice_file(file, findings=findings)
        if field:
            # The owner's word overrides the file's "field" and is what the check reads.
            data["field"] = field
        if format == "json":
            self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
            # The notes go to standard error: standard output stays a notice file.
            write_import_findings(self, findings, stream=self.stderr)
            return
        parent_page = find_page(parent) if parent else default_parent()
        site = parent_page.get_site()
        if field and site is None:
            raise bad_input(
                _(
                    "Page %(parent)s belongs to no site, so the field cannot be stored. Give a "
                    "parent page inside a site with --parent."
                )
                % {"parent": parent_page.pk}
            )
        checked = data
        if not data.get("field") and site is not None:
            # The check of a notice about to join a site reads that site's field (the owner's
            # choice or its default), without storing the default as the owner's choice.
            checked = {**data, "field": site_field(site) or None}
        # Checked before anything is created: a notice the check cannot read leaves no page.
        check_findings = check(checked)
        if publish and seloste_settings.BLOCK_PUBLISH_ON_ERRORS:
            # The same rule as the editor's Publish button: a notice with errors is not
            # published (WAGTAIL_SELOSTE_BLOCK_PUBLISH_ON_ERRORS); nothing is created.
            errors = [f for f in check_findings if f.severity == ERROR]
            if errors:
                raise bad_input(
                    _(
                        "The notice cannot be published: %(errors)s Import it as a draft and "
                        "fix it in the admin."
                    )
                    % {"errors": " ".join(f"{f.message} ({f.code})" for f in errors)}
                )
        try:
            with transaction.atomic():
                page = create_notice(data, parent=parent_page, publish=publish)
                if field:
                    set_site_field(site, field)
        except NoticeFormatError as error:
            raise bad_input(str(error)) from error
        except ValidationError as error:
            # create_notice runs in one transaction: nothing is left behind.
            raise bad_input(
                _(
                    "The notice cannot be published: %(errors)s Import it as a draft and fix it in the admin."
                )
                % {"errors": " ".join(error.messages)}
            ) from error
        state = _("Published") if publish else _("Created a draft")
        self.stdout.write(
            f"{state}: {page.title} — {links.admin_url(reverse('wagtailadmin_pages:edit', args=[page.pk]), page)}"
        )
        # The checklist the owner works through before publishing (docs/importing.md).
        write_import_findings(self, findings)
        write_findings(self, check_findings)
