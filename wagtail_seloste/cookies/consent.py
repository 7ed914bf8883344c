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
* Groups are global in django-cookie-consent, but each Wagtail ``Site`` has its own notice
  and so its own categories. A site's groups are stored under site-scoped varnames
  (``s<site id>-<category key>``, see :func:`varname_for`), read through a per-site cache
  entry, and everything visitors and templates see uses the notice's category keys
  ("analytics"). A visitor of site B is never asked about site A's cookies, and the cost of a
  page view does not grow with the number of sites.
"""

import logging
from dataclasses import dataclass, field

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
from django.db import transaction
from django.utils import translation

from ..cache import safe_cache
from ..conf import seloste_settings
from ..notice.cookie_declarations import localised_categories

logger = logging.getLogger(__name__)

# Under the site's banner generation (``banner_generation``): every process keeps a copy of its
# own, and ``clear_caches`` forgets them all at once by starting a new generation.
SITE_CACHE_KEY = "wagtail_seloste:cookie_site:{generation}:{site_id}"
SNIPPETS_CACHE_KEY = "wagtail_seloste:tracking_snippets:{generation}:{site_id}"
BANNER_GENERATION = "wagtail_seloste:banner_generation:{site_id}"


def banner_generation(site_id):
    """The generation of a site's banner data: one counter per site, so that one site's
    change does not rebuild every site's banner."""
    from ..cache import generation, register_generation

    return generation(register_generation(BANNER_GENERATION.format(site_id=site_id)))


def _cache():
    # The same backend as django-cookie-consent's groups, so that one shared cache setting
    # (COOKIE_CONSENT_CACHE_BACKEND) covers everything the banner reads.
    return safe_cache(settings.COOKIE_CONSENT_CACHE_BACKEND)


def varname_for(site_id, key):
    """The django-cookie-consent varname of ``site_id``'s category ``key`` (unique, ≤ 32)."""
    return f"s{site_id}-{key}"[:32]


def site_prefix(site_id):
    return f"s{site_id}-"


def site_id_of(request_or_site):
    """The Wagtail site id of a request (or a Site, or a site id), or None when no site
    matches."""
    from wagtail.models import Site

    if request_or_site is None:
        return None
    if isinstance(request_or_site, int):
        return request_or_site
    if isinstance(request_or_site, Site):
        return request_or_site.pk
    site = Site.find_for_request(request_or_site)
    return site.pk if site else None


def clear_caches(site_id=None):
    """Forget the cached banner data of one site (or of every site), in every process when the
    cache is shared, and django-cookie-consent's own cache."""
    from wagtail.models import Site

    from ..cache import bump

    delete_consent_cache()
    ids = [site_id] if site_id is not None else list(Site.objects.values_list("pk", flat=True))
    for pk in ids:
        bump(BANNER_GENERATION.format(site_id=pk))


# Sync -------------------------------------------------------------------------------------------


def source_notice(site=None):
    """The notice whose cookie declarations ``site``'s banner follows: its canonical notice
    (``NoticePage.for_site``); the default site when ``site`` is None. None without one."""
    from wagtail.models import Site

    from ..notice.models import NoticePage

    if site is None:
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    return NoticePage.for_site(site) if site is not None else None


def sites_following(notice, *, translations=False):
    """The sites whose canonical notice is ``notice`` (or, with ``translations``, any of its
    translations)."""
    from wagtail.models import Site

    def follows(canonical):
        if canonical is None:
            return False
        if translations:
            return canonical.translation_key == notice.translation_key
        return canonical.pk == notice.pk

    return [
        site for site in Site.objects.select_related("root_page") if follows(source_notice(site))
    ]


def refresh_caches(site_id):
    """Rebuild one site's cached banner data at once, so that its next visitor does not pay
    for it (after a publish, the new notice is the one read)."""
    clear_caches(site_id)
    site_data(site_id)


def declared_categories(notice):
    """The notice's cookie categories as plain dicts, in the notice's order.

    A repeated category key or cookie name counts once (the first wins); a key that
    django-cookie-consent cannot store is skipped with a warning.
    """
    categories = []
    seen = set()
    for category in notice.cookie_categories:
        key = (category.get("key") or "").strip()
        # 24 characters leave room for the site prefix in django-cookie-consent's 32.
        if not key or len(key) > 24 or not COOKIE_NAME_RE.match(key):
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


