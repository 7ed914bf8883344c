"""The register's own models: the base of every model that holds personal data, and the
registry's records of erasures (without personal data) and retention purge runs."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site


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
