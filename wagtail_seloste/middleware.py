"""Finding the request's Wagtail site from the shared cache, for installs with many sites.

Wagtail looks the site up with a query that reads every site row (hostname OR default site)
on each request, so its cost grows with the number of sites. This middleware keeps the
answer per host and port in the shared cache and hands it to Wagtail (which reads
``request._wagtail_site`` before querying). The entries are forgotten whenever a site is
saved or deleted. Put it first in ``MIDDLEWARE`` on an install with many sites.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Site

from .cache import cache

GENERATION_KEY = "wagtail_seloste:site_generation"
TIMEOUT = 300


def _key(host, port):
    generation = cache.get_or_set(GENERATION_KEY, 1, None)
    return f"wagtail_seloste:site:{generation}:{host}:{port}"


class SiteLookupMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            host = request.get_host().split(":")[0]
            port = request.get_port()
        except Exception:  # noqa: BLE001 - a disallowed host: Django answers it later
            return self.get_response(request)
        key = _key(host, port)
        site_id = cache.get(key)
        site = None
        if site_id is None:
            site = Site.find_for_request(request)
            cache.set(key, site.pk if site else 0, TIMEOUT)
        elif site_id:
            site = Site.objects.select_related("root_page").filter(pk=site_id).first()
            request._wagtail_site = site
        return self.get_response(request)


@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
def forget_cached_sites(**kwargs):
    # Bumping the generation forgets every host's entry at once. When the cache is down the
    # bump is lost, but so is nothing else: the entries it still holds expire after TIMEOUT.
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, None)
