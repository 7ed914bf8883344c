"""Every visitor, in Finnish, Swedish and English, on any phone and on paper (issue 12).

A whole visit per language (switcher → notice → cookies → booking → data request, the emails
included) at a phone's and a desktop's width, with and without JavaScript; every public page
at 320, 360 and 390 px without sideways scrolling and with 44 px touch targets; the notice
printed alone.

The interface's words come from the catalogues, which the integrator translates: the tests
find controls by their names and roles in the markup, and compare the emails with the
catalogue's own translation, so a better translation never breaks them. The demo pages' own
words (titles, services) are the demo's and are written here as they are.
"""

import re
from urllib.parse import urlsplit

import pytest
from django.utils import translation
from django.utils.translation import gettext

from wagtail_seloste.booking.models import Booking
from wagtail_seloste.rights.models import RightsRequest

pytestmark = [
    pytest.mark.browser,
    # The live server needs committed data: the demo content is loaded per test.
    pytest.mark.django_db(transaction=True),
]

# The demo's pages per language: (home, notice, booking, request, booking page title).
DEMO = {
    "fi": ("/", "/tietosuojaseloste/", "/ajanvaraus/", "/tietopyynto/", "Ajanvaraus"),
    "sv": (
        "/sv/",
        "/sv/dataskyddsbeskrivning/",
        "/sv/boka-tid/",
        "/sv/begaran-om-uppgifter/",
        "Boka tid",
    ),
    "en": ("/en/", "/en/privacy-notice/", "/en/book/", "/en/your-data/", "Book an appointment"),
}
LANGUAGE_NAMES = {"fi": "Suomi", "sv": "Svenska", "en": "English"}
PHONE_WIDTHS = (320, 360, 390)
EMAIL = "vieras@example.com"
NEXT = "form.seloste-booking__form button[type=submit]:not([name=wizard_goto_step])"

# Scrolls sideways: the page is wider than the window.
OVERFLOW_JS = "() => document.documentElement.scrollWidth - window.innerWidth"
# Controls a finger must hit that are smaller than 44 × 44 px. A checkbox or radio button
# counts by its label (the label is the target); links inside running text are exempt, as in
# WCAG 2.5.5.
SMALL_TARGETS_JS = """() => {
  const small = [];
  const visible = (el) => { const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'; };
  const controls = document.querySelectorAll(
    'button, select, textarea, input:not([type=hidden]), .site-header a, .footer-links a, '
    + '.seloste-languages a, .seloste-days a, .seloste-cookie-banner__settings, main a');
  for (const el of controls) {
    if (!visible(el) || el.closest('.seloste-hp')) continue;
    // A link inside running text is exempt (WCAG 2.5.8); one alone on its line is not.
    if (el.tagName === 'A' && el.closest('main')) {
      const block = el.closest('p, li, dd, td, address, label, h1, h2, h3, legend, caption');
      if (block && block.textContent.trim() !== el.textContent.trim()) continue;
    }
    let target = el;
    if (el.type === 'checkbox' || el.type === 'radio') {
      target = el.closest('label') || (el.id && document.querySelector(`label[for="${el.id}"]`));
      if (!target) { small.push(el.outerHTML.slice(0, 80)); continue; }
    }
    const r = target.getBoundingClientRect();
    if (r.height < 43.5 || r.width < 43.5) {
      small.push(`${Math.round(r.width)}x${Math.round(r.height)} ${target.outerHTML.slice(0, 80)}`);
    }
  }
  return small;
}"""


def link_in(message, demo_url, path):
    """The link of ``message``'s body under ``path``, on the live server."""
    url = re.search(rf"https?://\S+{re.escape(path)}\S+", message.body).group(0)
    parts = urlsplit(url)
    return f"{demo_url}{parts.path}" + (f"?{parts.query}" if parts.query else "")


def caught(language, message):
    """``message`` as the catalogue gives it in ``language``."""
    with translation.override(language):
        return gettext(message)


