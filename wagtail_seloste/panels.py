"""Admin panels of the notice editor."""

from wagtail.admin.panels import Panel


class FindingsPanel(Panel):
    """Shows the completeness check's findings for the notice being edited.

    The findings are those of the content as last saved (the draft the editor is looking at),
    so the checklist changes as soon as the editor saves.
    """

    class BoundPanel(Panel.BoundPanel):
        template_name = "wagtail_seloste/admin/findings_panel.html"

        def get_context_data(self, parent_context=None):
            from .completeness import ERROR, check_notice
            from .notice_json import notice_to_dict

            context = super().get_context_data(parent_context)
            findings = check_notice(notice_to_dict(self.instance))
            context["findings"] = findings
            context["error_count"] = sum(1 for f in findings if f.severity == ERROR)
            return context
