"""Data subject requests as a breach's scope: counted, and each requester reached once."""

from django.utils import timezone

from wagtail_seloste.register.breaches import scope as scopes
from wagtail_seloste.register.breaches.scope import Scope
from wagtail_seloste.rights.models import RightsRequest


def request(site, page, email, language):
    return RightsRequest.objects.create(
        site=site,
        page=page,
        types=["access"],
        name="Nimi",
        email=email,
        language=language,
        received_at=timezone.now(),
    )


def test_requests_are_counted_per_person(rights_site, rights_page, other_site):
    request(rights_site, rights_page, "a@example.com", "fi")
    request(rights_site, rights_page, "a@example.com", "fi")
    request(rights_site, rights_page, "b@example.com", "sv")
    request(other_site, rights_page, "c@example.com", "fi")

    found = scopes.source("rights").estimate(rights_site, Scope(kind="requests"))

    assert (found.people, found.records, found.groups) == (2, 3, {"requests"})


def test_each_requester_is_reached_once_in_their_language(rights_site, rights_page):
    request(rights_site, rights_page, "a@example.com", "fi")
    latest = request(rights_site, rights_page, "A@example.com", "en")
    request(rights_site, rights_page, "b@example.com", "sv")

    contacts = scopes.source("rights").contacts(rights_site, Scope(kind="requests"))

    assert sorted(language for _ref, language in contacts) == ["en", "sv"]
    assert ["request", latest.pk] in [ref for ref, _language in contacts]
