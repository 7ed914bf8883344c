"""The personal-data registry: every place that holds personal data, for export, erasure and purge.

In the spirit of WordPress's personal-data exporters and erasers: each *source* says how to find,
export and erase one person's data by email on one site, and optionally how to find and purge
expired data for a retention target of the notice (``clients``, ``bookings``, ``consents``,
``requests``, ``sessions``). Rights requests (GDPR Art 15, 17, 20), the management commands and
the retention purge all walk this registry, so a source registered here is never left out.

A site's own model with an email field registers in one call (see docs/registry.md)::

    from wagtail_seloste.registry import ModelSource, registry

    registry.register(
        ModelSource(
            "newsletter",
            NewsletterSignup,
            verbose_name=_("newsletter subscriptions"),
            fields=["email", "name", "subscribed_at"],
            site_field="site",
            retention_targets={"other": "subscribed_at"},
        )
    )

Sources with more logic subclass :class:`PersonalDataSource` and override its methods.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

EXPORT_FORMAT = "wagtail-seloste-export/1"


def normalise_email(email):
    """The form in which emails are stored and compared: trimmed and lower-cased.

    The local part of an address is case-sensitive in theory (RFC 5321) but not at any mail
    provider people use; comparing case-insensitively finds a person's data however they typed it.
    """
    return (email or "").strip().lower()


def to_json(value):
    """``value`` made JSON-serialisable (dates, decimals, UUIDs and lazy strings as text)."""
    return json.loads(json.dumps(value, cls=DjangoJSONEncoder))


def readable(value):
    """An exported value as people read it: ISO timestamps in local time, e.g. 22.11.2026 10.00."""
    if isinstance(value, str) and len(value) >= 19 and value[4:5] == "-" and value[10:11] == "T":
        from django.utils import formats, timezone
        from django.utils.dateparse import parse_datetime

        try:
            parsed = parse_datetime(value)
        except ValueError:
            parsed = None
        if parsed is not None:
            if timezone.is_aware(parsed):
                parsed = timezone.localtime(parsed)
            return formats.date_format(parsed, "SHORT_DATETIME_FORMAT")
    return value


@dataclass
class Kept:
    """Data an erasure or purge did not delete, and why (a legal hold, GDPR Art 17(3))."""

    description: str
    reason: str
    count: int = 1
    until: date | None = None
    # Said instead of a date when the hold has none to give (e.g. a patient record whose
    # period cannot be counted yet).
    note: str = ""

    def as_dict(self):
        return to_json(asdict(self))


@dataclass
class ErasureResult:
    """What erasing one person's data from one source did (or would do, in a dry run)."""

    source: str
    verbose_name: str = ""
    deleted: int = 0
    anonymised: int = 0
    kept: list[Kept] = field(default_factory=list)

    @property
    def kept_count(self):
        return sum(k.count for k in self.kept)

    def as_dict(self):
        return {
            "source": self.source,
            "verbose_name": str(self.verbose_name),
            "deleted": self.deleted,
            "anonymised": self.anonymised,
            "kept": [k.as_dict() for k in self.kept],
        }


@dataclass
class PurgeResult:
    """What purging one retention rule did in one source: row counts."""

    deleted: int = 0
    anonymised: int = 0
    kept: int = 0

    def __iadd__(self, other):
        self.deleted += other.deleted
        self.anonymised += other.anonymised
        self.kept += other.kept
        return self

    def as_dict(self):
        return {"deleted": self.deleted, "anonymised": self.anonymised, "kept": self.kept}


