"""A notice copied from a PDF, an e-mail or a markdown file: hard-wrapped lines are read as the
sentences they are, and markdown's heading marks are no words of the notice."""

from tests.core.notice_text import codes
from wagtail_seloste.notice.importer import import_text
from wagtail_seloste.notice.importer.lines import split_lines

HEAD = (
    "Tietosuojaseloste\n\nRekisterinpitäjä\nHieronta Kallio, Y-tunnus 2529466-6, "
    "Kauppakatu 1, 15100 Lahti, info@hierontakallio.example, 040 123 4567\n\n"
)


def texts(text):
    return [line.text for line in split_lines(text)]


def test_a_sentence_wrapped_at_a_fixed_width_is_one_line():
    lines = texts(
        "Tietosuojaseloste\n"
        "Asiakastietoja eli nimeä, puhelinnumeroa ja käyntien ajankohtia\n"
        "säilytetään kaksi vuotta viimeisen käynnin jälkeen.\n"
    )

    assert lines[1:] == [
        "Asiakastietoja eli nimeä, puhelinnumeroa ja käyntien ajankohtia säilytetään kaksi "
        "vuotta viimeisen käynnin jälkeen."
    ]


def test_a_line_ending_in_a_conjunction_goes_on_in_the_next_even_before_a_capital():
    lines = texts(
        "Tietosuojaseloste\n"
        "Tiedot saan sinulta itseltäsi, lähetteen kirjoittaneelta lääkäriltä sekä\n"
        "Kelan päätöksestä, jos saat kuntoutusta.\n"
    )

    assert lines[1:] == [
        "Tiedot saan sinulta itseltäsi, lähetteen kirjoittaneelta lääkäriltä sekä Kelan "
        "päätöksestä, jos saat kuntoutusta."
    ]


def test_a_list_item_s_indented_second_line_belongs_to_the_item():
    lines = texts(
        "- Tallin käytävien kameravalvonta – oikeutettu etu:\n"
        "  haluamme suojata hevosia ja ratsastajia.\n"
    )

    assert lines == [
        "- Tallin käytävien kameravalvonta – oikeutettu etu: haluamme suojata hevosia ja "
        "ratsastajia."
    ]


def test_a_citation_cut_after_art_goes_on_with_its_figure():
    assert (
        len(texts("- Kundkort med tidigare behandlingar och köpta produkter – avtal (art.\n6.1 b)"))
        == 1
    )


def test_short_lines_of_a_list_without_bullets_stay_apart():
    lines = texts("Käsittelemme seuraavia tietoja\nnimi\npuhelinnumero\nsähköpostiosoite\n")

    assert lines == ["Käsittelemme seuraavia tietoja", "nimi", "puhelinnumero", "sähköpostiosoite"]


def test_rows_of_a_table_written_with_dashes_stay_apart():
    lines = texts(
        "valmennustiedot — valmennuksen ajan ja vuoden sen jälkeen vanhenemisen varalta\n"
        "terveystiedot (ruokapäiväkirjat, allergiat, paino) — poistetaan valmennuksen päättyessä\n"
    )

    assert len(lines) == 2


def test_a_heading_followed_by_an_e_mail_address_stays_a_heading():
    lines = texts(
        "HENKILÖTIETOJEN KÄSITTELYN TARKOITUS JA OIKEUSPERUSTE\nliisa@kiharat.example, 040 1234\n"
    )

    assert len(lines) == 2


def test_a_lettered_item_starts_a_line_of_its_own():
    lines = texts(
        "Käsittelyn tarkoitukset ja niiden oikeusperusteet ovat seuraavat\n"
        "a) ajanvaraus – sopimus\nb) laskutus – lakisääteinen velvoite\n"
    )

    assert len(lines) == 3


def test_markdown_heading_marks_are_not_part_of_the_heading():
    notice = import_text(
        "# Hieronta Kallio – tietosuojaseloste\n\n## Säilytysaika\nKaksi vuotta.\n"
    )

    assert [s["heading"] for s in notice["sections"] if s["kind"] == "retention"] == [
        "Säilytysaika"
    ]


def test_retention_wrapped_over_two_lines_covers_the_client_data():
    wrapped = (
        HEAD + "Käsiteltävät tiedot\nNimi, puhelinnumero ja käyntien ajat.\n\n"
        "Käsittelyn tarkoitus ja oikeusperuste\nAjanvaraus ja hierontojen toteuttaminen "
        "asiakassopimuksen perusteella.\n\nSäilytysaika\n"
        "Nimeä, puhelinnumeroa ja käyntien aikoja säilytetään kahden vuoden\n"
        "ajan viimeisen käynnin jälkeen, minkä jälkeen ne poistetaan.\n"
    )

    found = codes(wrapped, field="massage")

    assert "retention-incomplete" not in found
    assert "vague-retention" not in found


def test_its_basis_in_the_next_sentence_belongs_to_the_purpose_before_with_its_interest():
    notice = import_text(
        HEAD + "Käsittelyn tarkoitukset\n"
        "Asiakkaiden tietoja käsitellään ajanvaraukseen. Käsittely perustuu sopimukseen. "
        "Käynnin jälkeen lähetetään palautekysely. Sen peruste on oikeutettu etuni kehittää "
        "hierontaa asiakkaiden kokemusten perusteella.\n"
    )

    purposes = [p for s in notice["sections"] for p in s.get("purposes", [])]

    assert [p["legal_basis"] for p in purposes] == ["b", "f"]
    assert purposes[1]["legitimate_interest"].startswith("kehittää hierontaa")


def test_a_phone_row_under_a_long_list_item_stays_a_line_of_its_own():
    from wagtail_seloste.notice.importer import import_text

    notice = import_text(
        "Polku Valmennuksen tietosuojaseloste\n"
        "* Hoitoaikojen varaaminen ja hoitojen toteuttaminen (sopimus)\npuh. 040 123 4567\n"
    )

    assert "(sopimus) puh" not in str(notice)
