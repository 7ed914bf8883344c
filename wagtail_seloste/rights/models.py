"""Data subject requests: the public request page and the requests."""

import uuid
from datetime import timedelta
from urllib.parse import urlsplit

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import HttpResponseRedirect
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Page, Site

from ..conf import seloste_settings
from ..notice.models import NoticePage
from ..notice.validators import DeliverableEmailField
from ..register.dates import add_months
from ..register.models import RegisterModel
from . import paths

# GDPR Art 15–21 and 7(3): the rights a visitor can exercise on the request page.
REQUEST_TYPES = [
    ("access", _("Access to my data and a copy of it (GDPR Art 15)")),
    ("rectification", _("Rectification of inaccurate data (GDPR Art 16)")),
    ("erasure", _("Erasure of my data (GDPR Art 17)")),
    ("restriction", _("Restriction of processing (GDPR Art 18)")),
    ("portability", _("My data in a machine-readable format (GDPR Art 20)")),
    ("objection", _("Objection to processing, including direct marketing (GDPR Art 21)")),
    ("withdrawal", _("Withdrawal of my consent (GDPR Art 7(3))")),
]
REQUEST_TYPE_KEYS = [key for key, _label in REQUEST_TYPES]

# Where a request came from. GDPR Art 12(2) and 12(3): a request counts whatever way it
# arrives, so the owner records requests received outside the web form too.
WEB, EMAIL, PHONE, LETTER, IN_PERSON = "web", "email", "phone", "letter", "in_person"
CHANNELS = [
    (WEB, _("request form on the site")),
    (EMAIL, _("email")),
    (PHONE, _("phone")),
    (LETTER, _("letter")),
    (IN_PERSON, _("in person")),
]

# How the requester's identity was confirmed (GDPR Art 12(6); EDPB Guidelines 01/2022 on the
# right of access, section 3.3: ask only for what is needed to be reasonably sure).
IDENTITY_METHODS = [
    ("email_link", _("the requester confirmed the request by the link sent to their email")),
    ("known_email", _("the request came from the email address in the client record")),
    ("known_phone", _("called back to the phone number in the client record")),
    ("in_person", _("identity document seen in person")),
    ("known_person", _("a client the owner knows personally")),
    ("other", _("another way (describe it in the note)")),
]


@register_setting(icon="mail")
class RightsSettings(BaseSiteSetting):
    """Per-site settings of data subject requests, edited by the site owner.

    Templates read the promise as ``{{ settings.wagtail_seloste_rights.RightsSettings.response_days }}``
    (Wagtail's settings context processor) or ``{% seloste_response_time %}``.
    """

    response_days = models.PositiveSmallIntegerField(
        _("promised response time in days"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(28)],
        help_text=_(
            "Leave empty to answer within the legal time: one month from receiving the request "
            "(GDPR Art 12(3)). Fill this in only if your privacy notice promises a shorter time, "
            "e.g. 2 days; the dashboard and the reminders then follow your promise, and the "
            "legal due date is still shown."
        ),
    )

    panels = [FieldPanel("response_days")]

    class Meta:
        verbose_name = _("data subject request settings")


