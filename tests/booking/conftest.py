"""Fixtures of the booking tests (the shared ones are in tests/conftest.py)."""

import pytest
from django.core.cache import cache


@pytest.fixture
def bare_booking_page(migrated_db):
    """The bench's booking page (``tests/bench_booking.py``): under Wagtail's own root page of
    the default site, no home page of the site's own and no notice."""
    from tests.bench_booking import make_page

    page, _site = make_page()
    cache.clear()  # the rate limit of the last step lives in the cache
    return page
