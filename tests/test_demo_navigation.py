"""The demo site's navigation links (``demo_tags.localized_url``), kept in the shared cache."""

from django.template import Context, Template
from wagtail.models import Page

LINK = Template("{% load demo_tags %}{% localized_url 'tietopyynto' %}")


def link(rf):
    return LINK.render(Context({"request": rf.get("/")}))


def test_a_page_published_after_the_link_was_cached_gets_its_link(home, rf):
    from wagtail_seloste.rights.models import RightsRequestPage

    assert link(rf) == ""
    page = RightsRequestPage(title="Tietopyyntö", slug="tietopyynto")
    home.add_child(instance=page)
    page.save_revision().publish()

    assert link(rf) == "/tietopyynto/"


def test_a_deleted_page_loses_its_link(rights_page, rf):
    assert link(rf) == "/tietopyynto/"

    Page.objects.get(pk=rights_page.pk).delete()

    assert link(rf) == ""
