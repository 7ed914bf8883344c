"""Bold, lists and links survive the import and the JSON format (issue 14)."""

from wagtail_seloste.notice.importer import import_text
from wagtail_seloste.notice.json_format import clean_html, create_notice, notice_to_dict

TEXT = (
    "Tietosuojaseloste\n\nRekisterinpitäjä\n\nFirma Oy\n\nEvästeet\n\n"
    "Lue **tarkemmin** [evästeistä](https://firma.example/evasteet).\n"
    "- kohta yksi\n- kohta kaksi, katso www.firma.example\n"
)


def _cookies_section(notice):
    return next(s for s in notice["sections"] if s["kind"] == "cookies")


def test_imported_bold_and_links_become_rich_text():
    html = _cookies_section(import_text(TEXT))["html"]
    assert "<b>tarkemmin</b>" in html
    assert '<a href="https://firma.example/evasteet">evästeistä</a>' in html
    assert '<a href="https://www.firma.example">www.firma.example</a>' in html
    assert "<ul><li>kohta yksi</li>" in html


def test_imported_section_keeps_its_plain_text_for_the_check():
    assert "kohta yksi" in _cookies_section(import_text(TEXT))["text"]


def test_a_section_without_formatting_has_no_html():
    notice = import_text("Tietosuojaseloste\n\nRekisterinpitäjä\n\nFirma Oy\n\nMuuta\n\nTekstiä.\n")
    assert all("html" not in section for section in notice["sections"])


def test_formatting_reaches_the_page_and_comes_back_in_the_export(home):
    page = create_notice(import_text(TEXT), parent=home)
    exported = notice_to_dict(page)
    html = _cookies_section(exported)["html"]
    assert "<b>tarkemmin</b>" in html and 'href="https://firma.example/evasteet"' in html
    assert "<ul>" in html


def test_export_import_export_keeps_the_formatting(home):
    exported = notice_to_dict(create_notice(import_text(TEXT), parent=home))
    again = notice_to_dict(create_notice(exported, parent=home))
    assert again["sections"] == exported["sections"]


def test_clean_html_keeps_only_what_the_editor_allows():
    html = clean_html(
        '<p onclick="x()">A <strong>b</strong> <script>c()</script>'
        '<a href="javascript:alert(1)">d</a> <a href="https://e.example" class="x">e</a></p>'
    )
    assert html == '<p>A <b>b</b> c()d <a href="https://e.example">e</a></p>'


def test_clean_html_closes_what_it_opens():
    assert clean_html("<p><b>auki") == "<p><b>auki</b></p>"
