"""The owner's admin on a phone: every admin page of the plugin at 320, 360 and 390 px.

Wagtail's <main> hides what is wider than the screen (overflow-x: hidden), so a page never
scrolls sideways: what does not fit is simply cut off. The check is therefore not the page's
scroll width but whether any visible element reaches past the screen's right edge without a
box of its own that scrolls or clips it inside the screen (a table in its scroll box is fine,
Wagtail's truncated one-line panel headings are fine). Each page is also scanned with axe-core.
The plugin's fixes are in wagtail_seloste/static/wagtail_seloste/css/admin_phone.css.
"""

import pytest
from django.urls import reverse

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIDTHS = [320, 360, 390]
AXE_WIDTH = 360

# Wagtail's own, not the plugin's, both in the page editor (the notice editor):
# - aria-input-field-name: Draftail's rich text editor is a contenteditable role="textbox" whose
#   <label for> points at the hidden input it replaces, so it has no accessible name
#   (wagtail/wagtail#14205, open for Wagtail 8);
# - label-content-name-mismatch: the header's live status tag reads "Julkaistu" (Live) but its
#   aria-label is "Näkyvissä kaikille. ..." (Visible to all. Visit the live page), in Wagtail's
#   wagtailadmin/shared/page_status_tag_new.html.
WAGTAIL_KNOWN = {"aria-input-field-name", "label-content-name-mismatch"}

# Visible elements past the right edge of the screen, outside a box that scrolls or clips
# within the screen (<main> itself clips, which is what cuts content off).
CUT_OFF_JS = """() => {
    const width = document.documentElement.clientWidth;
    const cut = [];
    for (const element of document.querySelectorAll("body *")) {
        // Wagtail's minimap waits collapsed beyond the right edge until it is opened.
        if (element.closest(".w-minimap")) continue;
        const style = getComputedStyle(element);
        if (style.visibility !== "visible" || style.position === "fixed") continue;
        const box = element.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || box.right <= width + 1) continue;
        let inside = false;
        for (let parent = element.parentElement; parent && parent !== document.body;
             parent = parent.parentElement) {
            if (parent.tagName === "MAIN") break;
            if (getComputedStyle(parent).overflowX !== "visible"
                && parent.getBoundingClientRect().right <= width + 1) {
                inside = true;
                break;
            }
        }
        if (!inside) {
            const name = element.tagName.toLowerCase() + (element.id ? "#" + element.id : "")
                + [...element.classList].map((c) => "." + c).join("");
            cut.push(name + " reaches " + Math.round(box.right) + " px");
        }
    }
    return {pageWidth: document.documentElement.scrollWidth, width, cut: cut.slice(0, 5)};
}"""


def admin_pages():
    """The plugin's admin pages, by name, with the demo's objects."""
    from wagtail_seloste.booking.models import Booking, Client
    from wagtail_seloste.cookies.models import TrackingSnippet
    from wagtail_seloste.notice.models import NoticePage
    from wagtail_seloste.rights.models import RightsRequest

    notice = NoticePage.objects.order_by("path").first()
    client = Client.objects.order_by("pk").first()
    booking = Booking.objects.order_by("pk").first()
    snippet = TrackingSnippet.objects.order_by("pk").first()
    request = RightsRequest.objects.order_by("pk").first()
    snippets = "wagtailsnippets_wagtail_seloste_cookies_trackingsnippet"
    return {
        "clients": reverse("wagtail_seloste_clients:index"),
        "client": reverse("wagtail_seloste_clients:inspect", args=[client.pk]),
        "client edit": reverse("wagtail_seloste_clients:edit", args=[client.pk]),
        "bookings": reverse("wagtail_seloste_bookings:index"),
        "booking": reverse("wagtail_seloste_bookings:inspect", args=[booking.pk]),
        "booking edit": reverse("wagtail_seloste_bookings:edit", args=[booking.pk]),
        "consents": reverse("wagtail_seloste_consents:index"),
        "requests": reverse("wagtail_seloste_rights:index"),
        "request": reverse("wagtail_seloste_rights:detail", args=[request.pk]),
        "new request": reverse("wagtail_seloste_rights:add"),
        "outbox": reverse("wagtail_seloste_outbox:index"),
        "record": reverse("wagtail_seloste_record"),
        "own activities": reverse("wagtail_seloste_record_activities:index"),
        "processors": reverse("wagtail_seloste_processors:index"),
        "breaches": reverse("wagtail_seloste_breaches:index"),
        "cookie consents": reverse("wagtail_seloste_consent_report"),
        "import": reverse("wagtail_seloste_import"),
        "notice editor": reverse("wagtailadmin_pages:edit", args=[notice.pk]),
        "review": reverse("wagtail_seloste_review", args=[notice.pk]),
        "tracking snippets": reverse(f"{snippets}:list"),
        "tracking snippet": reverse(f"{snippets}:edit", args=[snippet.pk]),
        "notice settings": reverse(
            "wagtailsettings:edit", args=["wagtail_seloste", "selostesettings"]
        ),
        "request settings": reverse(
            "wagtailsettings:edit", args=["wagtail_seloste_rights", "rightssettings"]
        ),
    }


def log_in(page, demo_url):
    page.goto(demo_url + "/admin/login/")
    page.locator("input[name=username]").fill("admin")
    page.locator("input[name=password]").fill("changeme")
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(demo_url + "/admin/")


@pytest.mark.parametrize("width", WIDTHS)
def test_the_admin_pages_fit_a_phone_and_pass_axe(width, demo_url, browser, axe_violations):
    context = browser.new_context(viewport={"width": width, "height": 800}, locale="fi-FI")
    context.set_default_timeout(20_000)
    page = context.new_page()
    try:
        log_in(page, demo_url)
        cut_off, violations = {}, {}
        for name, path in admin_pages().items():
            response = page.goto(demo_url + path)
            assert response.status == 200, (name, path, response.status)
            result = page.evaluate(CUT_OFF_JS)
            if result["pageWidth"] > result["width"] or result["cut"]:
                cut_off[name] = result
            # axe at one width: its rules do not change between 320 and 390 px, and a scan of
            # 23 pages costs minutes of CI at each width (the overflow check is cheap).
            if width != AXE_WIDTH:
                continue
            found = [v for v in axe_violations(page) if v["id"] not in WAGTAIL_KNOWN]
            if found:
                violations[name] = found
    finally:
        context.close()

    assert cut_off == {}
    assert violations == {}
