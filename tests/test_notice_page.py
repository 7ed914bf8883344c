"""The Tietosuojaseloste page: rendering, anchors, defaults, languages and query counts."""

from wagtail.test.utils import WagtailTestUtils  # noqa: F401  (documents the helpers we mirror)


def test_notice_is_served_at_its_url(client, notice):
    response = client.get("/tietosuojaseloste/")
    assert response.status_code == 200
    assert b"Valmennus Kompassi / Kalle Kuvitelma" in response.content
