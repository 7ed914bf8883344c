"""The owner's admin in a real browser: the request form's date picker (issue 19 item 6)."""

import pytest
from django.utils import timezone

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page, demo_url):
    page.goto(demo_url + "/admin/login/")
    page.locator("input[name=username]").fill("admin")
    page.locator("input[name=password]").fill("changeme")
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(demo_url + "/admin/")


def test_the_manual_request_forms_date_picker_opens(demo_url, new_page):
    page = new_page(javascript=True)
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    log_in(page, demo_url)

    page.goto(demo_url + "/admin/tietopyynnot/new/")
    field = page.locator("input[name=received]")
    field.fill("")
    page.locator("main h1, main h2, main p").first.click()  # away, so that focusing opens it
    field.click()
    picker = page.locator(".xdsoft_datetimepicker").filter(visible=True)
    picker.wait_for(timeout=30_000)
    picker.locator("td.xdsoft_today").click()

    assert errors == []
    assert field.input_value() == timezone.localdate().isoformat()
