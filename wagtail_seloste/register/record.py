"""The record of processing activities (GDPR Art 30(1)), generated so it cannot drift.

One activity per purpose of the site's canonical notice, with the columns Art 30(1) asks for
in its order: (a) the controller's name and contact details, (b) the purpose (and its legal
basis beside it), (c) the categories of data subjects and of personal data, (d) recipients,
(e) transfers outside the EU/EEA with their safeguards, (f) the time limits for erasure, (g)
the security measures. The columns are filled from the notice (its purposes, data content,
recipients, retention rules and security section), the processors register (recipients and
transfers) and what the installed apps do with personal data (their *processing facts*, added
with :func:`register_facts`). The owner adds what the site cannot know (paper records, the
accountant's copies) as ``RecordActivity`` rows. Changing the notice changes the record, which
names the notice revision it was made from.

The exemption of Art 30(5) (fewer than 250 employees) does not apply to processing that is not
occasional or that includes special categories (health data): it applies to none of the
businesses this plugin is for.
"""

from dataclasses import dataclass, field

from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..notice.blocks import LEGAL_BASES
from . import countries
from .groups import (
    GROUP_KEYS,
    RETENTION_TARGET_GROUPS,
    groups_in,
    with_implied,
)
from .processors import active_rows, valid_safeguard

# The record's columns in Art 30(1) order: attribute → heading. The legal basis stands beside
# the purpose it belongs to (Art 6(1)); it is not in Art 30(1) but an owner needs it there.
COLUMNS = [
    ("name", gettext_lazy("Processing activity")),
    ("controller", gettext_lazy("Controller and contact details (Art 30(1)(a))")),
    ("purpose", gettext_lazy("Purpose of the processing (Art 30(1)(b))")),
    ("legal_basis", gettext_lazy("Legal basis (Art 6(1))")),
    ("data_subjects", gettext_lazy("Categories of data subjects (Art 30(1)(c))")),
    ("data_categories", gettext_lazy("Categories of personal data (Art 30(1)(c))")),
    ("recipients", gettext_lazy("Recipients (Art 30(1)(d))")),
    ("transfers", gettext_lazy("Transfers outside the EU/EEA and safeguards (Art 30(1)(e))")),
    ("retention", gettext_lazy("Time limits for erasure (Art 30(1)(f))")),
    ("security", gettext_lazy("Security measures (Art 30(1)(g), 32(1))")),
    ("source", gettext_lazy("Made from")),
]
COLUMN_KEYS = [key for key, _label in COLUMNS]
SEP = "\n"


# What the installed apps do with personal data ----------------------------------------------


@dataclass(frozen=True)
class ProcessingFact:
    """Something the site does with personal data, for the record.

    ``groups``: the data groups it concerns (``groups.DATA_GROUPS``); an activity whose
    purpose speaks of one of them takes the fact's subjects, data and measures. ``what`` names
    the processing for the list of what the notice gives no purpose for.
    """

    groups: tuple
    what: str = ""
    subjects: str = ""
    data: str = ""
    security: str = ""


_fact_sources = []


def register_facts(func):
    """Register ``func(site) -> iterable of ProcessingFact`` (usable as a decorator)."""
    if func not in _fact_sources:
        _fact_sources.append(func)
    return func


@register_facts
def core_facts(site):
    """What the core does for every activity: the admin's access control and audit log, the
    retention purge."""
    return [
        ProcessingFact(
            groups=tuple(GROUP_KEYS),
            security=_(
                "The register is kept in the website's admin, open only to named users with "
                "their own permissions; every opening of a client's record is written to the "
                "audit log. Expired data is deleted by the retention purge that follows the "
                "privacy notice."
            ),
        )
    ]


def facts(site):
    found = []
    for source in _fact_sources:
        found.extend(source(site) or ())
    return found


# The record ---------------------------------------------------------------------------------


@dataclass
class Activity:
    """One row of the record: the Art 30(1) columns as text."""

    name: str
    controller: str = ""
    purpose: str = ""
    legal_basis: str = ""
    data_subjects: str = ""
    data_categories: str = ""
    recipients: str = ""
    transfers: str = ""
    retention: str = ""
    security: str = ""
    source: str = ""
    groups: frozenset = field(default_factory=frozenset)
    # The owner's own activity (a RecordActivity's id), or None for one made from the notice.
    activity_id: int | None = None

    def as_dict(self):
        return {key: getattr(self, key) for key in COLUMN_KEYS}

    @property
    def missing(self):
        """The Art 30(1) columns left empty (a gap to fill in the notice)."""
        return [key for key in COLUMN_KEYS if key != "source" and not getattr(self, key)]


