"""The core's own source of personal data: unfinished forms kept in sessions.

Feature apps register their sources (the booking app's clients, bookings and consents, the
rights app's requests) from their own ``ready``.
"""

from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .registry import PersonalDataSource, PurgeResult, delete_in_batches, registry


class SessionSource(PersonalDataSource):
    """Unfinished forms live in sessions (e.g. the booking wizard's steps).

    Sessions are not linked to an email, so they are never found, exported or erased by person;
    the retention rule for ``sessions`` deletes those not saved within its period.
    """

    name = "sessions"
    verbose_name = _("unfinished forms (sessions)")
    retention_targets = ("sessions",)
    per_person = False

    def purge(self, site, target, threshold, counted_from, *, dry_run=False, batch_size=1000):
        from importlib import import_module

        result = PurgeResult()
        engine = settings.SESSION_ENGINE
        if engine not in (
            "django.contrib.sessions.backends.db",
            "django.contrib.sessions.backends.cached_db",
        ):
            # Other engines expire sessions themselves (cache) or have no query by age.
            if not dry_run:
                import_module(engine).SessionStore.clear_expired()
            return result
        from django.contrib.sessions.models import Session

        # A session's expiry is its last save plus SESSION_COOKIE_AGE; sessions are shared by
        # every site of the installation, so they are purged once, under the default site.
        if not site.is_default_site:
            return result
        last_saved_before = threshold + timedelta(seconds=settings.SESSION_COOKIE_AGE)
        expired = Session.objects.filter(
            Q(expire_date__lt=last_saved_before) | Q(expire_date__lt=timezone.now())
        )
        result.deleted += delete_in_batches(expired, batch_size, dry_run=dry_run)
        return result


registry.register(SessionSource())
