"""The booking page and its configuration: services, opening hours, closed days, consents."""

import secrets
from urllib.parse import urlsplit

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import HttpResponseRedirect
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, Site, TranslatableMixin

from ..conf import seloste_settings
from ..notice.sections import SECTION_KINDS
from ..notice.validators import DeliverableEmailField
from ..register.models import RegisterModel
from . import paths
from .panels import CalendarFeedPanel

WEEKDAYS = [
    (0, _("Monday")),
    (1, _("Tuesday")),
    (2, _("Wednesday")),
    (3, _("Thursday")),
    (4, _("Friday")),
    (5, _("Saturday")),
    (6, _("Sunday")),
]


class HealthDataBasis(models.TextChoices):
    """Whether a booking page collects health information, and on which basis (GDPR Art 9)."""

    NONE = "none", _("No health information is collected")
    # GDPR Art 9(2)(h) and 9(3), Tietosuojalaki 1050/2018 6 § 1 mom. 4 k.: a licensed or
    # titled health-care professional (laki 559/1994: e.g. fysioterapeutti, koulutettu hieroja)
    # with the duty to keep patient records (laki 785/1992 12 §, asetus 94/2022).
    PROFESSIONAL = "professional", _("Health-care professional: patient records (GDPR Art 9(2)(h))")
    # GDPR Art 9(2)(a) and 7(4): explicit, optional consent; the booking never depends on it.
    CONSENT = "consent", _("Explicit consent, optional (GDPR Art 9(2)(a))")


class ConsentKind(models.TextChoices):
    """What a consent checkbox asks for. (There is no "I have read the notice" kind: a notice
    is information the controller gives, GDPR Art 13, not consent the visitor gives; the
    booking page's text above the consents says what it needs to.)"""

    MARKETING_EMAIL = "marketing_email", _("marketing by email")
    MARKETING_SMS = "marketing_sms", _("marketing by SMS")
    # GDPR Art 9(2)(a): health data needs explicit consent unless the business is a
    # health-care provider (9(2)(h)).
    HEALTH_DATA = "health_data", _("health data (explicit consent, GDPR Art 9)")
    OTHER = "other", _("other")


class RecordKind(models.TextChoices):
    """What a consent record is evidence of: the consent kinds, and the records kept as history
    of what is no longer asked."""

    MARKETING_EMAIL = ConsentKind.MARKETING_EMAIL.value, ConsentKind.MARKETING_EMAIL.label
    MARKETING_SMS = ConsentKind.MARKETING_SMS.value, ConsentKind.MARKETING_SMS.label
    HEALTH_DATA = ConsentKind.HEALTH_DATA.value, ConsentKind.HEALTH_DATA.label
    OTHER = ConsentKind.OTHER.value, ConsentKind.OTHER.label
    # Laki sähköisen viestinnän palveluista 917/2014, 200 § 2 mom.: offers of the business's
    # own similar services by email to an existing customer, who could refuse them free of
    # charge when the address was collected and can in every message. Not consent: ``given``
    # is True while the customer has not refused, and a refusal is a new record.
    MARKETING_EXISTING_CUSTOMER = (
        "marketing_existing_customer",
        _("offers of similar services by email to an existing customer (917/2014 200 §)"),
    )
    # Asked until 0.2 and kept as history: ticking "I have read the notice" was never consent.
    NOTICE_ACKNOWLEDGEMENT = (
        "notice_acknowledgement",
        _("acknowledgement of the privacy notice (no longer asked; not consent)"),
    )


def new_feed_secret():
    return secrets.token_urlsafe(32)


def _uncached(response):
    add_never_cache_headers(response)
    return response


class BookingPageForm(WagtailAdminPageForm):
    """Refuses to remove a service that already has bookings (they keep pointing at it), and
    offers to existing customers that do not say what they are about."""

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("existing_customer_offers")
            and not (cleaned.get("existing_customer_services") or "").strip()
        ):
            self.add_error(
                "existing_customer_services",
                _(
                    "Say which similar services the offers are about: the client must know "
                    "what they may refuse (917/2014 200 §)."
                ),
            )
        services = self.formsets.get("services")
        if services is not None:
            for form in services.deleted_forms:
                service = form.instance
                if service.pk and service.bookings.exists():
                    form.add_error(
                        None,
                        _(
                            "The service “%(name)s” has bookings and cannot be removed. Untick "
                            "“bookable” to hide it from the booking page instead."
                        )
                        % {"name": service.name},
                    )
                    services._non_form_errors = services.error_class(
                        [_("A service with bookings cannot be removed.")]
                    )
        return cleaned


