"""The email outbox: one row per email the plugin owes someone (wagtail_seloste.outbox)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OutboxEmail(models.Model):
    """An email to send: how to build it, where it stands, and why it last failed.

    The row holds no message and no address: ``builder`` is the dotted path of a function that
    builds the message from ``args`` (ids, a link) when it is sent, so an erased person's data
    does not linger here and a message is always built from current data.
    """

    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    SKIPPED = "skipped"
    STATUS_CHOICES = [
        (PENDING, _("waiting")),
        (SENDING, _("sending")),
        (SENT, _("sent")),
        (FAILED, _("failed")),
        (SKIPPED, _("not needed")),
    ]

    site = models.ForeignKey(
        "wagtailcore.Site",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("site"),
    )
    label = models.CharField(
        _("email"),
        max_length=200,
        help_text=_(
            "What the email is about, without personal data, e.g. “booking #12: confirmation”."
        ),
    )
    builder = models.CharField(_("builder"), max_length=200)
    args = models.JSONField(_("arguments"), default=list, blank=True)
    on_sent = models.CharField(_("after sending"), max_length=200, blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=STATUS_CHOICES, default=PENDING, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), db_index=True)
    claimed_at = models.DateTimeField(_("claimed"), null=True, blank=True)
    last_error = models.CharField(_("last error"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("outgoing email")
        verbose_name_plural = _("outgoing emails")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="seloste_outbox_due")]

    def __str__(self):
        return self.label
