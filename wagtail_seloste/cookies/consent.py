"""Declared cookies → django-cookie-consent, and the visitor's consent.

The canonical notice's "Cookies" section is the single source of truth: ``sync_cookies``
mirrors its categories and cookies into django-cookie-consent's ``CookieGroup`` and ``Cookie``
rows, and the banner, the settings view, the tracking snippets and ``CleanCookiesMiddleware``
all read those rows (through django-cookie-consent's cache).

Two facts of django-cookie-consent shape the sync (docs/cookies.md):

* A group's *version* is the ``created`` time of its newest cookie, and a visitor's stored
  choice counts only while it is at least that version. So a new cookie re-asks for its
  category, and deleting and re-creating unchanged rows would re-ask everyone: the sync
  upserts (keyed by category key and cookie name) and deletes only what was removed.
* Groups are global, not per site: they follow one notice, the canonical notice of the
  default site (``source_notice``).
"""

import logging
from dataclasses import dataclass, field

from cookie_consent.cache import all_cookie_groups
from cookie_consent.cache import delete_cache as delete_consent_cache
from cookie_consent.models import (
    ACTION_ACCEPTED,
    ACTION_DECLINED,
    COOKIE_NAME_RE,
    Cookie,
    CookieGroup,
    LogItem,
)
from cookie_consent.util import (
    dict_to_cookie_str,
    get_cookie_dict_from_request,
    is_cookie_consent_enabled,
)
from django.conf import settings
from django.core.cache import caches
from django.db import transaction

from ..conf import seloste_settings

logger = logging.getLogger(__name__)

NOTICE_LINK_CACHE_KEY = "wagtail_seloste:cookie_notice_link"
SNIPPETS_CACHE_KEY = "wagtail_seloste:tracking_snippets"


def _cache():
    # The same backend as django-cookie-consent's groups, so that one shared cache setting
    # (COOKIE_CONSENT_CACHE_BACKEND) covers everything the banner reads.
    return caches[settings.COOKIE_CONSENT_CACHE_BACKEND]


def clear_caches():
    """Forget the cached groups, the notice link and the snippets (every process, when the
    cache is shared)."""
    delete_consent_cache()
    _cache().delete_many([NOTICE_LINK_CACHE_KEY, SNIPPETS_CACHE_KEY])


# Sync -------------------------------------------------------------------------------------------


def source_notice():
    """The notice whose cookie declarations the banner follows.

    django-cookie-consent's groups are global, so they mirror one notice: the canonical notice
    of the default site (``NoticePage.for_site``). None when that site has no live notice.
    """
    from wagtail.models import Site

    from ..models import NoticePage

    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    return NoticePage.for_site(site)


def declared_categories(notice):
    """The notice's cookie categories as plain dicts, in the notice's order.

    A repeated category key or cookie name counts once (the first wins); a key that
    django-cookie-consent cannot store is skipped with a warning.
    """
    categories = []
    seen = set()
    for category in notice.cookie_categories:
        key = (category.get("key") or "").strip()
        if not key or len(key) > 32 or not COOKIE_NAME_RE.match(key):
            logger.warning("Skipping the cookie category with the invalid key %r.", key)
            continue
        if key in seen:
            continue
        seen.add(key)
        cookies = []
        names = set()
        for cookie in category.get("cookies") or []:
            name = (cookie.get("name") or "").strip()
            if not name or name in names:
                continue
            names.add(name)
            cookies.append(
                {
                    "name": name[:250],
                    "provider": cookie.get("provider") or "",
                    "purpose": cookie.get("purpose") or "",
                    "duration": cookie.get("duration") or "",
                }
            )
        categories.append(
            {
                "key": key,
                "name": (category.get("name") or key)[:100],
                "description": category.get("description") or "",
                "necessary": bool(category.get("necessary")),
                "cookies": cookies,
            }
        )
    return categories


@dataclass
class SyncResult:
    """What a sync changed: category keys and "key/cookie" names."""

    created_groups: list = field(default_factory=list)
    updated_groups: list = field(default_factory=list)
    deleted_groups: list = field(default_factory=list)
    created_cookies: list = field(default_factory=list)
    updated_cookies: list = field(default_factory=list)
    deleted_cookies: list = field(default_factory=list)

    @property
    def changed(self):
        return any(getattr(self, name) for name in self.__dataclass_fields__)