# A page and its translations book one calendar, so they follow one schedule (slots.py,
# schedule_page): the translations' own copies of the rows are not used.
SHARED_SCHEDULE_HELP = _(
    "Shared by every language version of this page: the version in the site's main language "
    "decides. Edit the hours and closed dates there; a translation's own rows are not used."
)


class BookingPage(RoutablePageMixin, Page):
    """A page where visitors book a service; the bookings land in the client register.

    Override points: ``get_services``, ``get_consent_checkboxes``, ``free_slots`` and
    ``create_booking`` (see :mod:`wagtail_seloste.booking`).
    """

    intro = RichTextField(_("introduction"), blank=True)
    done_text = RichTextField(
        _("text after booking"),
        blank=True,
        help_text=_("Shown on the page the visitor sees after booking."),
    )
    slot_step_minutes = models.PositiveSmallIntegerField(
        _("slot step (minutes)"),
        default=30,
        help_text=_("How often a booking can start, for example every 30 minutes."),
    )
    buffer_minutes = models.PositiveSmallIntegerField(
        _("buffer between bookings (minutes)"), default=0
    )
    min_notice_hours = models.PositiveSmallIntegerField(
        _("minimum notice (hours)"),
        default=12,
        help_text=_("How many hours before its start a time can still be booked."),
    )
    days_ahead = models.PositiveSmallIntegerField(
        _("days ahead"), default=60, help_text=_("How many days ahead bookings are open.")
    )
    auto_confirm = models.BooleanField(
        _("confirm bookings automatically"),
        default=True,
        help_text=_("When unticked, bookings stay pending until you confirm them in the admin."),
    )
    owner_email = DeliverableEmailField(
        _("notification address"),
        blank=True,
        help_text=_("New bookings are announced here. When empty, the notice's email is used."),
    )
    cancellation_cutoff_hours = models.PositiveSmallIntegerField(
        _("cancellation cut-off (hours)"),
        default=24,
        help_text=_("Until how many hours before the start the client can cancel online."),
    )
    feed_secret = models.CharField(
        _("calendar feed secret"), max_length=64, default=new_feed_secret, editable=False
    )
    health_data_basis = models.CharField(
        _("health information"),
        max_length=16,
        choices=HealthDataBasis.choices,
        default=HealthDataBasis.NONE,
        help_text=_(
            "Whether the services marked “needs health information” ask about health, and on "
            "which basis. Choose “health-care professional” only if you are a licensed or "
            "titled health-care professional (for example a physiotherapist or a trained "
            "masseur, koulutettu hieroja) who keeps patient records. Otherwise choose "
            "“explicit consent”: the visitor may give health details but never has to. Your "
            "privacy notice must state the same basis."
        ),
    )
    consent_intro = models.TextField(
        _("text above the consents"),
        blank=True,
        help_text=_(
            "Shown on the last step above the consent checkboxes, as plain text: for example "
            "what the booking's data is used for. Informing is not asking: nothing here is "
            "ticked, and the step links to the privacy notice anyway."
        ),
    )
    existing_customer_offers = models.BooleanField(
        _("offer similar services by email to clients"),
        default=False,
        help_text=_(
            "Without consent, you may email a client offers of your own similar services when "
            "they could refuse it free of charge when they gave their address, and can refuse "
            "in every offer (laki sähköisen viestinnän palveluista 917/2014, 200 §). When "
            "ticked, the last step says so and has a box to refuse, and each client's page "
            "shows the opt-out link every offer must carry."
        ),
    )
    existing_customer_services = models.CharField(
        _("similar services you offer"),
        max_length=200,
        blank=True,
        help_text=_(
            "What the offers are about, shown to the client, e.g. “massage and other "
            "well-being services”. Only your own services similar to what the client bought."
        ),
    )
    close_public_holidays = models.BooleanField(
        _("closed on public holidays"),
        default=True,
        help_text=_(
            "Finnish public holidays (and Midsummer and Christmas Eve) are closed. To open on "
            "one of them, add it under closed dates with its opening hours."
        ),
    )

    base_form_class = BookingPageForm
    template = "wagtail_seloste/booking/booking_page.html"
    # The feed secret must not be copied with the page: a copy gets its own.
    exclude_fields_in_copy = ["feed_secret"]

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel("services", heading=_("Services"), label=_("service"), min_num=1),
        FieldPanel("done_text"),
    ]
    schedule_panels = [
        InlinePanel(
            "opening_hours",
            heading=_("Weekly opening hours"),
            label=_("opening hours"),
            help_text=SHARED_SCHEDULE_HELP,
        ),
        InlinePanel(
            "closed_dates",
            heading=_("Closed dates and exceptions"),
            label=_("closed date"),
            help_text=SHARED_SCHEDULE_HELP,
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("slot_step_minutes"), FieldPanel("buffer_minutes")]),
                FieldRowPanel([FieldPanel("min_notice_hours"), FieldPanel("days_ahead")]),
                FieldPanel("cancellation_cutoff_hours"),
                FieldPanel("close_public_holidays"),
            ],
            heading=_("Booking rules"),
        ),
        MultiFieldPanel(
            [FieldPanel("auto_confirm"), FieldPanel("owner_email")],
            heading=_("Confirmation"),
        ),
        CalendarFeedPanel(heading=_("Calendar feed")),
    ]
    consent_panels = [
        FieldPanel("health_data_basis"),
        FieldPanel("consent_intro"),
        InlinePanel("consent_checkboxes", heading=_("Consent checkboxes"), label=_("checkbox")),
        MultiFieldPanel(
            [FieldPanel("existing_customer_offers"), FieldPanel("existing_customer_services")],
            heading=_("Offers to existing customers"),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(schedule_panels, heading=_("Schedule")),
            ObjectList(consent_panels, heading=_("Consents")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    class Meta:
        verbose_name = _("booking page")
        verbose_name_plural = _("booking pages")

    # Serving --------------------------------------------------------------------------------

    def get_site(self):
        # The wizard, its forms, the store and the emails each ask for the page's site: one
        # query per request instead of one per question (a site's pages never change sites
        # while a request is served).
        if "_seloste_site" not in self.__dict__:
            self.__dict__["_seloste_site"] = super().get_site()
        return self.__dict__["_seloste_site"]

    def remember_request_site(self, request):
        """Let :meth:`get_site` answer with the request's site (Wagtail's routing has read it)
        when it is the page's site, the one ``get_site`` would read: a query less."""
        site = Site.find_for_request(request)
        parts = self.get_url_parts(request)  # Wagtail keeps the sites' root paths on the request
        if site is not None and parts is not None and parts[0] == site.pk:
            self.__dict__.setdefault("_seloste_site", site)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["base_template"] = seloste_settings.BASE_TEMPLATE
        return context

    def wizard_view(self):
        """The wizard's view function; override to use a subclass of ``BookingWizard``."""
        from .views import DONE_STEP, BookingWizard

        return never_cache(
            BookingWizard.as_view(page=self, url_name="step", done_step_name=DONE_STEP)
        )

    @path("", name="start")
    def start_route(self, request):
        # Continues an unfinished booking, or starts at the first step.
        return self.wizard_view()(request)

    # The addresses are in the page's language and accept every language's words
    # (``paths.py``): links sent before a page was translated, or in Finnish, keep working.
    @re_path(rf"^(?P<steps>{paths.alternatives('steps')})/(?P<step>[-\w]+)/$", name="step")
    def step_route(self, request, steps, step):
        name = paths.key_of(step)
        if name is not None:
            moved = self.in_page_language(request, "step", step=name)
            if moved is not None:
                return moved
        return self.wizard_view()(request, step=name or step)

    @re_path(rf"^(?P<word>{paths.alternatives('thanks')})/$", name="thanks")
    def thanks_route(self, request, word):
        from .views import thanks_view

        return self.in_page_language(request, "thanks") or _uncached(thanks_view(self, request))

    @re_path(rf"^(?P<word>{paths.alternatives('cancel')})/(?P<token>[^/]+)/$", name="cancel")
    def cancel_route(self, request, word, token):
        from .views import cancel_view

        return self.in_page_language(request, "cancel", token=token) or _uncached(
            cancel_view(self, request, token)
        )

    @re_path(rf"^(?P<word>{paths.alternatives('details')})/(?P<token>[^/]+)/$", name="details")
    def details_route(self, request, word, token):
        from .views import details_view

        return self.in_page_language(request, "details", token=token) or _uncached(
            details_view(self, request, token)
        )

    def in_page_language(self, request, route, **kwargs):
        """A redirect to the address in the page's language when a GET came by another
        language's words (an older link), else None."""
        if request.method not in ("GET", "HEAD"):
            return None
        url = self.get_url(request) + paths.subpage(self, route, **kwargs)
        query, renamed = paths.localised_query(request.GET, paths.language_of(self))
        if request.path == urlsplit(url).path and not renamed:
            return None
        query = query.urlencode()
        return _uncached(HttpResponseRedirect(url + (f"?{query}" if query else "")))

    @re_path(rf"^(?P<word>{paths.alternatives('optout')})/(?P<token>[^/]+)/$", name="optout")
    def optout_route(self, request, word, token):
        from .views import optout_view

        return self.in_page_language(request, "optout", token=token) or _uncached(
            optout_view(self, request, token)
        )

    @path("kalenteri/<str:secret>/", name="feed")
    def feed_route(self, request, secret):
        from .views import feed_view

        return _uncached(feed_view(self, request, secret))

    def serve_preview(self, request, mode_name):
        # A preview must never start a real wizard or store anything in the session.
        from .views import preview_view

        return preview_view(self, request)

    # The services and consent boxes are read once per page object: the wizard's forms (each
    # step is validated again on later steps), its template and the store all ask for them
    # within one request. All four kinds of rows are kept in the shared cache per page, so that
    # a wizard request reads none of them: forgotten when any page is saved (publishing writes
    # the rows with the page) or one of the rows itself is saved or deleted
    # (``PAGES_GENERATION``, signals.py and below).
    ROWS_READ_ONCE = ("services", "consent_checkboxes", "opening_hours", "closed_dates")
    ROWS_TIMEOUT = 3600

    def rows(self, relation):
        """``services`` or ``consent_checkboxes`` of this page, read once per page object
        (Django's prefetch cache, filled from ``shared_rows``; rows assigned in memory, as in a
        preview or a revision, are returned as they are)."""
        if self._reads_rows(relation):
            queryset = getattr(self, relation).all()
            queryset._result_cache = self.shared_rows(relation)
            queryset._prefetch_done = True
            if not hasattr(self, "_prefetched_objects_cache"):
                self._prefetched_objects_cache = {}
            self._prefetched_objects_cache[relation] = queryset
        return list(getattr(self, relation).all())

    def _reads_rows(self, relation):
        """Whether ``relation``'s rows come from the database (not from memory)."""
        return bool(
            self.pk
            and relation not in getattr(self, "_cluster_related_objects", {})
            and relation not in getattr(self, "_prefetched_objects_cache", {})
        )

    def shared_rows(self, relation):
        """The live page's rows of ``relation`` (one of ``ROWS_READ_ONCE``) as the database has
        them, from the shared cache when it has them: each call asks the cache again."""
        from ..cache import PAGES_GENERATION, cache, generation

        key = f"wagtail_seloste:booking_rows:{generation(PAGES_GENERATION)}:{self.pk}:{relation}"
        rows = cache.get(key, generational=True)
        if rows is None:
            model = self._meta.get_field(relation).related_model
            rows = list(model.objects.filter(page_id=self.pk))
            cache.set(key, rows, self.ROWS_TIMEOUT, generational=True)
        for row in rows:
            row._state.fields_cache["page"] = self  # as a prefetch leaves them
        return rows

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        # The child rows were just written (modelcluster): read them again when next asked.
        for relation in self.ROWS_READ_ONCE:
            getattr(self, "_prefetched_objects_cache", {}).pop(relation, None)
        return result

    def get_services(self):
        """The services a visitor can book, in the editor's order."""
        return [s for s in self.rows("services") if s.bookable]

    def get_consent_checkboxes(self, service=None):
        """The checkboxes of the last step. Health-data consent is asked beside the health
        field on the contact step (see :meth:`health_consent_label`), never here."""
        return [b for b in self.rows("consent_checkboxes") if b.kind != ConsentKind.HEALTH_DATA]

    def asks_health_info(self, service):
        """Whether the contact step shows the health information field for ``service``."""
        return bool(
            service is not None
            and service.needs_health_info
            and self.health_data_basis in (HealthDataBasis.PROFESSIONAL, HealthDataBasis.CONSENT)
        )

    def health_consent_label(self):
        """The text of the optional health-data consent (GDPR Art 9(2)(a)): the page's own
        checkbox of the kind “health data” when there is one, else a default text."""
        for box in self.rows("consent_checkboxes"):
            if box.kind == ConsentKind.HEALTH_DATA:
                return box.label
        return str(
            _(
                "I give my explicit consent to the processing of the health information I write "
                "above, for planning my treatment. I can withdraw it at any time."
            )
        )

    def existing_customer_text(self):
        """What the last step tells a client about offers to existing customers (917/2014
        200 § 2 mom.), or "" when the page makes none. Stored with the client's answer."""
        if not self.existing_customer_offers:
            return ""
        return str(
            _(
                "As our client, you may get offers of our similar services (%(services)s) by "
                "email. Refusing is free: tick the box below, or use the link in any offer."
            )
            % {"services": self.existing_customer_services.strip()}
        )

    def reset_feed_secret(self):
        self.feed_secret = new_feed_secret()
        BookingPage.objects.filter(pk=self.pk).update(feed_secret=self.feed_secret)


def field_from_health_basis(site):
    """The business's field the site's booking pages imply (registered with the core's
    ``notice.business``): a page that keeps patient records as a health-care professional
    (GDPR Art 9(2)(h)) means health care. Which kind of care the page cannot tell, so it is
    "other health care" until the owner chooses; explicit consent (9(2)(a)) implies nothing.
    Pages in draft count too: they are the owner's configuration of the business."""
    pages = BookingPage.objects.descendant_of(site.root_page, inclusive=True)
    if pages.filter(health_data_basis=HealthDataBasis.PROFESSIONAL).exists():
        return "other_health_care"
    return None


class Service(TranslatableMixin, Orderable):
    """A bookable service of one booking page.

    Translatable (``TranslatableMixin``): with wagtail-localize a service's name and description
    are translated segment by segment with the page, and its duration and price stay in step
    with the source; simple_translation copies the rows with the page's locale.
    """

    page = ParentalKey(BookingPage, on_delete=models.CASCADE, related_name="services")
    name = models.CharField(_("name"), max_length=255)
    description = models.TextField(_("description"), blank=True)
    duration_minutes = models.PositiveSmallIntegerField(_("duration (minutes)"), default=60)
    price = models.DecimalField(
        _("price (€)"), max_digits=8, decimal_places=2, null=True, blank=True
    )
    needs_health_info = models.BooleanField(
        _("needs health information"),
        default=False,
        help_text=_(
            "Tick for services such as massage where you ask about health: the booking form "
            "then has a health information field, handled on the basis chosen on the "
            "Consents tab."
        ),
    )
    bookable = models.BooleanField(_("bookable"), default=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("duration_minutes"), FieldPanel("price")]),
        FieldRowPanel([FieldPanel("needs_health_info"), FieldPanel("bookable")]),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("service")
        verbose_name_plural = _("services")

    def __str__(self):
        return self.name

    def clean(self):
        if not self.duration_minutes:
            raise ValidationError(
                {"duration_minutes": _("The duration must be at least one minute.")}
            )


class OpeningHours(Orderable):
    """One weekday's opening hours; several rows on one day make a split day."""

    page = ParentalKey(BookingPage, on_delete=models.CASCADE, related_name="opening_hours")
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=WEEKDAYS)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))

    panels = [FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")])]

    class Meta(Orderable.Meta):
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")

    def clean(self):
        if self.opens and self.closes and self.closes <= self.opens:
            raise ValidationError({"closes": _("The closing time must be after the opening time.")})


class ClosedDate(Orderable):
    """A day that differs from the weekly hours: closed, or open at other hours."""

    page = ParentalKey(BookingPage, on_delete=models.CASCADE, related_name="closed_dates")
    date = models.DateField(_("date"))
    end_date = models.DateField(
        _("until"), null=True, blank=True, help_text=_("For a closed period, the last day.")
    )
    opens = models.TimeField(
        _("opens"), null=True, blank=True, help_text=_("Leave empty when closed all day.")
    )
    closes = models.TimeField(_("closes"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=255, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("end_date")]),
        FieldRowPanel([FieldPanel("opens"), FieldPanel("closes")]),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("closed date")
        verbose_name_plural = _("closed dates")

    def clean(self):
        errors = {}
        if self.end_date and self.date and self.end_date < self.date:
            errors["end_date"] = _("The last day must not be before the first day.")
        if bool(self.opens) != bool(self.closes):
            errors["closes"] = _(
                "Give both the opening and the closing time, or neither for a closed day."
            )
        elif self.opens and self.closes <= self.opens:
            errors["closes"] = _("The closing time must be after the opening time.")
        if errors:
            raise ValidationError(errors)

    def covers(self, day):
        return self.date <= day <= (self.end_date or self.date)


NOTICE_SECTION_CHOICES = [("", _("(no link)"))] + [
    (kind, heading) for kind, (heading, _anchor) in SECTION_KINDS.items()
]


class ConsentCheckbox(TranslatableMixin, Orderable):
    """A checkbox on the last step; each shown checkbox becomes a consent record.

    Every checkbox is optional: consent that is a condition of the booking is not freely given
    (GDPR Art 7(4), recital 43), so there is no "required" option. What the booking needs is
    processed on another basis (the contract, Art 6(1)(b)) and stated in the notice, not asked.
    Checkboxes are never pre-ticked (GDPR Art 4(11), recital 32; Traficom).

    Translatable like ``Service``: a Swedish visitor reads the label in Swedish (Art 7(2): the
    request for consent in clear and plain language), and the stored answer keeps that text.
    """

    page = ParentalKey(BookingPage, on_delete=models.CASCADE, related_name="consent_checkboxes")
    label = models.TextField(
        _("label"),
        help_text=_("The exact text shown beside the checkbox; it is stored with each answer."),
    )
    kind = models.CharField(_("kind"), max_length=32, choices=ConsentKind.choices)
    notice_section = models.CharField(
        _("link to the notice section"),
        max_length=32,
        choices=NOTICE_SECTION_CHOICES,
        blank=True,
        help_text=_("The checkbox links to this section of the site's privacy notice."),
    )

    panels = [
        FieldPanel("label"),
        FieldPanel("kind"),
        FieldPanel("notice_section", widget=forms.Select),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("consent checkbox")
        verbose_name_plural = _("consent checkboxes")

    def __str__(self):
        return self.label[:50]


class SlotLock(RegisterModel):
    """One row per booking page that every booking transaction writes first.

    The write serialises bookings of one page in the database (a row lock on PostgreSQL, the
    write lock on SQLite), so the overlap check inside the transaction sees every committed
    booking: two visitors can never both get the same time.
    """

    page = models.OneToOneField(
        BookingPage, on_delete=models.CASCADE, related_name="+", primary_key=True
    )
    counter = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name = _("slot lock")

    def __str__(self):
        return f"SlotLock #{self.pk}"


@receiver(post_save, sender=Service)
@receiver(post_delete, sender=Service)
@receiver(post_save, sender=OpeningHours)
@receiver(post_delete, sender=OpeningHours)
@receiver(post_save, sender=ClosedDate)
@receiver(post_delete, sender=ClosedDate)
@receiver(post_save, sender=ConsentCheckbox)
@receiver(post_delete, sender=ConsentCheckbox)
def forget_booking_rows(sender, **kwargs):
    """A service, opening hour, closed day or consent box saved or deleted on its own (not
    with its page, which forgets them anyway): the pages' cached rows are forgotten."""
    from ..cache import PAGES_GENERATION, bump

    bump(PAGES_GENERATION)


def warm_up_wizard():
    """Import the wizard's modules, build this and next year's public holidays, which the time
    step reads, and the phone number library's Finnish patterns, which the contact step
    compiles: what a process's first booking would pay for (``wagtail_seloste.warmup``)."""
    from django.utils import timezone

    from ..notice.validators import normalise_phone
    from . import forms as booking_forms
    from . import store, views  # noqa: F401  (imported on the first booking)
    from .slots import is_public_holiday

    today = timezone.localdate()
    is_public_holiday(today)
    is_public_holiday(today.replace(year=today.year + 1, day=1))
    booking_forms.ContactForm.base_fields["email"].clean("warm-up@example.com")
    normalise_phone("040 1234567")
