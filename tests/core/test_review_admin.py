"""The review step in the admin: after an import the owner confirms what the check read, and
the confirmed claims become the draft's structured fields."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import PageLogEntry

from wagtail_seloste.models import NoticePage
from wagtail_seloste.notice.importer import import_text
from wagtail_seloste.notice.json_format import create_notice, notice_to_dict

from .review_helpers import CAP, NOTICE_TEXT, claims  # noqa: F401  (the fixture)


@pytest.fixture
def draft(home, claims):  # noqa: F811
    """An imported notice, a draft, whose claims are ``review_helpers.CLAIMS``."""
    return create_notice(import_text(NOTICE_TEXT), parent=home)


def review_url(page):
    return reverse("wagtail_seloste_review", args=[page.pk])


def form_data(response):
    """The review form's POST data as the page renders it, every box unticked."""
    data = {"revision": response.context["revision_id"]}
    for group in response.context["groups"]:
        for _item, form in group["rows"]:
            if form is None:
                continue
            for name in form.fields:
                value = form[name].value()
                if isinstance(value, bool) or name in ("confirm", "declare", "keep", "remove"):
                    continue
                data[form.add_prefix(name)] = "" if value is None else value
    return data


def key_of(response, kind, label_part):
    for group in response.context["groups"]:
        for item, _form in group["rows"]:
            if item.kind == kind and label_part.lower() in item.label.lower():
                return item.key
    raise AssertionError(f"no {kind} item {label_part}")


def latest(page):
    return notice_to_dict(NoticePage.objects.get(pk=page.pk).get_latest_revision_as_object())


def test_the_upload_leads_to_the_review_step(admin_client, home, claims):  # noqa: F811
    upload = SimpleUploadedFile("vanha.txt", NOTICE_TEXT.encode("utf-8"))

    response = admin_client.post(
        reverse("wagtail_seloste_import"), {"file": upload, "parent": home.pk}
    )

    page = NoticePage.objects.get()
    assert response.status_code == 302
    assert response["Location"] == review_url(page)


def test_the_review_lists_each_claim_beside_its_sentence(admin_client, draft):
    response = admin_client.get(review_url(draft))

    html = response.content.decode()
    assert response.status_code == 200
    assert f'<blockquote lang="fi">{CAP}</blockquote>' in html
    assert "Mailchimp" in html
    for group in ("purposes", "data", "transfers", "rights"):
        assert f'id="group-{group}"' in html


def test_every_control_of_the_review_has_a_label(admin_client, draft):
    response = admin_client.get(review_url(draft))

    html = response.content.decode()
    for group in response.context["groups"]:
        for _item, form in group["rows"]:
            for field in form or []:
                assert f'for="{field.id_for_label}"' in html, field.html_name


def test_confirmed_claims_become_the_drafts_structured_fields(admin_client, draft):
    response = admin_client.get(review_url(draft))
    data = form_data(response)
    invoicing = key_of(response, "basis", "Laskutus")
    clients = key_of(response, "data", "Asiak")
    mailchimp = key_of(response, "transfer", "Mailchimp")
    data.update(
        {
            f"{invoicing}-confirm": "on",
            f"{clients}-keep": "on",
            f"{clients}-declare": "on",
            f"{mailchimp}-confirm": "on",
            f"{mailchimp}-safeguard": "scc",
        }
    )

    response = admin_client.post(review_url(draft), data)

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[draft.pk])
    notice = latest(draft)
    by_kind = {s["kind"]: s for s in notice["sections"]}
    assert by_kind["purposes"]["purposes"][1]["legal_basis"] == "c"
    assert by_kind["retention"]["rules"][0]["applies_to"] == "clients"
    assert by_kind["data_content"]["categories"][0]["name"] == "Asiakastiedot"
    assert by_kind["transfers"]["transfers"] == [
        {"recipient": "Mailchimp", "country": "Yhdysvallat", "safeguard": "scc"}
    ]


def test_the_review_saves_a_draft_and_never_publishes(admin_client, draft):
    response = admin_client.get(review_url(draft))
    data = form_data(response)
    data[f"{key_of(response, 'right', 'pääsy')}-confirm"] = "on"

    admin_client.post(review_url(draft), data)

    page = NoticePage.objects.get(pk=draft.pk)
    assert not page.live
    assert page.get_latest_revision().pk != draft.latest_revision_id
    assert PageLogEntry.objects.filter(page=page, action="wagtail_seloste.review_claims").exists()


def test_removing_a_sentence_takes_it_out_of_the_draft(admin_client, draft):
    response = admin_client.get(review_url(draft))
    data = form_data(response)
    cap = next(
        item.key
        for group in response.context["groups"]
        for item, _form in group["rows"]
        if item.claim_kind == "right_limit"
    )
    data[f"{cap}-remove"] = "on"

    admin_client.post(review_url(draft), data)

    rights = next(s for s in latest(draft)["sections"] if s["kind"] == "rights")
    assert CAP not in rights["text"]