def _set_fields(instance, values):
    """Assign the values that differ; return the names of the fields that changed."""
    changed = [name for name, value in values.items() if getattr(instance, name) != value]
    for name in changed:
        setattr(instance, name, values[name])
    return changed


@transaction.atomic
def sync_cookies(notice=None):
    """Mirror the notice's cookie categories into django-cookie-consent; return a SyncResult.

    Idempotent: an unchanged notice writes nothing. Rows are updated in place, never deleted
    and re-created, so that a visitor's stored choice stays valid unless a cookie was added
    to its category. Returns None (and changes nothing) when there is no notice to follow.
    The consent cache is cleared after the transaction commits, so that no other process
    caches the old groups in between.
    """
    notice = notice if notice is not None else source_notice()
    if notice is None:
        return None
    result = SyncResult()
    declared = declared_categories(notice)
    # Locks the rows so that two publishes at once do not both create the same cookie.
    existing = {
        group.varname: group
        for group in CookieGroup.objects.select_for_update().prefetch_related("cookie_set")
    }
    for ordering, category in enumerate(declared):
        values = {
            "name": category["name"],
            "description": category["description"],
            "is_required": category["necessary"],
            # Necessary cookies are never expired by CleanCookiesMiddleware.
            "is_deletable": not category["necessary"],
            "ordering": ordering,
        }
        group = existing.pop(category["key"], None)
        if group is None:
            group = CookieGroup(varname=category["key"], **values)
            group.save()
            result.created_groups.append(group.varname)
            current_cookies = {}
        else:
            changed = _set_fields(group, values)
            if changed:
                group.save(update_fields=changed)
                result.updated_groups.append(group.varname)
            current_cookies = {}
            # Ordered newest first; keep the oldest row of a name, which holds the version
            # visitors accepted, and drop any duplicates made outside the sync.
            for cookie in reversed(list(group.cookie_set.all())):
                if cookie.name in current_cookies:
                    cookie.delete()
                    result.deleted_cookies.append(f"{group.varname}/{cookie.name}")
                else:
                    current_cookies[cookie.name] = cookie
        for declared_cookie in category["cookies"]:
            cookie_values = {"description": declared_cookie["purpose"]}
            cookie = current_cookies.pop(declared_cookie["name"], None)
            if cookie is None:
                # A new cookie: its ``created`` becomes the group's version, so visitors who
                # accepted this category are asked again (Traficom: consent covers the
                # cookies the visitor was told about).
                Cookie(
                    cookiegroup=group, name=declared_cookie["name"], path="/", **cookie_values
                ).save()
                result.created_cookies.append(f"{group.varname}/{declared_cookie['name']}")
            else:
                changed = _set_fields(cookie, cookie_values)
                if changed:
                    cookie.save(update_fields=changed)
                    result.updated_cookies.append(f"{group.varname}/{cookie.name}")
        for cookie in current_cookies.values():
            # A removed cookie does not re-ask: the group's version can only go back in time.
            cookie.delete()
            result.deleted_cookies.append(f"{group.varname}/{cookie.name}")
    if existing:
        # Deleting a group also deletes its consent log rows (a cascade in
        # django-cookie-consent); the report loses the history of a removed category.
        CookieGroup.objects.filter(pk__in=[group.pk for group in existing.values()]).delete()
        result.deleted_groups.extend(sorted(existing))
    transaction.on_commit(clear_caches)
    return result


def sync_cookies_on_commit(notice_pk=None):
    """Run the sync after the current transaction commits (publishing is not atomic)."""

    def run():
        from ..models import NoticePage

        notice = None
        if notice_pk is not None:
            notice = NoticePage.objects.live().filter(pk=notice_pk).first()
            if notice is None:
                return
        sync_cookies(notice)

    transaction.on_commit(run)


# Consent helpers ---------------------------------------------------------------------------------


def optional_groups():
    """The optional (non-necessary) cookie groups, varname → group, from the cache."""
    return all_cookie_groups()


def group_state(value, group):
    """A stored consent value's meaning for ``group``: True, False or None (undecided).

    django-cookie-consent's rule: accepted only while the stored version is at least the
    group's version (the newest cookie's creation time).
    """
    if value is None:
        return None
    if value == settings.COOKIE_CONSENT_DECLINE:
        return False
    return True if value >= group.get_version() else None


