"""The owner imports an old notice and confirms what the check read (issue 18, item 6).

In Finnish, at a desktop's and a phone's width: the upload "Tuo vanha seloste" with the
business's field, the review step that lists each claim beside its sentence, and the save that
turns the confirmed claims into the draft's structured fields. The review works with the
keyboard and without JavaScript, and axe-core finds no serious or critical violation in it.

The claims are the check's own reading of the notice below (``check.claims.read_claims``);
the test finds the items by what they are about (the service, the data, the right) and their
controls by name, so a better wording of the interface never breaks it. Screenshots of the
review go to $SELOSTE_SCREENSHOTS when it is set (to look at them), else to a temporary folder.
"""

import os
from pathlib import Path

import pytest

from wagtail_seloste.models import NoticePage
from wagtail_seloste.notice.business import site_field
from wagtail_seloste.notice.json_format import notice_to_dict
from wagtail_seloste.register.models import Processor

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# A fictional massage practice's old notice, as an owner would have it in a .txt file.
OLD_NOTICE = """Tietosuojaseloste

1. Rekisterinpitäjä

Hierontapiste Kevyt Kämmen, Rantakatu 3, 90100 Oulu, kammen@kevytkammen.example

2. Käsittelyn tarkoitus

Ajanvaraus perustuu sopimukseen.

3. Säilytysaika

Asiakastiedot säilytetään kaksi vuotta viimeisestä käynnistä.

4. Tietojen siirto

Uutiskirjeet lähetetään Mailchimpin kautta.

5. Rekisteröidyn oikeudet

Asiakkaalla on oikeus tarkastaa tietonsa. Tarkastusoikeutta voi käyttää kerran vuodessa.
"""
ADMIN_USER, ADMIN_PASSWORD = "admin", "changeme"  # the demo's (load_initial_data)
OVERFLOW_JS = "() => document.documentElement.scrollWidth - window.innerWidth"


