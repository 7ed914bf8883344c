"""The Tietosuojaseloste page: the site's single source of truth about personal data."""

from functools import partial

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
)
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import StreamField
from wagtail.models import Page

from ..cache import register_generation
from ..conf import seloste_settings
from .blocks import section_blocks
from .business import BusinessField, field_choices
from .localize import synchronised
from .panels import FindingsPanel, ProvidedListsPanel
from .sections import default_heading, unique_anchors
from .validators import DeliverableEmailField

CANONICAL_GENERATION_KEY = register_generation("wagtail_seloste:canonical_generation")


def canonical_cache_key(site_id):
    from ..cache import generation

    return f"wagtail_seloste:canonical:{generation(CANONICAL_GENERATION_KEY)}:{site_id}"


def forget_canonical_notices():
    """Forget every site's cached canonical notice (a notice or the settings changed)."""
    from ..cache import bump

    bump(CANONICAL_GENERATION_KEY)


class NoticePageForm(WagtailAdminPageForm):
    """The notice editor's form: drafts always save; publishing is held to the check.

    A wrong Y-tunnus or a missing section is a finding of the completeness check, not a reason
    to lose the owner's work: drafts save whatever the findings. Publishing a notice with error
    findings is refused while ``WAGTAIL_SELOSTE_BLOCK_PUBLISH_ON_ERRORS`` is on (a published
    notice is what visitors rely on, GDPR Art 12(1)): the changes are saved as a draft and the
    owner is told which findings to fix. A superuser may publish anyway by giving a reason,
    which is written to the page's history.
    """

    publish_override_reason = forms.CharField(
        label=_("Publish despite errors: reason"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_(
            "Only for superusers. If the completeness check finds errors, the notice is "
            "published only when you write here why it must be published now. The reason is "
            "saved in the page's history."
        ),
    )

    def clean_phone(self):
        from .validators import normalise_phone

        value = self.cleaned_data.get("phone", "").strip()
        try:
            return normalise_phone(value) if value else value
        except ValidationError:
            # Kept as typed: the completeness check reports it, the draft still saves.
            return value

    def _post_clean(self):
        super()._post_clean()
        if not self.data.get("action-publish") or not seloste_settings.BLOCK_PUBLISH_ON_ERRORS:
            return
        from .check import ERROR, check_notice
        from .json_format import notice_to_dict

        try:
            findings = check_notice(notice_to_dict(self.instance))
        except Exception:  # noqa: BLE001 - invalid blocks are reported by their own fields
            return
        errors = [f for f in findings if f.severity == ERROR]
        if not errors:
            return
        reason = (self.cleaned_data.get("publish_override_reason") or "").strip()
        user = getattr(self, "for_user", None)
        if reason and user is not None and user.is_superuser:
            # Read by the after-publish hook, which writes the reason to the page's log.
            self.instance._seloste_publish_override = {
                "reason": reason,
                "codes": [f.code for f in errors],
            }
            return
        # Not a form error: the form is valid, so Wagtail saves the draft (a revision), and
        # the ``before_publish_page`` hook then stops the publishing with one message that
        # says both (wagtail_hooks.refuse_publishing_with_errors). A form error would say
        # "could not be saved" while the autosaved draft says "Saved".
        self.instance._seloste_publish_errors = errors


class NoticePage(Page):
    """A tietosuojaseloste (privacy notice, GDPR Art 13/14) with structured sections.

    The controller's details live here once; emails, exports and other pages read them from the
    site's canonical notice (``NoticePage.for_site``).
    """

    controller_name = models.CharField(_("name"), max_length=255, blank=True)
    business_id = models.CharField(
        _("business ID (Y-tunnus)"),
        max_length=9,
        blank=True,
        # Not a validator: a wrong check digit is an error finding of the completeness check,
        # which blocks publishing but never saving a draft.
        help_text=_("For example 1234567-1."),
    )
    street_address = models.CharField(_("street address"), max_length=255, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=10, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    email = DeliverableEmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=32, blank=True)
    website = models.URLField(_("website"), blank=True)

    # With wagtail-localize, identifiers are one fact in every language: never offered for
    # translation, copied from the source on every sync. The name and the address are copied
    # too but may be overridden (Helsinki is Helsingfors in Swedish).
    override_translatable_fields = synchronised(
        "business_id", "postal_code", "phone", "email", "website", overridable=False
    ) + synchronised("controller_name", "street_address", "city")

    updated = models.DateField(
        _("updated"),
        null=True,
        blank=True,
        help_text=_(
            "The date shown as “Updated” (Päivitetty). Change it when the content changes, not "
            "for typo fixes."
        ),
    )
    sections = StreamField(section_blocks(), blank=True, verbose_name=_("sections"))

    base_form_class = NoticePageForm
    # A notice is a leaf: nothing belongs under it.
    subpage_types = []
    template = "wagtail_seloste/notice/notice_page.html"

    content_panels = [
        FindingsPanel(heading=_("Completeness check")),
        FieldPanel("title"),
        FieldPanel("updated"),
        MultiFieldPanel(
            [
                FieldPanel("controller_name"),
                FieldPanel("business_id"),
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("city")]),
                FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
                FieldPanel("website"),
            ],
            heading=_("Controller"),
        ),
        ProvidedListsPanel(heading=_("Processors and transfers (from the register)")),
        FieldPanel("sections"),
        FieldPanel("publish_override_reason", permission="superuser"),
    ]

    class Meta:
        verbose_name = _("privacy notice")
        verbose_name_plural = _("privacy notices")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A new notice starts with the standard sections in the editor's language. Rows
        # loaded from the database arrive as positional args and are left alone.
        if not args and "sections" not in kwargs and self._state.adding and not self.pk:
            from .defaults import default_sections

            self.sections = default_sections()

    # Reading the notice -------------------------------------------------------------------

    @cached_property
    def numbered_sections(self):
        """The sections as (number, anchor, heading, block) for the template and the TOC."""
        blocks = list(self.sections)
        headings = [
            block.value.get("heading") or default_heading(block.block_type) for block in blocks
        ]
        anchors = unique_anchors(
            (block.block_type, heading) for block, heading in zip(blocks, headings, strict=True)
        )
        seen = set()
        sections = []
        for index, (block, anchor, heading) in enumerate(
            zip(blocks, anchors, headings, strict=True), start=1
        ):
            sections.append(
                {
                    "number": index,
                    "anchor": anchor,
                    "heading": heading,
                    "block": block,
                    "first_of_kind": block.block_type not in seen,
                    # The list of a provided section (processors, transfers), read when rendered.
                    "rows": partial(self.provided_rows, block.block_type),
                }
            )
            seen.add(block.block_type)
        return sections

    def provided_rows(self, kind):
        """The list of section ``kind`` from its provider (the processors register) for this
        page's site, in the active language; [] when no provider keeps that section."""
        from . import providers

        provider = providers.provider_for(kind)
        site = providers.site_of(self)
        if provider is None or site is None:
            return []
        from django.utils.translation import get_language

        from .blocks import PROVIDED_LISTS

        cache = self.__dict__.setdefault("_provided_rows", {})
        key = (kind, get_language())
        if key not in cache:
            # As the section's own blocks would give them (a transfer's safeguard_label).
            item_block = PROVIDED_LISTS[kind][1]() if kind in PROVIDED_LISTS else None
            items = provider.items(site)
            cache[key] = [item_block.to_python(i) for i in items] if item_block else items
        return cache[key]

    def provided_updated(self):
        """When the provided lists (the processors register) last changed, or None."""
        from . import providers

        site = providers.site_of(self)
        if site is None:
            return None
        dates = [d for d in (p.updated(site) for p in providers.providers()) if d is not None]
        return max(dates) if dates else None

    def sections_of_kind(self, kind):
        return [block.value for block in self.sections if block.block_type == kind]

    def anchor_of(self, kind):
        """The anchor of the first section of ``kind``, or "" when the notice has none."""
        for section in self.numbered_sections:
            if section["block"].block_type == kind:
                return section["anchor"]
        return ""

    def stored_anchor_of(self, kind):
        """``anchor_of`` for a notice as the database has it (not a preview or a revision):
        the anchors of its sections in the active language are kept in the shared cache, and
        forgotten whenever any page is saved (``PAGES_GENERATION``), so that the booking's
        consent step does not read the notice's sections on every request."""
        from django.utils.translation import get_language

        from ..cache import PAGES_GENERATION, cache, generation

        if not self.pk or "numbered_sections" in self.__dict__:
            return self.anchor_of(kind)
        key = (
            f"wagtail_seloste:notice_anchors:{generation(PAGES_GENERATION)}:{self.pk}:"
            f"{get_language()}"
        )
        anchors = cache.get(key, generational=True)
        if anchors is None:
            anchors = {}
            for section in self.numbered_sections:
                anchors.setdefault(section["block"].block_type, section["anchor"])
            cache.set(key, anchors, 3600, generational=True)
        return anchors.get(kind, "")

    @property
    def purposes(self):
        return [p for section in self.sections_of_kind("purposes") for p in section["purposes"]]

    @property
    def retention_rules(self):
        return [r for section in self.sections_of_kind("retention") for r in section["rules"]]

    @property
    def cookie_categories(self):
        return [c for section in self.sections_of_kind("cookies") for c in section["categories"]]

    @cached_property
    def cookie_source(self):
        """The notice whose cookie declarations this one translates: the site's canonical
        notice when this is one of its translations, else this notice itself."""
        site = self.get_site()
        canonical = type(self)._canonical_for_site(site, this=self) if site is not None else None
        if canonical is None or canonical.translation_key != self.translation_key:
            return self
        return canonical

    @cached_property
    def display_cookie_categories(self):
        """Every cookie the canonical notice declares, in this notice's language
        (``cookie_declarations.localised_categories``)."""
        from .cookie_declarations import localised_categories

        return localised_categories(self.cookie_source, self)

    @property
    def controller_address(self):
        place = " ".join(part for part in (self.postal_code, self.city) if part)
        return ", ".join(part for part in (self.street_address, place) if part)

    @property
    def language_code(self):
        from .locales import locale_of

        return locale_of(self).language_code  # from the cached locales, without a query

    def get_site(self):
        # While the page is served, the site found once (see serve).
        if "_seloste_serving_site" in self.__dict__:
            return self.__dict__["_seloste_serving_site"]
        return super().get_site()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from . import providers

        context["base_template"] = seloste_settings.BASE_TEMPLATE
        context["notice_language"] = self.language_code
        # The cookie table follows the canonical notice too: its publishing renews the cache.
        source = self.cookie_source
        context["cookie_source_version"] = (
            source.last_published_at.isoformat() if source.last_published_at else ""
        )
        # The processors register's rows are part of the page: its version is part of the key
        # of the cached rendering, so a changed row shows at once.
        context["provided_version"] = providers.versions(providers.site_of(self))
        return context

    def serve(self, request, *args, **kwargs):
        # Default headings and labels follow the language the notice is written in, not the
        # visitor's browser, so a Finnish notice never gets Swedish headings.
        # Its cookie source and the providers' versions both ask for the site, and Wagtail
        # queries it each time: one query while serving, none kept after.
        self.__dict__["_seloste_serving_site"] = self._site_of_request(request)
        try:
            with translation.override(self.language_code):
                response = super().serve(request, *args, **kwargs)
                if hasattr(response, "render"):
                    response.render()
        finally:
            del self.__dict__["_seloste_serving_site"]
        return response

    def _site_of_request(self, request):
        """The page's site: the request's (which Wagtail's routing has read) when the page is
        on it, the one ``get_site`` would read (a query less), else ``get_site``'s."""
        from wagtail.models import Site

        site = Site.find_for_request(request)
        parts = self.get_url_parts(request)
        if site is not None and parts is not None and parts[0] == site.pk:
            return site
        return super().get_site()

    @classmethod
    def for_request(cls, request, locale=None):
        """:meth:`for_site` of the request's site, kept on the request: a page view asks more
        than once (the footer's link, the booking's consent step)."""
        from wagtail.models import Locale, Site

        answers = request.__dict__.setdefault("_seloste_notices", {})
        key = locale.pk if isinstance(locale, Locale) else locale
        if key not in answers:
            answers[key] = cls.for_site(Site.find_for_request(request), locale=locale)
        return answers[key]

    @classmethod
    def for_site(cls, site, locale=None):
        """The site's canonical notice: the one picked in the settings, else its only live one.

        With ``locale`` (a ``Locale`` or a language code such as "sv"), the canonical notice's
        live translation in that locale, falling back to the canonical notice itself when it
        has none: links and texts a visitor sees follow the page's language, while the cookie
        sync, the retention rules and the register keep following the canonical notice.

        Returns None when the site has no live notice, or several and none is picked.
        """
        if site is None:
            return None
        notice = cls._canonical_for_site(site)
        if notice is None or locale is None:
            return notice
        return notice.live_translation(locale) or notice

    @classmethod
    def _canonical_for_site(cls, site, this=None):
        # Every booking, email and banner rebuild asks this: the answer (the notice's id) is
        # kept in the shared cache and forgotten whenever a notice or the settings change.
        # ``this``: a live notice at hand (the one being served), used when it is the answer.
        from ..cache import cache

        key = canonical_cache_key(site.pk)
        notice_id = cache.get(key, generational=True)
        if notice_id is not None:
            if not notice_id:
                return None
            if this is not None and this.pk == notice_id and this.live and this.pk:
                return this
            notice = cls.objects.live().filter(pk=notice_id).first()
            if notice is not None:
                return notice
        notice = cls._find_canonical(site)
        cache.set(key, notice.pk if notice is not None else 0, 3600, generational=True)
        return notice

    @classmethod
    def _find_canonical(cls, site):
        settings = SelosteSettings.for_site(site)
        if settings.notice_id:
            notice = cls.objects.live().filter(pk=settings.notice_id).first()
            if notice is not None:
                return notice
        # Translations of a site's pages live in their own trees (Wagtail's localisation), so
        # the descendants of the root are in the root's locale.
        candidates = list(cls.objects.live().descendant_of(site.root_page, inclusive=True)[:2])
        return candidates[0] if len(candidates) == 1 else None

    def live_translation(self, locale):
        """This notice's live translation in ``locale`` (a ``Locale`` or a language code), this
        notice when it is already in that locale, or None."""
        from wagtail.models import Locale

        if not isinstance(locale, Locale):
            try:
                code = get_supported_content_language_variant(str(locale))
            except LookupError:
                return None
            locale = Locale.objects.filter(language_code=code).first()
            if locale is None:
                return None
        if locale.pk == self.locale_id:
            return self
        return (
            type(self)
            .objects.live()
            .filter(translation_key=self.translation_key, locale=locale)
            .first()
        )


