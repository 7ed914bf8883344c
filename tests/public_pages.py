"""Every public page state of the demo site, in one language, through Django's test client.

``public_pages(client, language)`` walks the pages a visitor can reach: the home page, the
notice, the cookie settings, every booking step (with and without errors), the thank-you page,
the cancellation and details pages in each of their states, the request form (with errors),
its thank-you page, the verification pages in each state, the download page of the data copy
in each state and the "too many requests" page. It yields ``(name, response)``. The demo
content must be loaded (``load_initial_data``).
"""

from datetime import timedelta

from django.core.cache import cache
from django.test import override_settings
from django.utils import timezone

from wagtail_seloste.booking.models import Booking, BookingPage
from wagtail_seloste.booking.slots import free_slots
from wagtail_seloste.booking.tokens import cancel_token, details_token
from wagtail_seloste.rights.actions import make_token
from wagtail_seloste.rights.export import _hash
from wagtail_seloste.rights.models import ExportLink, RightsRequest, RightsRequestPage

# (home, notice, booking, request) of the demo per language.
DEMO = {
    "fi": ("/", "/tietosuojaseloste/", "/ajanvaraus/", "/tietopyynto/"),
    "sv": ("/sv/", "/sv/dataskyddsbeskrivning/", "/sv/boka-tid/", "/sv/begaran-om-uppgifter/"),
    "en": ("/en/", "/en/privacy-notice/", "/en/book/", "/en/your-data/"),
}
DEMO_CLIENT = "maija.meikalainen@example.com"


def _follow(client, response):
    while response.status_code in (301, 302):
        response = client.get(response["Location"])
    return response


def _wizard_post(client, url, page, step, data):
    payload = {f"seloste_booking_{page.pk}-current_step": step}
    payload.update({f"{step}-{key}": value for key, value in data.items()})
    return client.post(url, payload)


def booking_pages(client, language, *, email=DEMO_CLIENT, first_name="Maija", beyond_cutoff=True):
    """The booking wizard from the first step to the thank-you page."""
    path = DEMO[language][2]
    page = BookingPage.objects.get(locale__language_code=language)
    response = _follow(client, client.get(path))
    yield "booking: service", response
    service = page.services.get(needs_health_info=True)  # the step with the health field
    response = _follow(
        client,
        _wizard_post(
            client, response.request["PATH_INFO"], page, "palvelu", {"service": service.pk}
        ),
    )
    yield "booking: time", response
    slots = free_slots(page, service)
    limit = timezone.now() + timedelta(hours=page.cancellation_cutoff_hours + 2)
    start = next(s for day in sorted(slots) for s in slots[day] if s > limit or not beyond_cutoff)
    response = _follow(
        client,
        _wizard_post(
            client, response.request["PATH_INFO"], page, "aika", {"slot": start.isoformat()}
        ),
    )
    yield "booking: contact", response
    contact_url = response.request["PATH_INFO"]
    yield (
        "booking: contact with errors",
        _wizard_post(client, contact_url, page, "yhteystiedot", {}),
    )
    contact = {
        "first_name": first_name,
        "last_name": "Meikäläinen",
        "email": email,
        "phone": "040 765 4321",
        "message": "",
        "health_info": "",
    }
    response = _follow(client, _wizard_post(client, contact_url, page, "yhteystiedot", contact))
    yield "booking: confirm", response
    response = _follow(
        client, _wizard_post(client, response.request["PATH_INFO"], page, "vahvistus", {})
    )
    yield "booking: thanks", response


def cancel_and_details_pages(client, language):
    """The cancellation and details pages of the latest booking, in each of their states."""
    booking = Booking.objects.select_related("page").latest("pk")
    page = booking.page.specific
    base = page.url
    from wagtail_seloste.booking import paths

    cancel = base + paths.subpage(page, "cancel", token=cancel_token(booking))
    details = base + paths.subpage(page, "details", token=details_token(booking))
    yield "details: invalid link", client.get(base + paths.subpage(page, "details", token="1-x"))
    yield "details: confirm", client.get(details)
    yield "details: done", client.post(details)
    yield "details: already the same", client.get(details)
    yield "cancel: invalid link", client.get(base + paths.subpage(page, "cancel", token="1-x"))
    start = booking.start
    Booking.objects.filter(pk=booking.pk).update(start=timezone.now() + timedelta(hours=1))
    yield "cancel: too late", client.get(cancel)
    Booking.objects.filter(pk=booking.pk).update(start=start)
    yield "cancel: confirm", client.get(cancel)
    yield "cancel: cancelled", client.post(cancel)
    yield "cancel: already cancelled", client.get(cancel)


def request_pages(client, language):
    """The request form, its thank-you page and the verification and download pages."""
    path = DEMO[language][3]
    page = RightsRequestPage.objects.get(locale__language_code=language)
    yield "request", client.get(path)
    yield "request with errors", client.post(path, {})
    name = f"Vieras {language}"
    response = client.post(
        path, {"types": ["access"], "name": name, "email": f"vieras.{language}@example.com"}
    )
    yield "request: thanks", _follow(client, response)
    rights_request = RightsRequest.objects.filter(name=name).latest("pk")
    verify = page.url + page.reverse_subpage(
        "verify_view",
        kwargs={"word": _word(page, "verify_view"), "token": make_token(rights_request)},
    )
    yield "request: confirm", client.get(verify)
    yield "request: verified", client.post(verify)
    yield "request: link used", client.get(verify)
    yield "request: link invalid", client.get(verify.rstrip("/") + "x/")
    RightsRequest.objects.filter(pk=rights_request.pk).update(
        verification_expires_at=timezone.now() - timedelta(days=1), status=RightsRequest.UNVERIFIED
    )
    yield "request: link expired", client.get(verify)
    token = f"testtoken{language}abcdefghijklmnop"
    ExportLink.objects.create(
        rights_request=rights_request,
        token_hash=_hash(token),
        expires_at=timezone.now() + timedelta(days=7),
        max_downloads=1,
    )
    download = page.url + page.reverse_subpage(
        "download_view", kwargs={"word": _word(page, "download_view"), "token": token}
    )
    yield "download", client.get(download)
    client.post(download)
    yield "download: used up", client.get(download)
    yield "download: invalid", client.get(download.rstrip("/") + "x/")
    ExportLink.objects.filter(rights_request=rights_request).update(
        expires_at=timezone.now() - timedelta(seconds=1)
    )
    yield "download: expired", client.get(download)
    with override_settings(WAGTAIL_SELOSTE_RIGHTS_RATE_LIMIT_PER_ADDRESS=0):
        yield "request: too many", client.post(path, {})
    cache.clear()


def _word(page, route):
    from wagtail_seloste.rights import paths

    words = paths.WORDS[route]
    return words.get(paths.language_of(page)) or words[paths.FALLBACK]


def public_pages(client, language):
    """Every public page state in ``language``: ``(name, response)`` pairs."""
    home, notice, _booking, _request = DEMO[language]
    cache.clear()
    yield "home", client.get(home)
    yield "notice", client.get(notice)
    settings_url = {"fi": "/cookies/settings/"}.get(language, f"/{language}/cookies/settings/")
    yield "cookie settings", client.get(settings_url)
    yield from booking_pages(client, language, first_name=f"Maija-{language}")
    yield from cancel_and_details_pages(client, language)
    yield from request_pages(client, language)