class Visit:
    """One visitor's tab: checks every page it opens for sideways scrolling and axe-core's
    serious and critical violations, and collects what it finds.

    axe-core needs JavaScript and a tab without it runs none (its timers never fire), so a
    page seen without JavaScript is scanned as it was served, copied into a tab with it.
    """

    def __init__(self, page, axe_violations, scanner=None):
        self.page = page
        self.axe_violations = axe_violations
        self.scanner = scanner
        self.problems = []

    def check(self, what):
        overflow = self.page.evaluate(OVERFLOW_JS)
        if overflow > 0:
            self.problems.append(f"{what}: {overflow} px too wide")
        scanned = self.page
        if self.scanner is not None:
            origin = "{0.scheme}://{0.netloc}".format(urlsplit(self.page.url))
            self.scanner.goto(origin + "/static/css/site.css")  # same origin: styles load
            html = re.sub(r"<script\b.*?</script>", "", self.page.content(), flags=re.S)
            self.scanner.set_content(html)
            scanned = self.scanner
        for violation in self.axe_violations(scanned):
            self.problems.append(f"{what}: axe {violation['id']} {violation['nodes']}")

    def follow(self, selector):
        """Click a link or button and wait until the next page has loaded, styles included."""
        with self.page.expect_navigation():
            self.page.click(selector)

    def next_step(self, what):
        self.follow(NEXT)
        self.check(what)


JOURNEYS = [
    # Every language at both widths, with and without JavaScript across the set. Finnish at
    # 1280 px is test_booking_and_requests.py's (Playwright's default window, both modes).
    ("fi", 360, False),
    ("sv", 360, True),
    ("sv", 1280, False),
    ("en", 360, False),
    ("en", 1280, True),
]


@pytest.mark.parametrize(
    ("language", "width", "javascript"),
    JOURNEYS,
    ids=[f"{lang}-{width}-{'js' if js else 'nojs'}" for lang, width, js in JOURNEYS],
)
def test_a_visitor_does_everything_in_their_language(
    demo_url, browser, axe_violations, mailoutbox, language, width, javascript
):
    home, notice, booking, request, booking_title = DEMO[language]
    context = browser.new_context(
        java_script_enabled=javascript,
        locale="fi-FI",
        viewport={"width": width, "height": 900},
    )
    context.set_default_timeout(10_000)
    scanner = None
    if not javascript:
        scanner = browser.new_context(viewport={"width": width, "height": 900}).new_page()
    visit = Visit(context.new_page(), axe_violations, scanner)
    page = visit.page
    try:
        # The switcher: plain links from the Finnish home page.
        page.goto(demo_url + "/")
        visit.follow(f".seloste-languages a[hreflang={language}]")
        assert urlsplit(page.url).path == home
        assert page.evaluate("document.documentElement.lang") == language
        visit.check("home")

        # The notice, from the footer, in the same language.
        visit.follow(".footer-links li:first-child a")
        assert urlsplit(page.url).path == notice
        visit.check("notice")

        # Cookie settings from the footer: accept everything, in this language's URL space.
        visit.follow(".footer-links li:nth-child(2) a")
        assert page.evaluate("document.documentElement.lang") == language
        visit.check("cookie settings")
        visit.follow(".seloste-cookie-settings button[value=accept_all]")
        assert "cookie_consent" in {c["name"] for c in context.cookies()}

        # Booking: every step, then the confirmation email in the visitor's language.
        page.goto(demo_url + booking)
        assert page.locator("h1").inner_text() == booking_title
        visit.check("booking: service")
        page.locator("input[name=palvelu-service]").first.check()
        visit.next_step("booking: time")
        page.locator("input[name=aika-slot]").first.check()
        visit.next_step("booking: contact")
        page.fill("input[name=yhteystiedot-first_name]", "Vieras")
        page.fill("input[name=yhteystiedot-last_name]", "Esimerkki")
        page.fill("input[name=yhteystiedot-email]", EMAIL)
        page.fill("input[name=yhteystiedot-phone]", "040 765 4321")
        visit.next_step("booking: confirm")
        for box in page.locator("input[type=checkbox][name^=vahvistus-consent_]").all():
            box.check()
        visit.next_step("booking: thanks")
        assert Booking.objects.get(client__email=EMAIL).page.locale.language_code == language
        confirmation = next(m for m in mailoutbox if EMAIL in m.to)
        assert f"{caught(language, 'Service')}: " in confirmation.body

        # A data subject request, verified from the email's link.
        sent_before = len(mailoutbox)
        page.goto(demo_url + request)
        visit.check("request")
        page.locator("input[name=types][value=access]").check()
        page.fill("input[name=name]", "Vieras Esimerkki")
        page.fill("input[name=email]", EMAIL)
        visit.follow("form.seloste-form button[type=submit]")
        visit.check("request: sent")
        verification = next(m for m in mailoutbox[sent_before:] if EMAIL in m.to)
        page.goto(link_in(verification, demo_url, request))
        assert page.evaluate("document.documentElement.lang") == language
        visit.check("request: confirm")
        visit.follow("main form button[type=submit]")
        visit.check("request: verified")
        assert RightsRequest.objects.get(email=EMAIL).verified_at is not None
    finally:
        context.close()
        if scanner is not None:
            scanner.context.close()

    assert visit.problems == []


