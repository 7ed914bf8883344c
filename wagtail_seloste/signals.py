"""Signal receivers of the core: what happens after a notice is published."""

from django.db import transaction
from django.dispatch import receiver
from wagtail.signals import page_published

from .conf import seloste_settings
from .models import NoticePage


@receiver(page_published)
def warm_notice_when_published(sender, instance, **kwargs):
    """Render the new notice once in the background, so its first visitor gets it from the
    (shared) fragment cache instead of paying for the cold render."""
    if isinstance(instance, NoticePage):
        from .tasks import warm_page

        page_id = instance.pk
        transaction.on_commit(lambda: warm_page.enqueue(page_id))


@receiver(page_published)
def refresh_site_findings_when_notice_published(sender, instance, **kwargs):
    """Run the site checks again in the background: the editor shows their results."""
    if not isinstance(instance, NoticePage) or not seloste_settings.SITE_CHECKS_ON_PUBLISH:
        return
    from .site_checks import refresh_site_findings

    site = instance.get_site()
    if site is not None:
        transaction.on_commit(lambda: refresh_site_findings.enqueue(site.pk))