def test_a_confirmed_purpose_without_a_basis_is_refused_and_nothing_is_saved(admin_client, draft):
    response = admin_client.get(review_url(draft))
    data = form_data(response)
    conduct = key_of(response, "basis", "Ajan varaamalla")
    data[f"{conduct}-confirm"] = "on"

    response = admin_client.post(review_url(draft), data)

    assert response.status_code == 200
    html = response.content.decode()
    assert f'href="#{conduct}"' in html  # the summary links to the item
    assert NoticePage.objects.get(pk=draft.pk).latest_revision_id == draft.latest_revision_id


def test_a_retention_period_without_a_start_is_refused(admin_client, draft):
    response = admin_client.get(review_url(draft))
    data = form_data(response)
    logs = key_of(response, "data", "Loki")
    data[f"{logs}-keep"] = "on"

    response = admin_client.post(review_url(draft), data)

    assert response.status_code == 200
    assert response.context["error_items"][0].key == logs


def test_nothing_ticked_changes_nothing(admin_client, draft):
    response = admin_client.get(review_url(draft))

    response = admin_client.post(review_url(draft), form_data(response))

    assert response.status_code == 302
    assert NoticePage.objects.get(pk=draft.pk).latest_revision_id == draft.latest_revision_id


def test_a_notice_saved_meanwhile_is_not_overwritten(admin_client, draft):
    response = admin_client.get(review_url(draft))
    data = form_data(response)
    data[f"{key_of(response, 'right', 'pääsy')}-confirm"] = "on"
    draft.title = "Muokattu samaan aikaan"
    revision = draft.save_revision()

    response = admin_client.post(review_url(draft), data)

    assert response.status_code == 200
    assert NoticePage.objects.get(pk=draft.pk).latest_revision_id == revision.pk


def test_a_user_who_cannot_edit_the_notice_cannot_review_it(client, django_user_model, draft):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("toimittaja", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)

    # Answered like a notice that does not exist: another site's owner learns nothing of it.
    assert client.get(review_url(draft)).status_code == 404
    client.post(review_url(draft), {"revision": draft.latest_revision_id})
    assert NoticePage.objects.get(pk=draft.pk).latest_revision_id == draft.latest_revision_id


def test_a_missing_notice_is_not_found(admin_client, home):
    assert admin_client.get(reverse("wagtail_seloste_review", args=[999999])).status_code == 404


def test_a_notice_with_nothing_read_says_so(admin_client, draft, claims):  # noqa: F811
    claims([])

    response = admin_client.get(review_url(draft))

    assert response.status_code == 200
    items = [item for group in response.context["groups"] for item, _form in group["rows"]]
    # The field, the notice's own purposes and every right are still there, with no sentence.
    assert {item.kind for item in items} == {"field", "basis", "right"}
    assert all(item.sentences == () for item in items)


def test_the_review_page_names_no_personal_data_in_its_url(admin_client, draft):
    assert review_url(draft) == f"/admin/seloste/review/{draft.pk}/"


def test_a_confirmed_field_is_stored_for_the_notices_site(admin_client, draft):
    from wagtail.models import Site

    from wagtail_seloste.notice.business import site_field

    response = admin_client.get(review_url(draft))
    data = form_data(response)
    data.update({"field-1-confirm": "on", "field-1-field": "physiotherapy"})

    response = admin_client.post(review_url(draft), data)

    assert response.status_code == 302
    assert site_field(Site.objects.get(is_default_site=True)) == "physiotherapy"
    # The field is the site's, not the notice's: no new revision for it alone.
    assert NoticePage.objects.get(pk=draft.pk).latest_revision_id == draft.latest_revision_id


def test_a_confirmed_field_needs_a_choice(admin_client, draft):
    response = admin_client.get(review_url(draft))
    data = form_data(response)
    data.update({"field-1-confirm": "on", "field-1-field": ""})

    response = admin_client.post(review_url(draft), data)

    assert response.status_code == 200
    assert response.context["error_items"][0].key == "field-1"


def test_a_save_that_lands_while_the_review_is_saved_wins(admin_client, draft, monkeypatch):
    """Between reading the notice and writing it, another editor saves: the review writes
    nothing over their revision and sends the owner back to the fresh review."""
    from wagtail_seloste.notice import review

    response = admin_client.get(review_url(draft))
    data = form_data(response)
    data[f"{key_of(response, 'right', 'pääsy')}-confirm"] = "on"
    apply_review = review.apply_review
    landed = []

    def concurrent(*args, **kwargs):
        page = NoticePage.objects.get(pk=draft.pk)
        page.title = "Toisen muokkaajan otsikko"
        landed.append(page.save_revision().pk)
        return apply_review(*args, **kwargs)

    monkeypatch.setattr(review, "apply_review", concurrent)

    response = admin_client.post(review_url(draft), data)

    assert response["Location"] == review_url(draft)
    assert NoticePage.objects.get(pk=draft.pk).latest_revision_id == landed[0]
