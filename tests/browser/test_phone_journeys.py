"""The whole booking and request journeys on a phone, in Finnish, Swedish and English (issue 19).

At 320, 360 and 390 px every page of both journeys is checked for what a phone user meets:

- every visible label or legend longer than 15 characters is at least 150 px wide (consent
  labels once shrank to a few pixels and printed one letter per line, while the overflow
  check and axe both passed);
- Enter (a phone keyboard's "Go") in a step's last field moves forward, never back: the
  journeys move on by pressing Enter, and each step must be the next one;
- nothing scrolls sideways, every control is a 44 × 44 px target, and axe-core finds no
  violation of any impact.

With SELOSTE_SCREENSHOTS=<folder> each page is saved as a full-page PNG at 360 px, to look at.
"""

import os
import re
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.utils import translation
from django.utils.translation import gettext

from wagtail_seloste.rights import actions as rights
from wagtail_seloste.rights.models import RightsRequest

from .test_languages_and_phones import (
    DEMO,
    OVERFLOW_JS,
    PHONE_WIDTHS,
    SMALL_TARGETS_JS,
    link_in,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NARROW_LABELS_JS = """() => [...document.querySelectorAll('label, legend')].filter((el) => {
    const r = el.getBoundingClientRect();
    const text = el.textContent.replace(/\\s+/g, ' ').trim();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'
        && !el.closest('.seloste-hp') && text.length > 15 && r.width < 150;
}).map((el) => `${Math.round(el.getBoundingClientRect().width)} px wide: ${
    el.textContent.replace(/\\s+/g, ' ').trim().slice(0, 60)}`)"""
STEP_JS = """() => [...document.querySelectorAll('.seloste-steps li')].findIndex(
    (li) => li.getAttribute('aria-current') === 'step')"""
SCREENSHOTS = os.environ.get("SELOSTE_SCREENSHOTS")
EMAIL = "puhelin@example.com"


@pytest.fixture
def all_axe_violations(axe_source):
    """``all_axe_violations(page)``: axe-core's violations of every impact."""

    def scan(page):
        page.add_script_tag(content=axe_source)
        result = page.evaluate("async () => await axe.run(document)")
        return [
            f"axe {v['id']} ({v['impact']}) {[n['target'] for n in v['nodes']][:3]}"
            for v in result["violations"]
        ]

    return scan


class Phone:
    """One visitor's phone: checks each page it opens and collects what it finds."""

    def __init__(self, page, axe, language, width):
        self.page = page
        self.axe = axe
        self.language = language
        self.width = width
        self.problems = []
        self.pages = 0

    def check(self, what):
        self.pages += 1
        where = f"{self.language} {self.width} px, {what}"
        for label in self.page.evaluate(NARROW_LABELS_JS):
            self.problems.append(f"{where}: label {label}")
        overflow = self.page.evaluate(OVERFLOW_JS)
        if overflow > 0:
            self.problems.append(f"{where}: {overflow} px too wide")
        for target in self.page.evaluate(SMALL_TARGETS_JS):
            self.problems.append(f"{where}: small target {target}")
        for violation in self.axe(self.page):
            self.problems.append(f"{where}: {violation}")
        if SCREENSHOTS and self.width == 360:
            folder = Path(SCREENSHOTS)
            folder.mkdir(parents=True, exist_ok=True)
            name = re.sub(r"\W+", "-", f"{self.language}-{self.width}-{what}").strip("-")
            self.page.screenshot(path=str(folder / f"{name}.png"), full_page=True)

    def step(self):
        return self.page.evaluate(STEP_JS)

    def enter(self, selector, what):
        """Press Enter in ``selector`` and expect the next step (a new page)."""
        before_step, before_url = self.step(), self.page.url
        with self.page.expect_navigation():
            self.page.locator(selector).last.press("Enter")
        after = self.step()
        if after != -1 and before_step != -1 and after != before_step + 1:
            self.problems.append(
                f"{self.language} {self.width} px: Enter in {what} went to step {after + 1}, "
                f"not {before_step + 2} ({before_url} → {self.page.url})"
            )
        return self.page.url


JOURNEYS = [(language, width) for language in ("fi", "sv", "en") for width in PHONE_WIDTHS]


@pytest.mark.parametrize(
    ("language", "width"), JOURNEYS, ids=[f"{lang}-{width}" for lang, width in JOURNEYS]
)
def test_booking_and_request_on_a_phone_by_enter(
    demo_url, browser, all_axe_violations, mailoutbox, language, width
):
    home, notice, booking, request, _title = DEMO[language]
    context = browser.new_context(viewport={"width": width, "height": 800}, locale="fi-FI")
    context.set_default_timeout(10_000)
    phone = Phone(context.new_page(), all_axe_violations, language, width)
    page = phone.page
    try:
        page.goto(demo_url + notice)
        phone.check("notice")
        with page.expect_navigation():
            page.click(".footer-links li:nth-child(2) a")
        phone.check("cookie settings")

        # Booking: each step moves on by Enter in its last field.
        page.goto(demo_url + booking)
        phone.check("booking: service")
        page.locator("input[name=palvelu-service]").last.check()  # the one with a health field
        phone.enter("input[name=palvelu-service]:checked", "the service")
        phone.check("booking: time")
        # A time next week: beyond the cancellation cut-off, so the email has a cancel link.
        with page.expect_navigation():
            page.click(".seloste-week__nav a[rel=next]")
        page.locator("input[name=aika-slot]").last.check()
        phone.enter("input[name=aika-slot]:checked", "the time")
        phone.check("booking: contact")
        # Enter with the form empty stays on the step and shows the errors.
        errors_url = page.url
        with page.expect_navigation():
            page.locator("input[name=yhteystiedot-phone]").press("Enter")
        assert urlsplit(page.url).path == urlsplit(errors_url).path
        phone.check("booking: contact with errors")
        page.fill("input[name=yhteystiedot-first_name]", "Puhelin")
        page.fill("input[name=yhteystiedot-last_name]", "Käyttäjä")
        page.fill("input[name=yhteystiedot-email]", EMAIL)
        page.fill("input[name=yhteystiedot-phone]", "040 765 4321")
        phone.enter("input[name=yhteystiedot-phone]", "the phone number")
        phone.check("booking: confirm")
        for box in page.locator("input[type=checkbox][name^=vahvistus-consent_]").all():
            box.check()
        with page.expect_navigation():
            page.locator("input[type=checkbox][name^=vahvistus-consent_]").last.press("Enter")
        assert page.locator(".seloste-steps").count() == 0, "Enter confirmed the booking"
        phone.check("booking: thanks")

        # The cancellation link of the confirmation email, then cancelling.
        confirmation = next(m for m in mailoutbox if EMAIL in m.to)
        page.goto(link_in(confirmation, demo_url, booking))
        phone.check("cancel: confirm")
        with page.expect_navigation():
            page.click("main form button[type=submit]")
        phone.check("cancel: cancelled")

        # A request: Enter in the last single-line field sends it.
        sent_before = len(mailoutbox)
        page.goto(demo_url + request)
        phone.check("request")
        with page.expect_navigation():
            page.locator("input[name=phone]").press("Enter")
        phone.check("request with errors")
        page.locator("input[name=types][value=access]").check()
        page.fill("input[name=name]", "Puhelin Käyttäjä")
        page.fill("input[name=email]", EMAIL)
        with page.expect_navigation():
            page.locator("input[name=phone]").press("Enter")
        phone.check("request: sent")
        verification = next(m for m in mailoutbox[sent_before:] if EMAIL in m.to)
        link = link_in(verification, demo_url, request)
        page.goto(link)
        phone.check("request: confirm")
        with page.expect_navigation():
            page.click("main form button[type=submit]")
        phone.check("request: verified")
        assert RightsRequest.objects.get(email=EMAIL).verified_at is not None
        page.goto(link)
        phone.check("request: link used")
    finally:
        context.close()

    assert phone.pages == 16
    assert phone.problems == []


def test_the_requester_downloads_the_export_through_the_emailed_link(
    demo_url, new_page, mailoutbox, tmp_path
):
    rights_request = RightsRequest.objects.filter(status=RightsRequest.OPEN).first()
    rights.queue_export_email(rights_request, None)
    message = next(m for m in mailoutbox if rights_request.email in m.to)
    assert message.attachments == []
    page = new_page(javascript=True)
    page.goto(link_in(message, demo_url, "/tietopyynto/"))

    with page.expect_download() as download_info:
        page.click("main form button[type=submit]")
    path = tmp_path / "export.zip"
    download_info.value.save_as(path)

    with zipfile.ZipFile(path) as archive:
        assert sorted(archive.namelist()) == ["tiedot.json", "yhteenveto.html"]
        html = archive.read("yhteenveto.html").decode()
    assert "Meikäläinen" in html
    with translation.override("fi"):
        assert gettext("Automated decision-making and profiling (Art 15(1)(h))") in html
    link = rights_request.export_links.get()
    assert (link.downloads, link.max_downloads) == (1, 3)