class RightsRequestPage(RoutablePageMixin, Page):
    """The public page where a visitor asks to exercise their rights (GDPR Art 12–22).

    Override points for a site: :meth:`get_form_class`, :meth:`create_request` and
    :meth:`send_verification`.
    """

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("Shown above the form. The link to the privacy notice is added for you."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    template = "wagtail_seloste/rights/request_page.html"
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("data subject request page")
        verbose_name_plural = _("data subject request pages")

    # Override points --------------------------------------------------------------------

    def get_form_class(self):
        """The form class of the request; a subclass of ``RightsRequestForm``."""
        from .forms import RightsRequestForm

        return RightsRequestForm

    def create_request(self, form, request):
        """Save a valid form as an unverified request and send the verification link."""
        from .actions import create_request

        return create_request(self, form, request)

    def send_verification(self, rights_request, request):
        """Queue the verification email after commit."""
        from .actions import queue_verification

        queue_verification(rights_request, request)

    # Routes ------------------------------------------------------------------------------

    @path("")
    def form_view(self, request):
        from .views import request_form_view

        return request_form_view(request, self)

    # The addresses are in the page's language and accept every language's words
    # (``paths.py``): verification links already sent keep working.
    @re_path(rf"^(?P<word>{paths.alternatives('thanks_view')})/$")
    def thanks_view(self, request, word):
        from .views import thanks_view

        return self.in_page_language(request, "thanks_view") or thanks_view(request, self)

    @re_path(rf"^(?P<word>{paths.alternatives('verify_view')})/(?P<token>[-\w]{{1,200}})/$")
    def verify_view(self, request, word, token):
        from .views import verify_view

        return self.in_page_language(request, "verify_view", token=token) or verify_view(
            request, self, token
        )

    @re_path(rf"^(?P<word>{paths.alternatives('download_view')})/(?P<token>[-\w]{{1,100}})/$")
    def download_view(self, request, word, token):
        from .views import download_view

        return self.in_page_language(request, "download_view", token=token) or download_view(
            request, self, token
        )

    def subpage_url(self, request, route, **kwargs):
        """The address of one of this page's routes, in the page's language."""
        return self.get_url(request) + paths.subpage(self, route, **kwargs)

    def in_page_language(self, request, route, **kwargs):
        """A redirect to the address in the page's language when a GET came by another
        language's words (an older link), else None."""
        if request.method not in ("GET", "HEAD"):
            return None
        url = self.subpage_url(request, route, **kwargs)
        if request.path == urlsplit(url).path:
            return None
        response = HttpResponseRedirect(url)
        add_never_cache_headers(response)
        return response

    def get_context(self, request, *args, **kwargs):

        context = super().get_context(request, *args, **kwargs)
        context["base_template"] = seloste_settings.BASE_TEMPLATE
        from wagtail.models import Site

        from ..notice.locales import locale_of

        # The request's site when the page is on it (no query), and the page's locale from the
        # cached locales; the anchor from the shared cache (``stored_anchor_of``).
        site = Site.find_for_request(request)
        parts = self.get_url_parts(request)
        if site is not None and parts is not None and parts[0] == site.pk:
            notice = NoticePage.for_request(request, locale=locale_of(self))
        else:
            notice = NoticePage.for_site(self.get_site(), locale=locale_of(self))
        rights_url = ""
        if notice is not None:
            anchor = notice.stored_anchor_of("rights")
            url = notice.get_url(request)
            rights_url = f"{url}#{anchor}" if anchor and url else (url or "")
        context["notice"] = notice
        context["rights_url"] = rights_url
        return context


class RightsRequestQuerySet(models.QuerySet):
    def open(self):
        """Verified requests that are not closed yet."""
        return self.filter(status__in=[RightsRequest.OPEN, RightsRequest.EXTENDED])

    def pending(self):
        """Every request not closed yet, unverified ones included: their deadline runs too."""
        return self.filter(
            status__in=[RightsRequest.UNVERIFIED, RightsRequest.OPEN, RightsRequest.EXTENDED]
        )

    def by_answer_date(self):
        """Ordered by the date to answer by (:attr:`RightsRequest.answer_by`): the promised
        date where one is set and the deadline was not extended, else the due date."""
        answer_by = models.Case(
            models.When(
                extension_months=0, promised_date__isnull=False, then=models.F("promised_date")
            ),
            default=models.F("due_date"),
        )
        return self.annotate(answer_by_date=answer_by).order_by("answer_by_date", "received_at")

    def unverified_expired(self, now=None):
        """Web requests whose email link expired unconfirmed: the form promises to delete them.
        A request the owner entered is never deleted this way; the owner closes it."""
        now = now or timezone.now()
        return self.filter(
            status=RightsRequest.UNVERIFIED, channel=WEB, verification_expires_at__lt=now
        )


class RightsRequest(RegisterModel):
    """One data subject request. Personal data: name, email, phone, message.

    The due date is one calendar month after *receipt* (GDPR Art 12(3)), whatever the channel:
    a web request is received when the form is sent, a request by email, phone, letter or in
    person when the owner got it (the owner enters that date). Identity is confirmed
    separately (``verified_at``, ``identity_method``); both dates are kept. The owner may
    extend the due date by up to two months, telling the requester why.
    """

    UNVERIFIED, OPEN, EXTENDED, COMPLETED, REJECTED = (
        "unverified",
        "open",
        "extended",
        "completed",
        "rejected",
    )
    STATUSES = [
        (UNVERIFIED, _("identity not verified yet")),
        (OPEN, _("open")),
        (EXTENDED, _("open, deadline extended")),
        (COMPLETED, _("completed")),
        (REJECTED, _("rejected")),
    ]

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="+")
    page = models.ForeignKey(
        RightsRequestPage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The identifier in verification links: not guessable, not personal.
    token_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    types = models.JSONField(_("request types"), default=list)
    name = models.CharField(_("name"), max_length=200)
    email = DeliverableEmailField(_("email"), db_index=True)
    phone = models.CharField(_("phone"), max_length=32, blank=True)
    message = models.TextField(_("message"), blank=True)
    rectification = models.TextField(_("what is wrong"), blank=True)
    language = models.CharField(_("language"), max_length=10, blank=True)

    channel = models.CharField(_("received by"), max_length=20, choices=CHANNELS, default=WEB)
    status = models.CharField(_("status"), max_length=20, choices=STATUSES, default=UNVERIFIED)
    received_at = models.DateTimeField(_("received"), default=timezone.now)
    verification_expires_at = models.DateTimeField(_("verification link expires"))
    # A request is never dropped: over the per-email limit of verified requests it is kept,
    # marked for the owner, and its link goes out once the limit allows (rights/actions.py).
    over_limit = models.BooleanField(
        _("over the per-email limit"),
        default=False,
        help_text=_(
            "The request came while this email address was over the daily limit of requests; "
            "its verification link was sent later."
        ),
    )
    verification_sent_at = models.DateTimeField(_("verification link sent"), null=True, blank=True)
    verified_at = models.DateTimeField(_("identity verified"), null=True, blank=True)
    identity_method = models.CharField(
        _("identity verified by"), max_length=20, choices=IDENTITY_METHODS, blank=True
    )
    identity_note = models.CharField(_("note on the identity check"), max_length=500, blank=True)
    due_date = models.DateField(_("due date"), null=True, blank=True, db_index=True)
    promised_date = models.DateField(
        _("promised response date"),
        null=True,
        blank=True,
        help_text=_("The site's own, shorter promise; the due date is the legal one."),
    )
    extension_months = models.PositiveSmallIntegerField(_("extended by months"), default=0)
    extension_reason = models.TextField(_("reason for the extension"), blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    rejection_reason = models.TextField(_("reason for the rejection"), blank=True)
    reminder_sent_for = models.DateField(_("reminder sent for due date"), null=True, blank=True)

    objects = RightsRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("data subject request")
        verbose_name_plural = _("data subject requests")
        ordering = ["due_date", "received_at"]
        indexes = [models.Index(fields=["site", "status"])]

    def __str__(self):
        # No personal data: audit log labels snapshot this.
        return _("Request #%(id)s") % {"id": self.pk}

    def save(self, *args, **kwargs):
        if not self.verification_expires_at:
            self.verification_expires_at = self.received_at + timedelta(
                days=seloste_settings.RIGHTS_VERIFICATION_DAYS
            )
        if self._state.adding and self.due_date is None:
            self.set_deadlines()
        super().save(*args, **kwargs)

    def set_deadlines(self):
        """The due date one month from receipt, and the site's promise if it has one.

        GDPR Art 12(3): "within one month of receipt of the request". EDPB Guidelines 01/2022
        on the right of access (section 5.3) let the clock wait while the controller, having
        asked without undue delay, needs more information to identify the person. We choose
        not to wait: the clock runs from receipt for every channel, also while a web request
        waits for its email link (sent at once, valid a week) or the owner checks identity.
        The verification date is recorded beside it (``verified_at``), so both are on file.
        """
        received = timezone.localdate(self.received_at)
        self.due_date = add_months(received, 1)
        days = RightsSettings.for_site(self.site).response_days if self.site_id else None
        promised = received + timedelta(days=days) if days else None
        self.promised_date = min(promised, self.due_date) if promised else None

    @property
    def link_waits(self):
        """A web request over the per-email limit whose verification link has not gone out."""
        return self.over_limit and self.verification_sent_at is None and self.is_unverified

    @property
    def link_send_at(self):
        """When a waiting link goes out (its days are counted from then)."""
        if not self.link_waits:
            return None
        return self.verification_expires_at - timedelta(
            days=seloste_settings.RIGHTS_VERIFICATION_DAYS
        )

    @property
    def is_open(self):
        return self.status in (self.OPEN, self.EXTENDED)

    @property
    def is_pending(self):
        """Not closed yet, verified or not."""
        return self.status in (self.UNVERIFIED, self.OPEN, self.EXTENDED)

    @property
    def is_unverified(self):
        return self.status == self.UNVERIFIED

    @property
    def original_due_date(self):
        """One month from receipt (GDPR Art 12(3)), before any extension."""
        return add_months(timezone.localdate(self.received_at), 1)

    @property
    def answer_by(self):
        """The date the owner should answer by: the site's promise while it is ahead, else
        the legal due date."""
        if self.promised_date and not self.extension_months:
            return min(self.promised_date, self.due_date) if self.due_date else self.promised_date
        return self.due_date

    @property
    def is_overdue(self):
        """Past the legal due date and not closed."""
        return (
            self.is_pending and self.due_date is not None and self.due_date < timezone.localdate()
        )

    @property
    def promise_missed(self):
        """Past the site's promised date (but not yet the legal one) and not closed."""
        return (
            self.is_pending
            and not self.is_overdue
            and self.promised_date is not None
            and not self.extension_months
            and self.promised_date < timezone.localdate()
        )

    @property
    def next_deadline(self):
        """The deadline the owner is reminded of: the promise until it passes, then the law's."""
        today = timezone.localdate()
        if self.promised_date and not self.extension_months and self.promised_date >= today:
            return self.promised_date
        return self.due_date

    @property
    def can_extend(self):
        """An extension is told to the requester within the first month (GDPR Art 12(3))."""
        return (
            self.is_open
            and not self.extension_months
            and self.original_due_date is not None
            and self.original_due_date >= timezone.localdate()
        )

    @property
    def days_left(self):
        """Days left to the date to answer by (:attr:`answer_by`)."""
        if self.answer_by is None:
            return None
        return (self.answer_by - timezone.localdate()).days

    def type_labels(self):
        labels = dict(REQUEST_TYPES)
        return [labels.get(key, key) for key in self.types]

    def has_type(self, *keys):
        return any(key in self.types for key in keys)

    def verify(self, now=None, method="email_link", note=""):
        """Record that the requester's identity is confirmed and open the request.

        The due date does not move: it runs from receipt (see :meth:`set_deadlines`).
        """
        now = now or timezone.now()
        self.verified_at = now
        self.identity_method = method
        self.identity_note = note
        self.status = self.OPEN
        if self.due_date is None:
            self.set_deadlines()

    def extend(self, months, reason):
        """Extend the deadline to ``months`` (1–2) beyond the original one (GDPR Art 12(3))."""
        if months not in (1, 2):
            raise ValueError("An extension is one or two months.")
        self.extension_months = months
        self.extension_reason = reason
        self.status = self.EXTENDED
        self.due_date = add_months(self.original_due_date, months)


class ExportLink(models.Model):
    """A download link of a person's data sent to the requester's verified address.

    GDPR Art 15(3) and 32: the copy is never an email attachment. The link is the proof: it
    goes only to the address the request was verified by, expires after
    ``RIGHTS_EXPORT_LINK_DAYS`` days and ``RIGHTS_EXPORT_LINK_DOWNLOADS`` downloads, and only a
    hash of its secret is stored. No personal data: the ZIP is built when it is downloaded.
    """

    rights_request = models.ForeignKey(
        RightsRequest, on_delete=models.CASCADE, related_name="export_links"
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("sent"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires"))
    max_downloads = models.PositiveSmallIntegerField(_("downloads allowed"))
    downloads = models.PositiveSmallIntegerField(_("downloads"), default=0)
    last_downloaded_at = models.DateTimeField(_("last downloaded"), null=True, blank=True)

    class Meta:
        verbose_name = _("download link of a data copy")
        verbose_name_plural = _("download links of data copies")
        ordering = ["-created_at"]

    def __str__(self):
        return _("Download link #%(id)s") % {"id": self.pk}

    @property
    def is_usable(self):
        return self.downloads < self.max_downloads and self.expires_at > timezone.now()

    @property
    def downloads_left(self):
        return max(self.max_downloads - self.downloads, 0)
