"""The business's field: stored per site, defaulted by feature apps, carried by the notice dict
as "field", set by ``seloste_import --field`` and the import page (issue 18, item 4)."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from wagtail.models import Page, Site

from tests.core.review_helpers import NOTICE_TEXT
from wagtail_seloste.models import NoticePage, SelosteSettings
from wagtail_seloste.notice import business
from wagtail_seloste.notice.json_format import (
    NoticeFormatError,
    create_notice,
    notice_to_dict,
    validate_notice,
)


@pytest.fixture
def site(home):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def other_site(home):
    """A second site with a home page of its own."""
    from example_site.home.models import HomePage

    root = Page.get_first_root_node()
    other_home = HomePage(title="Toinen", slug="toinen")
    root.add_child(instance=other_home)
    return Site.objects.create(hostname="toinen.example", root_page=other_home)


@pytest.fixture
def default_of(monkeypatch):
    """``default_of(func)``: ``func`` is the only registered default for the test."""

    def use(func):
        monkeypatch.setattr(business, "_defaults", [func])

    monkeypatch.setattr(business, "_defaults", [])
    return use


def stored(site):
    return SelosteSettings.for_site(site).field


def test_a_site_has_no_field_until_someone_says(site, default_of):
    assert business.site_field(site) == ""


def test_the_owners_choice_is_the_sites_field(site, default_of):
    business.set_site_field(site, "coaching")

    assert business.site_field(site) == "coaching"


def test_a_registered_default_applies_while_the_owner_has_chosen_none(site, default_of):
    default_of(lambda s: "other_health_care")

    assert business.site_field(site) == "other_health_care"
    assert stored(site) == ""  # a default is read, never stored


def test_the_owners_choice_wins_over_a_default(site, default_of):
    default_of(lambda s: "other_health_care")
    business.set_site_field(site, "beauty")

    assert business.site_field(site) == "beauty"


def test_a_default_answering_nonsense_is_ignored(site, default_of):
    default_of(lambda s: "astrology")

    assert business.site_field(site) == ""


def test_an_unknown_field_is_refused(site):
    with pytest.raises(ValueError, match="massage"):
        business.set_site_field(site, "astrology")


@pytest.mark.parametrize("key", ["massage", "physiotherapy", "psychotherapy", "other_health_care"])
def test_the_health_care_fields(key):
    assert business.is_health_care(key)


@pytest.mark.parametrize("key", ["coaching", "beauty", "fitness", "other", "", None])
def test_fields_that_are_not_health_care(key):
    assert not business.is_health_care(key)


def test_the_choices_group_health_care_first(db):
    from django.utils import translation

    with translation.override("fi"):
        choices = business.field_choices("—")
        health_label, health = choices[1]

    assert choices[0] == ("", "—")
    assert [key for key, _label in health] == list(business.FIELD_KEYS[:4])
    assert str(health_label).startswith("Terveydenhuolto")


# The notice dict ---------------------------------------------------------------------------


def test_the_notice_dict_carries_the_sites_field(notice, site):
    business.set_site_field(site, "massage")

    assert notice_to_dict(notice)["field"] == "massage"


def test_the_notice_dict_of_a_site_without_a_field_has_none(notice, default_of):
    assert "field" not in notice_to_dict(notice)


def test_the_notice_dict_carries_a_default_field(notice, default_of):
    default_of(lambda s: "other_health_care")

    assert notice_to_dict(notice)["field"] == "other_health_care"


def test_the_notice_of_another_site_carries_that_sites_field(notice_data, other_site, site):
    business.set_site_field(site, "massage")
    business.set_site_field(other_site, "fitness")
    page = create_notice(notice_data, parent=other_site.root_page)

    assert notice_to_dict(page)["field"] == "fitness"


@pytest.mark.parametrize("value", ["astrology", 3, ["massage"]])
def test_a_json_field_that_is_not_a_field_is_refused_by_name(notice_data, value):
    notice_data["field"] = value

    with pytest.raises(NoticeFormatError, match=r"^\.field: .*massage"):
        validate_notice(notice_data)


@pytest.mark.parametrize("value", [None, "", "psychotherapy"])
def test_a_json_field_may_be_absent_null_or_a_field(notice_data, value):
    notice_data["field"] = value

    assert validate_notice(notice_data) is notice_data


def test_importing_json_with_a_field_gives_it_to_a_site_without_one(home, site, notice_data):
    notice_data["field"] = "physiotherapy"

    create_notice(notice_data, parent=home)

    assert stored(site) == "physiotherapy"


def test_importing_json_never_overrides_the_owners_choice(home, site, notice_data):
    business.set_site_field(site, "coaching")
    notice_data["field"] = "physiotherapy"

    create_notice(notice_data, parent=home)

    assert stored(site) == "coaching"


def test_export_import_export_keeps_the_field(home, site, notice_data, default_of):
    notice_data["field"] = "massage"
    exported = notice_to_dict(create_notice(notice_data, parent=home, publish=True))

    again = notice_to_dict(create_notice(exported, parent=home, publish=True))

    assert again == exported
    assert again["field"] == "massage"


# The commands ------------------------------------------------------------------------------


@pytest.fixture
def old_notice(tmp_path):
    path = tmp_path / "vanha.txt"
    path.write_text(NOTICE_TEXT, encoding="utf-8")
    return path


def test_seloste_import_field_sets_the_field_of_the_site_imported_into(
    old_notice, other_site, site, capsys
):
    call_command("seloste_import", str(old_notice), "--parent", "/", "--field", "massage")

    assert stored(site) == "massage"
    assert stored(other_site) == ""


def test_seloste_import_field_overrides_an_earlier_choice(old_notice, site, capsys):
    business.set_site_field(site, "coaching")

    call_command("seloste_import", str(old_notice), "--field", "physiotherapy")

    assert stored(site) == "physiotherapy"


def test_seloste_import_without_field_leaves_the_site_as_it_is(old_notice, site, default_of):
    default_of(lambda s: "other_health_care")

    call_command("seloste_import", str(old_notice))

    assert stored(site) == ""  # the default is not stored as the owner's choice


def test_seloste_import_json_preview_carries_the_field(old_notice, db, capsys):
    call_command("seloste_import", str(old_notice), "--format", "json", "--field", "fitness")

    assert json.loads(capsys.readouterr().out)["field"] == "fitness"


def test_seloste_import_refuses_an_unknown_field(old_notice, db):
    with pytest.raises(CommandError, match="astrology"):
        call_command("seloste_import", str(old_notice), "--field", "astrology")


def test_the_import_check_reads_the_field_given(old_notice, home, monkeypatch, capsys):
    from wagtail_seloste.management.commands import seloste_import

    seen = []
    monkeypatch.setattr(seloste_import, "check", lambda data: seen.append(data.get("field")) or [])

    call_command("seloste_import", str(old_notice), "--field", "psychotherapy")

    assert seen == ["psychotherapy"]


def test_seloste_check_field_checks_a_file_as_that_fields_notice(old_notice, db, monkeypatch):
    from wagtail_seloste.management.commands import seloste_check

    seen = []
    monkeypatch.setattr(seloste_check, "check", lambda data: seen.append(data.get("field")) or [])

    call_command("seloste_check", str(old_notice), "--field", "massage")

    assert seen == ["massage"]


# The import page and the settings ---------------------------------------------------------------


def upload(admin_client, parent, **data):
    file = SimpleUploadedFile("vanha.txt", NOTICE_TEXT.encode("utf-8"))
    return admin_client.post(
        reverse("wagtail_seloste_import"), {"file": file, "parent": parent.pk, **data}
    )


def test_the_import_page_offers_the_field(admin_client, home):
    response = admin_client.get(reverse("wagtail_seloste_import"))

    html = response.content.decode()
    assert 'name="field"' in html
    assert '<option value="massage">' in html


def test_the_import_pages_choice_is_stored_for_the_parents_site(admin_client, other_site, site):
    upload(admin_client, other_site.root_page, field="beauty")

    assert stored(other_site) == "beauty"
    assert stored(site) == ""


def test_the_import_page_without_a_choice_stores_nothing(admin_client, home, site):
    business.set_site_field(site, "fitness")

    upload(admin_client, home, field="")

    assert stored(site) == "fitness"


def test_the_import_page_refuses_an_unknown_field(admin_client, home):
    response = upload(admin_client, home, field="astrology")

    assert response.status_code == 200
    assert "field" in response.context["form"].errors
    assert not NoticePage.objects.exists()


def test_the_settings_offer_the_field(admin_client, site):
    response = admin_client.get(
        reverse("wagtailsettings:edit", args=["wagtail_seloste", "selostesettings", site.pk])
    )

    html = response.content.decode()
    assert 'name="field"' in html
    assert "<optgroup" in html


def test_the_settings_save_the_owners_choice(admin_client, site):
    url = reverse("wagtailsettings:edit", args=["wagtail_seloste", "selostesettings", site.pk])

    admin_client.post(url, {"notice": "", "field": "psychotherapy", "financial_year_end_month": 12})

    assert stored(site) == "psychotherapy"