class PersonalDataSource:
    """One source of personal data. Subclass it and register an instance with the registry.

    ``name`` is a stable key (used in exports and erasure logs); ``verbose_name`` is what people
    read. Every method receives the Wagtail ``site`` and a normalised ``email``.
    """

    name = ""
    verbose_name = ""
    #: The retention targets (``applies_to`` of the notice's rules) that :meth:`purge` handles.
    retention_targets: tuple[str, ...] = ()
    #: Erasure runs sources in ascending order: records that refer to others go first.
    erase_order = 100
    #: False for data that is not linked to a person (e.g. sessions): only purged, never
    #: looked up, exported or erased by email.
    per_person = True

    def find(self, site, email):
        """The person's records: a queryset or a list. Must never include anyone else's."""
        return []

    def count(self, site, email):
        """How many records :meth:`find` returns (shown to the owner before an action)."""
        found = self.find(site, email)
        return found.count() if isinstance(found, models.QuerySet) else len(found)

    def export(self, site, email):
        """The person's data as a list of JSON-serialisable dicts (GDPR Art 15 and 20)."""
        return []

    def render(self, site, email, items):
        """A human-readable rendering of :meth:`export`'s items: a list of
        ``{"title": str, "rows": [(label, value), …]}`` for the HTML summary."""
        return [
            {"title": f"{self.verbose_name} {index}", "rows": list(item.items())}
            for index, item in enumerate(items, start=1)
        ]

    def erase(self, site, email, *, dry_run=False):
        """Delete or anonymise the person's data, keeping what a legal hold keeps.

        Returns an :class:`ErasureResult` listing what was kept and why. In a dry run nothing
        changes and the result says what would happen.
        """
        return ErasureResult(self.name, self.verbose_name)

    def emails(self, site):
        """Every (normalised) email this source holds on ``site``: used to re-apply erasures
        after a backup restore, where only a keyed hash of the erased email is known."""
        return []

    def purge(self, site, target, threshold, counted_from, *, dry_run=False, batch_size=1000):
        """Delete or anonymise the data of ``target`` that expired before ``threshold`` (an
        aware datetime), counted from the event ``counted_from`` of the notice's rule. Batches
        of ``batch_size`` rows, each in its own transaction; legal holds are skipped."""
        return PurgeResult()

    def purge_always(self, site, now, *, dry_run=False):
        """Delete what is deleted whatever the notice's rules say (e.g. unverified requests
        whose link expired, as the request form promises). Returns a list of count dicts
        ``{"rule", "label", "applies_to", "deleted", "anonymised", "kept"}``."""
        return []

    def restrict(self, site, email, user):
        """GDPR Art 18: mark the person's records as restricted (stored only: no marketing, no
        reminders). Returns how many records were restricted."""
        return 0

    def withdraw_consents(self, site, email, user, *, text, marketing_only=False):
        """GDPR Art 7(3) and 21(3): record the withdrawal of every consent the person has given
        (or of direct marketing only) as new records. Returns how many were written."""
        return 0

    def people(self, site, email):
        """The records that stand for the person (e.g. a client record), linked from a data
        subject request's admin page so the owner can rectify them (Art 16)."""
        return []

    def returned_after(self, site, email, moment):
        """True when the person started a new relationship after ``moment`` (e.g. booked
        again after an erasure): a restored backup must not erase that new data."""
        return False


class PersonalDataRegistry:
    """The sources of personal data, in registration order (erasure runs in this order)."""

    def __init__(self):
        self._sources = {}

    def register(self, source):
        """Register a source (an instance, or a class that is instantiated). Returns it, so this
        also works as a class decorator. Registering a name again replaces the earlier source."""
        if isinstance(source, type):
            instance = source()
            self._sources[instance.name] = instance
            return source
        if not source.name:
            raise ValueError("A personal-data source needs a name.")
        self._sources[source.name] = source
        return source

    def unregister(self, name):
        self._sources.pop(name, None)

    def get(self, name):
        return self._sources[name]

    def __iter__(self):
        return iter(list(self._sources.values()))

    def personal(self):
        """The sources that hold data by person (what export and erasure walk)."""
        return [source for source in self if source.per_person]

    def __contains__(self, name):
        return name in self._sources

    def summary(self, site, email):
        """``[(source, count)]`` for every source: what the register holds for that email."""
        email = normalise_email(email)
        return [(source, source.count(site, email)) for source in self.personal()]

    def export(self, site, email):
        """One person's data from every source, as a JSON-serialisable dict."""
        from django.utils import timezone

        email = normalise_email(email)
        return to_json(
            {
                "format": EXPORT_FORMAT,
                "generated_at": timezone.now(),
                "site": site.site_name or site.hostname,
                "email": email,
                "sources": {source.name: source.export(site, email) for source in self.personal()},
            }
        )

    def render(self, site, data):
        """The human-readable sections of an :meth:`export` result, source by source."""
        email = data["email"]
        rendered = []
        for source in self.personal():
            items = data["sources"].get(source.name, [])
            sections = source.render(site, email, items) if items else []
            for section in sections:
                section["rows"] = [
                    (readable(label), readable(value)) for label, value in section["rows"]
                ]
            rendered.append(
                {"name": source.name, "verbose_name": source.verbose_name, "items": sections}
            )
        return rendered

    def erase(self, site, email, *, dry_run=False):
        """Erase one person's data from every source, in one transaction."""
        email = normalise_email(email)
        with transaction.atomic():
            ordered = sorted(self.personal(), key=lambda source: source.erase_order)
            results = {
                source.name: source.erase(site, email, dry_run=dry_run) for source in ordered
            }
        return [results[source.name] for source in self.personal()]

    def purge(self, site, target, threshold, counted_from, *, dry_run=False, batch_size=1000):
        """Purge ``target`` in every source that handles it; returns ``{name: PurgeResult}``."""
        return {
            source.name: source.purge(
                site,
                target,
                threshold,
                counted_from,
                dry_run=dry_run,
                batch_size=batch_size,
            )
            for source in self
            if target in source.retention_targets
        }

    def purge_always(self, site, now, *, dry_run=False):
        counts = []
        for source in self:
            counts.extend(source.purge_always(site, now, dry_run=dry_run))
        return counts

    def restrict(self, site, email, user):
        email = normalise_email(email)
        with transaction.atomic():
            return sum(source.restrict(site, email, user) for source in self.personal())

    def withdraw_consents(self, site, email, user, *, text, marketing_only=False):
        email = normalise_email(email)
        with transaction.atomic():
            return sum(
                source.withdraw_consents(
                    site, email, user, text=text, marketing_only=marketing_only
                )
                for source in self.personal()
            )

    def people(self, site, email):
        email = normalise_email(email)
        return [obj for source in self.personal() for obj in source.people(site, email)]

    def returned_after(self, site, email, moment):
        email = normalise_email(email)
        return any(source.returned_after(site, email, moment) for source in self.personal())

    def emails(self, site):
        found = set()
        for source in self:
            found.update(normalise_email(e) for e in source.emails(site) if e)
        return found


