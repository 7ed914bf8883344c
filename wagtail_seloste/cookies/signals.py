"""Signal receivers: what happens when the notice is published."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from ..models import NoticePage, SelosteSettings
from .consent import (
    clear_notice_link_cache,
    clear_snippet_cache,
    source_notice,
    sync_cookies_on_commit,
)
from .models import TrackingSnippet


@receiver(page_published)
def sync_cookies_when_notice_published(sender, instance, **kwargs):
    """Sync the cookie banner when the notice it follows is published.

    Wagtail sends ``page_published`` for a normal publish, a revert, a workflow approval and
    scheduled publishing alike. Only the canonical notice of the default site drives the
    (global) cookie groups; publishing any other notice changes nothing here.
    """
    if not isinstance(instance, NoticePage):
        return
    source = source_notice()
    if source is not None and source.pk == instance.pk:
        sync_cookies_on_commit(instance.pk)


@receiver(post_save, sender=SelosteSettings)
def sync_cookies_when_canonical_notice_changes(sender, instance, **kwargs):
    """Picking another canonical notice for the default site makes the banner follow it."""
    if instance.site.is_default_site:
        sync_cookies_on_commit()


@receiver(post_save, sender=TrackingSnippet)
@receiver(post_delete, sender=TrackingSnippet)
def forget_cached_snippets(sender, **kwargs):
    from django.db import transaction

    transaction.on_commit(clear_snippet_cache)


@receiver(page_unpublished)
@receiver(post_page_move)
def forget_cached_notice_link(sender, instance, **kwargs):
    """The banner links to the notice: forget its cached URL when a notice moves or goes."""
    from django.db import transaction

    if isinstance(sender, type) and issubclass(sender, NoticePage):
        transaction.on_commit(clear_notice_link_cache)
