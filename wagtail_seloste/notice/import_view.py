"""The admin upload "Tuo vanha seloste": an old plain-text notice becomes a draft notice page."""

import logging

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page, Site
from wagtail.permission_policies.pages import PagePermissionPolicy

from .business import field_choices, set_site_field, site_field
from .check import check_notice
from .importer import import_text
from .json_format import MAX_TEXT_BYTES, NoticeFormatError, create_notice
from .models import NoticePage

logger = logging.getLogger(__name__)

# An old notice is a few pages of text; anything much larger is not one.
MAX_UPLOAD_BYTES = MAX_TEXT_BYTES
MAX_NOTES_SHOWN = 5


def can_import(user):
    """Whether the user may add pages somewhere: the menu item and the view check this."""
    return PagePermissionPolicy().user_has_permission(user, "add")


def parent_pages(user):
    """The pages under which ``user`` may create a notice, in tree order."""
    candidates = (
        PagePermissionPolicy()
        .instances_user_has_any_permission_for(user, ["add"])
        .filter(depth__gt=1)
        .order_by("path")
        .specific()
    )
    allowed = [
        page.pk
        for page in candidates[:500]
        # A notice under a notice is never what the owner means.
        if not isinstance(page, NoticePage)
        and NoticePage.can_create_at(page)
        and page.permissions_for_user(user).can_add_subpage()
    ]
    return Page.objects.filter(pk__in=allowed).order_by("path")


class ParentChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, page):
        # Indented by depth so the tree reads in a plain <select>, without JavaScript.
        return "— " * max(page.depth - 2, 0) + page.get_admin_display_title()


class ImportNoticeForm(forms.Form):
    file = forms.FileField(
        label=_("Old notice (.txt file)"),
        help_text=_(
            "The text of your current privacy notice saved as a plain-text file in UTF-8, for "
            "example copied from your website into Notepad and saved with the encoding UTF-8."
        ),
        error_messages={
            "empty": _("The file is empty. Choose the file that holds the text of your notice."),
            "required": _("Choose the file that holds the text of your notice."),
        },
    )
    parent = ParentChoiceField(
        queryset=Page.objects.none(),
        empty_label=None,
        label=_("Create the draft under"),
        help_text=_("The page under which the new notice is created."),
    )
    field = forms.ChoiceField(
        label=_("Your business's field"),
        required=False,
        help_text=_(
            "Massage, physiotherapy, psychotherapy and other regulated care are health care: "
            "the notice must declare health data and keep patient records, and the check holds "
            "it to that. Saved in the settings of the site the notice is created in."
        ),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        queryset = parent_pages(user)
        self.fields["parent"].queryset = queryset
        site = Site.objects.filter(is_default_site=True).first()
        if site is not None and queryset.filter(pk=site.root_page_id).exists():
            self.fields["parent"].initial = site.root_page_id
        self.fields["field"].choices = field_choices(_("Not chosen: read it from the notice"))
        if site is not None:
            self.fields["field"].initial = site_field(site)
        self.notice = None
        self.import_findings = []

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith(".txt"):
            raise ValidationError(
                _("Upload a .txt file. Save the notice as plain text (.txt) and try again."),
                code="extension",
            )
        if upload.size > MAX_UPLOAD_BYTES:
            raise ValidationError(
                _("The file is larger than %(size)s kB. Upload only the text of the notice.")
                % {"size": MAX_UPLOAD_BYTES // 1024},
                code="size",
            )
        raw = upload.read()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ValidationError(
                _(
                    "The file is not UTF-8 text. Open it in a text editor, save it with the "
                    "encoding UTF-8 and upload it again."
                ),
                code="encoding",
            ) from error
        try:
            self.notice = import_text(text, findings=self.import_findings)
        except NoticeFormatError as error:
            raise ValidationError(str(error), code="format") from error
        except Exception as error:
            # The owner gets a form error, never a server error, for any text; the log says
            # that an import failed, without the text (it holds personal data).
            logger.exception("Importing an uploaded notice failed.")
            raise ValidationError(
                _(
                    "The text could not be read as a notice. Check that the file holds the text "
                    "of your privacy notice, or create the notice in the editor."
                ),
                code="import",
            ) from error
        return upload


class ImportNoticeView(WagtailAdminTemplateMixin, FormView):
    """Upload an old notice; creates a draft and opens it in the editor."""

    form_class = ImportNoticeForm
    template_name = "wagtail_seloste/admin/import_notice.html"
    page_title = _("Import an old notice")
    header_icon = "doc-full"

    def dispatch(self, request, *args, **kwargs):
        if not can_import(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["action_url"] = reverse("wagtail_seloste_import")
        context["submit_button_label"] = _("Import as a draft")
        context["submit_button_active_label"] = _("Importing…")
        return context

    def form_valid(self, form):
        parent = form.cleaned_data["parent"]
        field = form.cleaned_data.get("field") or ""
        site = parent.get_site()
        if field:
            # The owner's word is what the check reads, here and from now on for the site.
            form.notice["field"] = field
        try:
            with transaction.atomic():
                page = create_notice(form.notice, parent=parent, user=self.request.user)
                if field and site is not None:
                    set_site_field(site, field)
        except (NoticeFormatError, ValidationError) as error:
            messages_text = error.messages if isinstance(error, ValidationError) else [str(error)]
            form.add_error(
                None,
                _("The notice could not be created: %(errors)s Fix the text and try again.")
                % {"errors": " ".join(messages_text)},
            )
            return self.form_invalid(form)
        except Exception:
            # Never a server error for an upload; create_notice is one transaction, so
            # nothing was created.
            logger.exception("Creating an imported notice failed.")
            form.add_error(
                None,
                _(
                    "The notice could not be created from this text. Create the notice in the "
                    "editor, or send the file to the site's developer."
                ),
            )
            return self.form_invalid(form)
        # The importer's notes for the owner; a long notice's many notes are counted.
        for finding in form.import_findings[:MAX_NOTES_SHOWN]:
            messages.warning(self.request, finding.message)
        hidden = len(form.import_findings) - MAX_NOTES_SHOWN
        if hidden > 0:
            messages.warning(
                self.request,
                ngettext(
                    "The importer has %(count)s more note like these: check the sections it names.",
                    "The importer has %(count)s more notes like these: check the sections they name.",
                    hidden,
                )
                % {"count": hidden},
            )
        checked = form.notice
        if not field and site is not None:
            checked = {**form.notice, "field": site_field(site) or None}
        count = len(check_notice(checked))
        if count:
            message = ngettext(
                "The notice was imported as a draft. The completeness check found %(count)s "
                "thing to fix: confirm below what it read, then read the checklist at the top "
                "of the editor.",
                "The notice was imported as a draft. The completeness check found %(count)s "
                "things to fix: confirm below what it read, then read the checklist at the top "
                "of the editor.",
                count,
            ) % {"count": count}
        else:
            message = _(
                "The notice was imported as a draft. The completeness check found nothing to "
                "fix: confirm below what it read."
            )
        messages.success(self.request, message)
        # The review step: the owner confirms what the check read, beside each sentence.
        return redirect("wagtail_seloste_review", page.pk)