registry = PersonalDataRegistry()


def batched_ids(queryset, batch_size):
    """Primary keys of ``queryset`` in lists of ``batch_size``, read once up front so that
    deleting a batch does not shift the next one."""
    ids = list(queryset.order_by().values_list("pk", flat=True))
    for start in range(0, len(ids), batch_size):
        yield ids[start : start + batch_size]


def delete_in_batches(queryset, batch_size, *, dry_run=False):
    """Delete the rows of ``queryset``, one transaction per batch, so that a large purge keeps
    the site responsive; return how many rows were (or, with ``dry_run``, would be) deleted."""
    deleted = 0
    for ids in batched_ids(queryset, batch_size):
        deleted += len(ids)
        if not dry_run:
            with transaction.atomic():
                queryset.model._default_manager.filter(pk__in=ids).delete()
    return deleted


class ModelSource(PersonalDataSource):
    """A source for a plain model with an email field: the one-line registration of a site's
    own model.

    ``fields``: the fields exported (default: every concrete field but the primary key).
    ``site_field``: the model's foreign key to ``wagtailcore.Site``, when it is per site.
    ``anonymise``: a dict of field values written instead of deleting the row on erasure.
    ``hold``: ``callable(obj) -> (reason, until) | None``; a held row is kept on erasure and purge.
    ``retention_targets``: ``{target: date_field}``; a purge deletes rows whose ``date_field``
    is older than the rule's threshold.
    """

    def __init__(
        self,
        name,
        model,
        *,
        verbose_name=None,
        email_field="email",
        site_field=None,
        fields=None,
        anonymise=None,
        hold=None,
        retention_targets=None,
    ):
        self.name = name
        self.model = model
        self.verbose_name = verbose_name or model._meta.verbose_name_plural
        self.email_field = email_field
        self.site_field = site_field
        self.fields = fields or [f.name for f in model._meta.concrete_fields if not f.primary_key]
        self.anonymise = anonymise
        self.hold = hold
        self.retention_date_fields = dict(retention_targets or {})
        self.retention_targets = tuple(self.retention_date_fields)

    def _site_filter(self, site):
        return {self.site_field: site} if self.site_field else {}

    def find(self, site, email):
        return self.model._default_manager.filter(
            **{f"{self.email_field}__iexact": normalise_email(email)}, **self._site_filter(site)
        ).order_by("pk")

    def export(self, site, email):
        rows = []
        for obj in self.find(site, email):
            row = {}
            for name in self.fields:
                value = getattr(obj, name)
                row[name] = value.pk if isinstance(value, models.Model) else value
            rows.append(row)
        return to_json(rows)

    def render(self, site, email, items):
        labels = {f.name: str(f.verbose_name) for f in self.model._meta.fields}
        return [
            {
                "title": f"{self.verbose_name} {index}",
                "rows": [(labels.get(key, key), value) for key, value in item.items()],
            }
            for index, item in enumerate(items, start=1)
        ]

    def _held(self, obj):
        return self.hold(obj) if self.hold else None

    def erase(self, site, email, *, dry_run=False):
        result = ErasureResult(self.name, self.verbose_name)
        for obj in self.find(site, email):
            held = self._held(obj)
            if held:
                reason, until = held
                result.kept.append(Kept(str(self.verbose_name), str(reason), 1, until))
                continue
            if self._dispose(obj, dry_run=dry_run) == "anonymised":
                result.anonymised += 1
            else:
                result.deleted += 1
        return result

    def _dispose(self, obj, *, dry_run):
        """Anonymise ``obj`` when the source says how, else delete it (neither on a dry run);
        returns "anonymised" or "deleted". Shared by erasure and the retention purge."""
        if self.anonymise:
            if not dry_run:
                for key, value in self.anonymise.items():
                    setattr(obj, key, value(obj) if callable(value) else value)
                obj.save()
            return "anonymised"
        if not dry_run:
            obj.delete()
        return "deleted"

    def emails(self, site):
        return (
            self.model._default_manager.filter(**self._site_filter(site))
            .values_list(self.email_field, flat=True)
            .distinct()
        )

    def purge(self, site, target, threshold, counted_from, *, dry_run=False, batch_size=1000):
        result = PurgeResult()
        date_field = self.retention_date_fields.get(target)
        if not date_field:
            return result
        value = threshold
        field_obj = self.model._meta.get_field(date_field)
        if isinstance(field_obj, models.DateField) and not isinstance(
            field_obj, models.DateTimeField
        ):
            value = threshold.date() if isinstance(threshold, datetime) else threshold
        expired = self.model._default_manager.filter(
            **{f"{date_field}__lt": value}, **self._site_filter(site)
        )
        for ids in batched_ids(expired, batch_size):
            with transaction.atomic():
                batch = list(self.model._default_manager.filter(pk__in=ids))
                for obj in batch:
                    if self._held(obj):
                        result.kept += 1
                    elif self._dispose(obj, dry_run=dry_run) == "anonymised":
                        result.anonymised += 1
                    else:
                        result.deleted += 1
        return result


