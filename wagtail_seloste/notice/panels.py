"""Admin panels of the notice editor."""

import logging

from wagtail.admin.panels import Panel

logger = logging.getLogger(__name__)

# Claims of one kind listed under "what the check read"; a long notice's rest are counted.
MAX_CLAIMS_SHOWN = 25


class FindingsPanel(Panel):
    """Shows the completeness check's findings for the notice being edited.

    The findings are those of the content as last saved (the draft the editor is looking at),
    so the checklist changes as soon as the editor saves. A notice with translations also
    gets the warnings where a translation disagrees with it in structure
    (``translations_check.translation_findings``).

    Under each finding: the sentences of the notice it rests on (``Finding.sentences``) and
    its fix; below the list, what the check read in the notice (``check.claims``), closed in a
    ``<details>`` the owner can open, with a link to confirm it (``review_view``).
    """

    class BoundPanel(Panel.BoundPanel):
        template_name = "wagtail_seloste/admin/findings_panel.html"

        class Media:
            css = {"all": ["wagtail_seloste/css/admin.css"]}

        def get_context_data(self, parent_context=None):
            from .check import ERROR, check_notice, sort_findings
            from .json_format import notice_to_dict
            from .translations_check import translation_findings

            context = super().get_context_data(parent_context)
            notice = notice_to_dict(self.instance)
            findings = sort_findings(
                check_notice(notice) + translation_findings(self.instance) + self.site_findings()
            )
            context["findings"] = findings
            context["error_count"] = sum(1 for f in findings if f.severity == ERROR)
            context["claims"] = self.claims(notice)
            context["notice_language"] = self.instance.language_code
            if self.instance.pk:
                from django.urls import reverse

                context["review_url"] = reverse("wagtail_seloste_review", args=[self.instance.pk])
            return context

        def claims(self, notice):
            """What the check read, as (kind label, [(what, sentence)], how many more) in the
            order read; a long notice's many claims of one kind are counted, not listed."""
            from .review import describe, fold, kind_label, read_notice_claims

            try:
                claims = read_notice_claims(notice)
            except Exception:  # noqa: BLE001 - the list is an aid; the checklist above stays
                logger.exception("Reading the notice's claims failed.")
                return []
            groups, more = {}, {}
            for claim in claims:
                rows = groups.setdefault(claim.kind, [])
                if len(rows) >= MAX_CLAIMS_SHOWN:
                    more[claim.kind] = more.get(claim.kind, 0) + 1
                    continue
                what = describe(claim)
                sentence = claim.sentence or ""
                if (claim.detail or {}).get("structured") or fold(sentence) in fold(what):
                    sentence = ""  # read from a field, not from a sentence of the text
                row = (what, sentence)
                if row not in rows:
                    rows.append(row)
            return [(kind_label(kind), rows, more.get(kind, 0)) for kind, rows in groups.items()]

        def site_findings(self):
            """What the site does, held against this notice, when it is (a translation of)
            its site's canonical notice. The checks that render pages show their last run."""
            from .models import NoticePage
            from .site_checks import site_findings

            page = self.instance
            if not page.pk:
                return []
            site = page.get_site()
            canonical = NoticePage.for_site(site) if site else None
            if canonical is None or canonical.translation_key != page.translation_key:
                return []
            return site_findings(site, page=page, render_pages=False)


class ProvidedListsPanel(Panel):
    """The processors and transfers of the notice's site, read-only, with a link to where they
    are kept (the processors register): the sections list them from there (providers.py)."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "wagtail_seloste/admin/provided_lists_panel.html"

        def get_context_data(self, parent_context=None):
            from django.utils import translation

            from . import providers
            from .sections import default_heading

            context = super().get_context_data(parent_context)
            page = self.instance
            site = providers.site_of(page)
            lists = []
            # The rows in the notice's language, as its readers see them.
            with translation.override(page.language_code if page.pk else None):
                for provider in providers.providers():
                    lists.append(
                        {
                            "kind": provider.kind,
                            "heading": str(default_heading(provider.kind)),
                            "label": str(provider.label),
                            "url": provider.admin_url(),
                            "rows": page.provided_rows(provider.kind) if site else [],
                        }
                    )
            context["lists"] = lists
            context["has_site"] = site is not None
            return context
