"""Who and which data a breach touched, estimated from what the site holds.

The core knows no feature app: each app that holds people's data registers a
:class:`BreachScopeSource` saying which scopes it can estimate ("all clients", "bookings made
between two dates", "one booking page") and how to reach the people in them. The estimate is
counts and data groups only; the people are reached through the source when a message is sent,
so the breach log never copies anyone's data.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

MANUAL = "manual"


@dataclass(frozen=True)
class ScopeKind:
    """One way to say who is affected. ``needs_range``: between two moments; ``needs_page``:
    one page of the site (a booking page)."""

    key: str
    label: str
    needs_range: bool = False
    needs_page: bool = False


@dataclass
class Estimate:
    """What the register held in a breach's scope: people, records, data groups."""

    people: int = 0
    records: int = 0
    groups: set = field(default_factory=set)
    # Records holding special category data (GDPR Art 9): health information.
    health_records: int = 0

    @property
    def health(self):
        return self.health_records > 0

    def as_dict(self):
        return {
            "people": self.people,
            "records": self.records,
            "groups": sorted(self.groups),
            "health_records": self.health_records,
        }

    @classmethod
    def from_dict(cls, data):
        data = data or {}
        return cls(
            people=int(data.get("people") or 0),
            records=int(data.get("records") or 0),
            groups=set(data.get("groups") or []),
            health_records=int(data.get("health_records") or 0),
        )


@dataclass(frozen=True)
class Scope:
    kind: str
    start: object = None
    end: object = None
    page_id: int | None = None


class BreachScopeSource:
    """Estimates breach scopes over one feature's data. Subclass and register an instance."""

    name = ""

    def kinds(self):
        """The :class:`ScopeKind` this source estimates."""
        return []

    def pages(self, site):
        """``[(page id, title)]`` for the kinds that need a page."""
        return []

    def estimate(self, site, scope):
        """An :class:`Estimate` of ``scope`` on ``site``, or None when the kind is not ours."""
        return None

    def contacts(self, site, scope):
        """The people in ``scope``: ``(ref, language)`` pairs, ``ref`` JSON (ids, never
        addresses), one per person."""
        return []

    def address(self, site, ref):
        """The email address of the person ``ref`` names, or "" (erased since)."""
        return ""


_sources = {}


def register_breach_scope(source):
    """Register a source (an instance); a later one of the same name replaces it."""
    if not source.name:
        raise ValueError("A breach scope source needs a name.")
    _sources[source.name] = source
    return source


def sources():
    return list(_sources.values())


def source(name):
    return _sources.get(name)


MANUAL_KIND = ScopeKind(MANUAL, _("Other data: describe it and estimate the numbers yourself"))


def kinds():
    """Every scope kind of the installed apps, the owner's own estimate last."""
    found = []
    for src in sources():
        found.extend(src.kinds())
    return found + [MANUAL_KIND]


def kind(key):
    return next((k for k in kinds() if k.key == key), None)


def source_of(key):
    return next((src for src in sources() if any(k.key == key for k in src.kinds())), None)


def scope_of(breach):
    return Scope(
        kind=breach.scope_kind,
        start=breach.scope_start,
        end=breach.scope_end,
        page_id=breach.scope_page_id,
    )


def estimate(breach):
    """The register's estimate of ``breach``'s scope (zero for the owner's own estimate)."""
    src = source_of(breach.scope_kind)
    found = src.estimate(breach.site, scope_of(breach)) if src else None
    return found or Estimate()


def contacts(breach):
    """``(source name, ref, language)`` for every person in ``breach``'s scope."""
    src = source_of(breach.scope_kind)
    if src is None:
        return []
    return [
        (src.name, ref, language) for ref, language in src.contacts(breach.site, scope_of(breach))
    ]


def page_choices(site):
    found = []
    for src in sources():
        found.extend(src.pages(site))
    return found
