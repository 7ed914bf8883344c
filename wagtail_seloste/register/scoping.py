"""Which sites' register records an admin user may see: per-site scoping for agencies.

Wagtail has no per-site permission for plain models, so the register's admin screens scope
their records by the sites a user edits: a user sees the records of the sites whose root page
lies at or below a page their groups hold a page permission on (Wagtail's own "Page
permissions" of a group, docs/deployment.md). An owner whose group edits salon B's pages
sees salon B's clients, bookings, consents and requests, and nothing of salon A's. Model
permissions ("can view clients") still decide *what* a user may do; scoping decides *where*.

Superusers see every site. An install with a single site is not scoped.

Another site's record answers 404 with the same body as an id that does not exist, so an owner
cannot even learn which ids exist elsewhere (GDPR Art 5(1)(f), confidentiality; Art 32).
Viewsets of per-site records mix in ``ScopedViewSetMixin``: every view they build, Wagtail's own
history, usage and history-results views included, is scoped. ``register_scoped_model`` also
hides the records' audit trail of other sites from Reports → Site history.
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


def scope_by_page(queryset, user, page_field="page"):
    """``queryset`` limited to rows whose page (``page_field``) lies under one of the sites
    ``user`` may see: a booking page's services, for the bookings' filter."""
    from django.db.models import Q

    ids = user_site_ids(user)
    if ids is None:
        return queryset
    query = Q(pk__in=[])
    for site in Site.objects.filter(pk__in=ids).select_related("root_page"):
        query |= Q(**{f"{page_field}__path__startswith": site.root_page.path})
    return queryset.filter(query)


def visible_sites(user):
    """The sites ``user`` may see, for site filters and choices."""
    ids = user_site_ids(user)
    sites = Site.objects.order_by("-is_default_site", "hostname")
    return sites if ids is None else sites.filter(pk__in=ids)


def in_scope(user, site_id):
    """Whether ``user`` may see a record of the site ``site_id``."""
    ids = user_site_ids(user)
    return ids is None or site_id in ids


def not_found(model):
    """The 404 of a record out of scope, the same as Django's ``get_object_or_404`` for an id
    that does not exist: the answer must not tell the two apart."""
    from django.http import Http404

    return Http404(f"No {model._meta.object_name} matches the given query.")


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
        obj = super().get_object(queryset)
        if not in_scope(self.request.user, site_id_of(obj, self.site_field)):
            raise not_found(type(obj))
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
        obj = super().get_object(*args, **kwargs)
        if obj is None:  # a create view: no record yet
            return obj
        if not in_scope(self.request.user, site_id_of(obj, self.site_field)):
            raise not_found(type(obj))
        return obj


class ScopedListMixin:
    """For a list of per-site records: only the records of the user's sites."""

    site_field = "site"

    def get_base_queryset(self):
        return scope(super().get_base_queryset(), self.request.user, self.site_field)


class ScopedChooserMixin:
    """For a chooser of per-site records: only the records of the user's sites are offered,
    and another site's id is chosen as if it did not exist."""

    site_field = "site"

    def get_object_list(self):
        return scope(super().get_object_list(), self.request.user, self.site_field)

    def get_objects(self, pks):
        return scope(super().get_objects(pks), self.request.user, self.site_field)


def scoped_view_class(view_class, site_field):
    """``view_class`` scoped by ``site_field``: a list lists the user's sites' records, a view of
    one record answers 404 for another site's. A view already scoped is returned as it is."""
    from wagtail.admin.views.generic.chooser import BaseChooseView, ChosenMultipleViewMixin
    from wagtail.admin.views.generic.models import IndexView

    scoped = (ScopedViewMixin, ScopedObjectMixin, ScopedListMixin, ScopedChooserMixin)
    if issubclass(view_class, scoped):
        return view_class
    if issubclass(view_class, IndexView):
        mixin = ScopedListMixin
    elif issubclass(view_class, (BaseChooseView, ChosenMultipleViewMixin)):
        mixin = ScopedChooserMixin
    elif hasattr(view_class, "get_object"):
        mixin = ScopedObjectMixin
    else:
        return view_class  # a create view: the form offers only the user's sites
    return type(view_class.__name__, (mixin, view_class), {"site_field": site_field})


# The models whose admin views are scoped, with the lookup to their site: their audit trail in
# Reports → Site history is scoped the same way.
SCOPED_MODELS = {}


def register_scoped_model(model, site_field="site"):
    SCOPED_MODELS[model] = site_field


class ScopedViewSetMixin:
    """For a ``ModelViewSet`` of per-site records: every view it builds is scoped by
    ``site_field``, Wagtail's own history, history-results and usage views included, and so is
    the records' audit trail in Reports → Site history. A view added later is scoped too."""

    site_field = "site"

    def on_register(self):
        super().on_register()
        register_scoped_model(self.model, self.site_field)

    def construct_view(self, view_class, **kwargs):
        return super().construct_view(scoped_view_class(view_class, self.site_field), **kwargs)


class ScopedBulkActionMixin:
    """For a Wagtail bulk action on per-site records: another site's ids are left out as if they
    did not exist (not even listed as "no permission"), and "select all" selects the user's
    sites' records only."""

    def _site_field(self):
        return SCOPED_MODELS.get(self.model, "site")

    def get_all_objects_in_listing_query(self, parent_id):
        queryset = scope(self.model._default_manager.all(), self.request.user, self._site_field())
        return queryset.values_list("pk", flat=True)

    def get_actionable_objects(self):
        objects, extra = super().get_actionable_objects()
        user, field = self.request.user, self._site_field()

        def visible(obj):
            return in_scope(user, site_id_of(obj, field))

        objects = [obj for obj in objects if visible(obj)]
        no_access = [obj for obj in extra.get("items_with_no_access", []) if visible(obj)]
        if not objects and not no_access:
            raise not_found(self.model)
        return objects, {**extra, "items_with_no_access": no_access}


def scope_log_entries(queryset, user):
    """``queryset`` of Wagtail's ``ModelLogEntry`` without the entries of scoped records of
    sites ``user`` may not see. An entry of a deleted record, whose site is no longer known, is
    shown to superusers only."""
    from django.contrib.contenttypes.models import ContentType
    from django.db.models import CharField, Q
    from django.db.models.functions import Cast

    if user_site_ids(user) is None or not SCOPED_MODELS:
        return queryset
    hidden = Q()
    for model, site_field in SCOPED_MODELS.items():
        content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
        visible_ids = (
            scope(model._default_manager.all(), user, site_field)
            .annotate(seloste_pk=Cast("pk", CharField()))
            .values("seloste_pk")
        )
        hidden |= Q(content_type=content_type) & ~Q(object_id__in=visible_ids)
    return queryset.exclude(hidden)


def scope_site_history():
    """Wagtail lists every model log entry of a content type the user has a permission on
    (``viewable_by_user``), whatever the record's site, and offers no hook to narrow it: wrap it
    once so that Reports → Site history and its filters leave out other sites' records."""
    from wagtail.models.audit_log import ModelLogEntryManager

    original = ModelLogEntryManager.viewable_by_user
    if getattr(original, "seloste_scoped", False):
        return

    def viewable_by_user(self, user):
        return scope_log_entries(original(self, user), user)

    viewable_by_user.seloste_scoped = True
    ModelLogEntryManager.viewable_by_user = viewable_by_user
