"""The public request page: the form, email verification and its links, rate limits."""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import override_settings
from django.utils import timezone

from wagtail_seloste.register.dates import add_months
from wagtail_seloste.rights.models import RightsRequest

VALID = {
    "types": ["access", "erasure"],
    "name": "Maija Meikäläinen",
    "email": "Maija@Example.com",
    "phone": "040 123 4567",
    "message": "",
}


@pytest.fixture(autouse=True)
def clear_cache():
    cache.clear()
    yield
    cache.clear()


def submit(client, data=None, **extra):
    return client.post("/tietopyynto/", VALID if data is None else data, **extra)


def verification_url(message):
    return re.search(r"http://testserver(/tietopyynto/vahvista/\S+/)", message.body).group(1)


@pytest.fixture
def sent(client, rights_page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(client)
    assert response.status_code == 302
    return RightsRequest.objects.get(), mail.outbox[-1]


def test_page_links_to_the_rights_section_of_the_notice(client, notice, rights_page):
    response = client.get("/tietopyynto/")
    assert response.status_code == 200
    assert f'href="/tietosuojaseloste/#{notice.anchor_of("rights")}"'.encode() in response.content


def test_page_works_without_a_notice(client, rights_page):
    assert client.get("/tietopyynto/").status_code == 200


def test_valid_request_is_saved_unverified_with_normalised_fields(sent):
    rights_request, _message = sent
    assert rights_request.status == RightsRequest.UNVERIFIED
    assert rights_request.email == "maija@example.com"
    assert rights_request.phone == "+358401234567"
    assert rights_request.types == ["access", "erasure"]


def test_verification_email_holds_a_link_without_personal_data(sent):
    _rights_request, message = sent
    assert message.to == ["maija@example.com"]
    url = verification_url(message)
    assert "maija" not in url.lower()
    assert "example" not in url.lower()


def test_request_redirects_to_the_thanks_page(client, rights_page):
    response = submit(client)
    assert response["Location"] == "/tietopyynto/kiitos/"
    assert client.get(response["Location"]).status_code == 200


def test_answer_is_the_same_for_a_client_and_a_stranger(client, rights_page, make_client):
    make_client("maija@example.com", first_name="Maija")
    known = submit(client)
    cache.clear()
    unknown = submit(client, {**VALID, "email": "tuntematon@example.com"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert client.get(known["Location"]).content == client.get(unknown["Location"]).content


def test_rectification_needs_what_is_wrong(client, rights_page):
    response = submit(client, {**VALID, "types": ["rectification"]})
    assert response.status_code == 400
    assert RightsRequest.objects.count() == 0


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"types": "nonsense", "name": "x", "email": "x@example.com"},
        {"types": ["access"], "name": "   ", "email": "x@example.com"},
        {"types": ["access"], "name": "x", "email": "not-an-email"},
        {"types": ["access"], "name": "x", "email": "x@example.com", "phone": "12"},
        {"types": ["access"], "name": "x" * 5000, "email": "x@example.com"},
        {"types": ["access"], "name": "x", "email": "x@example.com", "message": "y" * 6000},
        {"types": ["access"], "name": "x\x00", "email": "x@example.com"},
    ],
)
def test_malformed_post_is_refused_without_an_error(client, rights_page, data):
    response = submit(client, data)
    assert response.status_code == 400
    assert RightsRequest.objects.count() == 0


def test_non_form_body_is_refused_without_an_error(client, rights_page):
    response = client.post("/tietopyynto/", b"\xff\xfe garbage", content_type="application/json")
    assert response.status_code == 400


