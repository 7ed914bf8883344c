"""Erasing one person's data through the registry, leaving a record without personal data.

Every path that deletes a person's data (a data subject request, an owner's deletion in the
admin, ``seloste_person_erase``) goes through :func:`erase_person`, so legal holds always win
and an erasure record is always written (GDPR Art 17, Art 5(2) accountability).
"""

import hmac
from hashlib import sha256

from django.conf import settings
from django.db import transaction

from ..conf import seloste_settings
from .registry import normalise_email, registry


def _hash_key():
    return (seloste_settings.ERASURE_HASH_KEY or settings.SECRET_KEY).encode()


def email_hash(email):
    """A keyed hash (HMAC-SHA256) of a normalised email: not reversible without the key."""
    return hmac.new(_hash_key(), normalise_email(email).encode(), sha256).hexdigest()


def record_erasure(site, email, reason=""):
    """Remember that ``email``'s data was erased on ``site``, by its keyed hash only."""
    from .models import ErasureRecord

    digest = email_hash(email)
    record = ErasureRecord.objects.filter(site=site, email_hash=digest).first()
    if record is None:
        record = ErasureRecord.objects.create(site=site, email_hash=digest, reason=reason[:100])
    return record


def erase_person(site, email, *, reason="", dry_run=False):
    """Erase ``email``'s data from every source in one transaction; returns the results.

    Legal holds win: what bookkeeping or patient-record law keeps is anonymised or kept, and
    the results say what and why.
    """
    with transaction.atomic():
        results = registry.erase(site, email, dry_run=dry_run)
        if not dry_run:
            record_erasure(site, email, reason)
    return results
