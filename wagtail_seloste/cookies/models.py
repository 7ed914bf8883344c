"""Tracking snippets: code that a site owner adds in the admin and that runs only with consent."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel


class TrackingSnippetForm(WagtailAdminModelForm):
    """Offers the optional categories that the canonical notice declares, and nothing else."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from cookie_consent.models import CookieGroup

        choices = [
            (group.varname, group.name or group.varname)
            for group in CookieGroup.objects.filter(is_required=False).order_by("ordering")
        ]
        current = self.instance.category if self.instance else ""
        if current and current not in dict(choices):
            choices.append(
                (current, _("%(key)s (no longer in the privacy notice)") % {"key": current})
            )
        field = self.fields["category"]
        field.widget = forms.Select(choices=[("", "---------"), *choices])

    def clean_category(self):
        from cookie_consent.models import CookieGroup

        value = self.cleaned_data["category"]
        if not CookieGroup.objects.filter(is_required=False, varname=value).exists():
            raise forms.ValidationError(
                _(
                    "Choose a category that the privacy notice declares. Add the category to "
                    "the “Cookies” section of the notice and publish it first."
                )
            )
        return value


class TrackingSnippet(models.Model):
    """A piece of HTML (usually a ``<script>``) tied to one optional cookie category.

    The banner tag renders it only for visitors who accepted that category, and with
    JavaScript it is inserted right after they accept, without a reload (Laki sähköisen
    viestinnän palveluista 917/2014, 205 §: consent before any non-essential cookie).
    The categories are those the canonical notice declares (synced to django-cookie-consent),
    so a snippet can never be tied to a category that the notice does not tell visitors about.
    """

    name = models.CharField(
        _("name"), max_length=100, help_text=_("For you, for example “Visitor statistics”.")
    )
    category = models.CharField(
        _("cookie category"),
        max_length=32,
        help_text=_(
            "The snippet runs only for visitors who accepted this category. The categories "
            "come from the “Cookies” section of the privacy notice."
        ),
    )
    code = models.TextField(
        _("code"),
        help_text=_(
            "HTML added at the end of the page, for example a <script> element. It runs on "
            "every page for visitors who accepted the category: add only code you trust."
        ),
    )
    enabled = models.BooleanField(_("enabled"), default=True)

    base_form_class = TrackingSnippetForm

    panels = [
        FieldPanel("name"),
        FieldPanel("category"),
        FieldPanel("code"),
        FieldPanel("enabled"),
    ]

    class Meta:
        verbose_name = _("tracking snippet")
        verbose_name_plural = _("tracking snippets")
        ordering = ["name", "pk"]

    def __str__(self):
        return self.name

    def category_name(self):
        """The category's name as the notice declares it, or a warning when it no longer is."""
        from cookie_consent.cache import get_cookie_group

        group = get_cookie_group(self.category)
        if group is None:
            return _("%(key)s (not in the privacy notice: never shown)") % {"key": self.category}
        return group.name

    category_name.short_description = _("cookie category")