def phone_pages(page, demo_url, language):
    """Every public page of the plugin in ``language``, each step of the booking included:
    yields a name for each page once it is open."""
    home, notice, booking, request, _title = DEMO[language]
    for name, path in (("home", home), ("notice", notice), ("request", request)):
        page.goto(demo_url + path)
        yield name
    page.goto(demo_url + notice)
    with page.expect_navigation():
        page.click(".footer-links li:nth-child(2) a")
    yield "cookie settings"
    page.goto(demo_url + booking)
    yield "booking: service"
    for name, control in (
        ("booking: time", "input[name=palvelu-service]"),
        ("booking: contact", "input[name=aika-slot]"),
        ("booking: contact with errors", None),  # nothing filled in: the errors are shown
    ):
        if control:
            page.locator(control).first.check()
        with page.expect_navigation():
            page.click(NEXT)
        yield name
    page.goto(demo_url + request)
    with page.expect_navigation():
        page.click("form.seloste-form button[type=submit]")
    yield "request with errors"


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_no_public_page_scrolls_sideways_or_has_small_targets_on_a_phone(
    demo_url, new_page, language
):
    page = new_page(javascript=True)
    problems = []
    for name in phone_pages(page, demo_url, language):
        for width in PHONE_WIDTHS:
            page.set_viewport_size({"width": width, "height": 800})
            overflow = page.evaluate(OVERFLOW_JS)
            if overflow > 0:
                problems.append(f"{name} at {width} px: {overflow} px too wide")
        for target in page.evaluate(SMALL_TARGETS_JS):
            problems.append(f"{name} at {PHONE_WIDTHS[-1]} px: small target {target}")

    assert problems == []


def test_the_notice_prints_alone_with_each_address_once(demo_url, new_page):
    page = new_page(javascript=True)
    page.goto(demo_url + "/tietosuojaseloste/")
    page.emulate_media(media="print")

    shown = page.evaluate(
        """() => [...document.querySelectorAll('body *')]
            .filter((el) => el.getClientRects().length && !el.closest('.seloste')
                            && !el.querySelector('.seloste'))
            .map((el) => el.tagName + '.' + el.className)"""
    )
    after_address = page.evaluate(
        """() => [...document.querySelectorAll('.seloste a[href^="http"]')].map(
            (a) => [a.textContent.trim(), getComputedStyle(a, '::after').content])"""
    )

    assert shown == []
    assert after_address, "the demo notice links its website"
    for text, after in after_address:
        assert text not in after  # the address is not printed twice
        assert after == "none" or "http" in after


def test_a_request_over_the_limit_comes_back_filled_in_without_sideways_scrolling(
    demo_url, new_page, settings
):
    # The message names the notice's email address: one long word that once widened the
    # whole form past the screen.
    settings.WAGTAIL_SELOSTE_RIGHTS_RATE_LIMIT_PER_ADDRESS = 0
    page = new_page(javascript=False)
    page.goto(demo_url + DEMO["sv"][3])
    page.locator("input[name=types][value=access]").check()
    page.fill("input[name=name]", "Vieras Esimerkki")
    page.fill("input[name=email]", EMAIL)
    with page.expect_navigation():
        page.click("form.seloste-form button[type=submit]")

    assert page.locator("input[name=name]").input_value() == "Vieras Esimerkki"
    problems = []
    for width in PHONE_WIDTHS:
        page.set_viewport_size({"width": width, "height": 800})
        overflow = page.evaluate(OVERFLOW_JS)
        if overflow > 0:
            problems.append(f"{width} px: {overflow} px too wide")
    assert problems == []
