"""Tracking snippets: code that a site owner adds in the admin and that runs only with consent."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel


def _optional_categories(site_id):
    from .consent import optional_groups

    return optional_groups(site_id) if site_id else {}


class TrackingSnippetForm(WagtailAdminModelForm):
    """Offers the optional categories that the site's canonical notice declares, and nothing
    else (with several sites, each category is named with its site)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from ..register.scoping import visible_sites

        # An owner adds snippets to their own sites only: a snippet runs its code on every page
        # of the site it names (the register's per-site scoping; superusers see every site).
        user = getattr(self, "for_user", None)
        sites = list(visible_sites(user)) if user is not None else []
        if user is None:
            from wagtail.models import Site

            sites = list(Site.objects.order_by("-is_default_site", "hostname"))
        elif "site" in self.fields:
            self.fields["site"].queryset = visible_sites(user)
        choices = []
        for site in sites:
            for key, group in _optional_categories(site.pk).items():
                label = group.name or key
                if len(sites) > 1:
                    label = f"{label} ({site.site_name or site.hostname})"
                if key not in dict(choices):
                    choices.append((key, label))
        current = self.instance.category if self.instance else ""
        if current and current not in dict(choices):
            choices.append(
                (current, _("%(key)s (no longer in the privacy notice)") % {"key": current})
            )
        field = self.fields["category"]
        field.widget = forms.Select(choices=[("", "---------"), *choices])
        if "site" in self.fields and not self.instance.pk and sites:
            self.fields["site"].initial = sites[0].pk

    def clean(self):
        cleaned = super().clean()
        site = cleaned.get("site")
        value = cleaned.get("category")
        if site is not None and value and value not in _optional_categories(site.pk):
            self.add_error(
                "category",
                _(
                    "Choose a category that this site's privacy notice declares. Add the "
                    "category to the “Cookies” section of the notice and publish it first."
                ),
            )
        return cleaned


class TrackingSnippetQuerySet(models.QuerySet):
    def for_site(self, site):
        return self.filter(site=site)


class TrackingSnippet(models.Model):
    """A piece of HTML (usually a ``<script>``) tied to one optional cookie category.

    The banner tag renders it only for visitors who accepted that category, and with
    JavaScript it is inserted right after they accept, without a reload (Laki sähköisen
    viestinnän palveluista 917/2014, 205 §: consent before any non-essential cookie).
    The categories are those the canonical notice declares (synced to django-cookie-consent),
    so a snippet can never be tied to a category that the notice does not tell visitors about.
    """

    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("site"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The snippet runs on this site's pages only."),
    )
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
    cookies = models.CharField(
        _("cookies it sets"),
        max_length=500,
        blank=True,
        help_text=_(
            "The names of the cookies this code sets, separated by commas, for example "
            "“_ga, _ga_*”. The privacy notice must declare each of them; the completeness "
            "check compares."
        ),
    )
    enabled = models.BooleanField(_("enabled"), default=True)

    objects = TrackingSnippetQuerySet.as_manager()

    base_form_class = TrackingSnippetForm

    panels = [
        FieldPanel("site"),
        FieldPanel("name"),
        FieldPanel("category"),
        FieldPanel("code"),
        FieldPanel("cookies"),
        FieldPanel("enabled"),
    ]

    class Meta:
        verbose_name = _("tracking snippet")
        verbose_name_plural = _("tracking snippets")
        ordering = ["name", "pk"]

    def __str__(self):
        return self.name

    def cookie_names(self):
        return [name.strip() for name in self.cookies.replace(";", ",").split(",") if name.strip()]

    def category_name(self):
        """The category's name as the notice declares it, or a warning when it no longer is."""
        group = _optional_categories(self.site_id).get(self.category)
        if group is None:
            return _("%(key)s (not in the privacy notice: never shown)") % {"key": self.category}
        return group.name

    category_name.short_description = _("cookie category")
