"""SiteLookupMiddleware: the request's Wagtail site, with its root page, from the shared cache
(issue 22: no site query on a served page once the cache holds it), forgotten when the site
or its root page changes."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from wagtail_seloste.cache import cache


@pytest.fixture
def site(home):
    cache.clear()
    return Site.objects.get(is_default_site=True)


def site_queries(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/")
    assert response.status_code == 200
    return [q["sql"] for q in queries if 'FROM "wagtailcore_site"' in q["sql"]]


def served_site(client):
    return client.get("/").wsgi_request._wagtail_site


def test_a_cached_site_is_served_without_a_site_query(client, site):
    client.get("/")

    assert site_queries(client) == []


def test_a_saved_site_is_read_again(client, site):
    client.get("/")
    site.site_name = "Uusi nimi"
    site.save()

    assert served_site(client).site_name == "Uusi nimi"


def test_a_saved_root_page_is_read_again(client, site):
    client.get("/")
    root = site.root_page
    root.title = "Uusi otsikko"
    root.save()

    assert served_site(client).root_page.title == "Uusi otsikko"
