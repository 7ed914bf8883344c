"""Signal receivers: what happens when a notice is published or the snippets change."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from ..notice.models import NoticePage, SelosteSettings
from .consent import (
    BANNER_GENERATION,
    clear_caches,
    refresh_caches,
    sites_following,
    sync_cookies_on_commit,
)
from .models import TrackingSnippet


@receiver(page_published)
def sync_cookies_when_notice_published(sender, instance, **kwargs):
    """Sync the banner of every site whose canonical notice was published.

    Wagtail sends ``page_published`` for a normal publish, a revert, a workflow approval and
    scheduled publishing alike. A notice that is no site's canonical notice changes no
    groups, but it may be a translation the banner reads its labels from: the sites' cached
    banner data is forgotten either way.
    """
    if not isinstance(instance, NoticePage):
        return
    sync_cookies_on_commit(instance.pk)
    page = instance

    def refresh():
        for site in sites_following(page, translations=True):
            refresh_caches(site.pk)

    transaction.on_commit(refresh)


@receiver(post_save, sender=SelosteSettings)
def sync_cookies_when_canonical_notice_changes(sender, instance, **kwargs):
    """Picking another canonical notice for a site makes that site's banner follow it."""
    if kwargs.get("created") and instance.notice_id is None:
        return  # the settings row created on first use changes nothing
    site_id = instance.site_id
    transaction.on_commit(lambda: _sync_site_by_id(site_id))


def _sync_site_by_id(site_id):
    from wagtail.models import Site

    from .consent import sync_cookies

    site = Site.objects.filter(pk=site_id).first()
    if site is not None:
        sync_cookies(site=site)
        refresh_caches(site_id)


@receiver(post_save, sender=TrackingSnippet)
@receiver(post_delete, sender=TrackingSnippet)
def forget_cached_snippets(sender, instance, **kwargs):
    from ..cache import bump

    key = BANNER_GENERATION.format(site_id=instance.site_id)
    transaction.on_commit(lambda: bump(key))


@receiver(page_unpublished)
@receiver(post_page_move)
def forget_cached_notice_link(sender, instance, **kwargs):
    """The banner links to the notice: forget the cached URLs when a notice moves or goes."""
    if isinstance(sender, type) and issubclass(sender, NoticePage):
        transaction.on_commit(clear_caches)
