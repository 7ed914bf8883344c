"""The admin page "Vahvista, mitä tarkistus luki": the owner confirms the claims the check read.

Opened after an import (the upload "Tuo vanha seloste" lands here) and from the editor's
findings panel. One form, grouped as ``review.GROUPS``; each item is a small form of its own
(prefixed with the item's key) beside the sentences it was read from. Only what the owner ticks
is written: the notice's latest revision gets a new draft revision with the confirmed
structured fields, and nothing is published. Works without JavaScript.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import providers, review
from .blocks import (
    LEGAL_BASES,
    RETENTION_EVENTS,
    RETENTION_TARGETS,
    RETENTION_UNITS,
    TRANSFER_SAFEGUARDS,
)
from .business import BusinessField, field_choices, set_site_field
from .json_format import NoticeFormatError, notice_to_dict, page_fields_from_dict
from .models import NoticePage

REVIEW_ACTION = "wagtail_seloste.review_claims"
MAX_LABEL_CHARS = 255


def _blank(label, choices):
    return [("", label)] + list(choices)


class ConfirmForm(forms.Form):
    """An item the owner confirms: unticked items change nothing."""

    confirm_label = _("Confirm")
    confirm = forms.BooleanField(required=False)

    def __init__(self, *args, item, **kwargs):
        super().__init__(*args, **kwargs)
        self.item = item
        self.fields["confirm"].label = self.confirm_label

    def confirmed(self):
        return bool(self.cleaned_data.get("confirm"))


class FieldForm(ConfirmForm):
    confirm_label = _("Confirm the business's field")
    field = forms.ChoiceField(label=_("Business's field"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["field"].choices = field_choices(_("Choose…"))

    def clean(self):
        data = super().clean()
        if self.confirmed() and not data.get("field"):
            self.add_error("field", _("Choose the field, or leave it unconfirmed."))
        return data


class BasisForm(ConfirmForm):
    confirm_label = _("Confirm the legal basis of this purpose")
    legal_basis = forms.ChoiceField(
        label=_("Legal basis (GDPR Art 6(1))"),
        choices=_blank(_("Choose…"), LEGAL_BASES),
        required=False,
    )
    legitimate_interest = forms.CharField(
        label=_("The legitimate interest, when that is the basis"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def clean(self):
        data = super().clean()
        if not self.confirmed():
            return data
        if not data.get("legal_basis"):
            self.add_error(
                "legal_basis", _("Choose the legal basis, or leave the purpose unconfirmed.")
            )
        elif data["legal_basis"] == "f" and not (data.get("legitimate_interest") or "").strip():
            # GDPR Art 13(1)(d): the interest itself is stated, not only that there is one.
            self.add_error(
                "legitimate_interest",
                _("Say what the legitimate interest is (GDPR Art 13(1)(d))."),
            )
        return data


class DataGroupForm(forms.Form):
    """A data group: is it declared (a data category), and how long is it kept (a rule)."""

    declare = forms.BooleanField(label=_("Confirm: the notice declares this data"), required=False)
    name = forms.CharField(label=_("Data"), max_length=MAX_LABEL_CHARS, required=False)
    special_category = forms.BooleanField(
        label=_("Special category (GDPR Art 9), such as health information"), required=False
    )
    keep = forms.BooleanField(label=_("Confirm this retention rule"), required=False)
    data = forms.CharField(
        label=_("Data the rule is for"), max_length=MAX_LABEL_CHARS, required=False
    )
    applies_to = forms.ChoiceField(
        label=_("Applies to"),
        choices=RETENTION_TARGETS,
        required=False,
        help_text=_(
            "Once the notice is published, the retention purge deletes the records of the "
            "register chosen here when the period has passed. “Other data” is never deleted "
            "automatically."
        ),
    )
    period = forms.IntegerField(label=_("How long"), min_value=1, max_value=1000, required=False)
    unit = forms.ChoiceField(label=_("Unit"), choices=RETENTION_UNITS, required=False)
    counted_from = forms.ChoiceField(
        label=_("Counted from"), choices=_blank(_("Choose…"), RETENTION_EVENTS), required=False
    )
    until = forms.CharField(
        label=_("Or until"),
        max_length=review.MAX_UNTIL_CHARS,
        required=False,
        help_text=_(
            "A criterion instead of a period, for example “until the consent is withdrawn”. "
            "Rules without a period are never applied by the retention purge."
        ),
    )

    def __init__(self, *args, item, **kwargs):
        super().__init__(*args, **kwargs)
        self.item = item

    def clean(self):
        data = super().clean()
        if data.get("declare") and not (data.get("name") or "").strip():
            self.add_error("name", _("Name the data."))
        if not data.get("keep"):
            return data
        if not (data.get("data") or "").strip():
            self.add_error("data", _("Name the data the rule is for."))
        if data.get("period"):
            if not data.get("counted_from"):
                self.add_error("counted_from", _("Choose when the period starts."))
        elif not (data.get("until") or "").strip():
            self.add_error("period", _("Give a period, or a criterion under “Or until”."))
        return data


class TransferForm(ConfirmForm):
    confirm_label = _("Confirm this transfer")
    recipient = forms.CharField(
        label=_("Service or recipient"), max_length=MAX_LABEL_CHARS, required=False
    )
    country = forms.CharField(label=_("Country"), max_length=MAX_LABEL_CHARS, required=False)
    safeguard = forms.ChoiceField(
        label=_("Safeguard"), choices=_blank(_("Choose…"), TRANSFER_SAFEGUARDS), required=False
    )

    def clean(self):
        data = super().clean()
        if not self.confirmed():
            return data
        for name, message in (
            ("recipient", _("Name the service.")),
            ("country", _("Name the country the data goes to.")),
            ("safeguard", _("Choose the safeguard of the transfer.")),
        ):
            if not (data.get(name) or "").strip():
                self.add_error(name, message)
        return data


class RightForm(ConfirmForm):
    confirm_label = _("Include this right in the notice's list of rights")
    how = forms.CharField(
        label=_("How to exercise it (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class TextForm(forms.Form):
    """A sentence that limits a right or misreads consent: the owner may remove it."""

    remove = forms.BooleanField(label=_("Remove this sentence from the notice"), required=False)

    def __init__(self, *args, item, **kwargs):
        super().__init__(*args, **kwargs)
        self.item = item


FORMS = {
    review.FIELD: FieldForm,
    review.BASIS: BasisForm,
    review.DATA_GROUP: DataGroupForm,
    review.TRANSFER: TransferForm,
    review.RIGHT: RightForm,
    review.TEXT: TextForm,
}


class ReviewClaimsView(WagtailAdminTemplateMixin, TemplateView):
    """Confirm or correct what the check read in a notice; confirmed claims become fields."""

    template_name = "wagtail_seloste/admin/review_claims.html"
    page_title = _("Confirm what the check read")

    def dispatch(self, request, *args, page_id, **kwargs):
        self.page = get_object_or_404(NoticePage, pk=page_id)
        if not self.page.permissions_for_user(request.user).can_edit():
            # Answered like a page that does not exist: another site's owner learns nothing of
            # this site's notices (GDPR Art 5(1)(f)).
            raise Http404(f"No {NoticePage._meta.object_name} matches the given query.")
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {
                "url": reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
                "label": self.page.get_admin_display_title(),
            },
            {"url": "", "label": self.get_page_title()},
        ]

    # What is reviewed: the content as last saved, as the editor shows it.

    def load(self):
        self.revision_id = self.page.latest_revision_id
        self.draft = self.page.get_latest_revision_as_object()
        self.notice = notice_to_dict(self.draft)
        self.language = self.page.language_code
        self.items = review.review_items(
            self.notice, review.read_notice_claims(self.notice), language=self.language
        )

    def build_forms(self, data=None):
        return [
            (item, FORMS[item.kind](data, prefix=item.key, initial=item.initial, item=item))
            if item.kind in FORMS
            else (item, None)
            for item in self.items
        ]

    def get(self, request, *args, **kwargs):
        self.load()
        return self.render_to_response(self.get_context_data(entries=self.build_forms()))

    def post(self, request, *args, **kwargs):
        self.load()
        lock = self.page.get_lock()
        if lock is not None and lock.for_user(request.user):
            messages.error(request, lock.get_message(request.user))
            return redirect("wagtailadmin_pages:edit", self.page.pk)
        if str(request.POST.get("revision") or "") != str(self.revision_id or ""):
            # Someone saved the notice after this page was opened: the items may no longer
            # line up with what the owner saw. Nothing is written; the fresh items are shown.
            messages.warning(
                request,
                _(
                    "The notice was changed while you were reviewing it. Nothing was saved: "
                    "check the items again below and save."
                ),
            )
            return self.render_to_response(self.get_context_data(entries=self.build_forms()))
        entries = self.build_forms(request.POST)
        forms_ = [form for _item, form in entries if form is not None]
        if not all([form.is_valid() for form in forms_]):  # every form, for every message
            messages.error(request, _("Some items need your attention: see the messages below."))
            return self.render_to_response(
                self.get_context_data(entries=entries, has_errors=True), status=200
            )
        answers = {form.item.key: form.cleaned_data for form in forms_}
        notice, result = review.apply_review(self.notice, self.items, answers)
        if not result["confirmed"] and not result["removed"]:
            if result["not_removed"]:
                self._not_removed_message(result["not_removed"])
                return redirect("wagtailadmin_pages:edit", self.page.pk)
            messages.info(request, _("Nothing was confirmed, so the notice was not changed."))
            return redirect("wagtailadmin_pages:edit", self.page.pk)
        try:
            with transaction.atomic():
                # The row lock keeps a save that began meanwhile from being overwritten.
                current = NoticePage.objects.select_for_update().get(pk=self.page.pk)
                if current.latest_revision_id != self.revision_id:
                    messages.warning(
                        request,
                        _(
                            "The notice was changed while you were reviewing it. Nothing was "
                            "saved: check the items again below and save."
                        ),
                    )
                    return redirect("wagtail_seloste_review", self.page.pk)
                if result["changed"]:
                    fields = page_fields_from_dict(notice, language=self.language)
                    self.draft.sections = fields["sections"]
                    self.draft.save_revision(user=request.user, log_action=REVIEW_ACTION)
                    # Confirmed transfers and processors belong to the section providers (the
                    # processors register), which keep those lists for the site.
                    providers.receive(self.page, notice, user=request.user)
                site = self.page.get_site()
                if result["field"] and site is not None:
                    set_site_field(site, result["field"])
        except (NoticeFormatError, ValidationError) as error:
            # The draft does not validate (say, a slug taken meanwhile): nothing was saved, and
            # the owner's answers stay on the page.
            text = error.messages if isinstance(error, ValidationError) else [str(error)]
            messages.error(
                request,
                _("The notice could not be saved: %(error)s Correct the items and save again.")
                % {"error": " ".join(text)},
            )
            return self.render_to_response(self.get_context_data(entries=entries))
        in_notice = result["confirmed"] - (1 if result["field"] else 0)
        if in_notice:
            messages.success(
                request,
                ngettext(
                    "%(count)s confirmed item was saved in the notice's draft. Publish the "
                    "notice when it is ready.",
                    "%(count)s confirmed items were saved in the notice's draft. Publish the "
                    "notice when it is ready.",
                    in_notice,
                )
                % {"count": in_notice},
            )
        elif result["changed"]:
            messages.success(
                request, _("The notice's draft was saved. Publish the notice when it is ready.")
            )
        if result["field"]:
            messages.success(
                request,
                _("The business's field was saved in the site's settings: %(field)s.")
                % {"field": dict(BusinessField.choices)[result["field"]]},
            )
        if result["not_removed"]:
            self._not_removed_message(result["not_removed"])
        return redirect("wagtailadmin_pages:edit", self.page.pk)

    def _not_removed_message(self, sentences):
        messages.warning(
            self.request,
            _(
                "These sentences could not be removed automatically; remove them in the "
                "editor: %(sentences)s"
            )
            % {"sentences": " ".join(f"“{s}”" for s in sentences)},
        )

    def get_context_data(self, entries, has_errors=False, **kwargs):
        context = super().get_context_data(**kwargs)
        groups = []
        for key, (title, help_text) in review.GROUPS.items():
            rows = [(item, form) for item, form in entries if item.group == key]
            if rows:
                groups.append({"key": key, "title": title, "help": help_text, "rows": rows})
        errors = [
            item for item, form in entries if form is not None and form.is_bound and form.errors
        ]
        context.update(
            {
                "page": self.page,
                "groups": groups,
                "error_items": errors,
                "has_errors": has_errors,
                "revision_id": self.revision_id or "",
                "notice_language": self.language,
                "action_url": reverse("wagtail_seloste_review", args=[self.page.pk]),
                "submit_button_label": _("Save the confirmed items"),
                "submit_button_active_label": _("Saving…"),
                "edit_url": reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
                "item_count": sum(1 for item, form in entries if form is not None),
            }
        )
        return context