@dataclass
class Record:
    """A site's record: its activities, the notice it was made from, and the processing the
    notice gives no purpose for."""

    site: object
    activities: list
    notice: object = None
    revision_id: int | None = None
    published_at: object = None
    uncovered: list = field(default_factory=list)
    generated_at: object = None

    def as_dict(self):
        from .registry import to_json

        return to_json(
            {
                "format": "wagtail-seloste-record/1",
                "site": self.site.site_name or self.site.hostname,
                "generated_at": self.generated_at,
                "notice": {
                    "title": self.notice.title if self.notice else "",
                    "language": self.notice.language_code if self.notice else "",
                    "revision": self.revision_id,
                    "published_at": self.published_at,
                },
                "columns": {key: str(label) for key, label in COLUMNS},
                "activities": [a.as_dict() for a in self.activities],
                "not_in_notice": [fact.what for fact in self.uncovered],
            }
        )


def build_record(site):
    """The record of ``site``: generated now from its canonical notice and register.

    The activities' texts are in the notice's language (they quote it); the headings follow
    the active language.
    """
    from ..notice.json_format import notice_to_dict
    from ..notice.models import NoticePage
    from .models import RecordActivity

    notice = NoticePage.for_site(site)
    record = Record(site=site, activities=[], notice=notice, generated_at=timezone.now())
    site_facts = facts(site)
    processors = list(active_rows(site))
    if notice is not None:
        record.revision_id = notice.live_revision_id
        record.published_at = notice.last_published_at
        with translation.override(notice.language_code):
            data = notice_to_dict(notice)
            source = _("Privacy notice “%(title)s”, revision %(revision)s of %(date)s") % {
                "title": notice.title,
                "revision": record.revision_id or "–",
                "date": _date(record.published_at),
            }
            builder = _Builder(data, site_facts, processors, source)
            record.activities = builder.activities()
            record.uncovered = builder.uncovered()
    owner_source = _("Added by the owner")
    # The controller is the notice's; a site without a published notice is named by itself.
    controller = (
        record.activities[0].controller if record.activities else (site.site_name or site.hostname)
    )
    for row in RecordActivity.objects.filter(site=site).order_by("name", "pk"):
        record.activities.append(
            Activity(
                name=row.name,
                controller=controller,
                purpose=row.purpose,
                legal_basis=str(dict(LEGAL_BASES).get(row.legal_basis, "")),
                data_subjects=row.data_subjects,
                data_categories=row.data_categories,
                recipients=row.recipients or _("No recipients"),
                transfers=row.transfers or _("No transfers outside the EU/EEA"),
                retention=row.retention,
                security=row.security,
                source=owner_source,
                activity_id=row.pk,
            )
        )
    return record


def _date(value):
    if not value:
        return "–"
    return timezone.localtime(value).strftime("%d.%m.%Y")


def _unique(parts):
    seen = []
    for part in parts:
        part = (part or "").strip()
        if part and part not in seen:
            seen.append(part)
    return seen


