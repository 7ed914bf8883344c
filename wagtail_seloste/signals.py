"""Signal receivers of the core: what happens after a notice is published."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from .cache import PAGES_GENERATION, bump
from .conf import seloste_settings
from .notice.models import NoticePage, SelosteSettings, forget_canonical_notices


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
@receiver(post_delete, sender=NoticePage)
def forget_canonical_notice_when_a_notice_changes(sender, instance, **kwargs):
    if isinstance(instance, NoticePage):
        forget_canonical_notices()
        transaction.on_commit(forget_canonical_notices)


@receiver(post_save, sender=SelosteSettings)
@receiver(post_delete, sender=SelosteSettings)
def forget_canonical_notice_when_settings_change(sender, instance, **kwargs):
    forget_canonical_notices()
    transaction.on_commit(forget_canonical_notices)


@receiver(page_published)
def warm_notice_when_published(sender, instance, **kwargs):
    """Render the new notice once in the background, so its first visitor gets it from the
    (shared) fragment cache instead of paying for the cold render."""
    if isinstance(instance, NoticePage):
        from .notice.tasks import warm_page

        page_id = instance.pk
        transaction.on_commit(lambda: warm_page.enqueue(page_id))


@receiver(page_published)
def refresh_site_findings_when_notice_published(sender, instance, **kwargs):
    """Run the site checks again in the background: the editor shows their results."""
    if not isinstance(instance, NoticePage) or not seloste_settings.SITE_CHECKS_ON_PUBLISH:
        return
    from .notice.site_checks import refresh_site_findings

    site = instance.get_site()
    if site is not None:
        transaction.on_commit(lambda: refresh_site_findings.enqueue(site.pk))


@receiver(post_save)
@receiver(post_delete)
@receiver(post_page_move)
def forget_links_between_pages(sender, instance=None, **kwargs):
    # Published, unpublished, renamed, moved or deleted, any page, locale or site may change a
    # link kept under PAGES_GENERATION (the language switcher, the footer's notice link, a
    # site's navigation) or a booking page's rows kept under it (booking/pages.py, whose own
    # rows bump it too). A site's
    # hostname, port or root page changes its pages' URLs.
    from wagtail.models import Locale, Page, Site

    if isinstance(instance, Page | Locale | Site):
        bump(PAGES_GENERATION)
