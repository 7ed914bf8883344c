"""Which sites' register records an admin user may see: per-site scoping for agencies.

Wagtail has no per-site permission for plain models, so the register's admin screens scope
their records by the sites a user edits: a user sees the records of the sites whose root page
lies at or below a page their groups hold a page permission on (Wagtail's own "Page
permissions" of a group, docs/deployment.md). An owner whose group edits salon B's pages
sees salon B's clients, bookings, consents and requests, and nothing of salon A's. Model
permissions ("can view clients") still decide *what* a user may do; scoping decides *where*.

Superusers see every site. An install with a single site is not scoped.
"""

from django.utils.functional import cached_property
from wagtail.models import GroupPagePermission, Site


def user_site_ids(user):
    """The ids of the sites whose records ``user`` may see, or None for every site."""
    if user.is_superuser:
        return None
    cached = getattr(user, "_seloste_site_ids", None)
    if cached is not None:
        return cached
    sites = list(Site.objects.select_related("root_page").only("pk", "root_page__path"))
    if len(sites) <= 1:
        ids = None
    else:
        paths = set(
            GroupPagePermission.objects.filter(group__user=user).values_list(
                "page__path", flat=True
            )
        )
        ids = [
            site.pk for site in sites if any(site.root_page.path.startswith(path) for path in paths)
        ]
    user._seloste_site_ids = ids
    return ids


def scope(queryset, user, site_field="site"):
    """``queryset`` limited to the sites ``user`` may see."""
    ids = user_site_ids(user)
    if ids is None:
        return queryset
    return queryset.filter(**{f"{site_field}__in": ids})


def visible_sites(user):
    """The sites ``user`` may see, for site filters and choices."""
    ids = user_site_ids(user)
    sites = Site.objects.order_by("-is_default_site", "hostname")
    return sites if ids is None else sites.filter(pk__in=ids)


def in_scope(user, site_id):
    """Whether ``user`` may see a record of the site ``site_id``."""
    ids = user_site_ids(user)
    return ids is None or site_id in ids


def site_id_of(obj, site_field="site"):
    """The site id of ``obj``, following ``site_field`` (e.g. ``"client__site"``)."""
    *path, last = site_field.split("__")
    for name in path:
        obj = getattr(obj, name)
    return getattr(obj, f"{last}_id")


class ScopedViewMixin:
    """For the register's admin views (Wagtail generic views): list only the records of the
    user's sites, and answer 404 for another site's record, as if it did not exist.
    ``site_field`` is the lookup from the model to its site."""

    site_field = "site"

    def get_base_queryset(self):
        return scope(super().get_base_queryset(), self.request.user, self.site_field)

    def get_object(self, queryset=None):
        from django.http import Http404

        obj = super().get_object(queryset)
        if not in_scope(self.request.user, site_id_of(obj, self.site_field)):
            raise Http404
        return obj


class SiteColumnMixin:
    """For an index of per-site records: a "site" column when the user sees several sites."""

    site_column_after = 1

    @cached_property
    def columns(self):
        from django.utils.text import capfirst
        from django.utils.translation import gettext_lazy
        from wagtail.admin.ui.tables import Column

        columns = list(super().columns)
        names = {
            site.pk: site.site_name or site.hostname for site in visible_sites(self.request.user)
        }
        if len(names) > 1:
            column = Column(
                "site",
                label=capfirst(gettext_lazy("site")),
                accessor=lambda obj: names.get(obj.site_id, ""),
            )
            columns.insert(self.site_column_after, column)
        return columns


class ScopedObjectMixin:
    """For a view of one record that lists something else (Wagtail's history and usage views):
    another site's record answers 404, as if it did not exist."""

    site_field = "site"

    def get_object(self, *args, **kwargs):
        from django.http import Http404

        obj = super().get_object(*args, **kwargs)
        if not in_scope(self.request.user, site_id_of(obj, self.site_field)):
            raise Http404
        return obj
