"""The breach log in a real browser (issue 20's "Done when"): a breach recorded in the admin shows
its 72-hour deadline in Helsinki time, its scope estimated from the register and a draft message
in each language, at 1280 and 360 px, with no serious accessibility violations."""

import pytest

from wagtail_seloste.register.models import Breach

pytestmark = [
    pytest.mark.browser,
    # The live server needs committed data: the demo content is loaded per test.
    pytest.mark.django_db(transaction=True),
]


def log_in(page, demo_url):
    page.goto(demo_url + "/admin/login/")
    page.fill("#id_username", "admin")
    page.fill("#id_password", "changeme")
    page.locator("form button[type=submit]").click()
    page.wait_for_url("**/admin/")


def no_sideways_scroll(page):
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


@pytest.mark.parametrize("width", [1280, 360])
def test_owner_records_a_breach_and_sees_its_deadline_scope_and_draft(
    demo_url, new_page, axe_violations, width
):
    page = new_page(javascript=True)
    page.set_viewport_size({"width": width, "height": 900})
    log_in(page, demo_url)

    page.goto(demo_url + "/admin/seloste/breaches/new/")
    assert axe_violations(page) == []
    page.get_by_role("textbox", name="Lyhyt kuvaus").fill(
        "Asiakaslista lähti väärälle vastaanottajalle"
    )
    page.get_by_role("textbox", name="Mitä tapahtui").fill(
        "Asiakaslistan kopio lähti sähköpostilla väärään osoitteeseen."
    )
    page.get_by_label(
        "Luottamuksellisuus: joku näki tai sai tietoja, joita hänen ei pitänyt"
    ).check()
    page.get_by_label("Kaikki asiakkaat (koko asiakasrekisteri)").check()
    page.locator("form[method=post] button[type=submit]").last.click()
    page.wait_for_url("**/inspect/*/")

    breach = Breach.objects.get()
    body = page.locator("main").inner_text()
    assert "Suomen aikaa" in body and "Aikaa jäljellä" in body
    assert "Korkea riski" in body  # the demo's bookings hold health information
    assert breach.estimate["people"] == 2 and breach.estimate["health_records"] > 0
    assert "Niska jumissa" not in page.content()  # no client's health details on the page
    assert no_sideways_scroll(page)
    assert axe_violations(page) == []
    page.screenshot(path=f"/tmp/seloste-breach-{width}.png", full_page=True)

    page.get_by_role("link", name="Kirjoita viesti niille, joita loukkaus koskee").click()
    for language in ("fi", "sv", "en"):
        assert page.locator(f"#id_body_{language}").input_value()
    assert "Personuppgiftsincident" in page.locator("#id_subject_sv").input_value() or (
        "personuppgiftsincident" in page.locator("#id_subject_sv").input_value()
    )
    assert no_sideways_scroll(page)
    assert axe_violations(page) == []
