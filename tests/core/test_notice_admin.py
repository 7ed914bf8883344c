"""Editing the notice in the Wagtail admin: the checklist, validation and the publish warning."""

from django.contrib.messages import get_messages
from django.utils.html import escape
from wagtail.test.utils.form_data import nested_form_data, streamfield

from wagtail_seloste.models import NoticePage


def edit_data(page, **changes):
    """The edit form's POST data for ``page`` with its sections as they are."""
    from wagtail_seloste.notice.json_format import notice_to_dict

    data = {
        "title": page.title,
        "slug": page.slug,
        "updated": page.updated.isoformat() if page.updated else "",
        "controller_name": page.controller_name,
        "business_id": page.business_id,
        "street_address": page.street_address,
        "postal_code": page.postal_code,
        "city": page.city,
        "email": page.email,
        "phone": page.phone,
        "website": page.website,
        "sections": streamfield(
            [("register_name", {"heading": "", "text": '{"blocks": [], "entityMap": {}}'})]
        ),
    }
    data.update(changes)
    assert notice_to_dict(page)  # the page exports cleanly before editing
    return nested_form_data(data)


def test_edit_view_shows_the_checklist(admin_client, notice):
    notice.controller_name = ""
    notice.save_revision()

    response = admin_client.get(f"/admin/pages/{notice.pk}/edit/")

    assert response.status_code == 200
    assert "missing-controller-contact" in response.content.decode()


def test_edit_view_says_when_the_checklist_is_clean(admin_client, notice):
    response = admin_client.get(f"/admin/pages/{notice.pk}/edit/")

    assert "seloste-findings" in response.content.decode()
    assert "missing-" not in response.content.decode()


def test_add_view_starts_with_the_default_sections(admin_client, home):
    response = admin_client.get(f"/admin/pages/add/wagtail_seloste/noticepage/{home.pk}/")

    assert response.status_code == 200
    assert "cookie_consent" in response.content.decode()


def publish(client, notice, **changes):
    return client.post(
        f"/admin/pages/{notice.pk}/edit/", edit_data(notice, **{"action-publish": "1", **changes})
    )


def messages_of(response):
    return [(m.level_tag, str(m)) for m in get_messages(response.wsgi_request)]


def test_publishing_with_errors_is_refused_and_the_draft_is_saved(admin_client, notice):
    live_revision = notice.live_revision_id

    response = publish(admin_client, notice, controller_name="Uusi Nimi Oy")

    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{notice.pk}/edit/"
    page = NoticePage.objects.get(pk=notice.pk)
    assert page.live_revision_id == live_revision
    assert page.has_unpublished_changes
    assert page.get_latest_revision_as_object().controller_name == "Uusi Nimi Oy"


def test_a_refused_publish_says_it_once_in_finnish(admin_client, notice):
    response = publish(admin_client, notice)

    found = messages_of(response)
    assert len(found) == 1
    level, text = found[0]
    assert level == "error"
    assert "tallennettu luonnokseksi" in text and "ei julkaistu" in text
    assert "could not be saved" not in text and "ei voitu tallentaa" not in text


def test_refused_publish_lists_the_findings_in_words_without_codes(admin_client, notice):
    from wagtail_seloste.notice.check import ERROR, check_notice
    from wagtail_seloste.notice.json_format import notice_to_dict

    edited = notice_to_dict(notice)
    edited["sections"] = [s for s in edited["sections"] if s["kind"] == "register_name"]
    errors = [f for f in check_notice(edited) if f.severity == ERROR]

    response = publish(admin_client, notice)

    ((_level, text),) = messages_of(response)
    assert errors
    assert all(f"<li>{escape(f.message)}</li>" in text for f in errors)
    assert not any(f.code in text for f in errors)


def test_the_findings_panel_shows_no_codes(admin_client, notice):
    notice.controller_name = ""
    notice.save_revision()

    response = admin_client.get(f"/admin/pages/{notice.pk}/edit/")

    content = response.content.decode()
    assert 'data-code="missing-controller-contact"' in content
    assert "<code>missing-controller-contact</code>" not in content


def test_superuser_publishes_despite_errors_with_a_logged_reason(admin_client, notice):
    from wagtail.models import PageLogEntry

    response = publish(admin_client, notice, publish_override_reason="Vanha seloste on väärä.")

    assert response.status_code == 302
    entry = PageLogEntry.objects.get(page=notice, action="wagtail_seloste.publish_override")
    assert entry.data["reason"] == "Vanha seloste on väärä."
    assert entry.data["codes"]


def test_editor_cannot_override_the_block(client, notice, django_user_model):
    from django.contrib.auth.models import Group

    editor = django_user_model.objects.create_user("editor", password="pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    response = client.get(f"/admin/pages/{notice.pk}/edit/")
    assert "publish_override_reason" not in response.content.decode()


def test_publishing_with_errors_only_warns_when_the_block_is_off(admin_client, notice, settings):
    settings.WAGTAIL_SELOSTE_BLOCK_PUBLISH_ON_ERRORS = False

    response = publish(admin_client, notice)

    assert response.status_code == 302
    warnings = [str(m) for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]
    assert warnings, "publishing a notice without rights should warn"
    assert NoticePage.objects.get(pk=notice.pk).live


def test_saving_a_draft_with_errors_does_not_warn(admin_client, notice):
    response = admin_client.post(f"/admin/pages/{notice.pk}/edit/", edit_data(notice))

    assert response.status_code == 302
    assert not [m for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]
    assert NoticePage.objects.get(pk=notice.pk).has_unpublished_changes


def test_draft_with_an_invalid_business_id_saves(admin_client, notice):
    response = admin_client.post(
        f"/admin/pages/{notice.pk}/edit/", edit_data(notice, business_id="3011457-7")
    )

    assert response.status_code == 302
    draft = NoticePage.objects.get(pk=notice.pk).get_latest_revision_as_object()
    assert draft.business_id == "3011457-7"


def test_invalid_business_id_blocks_publishing(admin_client, notice):
    response = admin_client.post(
        f"/admin/pages/{notice.pk}/edit/",
        edit_data(notice, business_id="3011457-7", **{"action-publish": "1"}),
    )

    assert response.status_code == 302
    assert "3011457-7" in " ".join(text for _level, text in messages_of(response))
    assert NoticePage.objects.get(pk=notice.pk).business_id != "3011457-7"


def test_phone_is_stored_in_e164(admin_client, notice):
    admin_client.post(f"/admin/pages/{notice.pk}/edit/", edit_data(notice, phone="050 111 2233"))

    assert (
        NoticePage.objects.get(pk=notice.pk).get_latest_revision_as_object().phone
        == "+358501112233"
    )


def test_settings_offer_a_choice_of_the_canonical_notice(admin_client, notice):
    response = admin_client.get("/admin/settings/wagtail_seloste/selostesettings/", follow=True)

    assert response.status_code == 200
    assert 'name="notice"' in response.content.decode()


def test_settings_save_the_canonical_notice(admin_client, notice):
    from wagtail.models import Site

    from wagtail_seloste.models import SelosteSettings

    site = Site.objects.get(is_default_site=True)
    admin_client.post(
        f"/admin/settings/wagtail_seloste/selostesettings/{site.pk}/",
        {"notice": notice.pk, "financial_year_end_month": 12},
    )

    assert SelosteSettings.for_site(site).notice_id == notice.pk
