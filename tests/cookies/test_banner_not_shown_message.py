"""The notice editor says when the cookie banner is not shown, and why."""

from wagtail_seloste.notice.models import NoticePage


def edit(admin_client, page):
    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    return response.content.decode()


def test_editor_says_the_banner_is_not_shown_while_only_necessary_cookies_are_declared(
    admin_client, home
):
    page = home.add_child(instance=NoticePage(title="Tietosuojaseloste", slug="seloste"))
    assert "917/2014" in edit(admin_client, page)


def test_editor_says_nothing_of_the_banner_when_an_optional_category_is_declared(
    admin_client, cookie_notice
):
    assert "917/2014" not in edit(admin_client, cookie_notice)