def sync_cookies(notice=None, site=None):
    """Mirror a notice's cookie categories into django-cookie-consent; return a SyncResult.

    ``site`` syncs that site from its canonical notice; ``notice`` syncs every site whose
    canonical notice it is; neither syncs the default site. Idempotent: an unchanged notice
    writes nothing. Rows are updated in place, never deleted and re-created, so that a
    visitor's stored choice stays valid unless a cookie was added to its category. Returns
    None (and changes nothing) when there is no notice to follow. The caches are cleared after
    the transaction commits, so that no other process caches the old groups in between.
    """
    from wagtail.models import Site

    if site is not None:
        targets = [(site, source_notice(site))]
    elif notice is not None:
        targets = [(target, notice) for target in sites_following(notice)]
        if not targets:
            return None
    else:
        default = Site.objects.filter(is_default_site=True).first()
        targets = [(default, source_notice(default))] if default else []
    targets = [(target, source) for target, source in targets if source is not None]
    if not targets:
        return None
    result = SyncResult()
    for target, source in targets:
        _sync_site(target, source, result)
    return result


@transaction.atomic
def _sync_site(site, notice, result):
    declared = declared_categories(notice)
    prefix = site_prefix(site.pk)
    # Locks the rows so that two publishes at once do not both create the same cookie.
    existing = {
        group.varname[len(prefix) :]: group
        for group in CookieGroup.objects.select_for_update()
        .filter(varname__startswith=prefix)
        .prefetch_related("cookie_set")
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
        key = category["key"]
        group = existing.pop(key, None)
        if group is None:
            group = CookieGroup(varname=varname_for(site.pk, key), **values)
            group.save()
            result.created_groups.append(key)
            current_cookies = {}
        else:
            changed = _set_fields(group, values)
            if changed:
                group.save(update_fields=changed)
                result.updated_groups.append(key)
            current_cookies = {}
            # Ordered newest first; keep the oldest row of a name, which holds the version
            # visitors accepted, and drop any duplicates made outside the sync.
            for cookie in reversed(list(group.cookie_set.all())):
                if cookie.name in current_cookies:
                    cookie.delete()
                    result.deleted_cookies.append(f"{key}/{cookie.name}")
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
                result.created_cookies.append(f"{key}/{declared_cookie['name']}")
            else:
                changed = _set_fields(cookie, cookie_values)
                if changed:
                    cookie.save(update_fields=changed)
                    result.updated_cookies.append(f"{key}/{cookie.name}")
        for cookie in current_cookies.values():
            # A removed cookie does not re-ask: the group's version can only go back in time.
            cookie.delete()
            result.deleted_cookies.append(f"{key}/{cookie.name}")
    if existing:
        # Deleting a group also deletes its consent log rows (a cascade in
        # django-cookie-consent); the report loses the history of a removed category.
        CookieGroup.objects.filter(pk__in=[group.pk for group in existing.values()]).delete()
        result.deleted_groups.extend(sorted(existing))
    transaction.on_commit(lambda: refresh_caches(site.pk))


def sync_cookies_on_commit(notice_pk=None):
    """Run the sync after the current transaction commits (publishing is not atomic)."""

    def run():
        from ..notice.models import NoticePage

        if notice_pk is None:
            sync_cookies()
            return
        notice = NoticePage.objects.live().filter(pk=notice_pk).first()
        if notice is not None:
            sync_cookies(notice)

    transaction.on_commit(run)


# Consent helpers ---------------------------------------------------------------------------------


def _by_language(notice):
    """Category labels and the cookie section's link per language, from the notice and its
    live translations, so the banner speaks (and links to) the language the visitor reads:
    ``({language: {key: (name, description)}}, {language: (url, anchor)})``."""
    labels, links = {}, {}
    pages = [notice]
    try:
        pages += list(notice.get_translations().live().specific())
    except Exception:  # noqa: BLE001 - a page without translations support
        pass
    for page in pages:
        language = page.locale.language_code
        # Every category of the canonical notice, in the translation's words; one the
        # translation lacks is named by its key, never in another language.
        with translation.override(language):
            categories = localised_categories(notice, page)
        labels[language] = {
            category["key"]: (category["name"], category["description"]) for category in categories
        }
        links[language] = (page.get_url() or "", page.anchor_of("cookies"))
    return labels, links


def categories_in_language(site, language=None):
    """The site's cookie categories for its cookie settings page, in ``language`` (the active
    one by default): the canonical notice's categories and cookies, with the words of its
    translation in that language where it has one (``notice.cookie_declarations``).

    Kept in the shared cache per site and language: forgotten when any page is saved (a notice
    published, PAGES_GENERATION) or the canonical notice changes (a notice published,
    unpublished, moved or deleted, or the settings saved)."""
    from ..cache import PAGES_GENERATION, cache, generation
    from ..notice.models import CANONICAL_GENERATION_KEY

    language = (language or translation.get_language() or "").split("-")[0]
    key = (
        f"wagtail_seloste:cookie_categories:{generation(CANONICAL_GENERATION_KEY)}:"
        f"{generation(PAGES_GENERATION)}:{site.pk}:{language}"
    )
    categories = cache.get(key, generational=True)
    if categories is None:
        categories = _categories_in_language(site, language)
        cache.set(key, categories, seloste_settings.COOKIE_CACHE_TIMEOUT, generational=True)
    return categories


def _categories_in_language(site, language):
    notice = source_notice(site)
    if notice is None:
        return []
    valid = {category["key"] for category in declared_categories(notice)}
    translated = notice.live_translation(language) if language else None
    categories = localised_categories(notice, translated.specific if translated else None)
    return [category for category in categories if category["key"] in valid]


def site_data(site_id):
    """Everything the banner reads for one site, from one cache entry:
    ``{"optional": {key: CookieGroup}, "necessary": [key], "labels": {...}, "link": (url,
    anchor)}``. Built from the database on a miss; its size depends on this site only."""
    cache = _cache()
    key = SITE_CACHE_KEY.format(generation=banner_generation(site_id), site_id=site_id)
    data = cache.get(key, generational=True)
    if data is not None:
        return data
    from wagtail.models import Site

    prefix = site_prefix(site_id)
    groups = list(
        CookieGroup.objects.filter(varname__startswith=prefix)
        .prefetch_related("cookie_set")
        .order_by("ordering", "pk")
    )
    for group in groups:
        # Evaluates the prefetch, so the cached groups carry their cookies (and versions).
        group.get_version()
    site = Site.objects.filter(pk=site_id).select_related("root_page").first()
    notice = source_notice(site) if site is not None else None
    labels, links = _by_language(notice) if notice is not None else ({}, {})
    data = {
        "optional": {g.varname[len(prefix) :]: g for g in groups if not g.is_required},
        "necessary": [g.varname[len(prefix) :] for g in groups if g.is_required],
        "labels": labels,
        "links": links,
        "link": (
            (notice.get_url() or "", notice.anchor_of("cookies"))
            if notice is not None
            else ("", "")
        ),
    }
    cache.set(key, data, seloste_settings.COOKIE_CACHE_TIMEOUT, generational=True)
    return data


def optional_groups(site_or_request=None):
    """The site's optional (non-necessary) cookie groups, category key → group."""
    site_id = _site_id_or_default(site_or_request)
    return site_data(site_id)["optional"] if site_id is not None else {}


def _site_id_or_default(site_or_request):
    site_id = site_id_of(site_or_request)
    if site_id is None:
        from wagtail.models import Site

        site_id = Site.objects.filter(is_default_site=True).values_list("pk", flat=True).first()
    return site_id


def label_of(group, key, site_id, language=None):
    """(name, description) of a category in ``language`` (the active one by default), from
    that language's notice when it has one, else as the canonical notice says."""
    labels = site_data(site_id)["labels"]
    language = (language or translation.get_language() or "").split("-")[0]
    for candidate in (language, *labels):
        if key in labels.get(candidate, {}):
            return labels[candidate][key]
    return group.name, group.description


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
    """Each optional category's state for this visitor on this site: True, False or None
    (undecided), by category key.

    Computed once per request (one cache read); ``with_groups`` gives (group, state) pairs.
    """
    cached = getattr(request, "_seloste_consent_states", None)
    if cached is None:
        choices = get_cookie_dict_from_request(request)
        cached = {
            key: (group, group_state(choices.get(group.varname), group))
            for key, group in optional_groups(request).items()
        }
        request._seloste_consent_states = cached
    if with_groups:
        return cached
    return {key: state for key, (_group, state) in cached.items()}


def is_accepted(request, category):
    """Whether the visitor accepted the optional ``category`` (its current version).

    A necessary category is always accepted; an unknown category never is.
    """
    if request is None:
        return False
    states = consent_states(request)
    if category in states:
        return states[category] is True
    site_id = _site_id_or_default(request)
    return site_id is not None and category in site_data(site_id)["necessary"]


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
    known = {group.varname for group in optional_groups(request).values()}
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


def notice_link(site_or_request=None):
    """(url, anchor) of the cookie section of the site's notice in the active language (or
    the canonical notice), cached; ("", "") without one.

    The URL is relative on a single-site install and absolute with several sites.
    """
    site_id = _site_id_or_default(site_or_request)
    if site_id is None:
        return ("", "")
    data = site_data(site_id)
    language = (translation.get_language() or "").split("-")[0]
    # The notice in the language the visitor reads, else the canonical one.
    return tuple(data["links"].get(language) or data["link"])


def tracking_snippets(site_or_request=None):
    """The site's enabled tracking snippets as (category, code) pairs, cached."""
    site_id = _site_id_or_default(site_or_request)
    if site_id is None:
        return []
    cache = _cache()
    key = SNIPPETS_CACHE_KEY.format(generation=banner_generation(site_id), site_id=site_id)
    snippets = cache.get(key, generational=True)
    if snippets is None:
        from .models import TrackingSnippet

        snippets = list(
            TrackingSnippet.objects.filter(site_id=site_id, enabled=True).values_list(
                "category", "code"
            )
        )
        cache.set(key, snippets, seloste_settings.COOKIE_CACHE_TIMEOUT, generational=True)
    return snippets