# The last day of the financial year, by the month it ends in.
FINANCIAL_YEAR_ENDS = [
    (1, "31.1."),
    (2, _("28.2. (29.2. in a leap year)")),
    (3, "31.3."),
    (4, "30.4."),
    (5, "31.5."),
    (6, "30.6."),
    (7, "31.7."),
    (8, "31.8."),
    (9, "30.9."),
    (10, "31.10."),
    (11, "30.11."),
    (12, _("31.12. (the calendar year)")),
]


class SelosteSettingsForm(WagtailAdminModelForm):
    """The settings' form: the fields in two groups, health care first (it changes what the
    notice must say), and a blank that says what happens when none is chosen."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "field" in self.fields:
            self.fields["field"].choices = field_choices(_("Not chosen"))


@register_setting(icon="doc-full")
class SelosteSettings(BaseSiteSetting):
    """Per-site settings of wagtail-seloste, edited by the site owner."""

    notice = models.ForeignKey(
        NoticePage,
        verbose_name=_("canonical privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The notice that the cookie banner, the booking consents and the retention rules "
            "follow. When empty, the site's only published notice is used."
        ),
    )

    # What kind of business the site's notice speaks for (``notice/business.py``): a health-care
    # practice must declare health data and keep patient records (GDPR Art 9(2)(h); 785/1992,
    # 94/2022). Empty until the owner chooses; a feature app's default applies meanwhile.
    field = models.CharField(
        _("business's field"),
        max_length=32,
        blank=True,
        choices=BusinessField.choices,
        help_text=_(
            "Massage, physiotherapy, psychotherapy and other regulated care are health care: "
            "the notice must declare health data and keep patient records as the decree on "
            "patient documents (94/2022) says, and the completeness check holds it to that. "
            "When not chosen, a booking page that keeps patient records makes the site health "
            "care; otherwise the check reads the field from the notice's text."
        ),
    )

    # Kirjanpitolaki 1336/1997 1 luku 4 §: a financial year (tilikausi) is usually 12 months
    # and need not be the calendar year; 2 luku 10 § counts the bookkeeping hold from its end.
    financial_year_end_month = models.PositiveSmallIntegerField(
        _("financial year ends on"),
        choices=FINANCIAL_YEAR_ENDS,
        default=12,
        help_text=_(
            "The last day of your financial year (tilikausi). Invoiced bookings are kept as "
            "bookkeeping material six years from the end of the year in which the financial "
            "year ended (Kirjanpitolaki 1336/1997, 2 luku 10 §), and retention rules counted "
            "from the end of the financial year use this day."
        ),
    )

    panels = [FieldPanel("notice"), FieldPanel("field"), FieldPanel("financial_year_end_month")]
    base_form_class = SelosteSettingsForm

    class Meta:
        verbose_name = _("privacy notice settings")
