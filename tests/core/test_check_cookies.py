"""Cookies (917/2014 §205): trackers are not necessary, and spoken-of cookies are declared."""

import pytest

from wagtail_seloste.notice.check import check_notice

from .conftest import dict_codes, replaced, section, text_codes


def add_cookie(notice, category, name, provider="kompassi.example", purpose="Istunto."):
    notice["cookies"].append(
        {
            "category": category,
            "name": name,
            "provider": provider,
            "purpose": purpose,
            "duration": "1 vuosi",
        }
    )


@pytest.mark.parametrize("name", ["_ga", "_ga_3XK2", "_gid", "_fbp", "_hjSessionUser_1"])
def test_tracker_in_necessary_triggers_on_a_known_tracker(notice_data, name):
    add_cookie(notice_data, "necessary", name)

    findings = [f for f in check_notice(notice_data) if f.code == "tracker-in-necessary"]

    assert findings and name in findings[0].message


def test_tracker_in_necessary_triggers_on_a_cookie_whose_purpose_is_analytics(notice_data):
    add_cookie(notice_data, "necessary", "_kavijat", purpose="Kävijätilastot ja analytiikka.")

    assert "tracker-in-necessary" in dict_codes(notice_data)


def test_tracker_in_necessary_is_quiet_for_a_tracker_in_the_analytics_category(notice_data):
    add_cookie(notice_data, "analytics", "_gid")

    assert "tracker-in-necessary" not in dict_codes(notice_data)


@pytest.mark.parametrize("name", ["csrftoken", "sessionid", "cookie_consent"])
def test_tracker_in_necessary_is_quiet_for_necessary_cookies(notice_data, name):
    add_cookie(notice_data, "necessary", name)

    assert "tracker-in-necessary" not in dict_codes(notice_data)


def test_tracker_in_necessary_triggers_in_an_imported_cookie_list(salon_text):
    text = replaced(
        salon_text,
        "Sivusto käyttää vain välttämättömiä evästeitä.",
        "Välttämättömät evästeet:\ncsrftoken – sointu.example – lomakkeiden suojaus – 1 vuosi\n"
        "_ga – sointu.example – istunnon tunnistus – 2 vuotta",
    )

    assert "tracker-in-necessary" in text_codes(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sivusto asettaa ainoastaan teknisesti välttämättömiä evästeitä (esim. _ga, 2 vuotta).",
        "Välttämättömät evästeet, joihin ei kysytä suostumusta: csrftoken (istunto), _ga ja _gid "
        "(Google Analytics, kävijämäärien seuranta).",
    ],
)
def test_tracker_in_necessary_triggers_on_a_tracker_a_sentence_calls_necessary(
    salon_text, sentence
):
    # the text's own category stands over the tracker table (importer/cookies.py), so the owner
    # is told the tracker is no necessary cookie instead of the error disappearing
    text = replaced(salon_text, "Sivusto käyttää vain välttämättömiä evästeitä.", sentence)

    assert "tracker-in-necessary" in text_codes(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Muiden kuin välttämättömien evästeiden, kuten _ga (Google Analytics, 2 vuotta), "
        "käyttöön pyydämme suostumuksen.",
        "Evästeet _ga ja _gid (2 vuotta) eivät ole välttämättömiä, joten kysymme niihin luvan.",
    ],
)
def test_tracker_in_necessary_is_quiet_when_a_sentence_sets_the_tracker_apart_from_necessary(
    salon_text, sentence
):
    text = replaced(salon_text, "Sivusto käyttää vain välttämättömiä evästeitä.", sentence)

    assert "tracker-in-necessary" not in text_codes(text)


def test_a_tracker_declared_necessary_raises_tracker_in_necessary_only(salon_text):
    # docs: a tracker declared in the necessary category is declared (917/2014 §205)
    text = replaced(
        salon_text,
        "Sivusto käyttää vain välttämättömiä evästeitä.",
        "Välttämättömät evästeet:\ncsrftoken – sointu.example – lomakkeiden suojaus – 1 vuosi\n"
        "_ga – Google Analytics – kävijätilastot – 2 vuotta\n\nSivuston kävijätilastot kerätään "
        "Google Analyticsilla.",
    )
    found = text_codes(text)
    assert "tracker-in-necessary" in found and "undeclared-cookies" not in found


def without_optional_categories(notice):
    cookies = section(notice, "cookies")
    cookies["categories"] = [c for c in cookies["categories"] if c["necessary"]]
    notice["cookies"] = [c for c in notice["cookies"] if c["category"] == "necessary"]
    return notice


@pytest.mark.parametrize(
    "text",
    [
        "Sivusto käyttää evästeitä kävijäliikenteen analysoimiseksi.",
        "Käytämme Google Analyticsia kävijämäärien seurantaan.",
        "Sivustolla on kolmansien osapuolten evästeitä, kuten Facebook-pikseli.",
        "Webbplatsen använder kakor för statistik.",
    ],
)
def test_undeclared_cookies_triggers_when_the_text_speaks_of_optional_cookies(notice_data, text):
    without_optional_categories(notice_data)
    section(notice_data, "cookies")["text"] = text

    assert "undeclared-cookies" in dict_codes(notice_data)


@pytest.mark.parametrize(
    "text",
    [
        "Sivusto käyttää vain välttämättömiä evästeitä.",
        "Emme käytä analytiikka- tai markkinointievästeitä.",
        "Sivusto ei käytä seurantaevästeitä.",
    ],
)
def test_undeclared_cookies_is_quiet_when_only_necessary_cookies_are_spoken_of(notice_data, text):
    without_optional_categories(notice_data)
    section(notice_data, "cookies")["text"] = text

    assert "undeclared-cookies" not in dict_codes(notice_data)


def test_undeclared_cookies_is_quiet_when_the_analytics_category_is_declared(notice_data):
    section(notice_data, "cookies")["text"] = "Käytämme analytiikkaevästeitä suostumuksellasi."

    assert "undeclared-cookies" not in dict_codes(notice_data)