class _Builder:
    """The activities of one notice dict, in the notice's language."""

    def __init__(self, data, site_facts, processors, source):
        self.data = data
        self.facts = site_facts
        self.processors = processors
        self.source = source
        self.sections = data.get("sections", [])

    def of_kind(self, *kinds):
        return [s for s in self.sections if s.get("kind") in kinds]

    def text_of(self, kind):
        return SEP.join(_unique(s.get("text") for s in self.of_kind(kind)))

    def purposes(self):
        found = []
        for section in self.of_kind("purposes", "legal_basis"):
            found.extend(
                p for p in section.get("purposes") or [] if (p.get("purpose") or "").strip()
            )
        return found

    def controller(self):
        c = self.data.get("controller") or {}
        place = " ".join(part for part in (c.get("postal_code"), c.get("city")) if part)
        lines = [
            c.get("name"),
            _("Business ID %(id)s") % {"id": c["business_id"]} if c.get("business_id") else "",
            ", ".join(part for part in (c.get("address"), place) if part),
            c.get("email"),
            c.get("phone"),
        ]
        for section in self.of_kind("dpo"):
            person = section.get("person") or {}
            contact = ", ".join(
                p for p in (person.get("name"), person.get("email"), person.get("phone")) if p
            )
            if contact:
                lines.append(_("Data protection officer: %(contact)s") % {"contact": contact})
        return SEP.join(_unique(lines))

    def activities(self):
        controller = self.controller()
        found = []
        for purpose in self.purposes():
            text = purpose["purpose"].strip()
            # A purpose that names no data group is about the business's clients.
            named = groups_in(text + " " + (purpose.get("legitimate_interest") or ""))
            groups = frozenset(with_implied(named or {"clients"}))
            found.append(
                Activity(
                    name=_short(text),
                    controller=controller,
                    purpose=text,
                    legal_basis=self.basis(purpose),
                    data_subjects=self.subjects(groups),
                    data_categories=self.categories(groups),
                    recipients=self.recipients(groups),
                    transfers=self.transfers(groups),
                    retention=self.retention(groups),
                    security=self.security(groups),
                    source=self.source,
                    groups=groups,
                )
            )
        return found

    def basis(self, purpose):
        label = str(dict(LEGAL_BASES).get(purpose.get("legal_basis") or "", ""))
        interest = (purpose.get("legitimate_interest") or "").strip()
        if interest:
            label = f"{label}: {interest}" if label else interest
        return label or _("Not stated in the notice")

    def facts_for(self, groups):
        return [f for f in self.facts if groups & set(f.groups)]

    def subjects(self, groups):
        parts = _unique(f.subjects for f in self.facts_for(groups))
        if not parts:
            parts = _unique([self.text_of("data_subjects")])
        return SEP.join(parts) or _("Not stated in the notice")

    def categories(self, groups):
        categories = [
            c
            for s in self.of_kind("data_content")
            for c in s.get("categories") or []
            if c.get("name")
        ]

        def line(category):
            text = category["name"]
            if category.get("description"):
                text += f": {category['description']}"
            if category.get("special_category"):
                text += " " + _("(special category, GDPR Art 9)")
            return text

        matched = []
        for category in categories:
            # What the category's name says; its description only when the name says nothing.
            own = groups_in(category["name"]) or groups_in(category.get("description") or "")
            if category.get("special_category"):
                own.add("health")
            # A category that names no group (a name, an email address) is client data.
            if (own & groups) or (not own and "clients" in groups):
                matched.append(line(category))
        if not matched:
            matched = _unique(f.data for f in self.facts_for(groups))
        if not matched:
            matched = [line(c) for c in categories] or _unique([self.text_of("data_content")])
        return SEP.join(_unique(matched)) or _("Not stated in the notice")

    def recipients(self, groups):
        parts = []
        for section in self.of_kind("recipients"):
            for recipient in section.get("recipients") or []:
                text = f"{recipient.get('name') or ''} {recipient.get('description') or ''}"
                own = groups_in(text)
                if not own or own & groups:
                    name = recipient.get("name") or ""
                    description = recipient.get("description") or ""
                    parts.append(f"{name}: {description}" if description else name)
        for row in self._processors(groups):
            parts.append(
                _("%(name)s (processor: %(service)s)") % {"name": row.name, "service": row.service}
                if row.service
                else _("%(name)s (processor)") % {"name": row.name}
            )
        if not parts:
            parts = _unique([self.text_of("recipients")])
        return SEP.join(_unique(parts)) or _("No recipients")

    def _processors(self, groups):
        return [
            row for row in self.processors if not row.data_groups or set(row.data_groups) & groups
        ]

    def transfers(self, groups):
        parts = []
        for row in self._processors(groups):
            if not countries.outside_eea(row.country):
                continue
            safeguard = valid_safeguard(row)
            parts.append(
                _("%(name)s, %(country)s: %(safeguard)s")
                % {
                    "name": row.name,
                    "country": countries.name(row.country),
                    "safeguard": row.get_safeguard_display()
                    if safeguard
                    else _("no safeguard recorded"),
                }
            )
        return SEP.join(parts) or _("No transfers outside the EU/EEA")

    def retention(self, groups):
        parts = []
        for section in self.of_kind("retention"):
            for rule in section.get("rules") or []:
                own = set(RETENTION_TARGET_GROUPS.get(rule.get("applies_to") or "", set()))
                own |= groups_in(rule.get("data") or "")
                if own & groups:
                    parts.append(f"{rule.get('data') or ''}: {_period(rule)}".strip(": "))
        if not parts:
            parts = _unique([self.text_of("retention")])
        return SEP.join(_unique(parts)) or _("Not stated in the notice")

    def security(self, groups):
        parts = _unique([self.text_of("security")] + [f.security for f in self.facts_for(groups)])
        return SEP.join(parts) or _("Not stated in the notice")

    def uncovered(self):
        """Processing the site does that no purpose of the notice speaks of."""
        covered = set()
        for purpose in self.purposes():
            covered |= with_implied(groups_in(purpose["purpose"]))
        return [fact for fact in self.facts if fact.what and not (set(fact.groups) & covered)]


def _period(rule):
    """A retention rule of the notice dict as text ("3 vuotta viimeisestä varauksesta")."""
    from ..notice.blocks import RetentionRuleBlock

    value = RetentionRuleBlock().to_python(
        {
            key: rule.get(key)
            for key in ("data", "applies_to", "period", "unit", "until", "counted_from")
        }
    )
    return str(value.period_label())


def _short(text, limit=80):
    """The start of a purpose, as the activity's name: its first sentence, cut at a word."""
    first = text.split(". ")[0].rstrip(".")
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0] + "…"


# Export -------------------------------------------------------------------------------------


def safe_cell(value):
    """A cell a spreadsheet will not run as a formula (CSV injection): "=", "+", "@" lead."""
    text = str(value if value is not None else "")
    return "'" + text if text[:1] in ("=", "+", "@") else text


def write_csv(record, out):
    import csv

    writer = csv.writer(out)
    writer.writerow([str(label) for _key, label in COLUMNS])
    for activity in record.activities:
        writer.writerow([safe_cell(getattr(activity, key)) for key in COLUMN_KEYS])
