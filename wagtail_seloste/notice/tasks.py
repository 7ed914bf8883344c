"""Background tasks of the core (django-tasks; a worker runs them in production)."""

import logging

from django.test import Client
from django.test.utils import override_settings
from django.utils import translation
from django_tasks import task

logger = logging.getLogger(__name__)


@task()
def warm_page(page_id):
    """Render a live page once, as an anonymous visitor, to fill its fragment cache."""
    from wagtail.models import Page

    page = Page.objects.live().filter(pk=page_id).first()
    site = page.get_site() if page is not None else None
    if site is None:
        return
    host = site.hostname if site.port in (80, 443) else f"{site.hostname}:{site.port}"
    # The site's own host: rendering must not fail on a host the settings do not list. The
    # page's LocaleMiddleware activates its language; the caller's comes back afterwards (with
    # the immediate backend this runs inside the admin's publishing request, whose messages
    # stay in the admin's language).
    with override_settings(ALLOWED_HOSTS=["*"]), translation.override(translation.get_language()):
        response = Client(HTTP_HOST=host, raise_request_exception=False).get(
            page.relative_url(site)
        )
    if response.status_code != 200:
        logger.warning("Warming page %s answered %s.", page_id, response.status_code)