@pytest.fixture
def shots(tmp_path):
    folder = Path(os.environ.get("SELOSTE_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def old_notice(tmp_path):
    path = tmp_path / "vanha-seloste.txt"
    path.write_text(OLD_NOTICE, encoding="utf-8")
    return path


def snap(page, path):
    """The whole review in one picture: the admin scrolls its main column, not the page, so
    the window is made as tall as the page for the shot."""
    size = page.viewport_size
    height = page.evaluate("() => document.querySelector('main').scrollHeight")
    page.set_viewport_size({"width": size["width"], "height": min(height + 200, 16_000)})
    page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size(size)


def log_in(page, demo_url):
    page.goto(f"{demo_url}/admin/login/")
    page.fill("input[name=username]", ADMIN_USER)
    page.fill("input[name=password]", ADMIN_PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(f"{demo_url}/admin/")


def item(page, about):
    """The review item whose legend names ``about``."""
    return page.locator("fieldset.seloste-review-item").filter(
        has=page.locator("legend", has_text=about)
    )


# The first reading of a notice loads the lemmatizer's dictionaries: seconds, once per process.
SLOW_MS = 90_000


def import_as_owner(page, demo_url, old_notice):
    page.set_default_timeout(SLOW_MS)
    page.goto(f"{demo_url}/admin/seloste/import/")
    page.set_input_files("input[name=file]", str(old_notice))
    page.select_option("select[name=field]", "massage")
    page.locator("#w-editor-form button[type=submit]").first.click()
    page.wait_for_url(f"{demo_url}/admin/seloste/review/*/")
    return NoticePage.objects.filter(live=False).latest("pk")


def structured(page_id):
    notice = NoticePage.objects.get(pk=page_id).get_latest_revision_as_object()
    data = notice_to_dict(notice)
    return {s["kind"]: s for s in data["sections"]}, data


@pytest.mark.parametrize("width", [1280, 360])
def test_the_owners_confirmed_claims_become_the_notices_structured_fields(
    demo_url, new_page, axe_violations, old_notice, shots, width
):
    page = new_page()
    page.set_viewport_size({"width": width, "height": 900})
    log_in(page, demo_url)
    draft = import_as_owner(page, demo_url, old_notice)

    # Each claim beside its sentence, in Finnish.
    assert page.locator("html").get_attribute("lang") == "fi"
    mailchimp = item(page, "Mailchimp")
    assert mailchimp.locator("blockquote").first.inner_text() == (
        "Uutiskirjeet lähetetään Mailchimpin kautta."
    )
    assert axe_violations(page) == []
    assert page.evaluate(OVERFLOW_JS) <= 0
    snap(page, shots / f"review-{width}.png")

    # The owner confirms and corrects: the transfer's safeguard, the client data's retention,
    # health data for a massage practice, and the right of access (with the keyboard).
    mailchimp.locator("input[name$='-confirm']").check()
    mailchimp.locator("select[name$='-safeguard']").select_option("scc")
    clients = item(page, "Asiakastiedot")
    clients.locator("input[name$='-keep']").check()
    assert clients.locator("input[name$='-period']").input_value() == "2"
    health = item(page, "Terveystiedot")
    health.locator("input[name$='-declare']").check()
    health.locator("input[name$='-keep']").check()
    access = item(page, "15 art").locator("input[name$='-confirm']")
    access.focus()
    page.keyboard.press("Space")
    assert access.is_checked()
    snap(page, shots / f"review-{width}-ticked.png")
    page.locator("#w-editor-form footer button[type=submit]").first.click()
    page.wait_for_url(f"{demo_url}/admin/pages/{draft.pk}/edit/")

    sections, data = structured(draft.pk)
    # The confirmed transfer goes to the processors register, proposed: the demo's published
    # notice stays the register's truth until the owner takes the row into use there.
    mailchimp_row = Processor.objects.get(site=draft.get_site(), name="Mailchimp")
    assert (mailchimp_row.country, mailchimp_row.safeguard) == ("US", "scc")
    assert mailchimp_row.status == Processor.PROPOSED
    rules = {rule["applies_to"]: rule for rule in sections["retention"]["rules"]}
    assert (rules["clients"]["period"], rules["clients"]["counted_from"]) == (2, "last_booking")
    assert "94/2022" in rules["health"]["until"]
    assert {"name": "Terveystiedot", "special_category": True}.items() <= (
        sections["data_content"]["categories"][0].items()
    )
    assert [r["right"] for r in sections["rights"]["rights"]] == ["access"]
    assert data["field"] == "massage"
    assert site_field(draft.get_site()) == "massage"
    assert not NoticePage.objects.get(pk=draft.pk).live


def test_the_review_works_without_javascript(demo_url, new_page, old_notice, shots):
    """Without JavaScript the import and the review are plain forms; Wagtail's unbuilt sidebar,
    which would lie over a phone's screen, is put away on these pages."""
    page = new_page(javascript=False)
    page.set_viewport_size({"width": 360, "height": 800})
    log_in(page, demo_url)
    draft = import_as_owner(page, demo_url, old_notice)

    mailchimp = item(page, "Mailchimp")
    mailchimp.locator("input[name$='-confirm']").check()
    mailchimp.locator("select[name$='-safeguard']").select_option("adequacy")
    snap(page, shots / "review-360-nojs.png")
    page.locator("#w-editor-form footer button[type=submit]").first.click()
    page.wait_for_url(f"{demo_url}/admin/pages/{draft.pk}/edit/")

    # The United States' adequacy decision is the Data Privacy Framework.
    row = Processor.objects.get(site=draft.get_site(), name="Mailchimp")
    assert row.safeguard == "dpf"


def test_a_refused_answer_is_shown_beside_its_item_and_nothing_is_saved(
    demo_url, new_page, axe_violations, old_notice
):
    page = new_page()
    page.set_viewport_size({"width": 360, "height": 800})
    log_in(page, demo_url)
    draft = import_as_owner(page, demo_url, old_notice)
    revision = NoticePage.objects.get(pk=draft.pk).latest_revision_id

    item(page, "Mailchimp").locator("input[name$='-confirm']").check()  # no safeguard chosen
    page.locator("#w-editor-form footer button[type=submit]").first.click()

    summary = page.locator(".seloste-review-errors[role=alert]")
    summary.wait_for()
    assert summary.locator("a").first.inner_text() == "Mailchimp"
    assert item(page, "Mailchimp").locator(".error-message, .w-field__errors").count() >= 1
    assert axe_violations(page) == []
    assert NoticePage.objects.get(pk=draft.pk).latest_revision_id == revision
