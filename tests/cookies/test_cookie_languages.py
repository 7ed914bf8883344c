"""Cookie declarations in the visitor's language (issue 19): the banner, the cookie settings
page and the notice's cookie table show category names, purposes and durations in the page's
language, and a cookie added to the Finnish notice later is listed in Swedish and English
(marked, never in Finnish), with the translations check naming what is missing.

The demo content (``load_initial_data``) is the fixture: a Finnish notice with its Swedish
and English translations, as a site owner would have them.
"""

import re
from html import unescape
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import translation
from django.utils.translation import gettext, ngettext
from wagtail.models import Locale

from wagtail_seloste.models import NoticePage
from wagtail_seloste.notice.cookie_declarations import duration_in_language
from wagtail_seloste.notice.json_format import notice_to_dict, page_fields_from_dict
from wagtail_seloste.notice.translations_check import translation_findings

SETTINGS = {"sv": "/sv/cookies/settings/", "en": "/en/cookies/settings/"}
NEW_COOKIE = {
    "category": "analytics",
    "name": "_uusi_seuranta",
    "provider": "lempeakosketus.example",
    "purpose": "Laskee, kuinka moni palaa sivustolle.",
    "duration": "13 kuukautta",
}


@pytest.fixture
def demo(migrated_db):
    call_command("load_initial_data", stdout=StringIO())
    return NoticePage.objects.get(locale__language_code="fi", slug="tietosuojaseloste")


def main_text(response):
    html = response.content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    main = re.sub(r"<(script|style)\b.*?</\1>", " ", main, flags=re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", main)).split())


def finnish_texts(notice):
    """Every Finnish sentence the cookie pages could show: the Finnish notice's cookie words
    and the Finnish catalogue's translations of the plugin's strings."""
    texts = set()
    for category in notice.cookie_categories:
        texts.update([category["name"], category["description"]])
        for cookie in category["cookies"]:
            texts.update([cookie["purpose"], cookie["duration"]])
    catalogue = translation.trans_real.translation("fi")._catalog
    for msgid, msgstr in catalogue.items():
        if isinstance(msgid, str) and isinstance(msgstr, str) and msgstr != msgid:
            if len(msgstr) >= 8 and " " in msgstr:
                texts.add(msgstr)
    return {text for text in texts if text}


def add_finnish_cookie(notice):
    data = notice_to_dict(notice)
    data["cookies"].append(NEW_COOKIE)
    notice.sections = page_fields_from_dict(data, language="fi")["sections"]
    notice.save_revision().publish()
    return NoticePage.objects.get(pk=notice.pk)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_cookie_settings_in_swedish_and_english_contain_no_finnish(client, demo, language):
    text = main_text(client.get(SETTINGS[language]))
    found = sorted(t for t in finnish_texts(demo) if t in text)
    assert found == []
    with translation.override(language):
        assert gettext("Cookie settings") in text


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_necessary_category_and_its_cookies_are_in_the_pages_language(client, demo, language):
    translated = demo.get_translation(Locale.objects.get(language_code=language))
    text = main_text(client.get(SETTINGS[language]))
    for category in translated.specific.cookie_categories:
        assert category["name"] in text
        for cookie in category["cookies"]:
            assert cookie["purpose"] in text
            assert cookie["duration"] in text


@pytest.mark.parametrize("language", ["sv", "en"])
def test_a_cookie_added_to_the_finnish_notice_later_is_listed_but_not_in_finnish(
    client, demo, language
):
    add_finnish_cookie(demo)
    settings_text = main_text(client.get(SETTINGS[language]))
    notice_path = {"sv": "/sv/dataskyddsbeskrivning/", "en": "/en/privacy-notice/"}[language]
    notice_text = main_text(client.get(notice_path))
    with translation.override(language):
        placeholder = gettext("Not yet described in this language.")
        duration = ngettext("%(count)s month", "%(count)s months", 13) % {"count": 13}
    for text in (settings_text, notice_text):
        assert NEW_COOKIE["name"] in text
        assert NEW_COOKIE["purpose"] not in text
        assert NEW_COOKIE["duration"] not in text
        assert placeholder in text
        assert duration in text


def test_the_translations_check_names_the_cookie_a_translation_lacks(demo):
    notice = add_finnish_cookie(demo)
    messages = [f.message for f in translation_findings(notice)]
    assert len([m for m in messages if NEW_COOKIE["name"] in m]) == 2  # sv and en


def test_the_banner_names_the_categories_in_the_pages_language(client, demo):
    html = client.get("/sv/").content.decode()
    banner = html[html.index("data-seloste-banner") : html.index("</section>")]
    assert "Analys" in banner
    assert "Analytiikka" not in banner


@pytest.mark.parametrize(
    ("written", "language", "expected"),
    [
        ("2 viikkoa", "sv", ("%(count)s week", "%(count)s weeks", 2)),
        ("1 vuosi", "en", ("%(count)s year", "%(count)s years", 1)),
        ("13 kk", "sv", ("%(count)s month", "%(count)s months", 13)),
        ("1 år", "fi", ("%(count)s year", "%(count)s years", 1)),
    ],
)
def test_a_duration_is_read_in_any_language_and_written_in_the_readers(written, language, expected):
    singular, plural, count = expected
    with translation.override(language):
        assert duration_in_language(written) == ngettext(singular, plural, count) % {"count": count}


def test_a_duration_that_cannot_be_read_is_not_guessed():
    assert duration_in_language("kunnes toisin päätetään") == ""
