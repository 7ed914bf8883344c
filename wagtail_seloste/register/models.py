"""The register's own models: the base of every model that holds personal data, and the
registry's records of erasures (without personal data) and retention purge runs."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from ..notice.blocks import LEGAL_BASES, TRANSFER_SAFEGUARDS
from .countries import COUNTRY_CHOICES


class RegisterModel(models.Model):
    """Base of the models that hold the register's data: personal data, not content.

    They stay out of Wagtail's reference index (the "usage" of pages and sites), which would
    list people's records there and turn every bulk delete of the purge into per-row deletes.
    """

    wagtail_reference_index_ignore = True

    class Meta:
        abstract = True


class ErasureRecord(RegisterModel):
    """That a person's data was erased, without the personal data: a keyed hash of the email.

    After a backup restore, ``seloste_replay_erasures`` erases again every person whose email
    hashes to a recorded value (GDPR Art 17 survives a restore).
    """

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="+")
    email_hash = models.CharField(_("email hash"), max_length=64, db_index=True)
    created_at = models.DateTimeField(_("erased"), default=timezone.now)
    # Why the data was erased: "request #12" (a data subject request), "admin" (an owner's
    # deletion in the admin). Kept as text so the core needs no feature app's model.
    reason = models.CharField(_("reason"), max_length=100, blank=True)
    last_replayed_at = models.DateTimeField(_("last replayed"), null=True, blank=True)

    class Meta:
        verbose_name = _("erasure record")
        verbose_name_plural = _("erasure records")

    def __str__(self):
        return _("Erasure #%(id)s") % {"id": self.pk}


class PurgeRun(RegisterModel):
    """One run of the retention purge on one site, with counts per rule of the notice."""

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="+")
    started_at = models.DateTimeField(_("started"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    dry_run = models.BooleanField(_("dry run"), default=False)
    notice_revision = models.PositiveBigIntegerField(_("notice revision"), null=True, blank=True)
    counts = models.JSONField(_("counts per rule"), default=list)
    error = models.TextField(_("error"), blank=True)

    class Meta:
        verbose_name = _("retention purge run")
        verbose_name_plural = _("retention purge runs")
        ordering = ["-started_at"]
        get_latest_by = "started_at"

    def __str__(self):
        return _("Purge #%(id)s") % {"id": self.pk}

    @property
    def total_deleted(self):
        return sum(rule.get("deleted", 0) for rule in self.counts)

    @property
    def total_anonymised(self):
        return sum(rule.get("anonymised", 0) for rule in self.counts)

    @property
    def total_kept(self):
        return sum(rule.get("kept", 0) for rule in self.counts)


# The controller's records (GDPR Art 28, 30, 33): kept per site, not personal data of clients.
# They are not sources of the personal-data registry, so erasure and the retention purge never
# touch them (a breach log is the accountability record of Art 33(5)).


class Processor(models.Model):
    """One service that processes personal data for the business (GDPR Art 28), and where.

    The notice's processors and transfers sections list the active rows of its site
    (``register/processors.py``), so the notice and the register cannot disagree.
    """

    ACTIVE = "active"
    PROPOSED = "proposed"
    DISMISSED = "dismissed"
    STATUS_CHOICES = [
        (ACTIVE, _("in use")),
        (PROPOSED, _("proposed: check and accept")),
        (DISMISSED, _("not used")),
    ]

    site = models.ForeignKey(
        Site, on_delete=models.CASCADE, related_name="+", verbose_name=_("site")
    )
    name = models.CharField(
        _("company or service"),
        max_length=200,
        help_text=_("As the notice names it, for example “Esimerkkihosting Oy”."),
    )
    service = models.CharField(
        _("what it does for you"),
        max_length=200,
        blank=True,
        help_text=_("For example “email”, “website and booking server”, “bookkeeping”."),
    )
    data_groups = models.JSONField(_("data it receives"), default=list, blank=True)
    country = models.CharField(
        _("country where the data is processed"),
        max_length=2,
        blank=True,
        choices=COUNTRY_CHOICES,
        help_text=_(
            "Where the data is stored or can be accessed from, not where the company is "
            "registered. A service that can reach the data from the United States processes "
            "it there too."
        ),
    )
    dpa_date = models.DateField(
        _("processor agreement (DPA) date"),
        null=True,
        blank=True,
        help_text=_(
            "The day the data processing agreement was signed or accepted (GDPR Art 28(3)). "
            "Many services include it in their terms: accept it in the service's settings."
        ),
    )
    dpa_url = models.URLField(
        _("link to the processor agreement"),
        max_length=500,
        blank=True,
        help_text=_("The agreement itself or the service's published terms (DPA)."),
    )
    safeguard = models.CharField(
        _("transfer safeguard"),
        max_length=16,
        blank=True,
        choices=TRANSFER_SAFEGUARDS,
        help_text=_(
            "Only for a country outside the EU/EEA (GDPR Art 44–46): an adequacy decision, the "
            "EU–US Data Privacy Framework for a certified US company, or the standard "
            "contractual clauses."
        ),
    )
    review_date = models.DateField(
        _("next review"),
        null=True,
        blank=True,
        help_text=_("When to check again that the agreement and the country are still right."),
    )
    notes = models.TextField(_("notes"), blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=STATUS_CHOICES, default=ACTIVE, db_index=True
    )
    # The key of the proposal the row came from ("email:smtp.example.fi"), so the proposal is
    # not made again once accepted or dismissed.
    origin = models.CharField(_("proposed from"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("processor")
        verbose_name_plural = _("processors")
        ordering = ["name", "pk"]
        indexes = [models.Index(fields=["site", "status"], name="seloste_processor_site")]

    def __str__(self):
        return self.name

    @property
    def has_agreement(self):
        return bool(self.dpa_date or self.dpa_url)


class RecordActivity(models.Model):
    """A processing activity the owner adds to the record (GDPR Art 30(1)) because the site
    cannot know it: paper client cards, the accountant's copies, a phone's contacts."""

    site = models.ForeignKey(
        Site, on_delete=models.CASCADE, related_name="+", verbose_name=_("site")
    )
    name = models.CharField(
        _("activity"), max_length=200, help_text=_("For example “Paper client cards”.")
    )
    purpose = models.TextField(_("purpose"))
    legal_basis = models.CharField(_("legal basis"), max_length=1, blank=True, choices=LEGAL_BASES)
    data_subjects = models.TextField(_("categories of data subjects"))
    data_categories = models.TextField(_("categories of personal data"))
    recipients = models.TextField(
        _("recipients"),
        blank=True,
        help_text=_("Leave empty when the data is disclosed to no one."),
    )
    transfers = models.TextField(
        _("transfers outside the EU/EEA and their safeguards"),
        blank=True,
        help_text=_("Leave empty when the data does not leave the EU/EEA."),
    )
    retention = models.TextField(_("retention period"))
    security = models.TextField(_("security measures"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("processing activity")
        verbose_name_plural = _("processing activities")
        ordering = ["name", "pk"]

    def __str__(self):
        return self.name


class Breach(models.Model):
    """A personal data breach (GDPR Art 4(12)) and what was done about it (Art 33–34).

    Every breach is documented, whether notified or not (Art 33(5)): rows are never deleted and
    the retention purge does not touch them. Write no names or health details here: the
    scope is estimated from the register, and the people are reached through it.
    """

    OPEN = "open"
    CLOSED = "closed"
    STATUS_CHOICES = [(OPEN, _("open")), (CLOSED, _("closed"))]
    NATURES = [
        # WP250rev.01: the three kinds of breach.
        ("confidentiality", _("Confidentiality: someone saw or got data they should not")),
        ("integrity", _("Integrity: data was changed without authorisation")),
        ("availability", _("Availability: data was lost or could not be reached")),
    ]
    RISKS = [
        ("unlikely", _("Unlikely to result in a risk to people")),
        ("risk", _("A risk to people")),
        ("high", _("A high risk to people")),
    ]
    DECISIONS = [("yes", _("Yes")), ("no", _("No"))]

    site = models.ForeignKey(
        Site, on_delete=models.CASCADE, related_name="+", verbose_name=_("site")
    )
    title = models.CharField(
        _("short description"),
        max_length=200,
        help_text=_(
            "For example “Laptop stolen” or “Booking list sent to the wrong address”. No names."
        ),
    )
    description = models.TextField(
        _("what happened"),
        help_text=_("What happened and how it was found. No names or health details."),
    )
    occurred_at = models.DateTimeField(_("when it happened"), null=True, blank=True)
    aware_at = models.DateTimeField(
        _("when you became aware of it"),
        help_text=_(
            "The moment you were reasonably certain that personal data was affected. The 72 "
            "hours to notify the Data Protection Ombudsman run from here (GDPR Art 33(1))."
        ),
    )
    nature = models.JSONField(_("kind of breach"), default=list, blank=True)
    scope_kind = models.CharField(_("who is affected"), max_length=32, default="manual")
    scope_start = models.DateTimeField(_("from"), null=True, blank=True)
    scope_end = models.DateTimeField(_("until"), null=True, blank=True)
    scope_page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("page"),
    )
    scope_note = models.TextField(
        _("other data affected"),
        blank=True,
        help_text=_("Data the site does not hold, e.g. paper cards or a phone's contacts."),
    )
    people_estimate = models.PositiveIntegerField(
        _("people affected (your estimate)"),
        null=True,
        blank=True,
        help_text=_("Leave empty to use the estimate from the register."),
    )
    records_estimate = models.PositiveIntegerField(
        _("records affected (your estimate)"), null=True, blank=True
    )
    data_groups = models.JSONField(_("data affected"), default=list, blank=True)
    # What the register held in the scope when it was estimated: counts, groups, health.
    estimate = models.JSONField(_("estimate from the register"), default=dict, blank=True)
    encrypted = models.BooleanField(
        _("the data was encrypted and the key is safe"),
        default=False,
        help_text=_(
            "GDPR Art 34(3)(a): people need not be told when the data is unintelligible to "
            "whoever got it."
        ),
    )
    consequences = models.TextField(_("likely consequences"), blank=True)
    measures_taken = models.TextField(_("measures taken"), blank=True)
    measures_proposed = models.TextField(_("measures proposed"), blank=True)
    risk = models.CharField(_("risk to people"), max_length=16, choices=RISKS, blank=True)
    notify_authority = models.CharField(
        _("notify the Data Protection Ombudsman"), max_length=3, choices=DECISIONS, blank=True
    )
    notify_people = models.CharField(
        _("tell the people affected"), max_length=3, choices=DECISIONS, blank=True
    )
    decision_reasons = models.TextField(_("reasons for the decisions"), blank=True)
    delay_reasons = models.TextField(
        _("reasons for notifying later than 72 hours"),
        blank=True,
        help_text=_(
            "GDPR Art 33(1): a notification after 72 hours gives the reasons for the delay."
        ),
    )
    authority_notified_at = models.DateTimeField(
        _("Ombudsman first notified"), null=True, blank=True
    )
    authority_reference = models.CharField(
        _("the Ombudsman's reference (diary number)"), max_length=100, blank=True
    )
    people_notified_at = models.DateTimeField(_("people told"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=STATUS_CHOICES, default=OPEN, db_index=True
    )
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # The last step anyone recorded; the owner is reminded after 48 hours without one.
    last_activity_at = models.DateTimeField(_("last step recorded"), default=timezone.now)
    reminder_sent_at = models.DateTimeField(_("reminder sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("personal data breach")
        verbose_name_plural = _("personal data breaches")
        ordering = ["-aware_at", "-pk"]

    def __str__(self):
        return _("Breach #%(id)s") % {"id": self.pk}

    @property
    def is_open(self):
        return self.status == self.OPEN


class BreachStep(models.Model):
    """One step of handling a breach: a note, a notification to the Ombudsman (in stages,
    GDPR Art 33(4)), telling the people (Art 34), closing. Steps are never edited."""

    NOTE = "note"
    AUTHORITY_INITIAL = "authority_initial"
    AUTHORITY_SUPPLEMENT = "authority_supplement"
    AUTHORITY_COMPLETE = "authority_complete"
    PEOPLE = "people"
    MESSAGE = "message"
    DECISION = "decision"
    CLOSED = "closed"
    REOPENED = "reopened"
    KINDS = [
        (NOTE, _("Note")),
        (AUTHORITY_INITIAL, _("Initial notification to the Ombudsman")),
        (AUTHORITY_SUPPLEMENT, _("Supplementary notification to the Ombudsman")),
        (AUTHORITY_COMPLETE, _("Complete notification to the Ombudsman")),
        (PEOPLE, _("People told by other means")),
        (MESSAGE, _("Message sent to the people affected")),
        (DECISION, _("Decision on notifying")),
        (CLOSED, _("Closed")),
        (REOPENED, _("Reopened")),
    ]
    AUTHORITY_KINDS = (AUTHORITY_INITIAL, AUTHORITY_SUPPLEMENT, AUTHORITY_COMPLETE)

    breach = models.ForeignKey(
        Breach, on_delete=models.CASCADE, related_name="steps", verbose_name=_("breach")
    )
    kind = models.CharField(_("step"), max_length=32, choices=KINDS)
    text = models.TextField(_("what was done"), blank=True)
    at = models.DateTimeField(_("when"), default=timezone.now)
    reference = models.CharField(_("reference"), max_length=100, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)

    class Meta:
        verbose_name = _("breach step")
        verbose_name_plural = _("breach steps")
        ordering = ["at", "pk"]

    def __str__(self):
        return _("Step #%(id)s") % {"id": self.pk}


class BreachMessage(models.Model):
    """The message sent to the people a breach affects (GDPR Art 34(2)), in each language.

    The outbox builds each person's email from this row when it is sent: the row holds the
    texts, never addresses, and the texts hold no one's own data.
    """

    breach = models.ForeignKey(
        Breach, on_delete=models.CASCADE, related_name="messages", verbose_name=_("breach")
    )
    # {"fi": {"subject": …, "body": …}, "sv": …, "en": …}
    texts = models.JSONField(_("texts"), default=dict)
    recipients = models.PositiveIntegerField(_("recipients"), default=0)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("sent by"),
    )
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        verbose_name = _("breach message")
        verbose_name_plural = _("breach messages")
        ordering = ["-created_at"]

    def __str__(self):
        return _("Breach message #%(id)s") % {"id": self.pk}