# The strings the built-in sources use for holds, shared by erasure and purge.
BOOKKEEPING_HOLD = _(
    "Invoiced bookings are bookkeeping material: the Accounting Act keeps them six years from "
    "the end of the year in which the financial year ended (Kirjanpitolaki 1336/1997, 2 luku "
    "10 §)."
)
REQUEST_RECORD_HOLD = _(
    "A record of how a data subject request was handled, kept to show that it was answered "
    "(GDPR Art 5(2) and 12); deleted by the retention rule for requests."
)


def financial_year_end_month(site):
    """The month the site's financial year ends in (*Settings → Privacy notice settings*;
    12, the calendar year, by default). ``site`` is a Site or its id."""
    from ..notice.models import SelosteSettings

    site_id = getattr(site, "pk", site)
    month = (
        SelosteSettings.objects.filter(site_id=site_id)
        .values_list("financial_year_end_month", flat=True)
        .first()
    )
    return month or 12


# Counted from the end of the financial year, or of the year in which it ended (Kirjanpitolaki
# 2:10 § for vouchers).
FISCAL_EVENTS = ("fiscal_year_end", "fiscal_year_end_year")


def fiscal_threshold(threshold, counted_from, site=None):
    """The moment before which data has expired, for a rule whose ``threshold`` is "now minus
    the period". Counted from an event, data of day D expires when the event + period has
    passed; for the end of the financial year (the site's, see :func:`financial_year_end_month`)
    that is when D's financial year ended before the threshold, and for the end of the year in
    which it ended, when that year ended before it. Either way: data of days up to the last
    such financial year end, so the threshold becomes the day after it."""
    if counted_from not in FISCAL_EVENTS:
        return threshold
    from datetime import timedelta

    from .dates import last_financial_year_end

    end_month = financial_year_end_month(site) if site is not None else 12
    local = timezone.localtime(threshold).date()
    if counted_from == "fiscal_year_end":
        ended = last_financial_year_end(local - timedelta(days=1), end_month)
    else:
        ended = last_financial_year_end(date(local.year - 1, 12, 31), end_month)
    return timezone.make_aware(datetime.combine(ended + timedelta(days=1), time.min))