@override_settings(WAGTAIL_SELOSTE_RIGHTS_RATE_LIMIT_PER_ADDRESS=2)
def test_requests_from_one_address_are_rate_limited(client, rights_page):
    for index in range(2):
        assert submit(client, {**VALID, "email": f"a{index}@example.com"}).status_code == 302
    response = submit(client, {**VALID, "email": "a3@example.com"})
    assert response.status_code == 429
    assert RightsRequest.objects.count() == 2
    other = submit(client, {**VALID, "email": "b@example.com"}, REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 302


@override_settings(WAGTAIL_SELOSTE_RIGHTS_RATE_LIMIT_PER_ADDRESS=0)
def test_a_rate_limited_request_comes_back_filled_in(client, rights_page):
    response = submit(client, {**VALID, "email": "kept@example.com", "name": "Kerttu Kallio"})

    assert response.status_code == 429
    page = response.content.decode()
    assert 'value="kept@example.com"' in page
    assert 'value="Kerttu Kallio"' in page
    assert "Kirjoittamasi tiedot ovat tallessa alla" in page


def test_rate_limit_does_not_store_the_address(client, rights_page):
    submit(client, REMOTE_ADDR="192.0.2.77")
    keys = " ".join(str(k) for k in cache._cache)  # locmem
    assert "192.0.2.77" not in keys
    assert "192.0.2.77" not in str(RightsRequest.objects.values())


def test_link_shows_a_confirmation_and_does_not_verify_on_get(client, sent):
    rights_request, message = sent
    response = client.get(verification_url(message))
    assert response.status_code == 200
    rights_request.refresh_from_db()
    assert rights_request.status == RightsRequest.UNVERIFIED


def test_confirming_opens_the_request_due_one_month_later_and_tells_the_owner(
    client, notice, sent, django_capture_on_commit_callbacks
):
    rights_request, message = sent
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(verification_url(message))
    assert response.status_code == 200
    rights_request.refresh_from_db()
    assert rights_request.status == RightsRequest.OPEN
    assert rights_request.due_date == add_months(timezone.localdate(), 1)
    owner_mail = mail.outbox[-1]
    assert owner_mail.to == [notice.email]
    assert f"#{rights_request.pk}" in owner_mail.subject
    assert "maija" not in owner_mail.body.lower()


def test_replayed_link_is_refused_with_a_clear_page(client, sent):
    _rights_request, message = sent
    url = verification_url(message)
    client.post(url)
    again = client.post(url)
    assert again.status_code == 409
    assert client.get(url).status_code == 409


def test_forged_link_is_refused(client, sent):
    _rights_request, message = sent
    url = verification_url(message)
    forged = url[:-3] + ("A" if url[-3] != "A" else "B") + url[-2:]
    assert client.get(forged).status_code == 400
    assert client.post("/tietopyynto/vahvista/bm90LWEtdG9rZW4/").status_code == 400


def test_expired_link_is_refused(client, sent, settings):
    rights_request, message = sent
    settings.WAGTAIL_SELOSTE_RIGHTS_VERIFICATION_DAYS = 0
    response = client.post(verification_url(message))
    assert response.status_code == 410
    rights_request.refresh_from_db()
    assert rights_request.status == RightsRequest.UNVERIFIED


def test_link_of_a_deleted_request_is_refused_as_expired(client, sent):
    rights_request, message = sent
    rights_request.delete()
    assert client.get(verification_url(message)).status_code == 410


def test_due_date_is_clamped_to_the_end_of_a_shorter_month():
    from datetime import date

    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2026, 12, 15), 2) == date(2027, 2, 15)
    assert add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)


def test_errors_are_read_with_their_field(client, rights_page):
    response = submit(client, {**VALID, "email": "not-an-email"})
    content = response.content.decode()
    label = content[content.index('<label for="id_email"') :]
    label = label[: label.index("</label>")]
    assert "seloste-error" in label
    assert 'aria-invalid="true"' in content


def test_request_page_can_be_added_under_the_home_page(admin_client, home):
    response = admin_client.get(
        f"/admin/pages/add/wagtail_seloste_rights/rightsrequestpage/{home.pk}/"
    )
    assert response.status_code == 200
