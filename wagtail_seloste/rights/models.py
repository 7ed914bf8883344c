"""Data subject requests: the public request page and the requests."""

import uuid
from datetime import timedelta

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Page, Site

from ..conf import seloste_settings
from ..dates import add_months
from ..models import NoticePage, RegisterModel

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

    @path("kiitos/")
    def thanks_view(self, request):
        from .views import thanks_view

        return thanks_view(request, self)

    @re_path(r"^vahvista/(?P<token>[-\w]{1,200})/$")
    def verify_view(self, request, token):
        from .views import verify_view

        return verify_view(request, self, token)

    def get_context(self, request, *args, **kwargs):

        context = super().get_context(request, *args, **kwargs)
        context["base_template"] = seloste_settings.BASE_TEMPLATE
        notice = NoticePage.for_site(self.get_site())
        rights_url = ""
        if notice is not None:
            anchor = notice.anchor_of("rights")
            url = notice.get_url(request)
            rights_url = f"{url}#{anchor}" if anchor and url else (url or "")
        context["notice"] = notice
        context["rights_url"] = rights_url
        return context


class RightsRequestQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=[RightsRequest.OPEN, RightsRequest.EXTENDED])

    def unverified_expired(self, now=None):
        now = now or timezone.now()
        return self.filter(status=RightsRequest.UNVERIFIED, verification_expires_at__lt=now)


class RightsRequest(RegisterModel):
    """One data subject request. Personal data: name, email, phone, message.

    Created unverified; verification by email opens it with a due date one calendar month later
    (GDPR Art 12(3)); the owner may extend it by up to two months, telling the requester why.
    """

    UNVERIFIED, OPEN, EXTENDED, COMPLETED, REJECTED = (
        "unverified",
        "open",
        "extended",
        "completed",
        "rejected",
    )
    STATUSES = [
        (UNVERIFIED, _("waiting for email verification")),
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
    email = models.EmailField(_("email"), db_index=True)
    phone = models.CharField(_("phone"), max_length=32, blank=True)
    message = models.TextField(_("message"), blank=True)
    rectification = models.TextField(_("what is wrong"), blank=True)
    language = models.CharField(_("language"), max_length=10, blank=True)

    status = models.CharField(_("status"), max_length=20, choices=STATUSES, default=UNVERIFIED)
    received_at = models.DateTimeField(_("received"), default=timezone.now)
    verification_expires_at = models.DateTimeField(_("verification link expires"))
    verified_at = models.DateTimeField(_("verified"), null=True, blank=True)
    due_date = models.DateField(_("due date"), null=True, blank=True, db_index=True)
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
        super().save(*args, **kwargs)

    @property
    def is_open(self):
        return self.status in (self.OPEN, self.EXTENDED)

    @property
    def original_due_date(self):
        if self.verified_at is None:
            return None
        return add_months(timezone.localdate(self.verified_at), 1)

    @property
    def is_overdue(self):
        return self.is_open and self.due_date is not None and self.due_date < timezone.localdate()

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
        if self.due_date is None:
            return None
        return (self.due_date - timezone.localdate()).days

    def type_labels(self):
        labels = dict(REQUEST_TYPES)
        return [labels.get(key, key) for key in self.types]

    def has_type(self, *keys):
        return any(key in self.types for key in keys)

    def verify(self, now=None):
        """Open the request: the due date is one calendar month after verification."""
        now = now or timezone.now()
        self.verified_at = now
        self.status = self.OPEN
        self.due_date = add_months(timezone.localdate(now), 1)

    def extend(self, months, reason):
        """Extend the deadline to ``months`` (1–2) beyond the original one (GDPR Art 12(3))."""
        if months not in (1, 2):
            raise ValueError("An extension is one or two months.")
        self.extension_months = months
        self.extension_reason = reason
        self.status = self.EXTENDED
        self.due_date = add_months(self.original_due_date, months)
