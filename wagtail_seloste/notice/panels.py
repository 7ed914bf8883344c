"""Admin panels of the notice editor."""

from wagtail.admin.panels import Panel


class FindingsPanel(Panel):
    """Shows the completeness check's findings for the notice being edited.

    The findings are those of the content as last saved (the draft the editor is looking at),
    so the checklist changes as soon as the editor saves. A notice with translations also
    gets the warnings where a translation disagrees with it in structure
    (``translations_check.translation_findings``).
    """

    class BoundPanel(Panel.BoundPanel):
        template_name = "wagtail_seloste/admin/findings_panel.html"

        def get_context_data(self, parent_context=None):
            from .check import ERROR, check_notice, sort_findings
            from .json_format import notice_to_dict
            from .translations_check import translation_findings

            context = super().get_context_data(parent_context)
            findings = sort_findings(
                check_notice(notice_to_dict(self.instance))
                + translation_findings(self.instance)
                + self.site_findings()
            )
            context["findings"] = findings
            context["error_count"] = sum(1 for f in findings if f.severity == ERROR)
            return context

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