def consent_states(request, with_groups=False):
    """Each optional category's state for this visitor: True, False or None (undecided).

    Computed once per request (one cache read); ``with_groups`` gives (group, state) pairs.
    """
    cached = getattr(request, "_seloste_consent_states", None)
    if cached is None:
        choices = get_cookie_dict_from_request(request)
        cached = {
            varname: (group, group_state(choices.get(varname), group))
            for varname, group in optional_groups().items()
        }
        request._seloste_consent_states = cached
    if with_groups:
        return cached
    return {varname: state for varname, (_group, state) in cached.items()}


def is_accepted(request, category):
    """Whether the visitor accepted the optional ``category`` (its current version).

    A necessary category is always accepted; an unknown category never is.
    """
    if request is None:
        return False
    states = consent_states(request)
    if category in states:
        return states[category] is True
    return _is_necessary(category)


def _is_necessary(category):
    # Necessary groups are not in django-cookie-consent's cache (it holds optional groups
    # only); this costs a query, but only for the rare template that gates on one.
    return CookieGroup.objects.filter(varname=category, is_required=True).exists()


def undecided_categories(request):
    """The optional groups the visitor has neither accepted nor declined (current version)."""
    if request is None or not is_cookie_consent_enabled(request):
        return []
    return [
        group
        for group, state in consent_states(request, with_groups=True).values()
        if state is None
    ]


def record_choices(request, response, accept=(), decline=()):
    """Write the visitor's choices to the consent cookie of ``response`` and log them.

    ``accept`` and ``decline`` are CookieGroups. Declining expires the category's declared
    cookies where the server can (first-party cookies, by exact name and path). The consent
    cookie lives ``WAGTAIL_SELOSTE_CONSENT_MAX_AGE`` seconds from this decision.
    The log holds one row per category and decision with no visitor identifier.
    """
    choices = get_cookie_dict_from_request(request)
    known = optional_groups()
    # The states memoised for this request are out of date from here on.
    request.__dict__.pop("_seloste_consent_states", None)
    # Keep only categories that still exist, so the cookie does not grow with history.
    choices = {key: value for key, value in choices.items() if key in known}
    for group in accept:
        choices[group.varname] = group.get_version()
    for group in decline:
        choices[group.varname] = settings.COOKIE_CONSENT_DECLINE
        if group.is_deletable:
            for cookie in group.cookie_set.all():
                if cookie.name in request.COOKIES:
                    response.delete_cookie(cookie.name, cookie.path or "/", cookie.domain or None)
    response.set_cookie(
        settings.COOKIE_CONSENT_NAME,
        dict_to_cookie_str(choices),
        max_age=seloste_settings.CONSENT_MAX_AGE,
        domain=settings.COOKIE_CONSENT_DOMAIN,
        secure=settings.COOKIE_CONSENT_SECURE,
        httponly=settings.COOKIE_CONSENT_HTTPONLY,
        samesite=settings.COOKIE_CONSENT_SAMESITE,
    )
    if settings.COOKIE_CONSENT_LOG_ENABLED:
        LogItem.objects.bulk_create(
            [
                LogItem(action=ACTION_ACCEPTED, cookiegroup=group, version=group.get_version())
                for group in accept
            ]
            + [
                LogItem(action=ACTION_DECLINED, cookiegroup=group, version=group.get_version())
                for group in decline
            ]
        )
    return choices


# Cached data of the banner -----------------------------------------------------------------------


def notice_link():
    """(url, anchor) of the source notice's cookie section, cached; ("", "") without one.

    The URL is relative on a single-site install and absolute with several sites.
    """
    cache = _cache()
    link = cache.get(NOTICE_LINK_CACHE_KEY)
    if link is None:
        notice = source_notice()
        if notice is None:
            link = ("", "")
        else:
            link = (notice.get_url() or "", notice.anchor_of("cookies"))
        cache.set(NOTICE_LINK_CACHE_KEY, link, seloste_settings.COOKIE_CACHE_TIMEOUT)
    return tuple(link)


def tracking_snippets():
    """The enabled tracking snippets as (category, code) pairs, cached."""
    cache = _cache()
    snippets = cache.get(SNIPPETS_CACHE_KEY)
    if snippets is None:
        from .models import TrackingSnippet

        snippets = list(
            TrackingSnippet.objects.filter(enabled=True).values_list("category", "code")
        )
        cache.set(SNIPPETS_CACHE_KEY, snippets, seloste_settings.COOKIE_CACHE_TIMEOUT)
    return snippets


def clear_snippet_cache():
    _cache().delete(SNIPPETS_CACHE_KEY)


def clear_notice_link_cache():
    _cache().delete(NOTICE_LINK_CACHE_KEY)
