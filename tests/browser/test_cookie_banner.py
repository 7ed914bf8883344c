"""The cookie banner in a real browser, with and without JavaScript (issue 3's "Done when")."""

import pytest

from tests.cookie_utils import add_cookie, publish_notice_with

pytestmark = [
    pytest.mark.browser,
    # The live server needs committed data: the demo content is loaded per test.
    pytest.mark.django_db(transaction=True),
]

BANNER = "[data-seloste-banner]"
ACCEPT = f"{BANNER} button[value=accept_all]"
REJECT = f"{BANNER} button[value=reject_all]"
JS_MODES = pytest.mark.parametrize("javascript", [True, False], ids=["js", "nojs"])


def cookie_names(page):
    return {cookie["name"] for cookie in page.context.cookies()}


def choose(page, button, javascript):
    """Click a banner button; with JavaScript the page stays, without it the form posts."""
    if javascript:
        page.click(button)
        page.wait_for_selector(BANNER, state="detached")
    else:
        with page.expect_navigation():
            page.click(button)


@JS_MODES
def test_banner_is_shown_on_the_first_visit(demo_url, new_page, javascript):
    page = new_page(javascript)
    page.goto(demo_url + "/")
    banner = page.get_by_role("region", name="Evästeet tällä sivustolla")
    assert banner.is_visible()
    link = banner.get_by_role("link", name="Lue lisää evästeistä tietosuojaselosteestamme")
    assert link.get_attribute("href") == "/tietosuojaseloste/#evasteet"


@JS_MODES
def test_reject_sets_no_analytics_cookie_and_the_banner_stays_away(demo_url, new_page, javascript):
    page = new_page(javascript)
    page.goto(demo_url + "/")
    choose(page, REJECT, javascript)
    assert "_demo_analytics" not in cookie_names(page)
    page.goto(demo_url + "/tietosuojaseloste/")
    assert page.locator(BANNER).count() == 0
    assert "_demo_analytics" not in cookie_names(page)


def test_accept_with_javascript_runs_the_snippet_without_reload(demo_url, new_page):
    page = new_page(javascript=True)
    page.goto(demo_url + "/")
    page.evaluate("window.notReloaded = true")
    choose(page, ACCEPT, javascript=True)
    page.wait_for_function("document.documentElement.dataset.demoAnalytics === 'loaded'")
    assert page.evaluate("window.notReloaded") is True
    assert "_demo_analytics" in cookie_names(page)
    # Focus leaves the removed banner for the main content.
    assert page.evaluate("document.activeElement.id") == "main"
    page.goto(demo_url + "/tietosuojaseloste/")
    assert page.locator(BANNER).count() == 0
    assert page.evaluate("document.documentElement.dataset.demoAnalytics") == "loaded"


def test_accept_without_javascript_renders_the_snippet(demo_url, new_page):
    page = new_page(javascript=False)
    page.goto(demo_url + "/")
    choose(page, ACCEPT, javascript=False)
    assert page.url == demo_url + "/"
    assert page.locator(BANNER).count() == 0
    # The snippet is delivered as a live script (it cannot run without JavaScript).
    html = page.content()
    assert "_demo_analytics=1" in html
    assert "<template data-seloste-consent" not in html


@JS_MODES
def test_adding_a_cookie_to_analytics_brings_the_banner_back(demo_url, new_page, javascript):
    from wagtail_seloste.models import NoticePage

    page = new_page(javascript)
    page.goto(demo_url + "/")
    choose(page, ACCEPT, javascript)
    page.reload()
    assert page.locator(BANNER).count() == 0

    notice = NoticePage.objects.get(slug="tietosuojaseloste")
    publish_notice_with(notice, add_cookie("analytics", "_demo_new"))

    page.reload()
    banner = page.locator(BANNER)
    assert banner.is_visible()
    assert "Analytiikka" in banner.inner_text()


@JS_MODES
def test_changing_ones_mind_from_the_footer_link(demo_url, new_page, javascript):
    page = new_page(javascript)
    page.goto(demo_url + "/")
    choose(page, ACCEPT, javascript)
    page.get_by_role("link", name="Evästeasetukset").click()
    checkbox = page.get_by_label("Salli evästeet: Analytiikka")
    assert checkbox.is_checked()
    checkbox.uncheck()
    with page.expect_navigation():
        page.click("button[value=save]")
    assert page.url == demo_url + "/"
    assert "_demo_analytics" not in cookie_names(page)
    assert page.locator(BANNER).count() == 0
    assert "_demo_analytics=1" not in page.content()


def test_accept_and_reject_render_at_the_same_size(demo_url, new_page):
    page = new_page(javascript=True)
    for width in (1280, 360):
        page.set_viewport_size({"width": width, "height": 800})
        page.goto(demo_url + "/")
        accept = page.locator(ACCEPT).bounding_box()
        reject = page.locator(REJECT).bounding_box()
        assert (accept["width"], accept["height"]) == (reject["width"], reject["height"])


def test_a_failed_choice_is_not_silent(demo_url, new_page):
    page = new_page(javascript=True)
    page.goto(demo_url + "/")
    page.route("**/cookies/settings/", lambda route: route.abort())
    page.click(REJECT)
    alert = page.locator(f"{BANNER} [role=alert]")
    alert.wait_for(state="visible")
    assert "ei voitu tallentaa" in alert.inner_text()
    assert page.locator(BANNER).is_visible()
    assert page.evaluate("document.activeElement.value") == "reject_all"


def test_banner_is_keyboard_reachable_with_visible_focus(demo_url, new_page):
    page = new_page(javascript=True)
    page.goto(demo_url + "/")
    for _ in range(6):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.value") == "accept_all":
            break
    assert page.evaluate("document.activeElement.value") == "accept_all"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("", "none")


def test_axe_finds_nothing_serious_on_the_home_page_with_the_banner(
    demo_url, new_page, axe_violations
):
    page = new_page(javascript=True)
    page.goto(demo_url + "/")
    assert page.locator(BANNER).is_visible()
    assert axe_violations(page) == []


def test_axe_finds_nothing_serious_on_the_settings_view(demo_url, new_page, axe_violations):
    page = new_page(javascript=True)
    page.goto(demo_url + "/cookies/settings/?next=/")
    assert axe_violations(page) == []
