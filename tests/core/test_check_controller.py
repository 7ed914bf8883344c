"""The controller's contact details (GDPR Art 13(1)(a)), wherever the notice gives them."""

import pytest

from .conftest import dict_codes, replaced, section, text_codes


def test_contact_details_on_the_controllers_own_lines_count(notice_data):
    for key in ("email", "phone", "address"):
        notice_data["controller"][key] = ""
    section(notice_data, "controller")["text"] = "Sähköposti: kalle (at) kompassi.example"

    assert "missing-controller-contact" not in dict_codes(notice_data)


def test_contact_details_of_the_contact_person_count(notice_data):
    for key in ("email", "phone", "address"):
        notice_data["controller"][key] = ""
    notice_data["sections"].append(
        {
            "kind": "contact_person",
            "heading": "",
            "text": "",
            "person": {
                "name": "Kalle",
                "email": "kalle@kompassi.example",
                "phone": "",
                "address": "",
            },
        }
    )

    assert "missing-controller-contact" not in dict_codes(notice_data)


def test_a_controller_line_without_a_value_is_not_a_contact(notice_data):
    for key in ("email", "phone", "address"):
        notice_data["controller"][key] = ""
    section(notice_data, "controller")["text"] = "Valmennus Kompassi"

    assert "missing-controller-contact" in dict_codes(notice_data)


def test_an_obfuscated_email_in_a_plain_text_notice_counts(salon_text):
    text = replaced(salon_text, "Torikatu 7, 80100 Joensuu\nPuhelin 050 444 1122\n", "")
    text = replaced(text, "sanni@sointu.example", "sanni (at) sointu.example")

    assert "missing-controller-contact" not in text_codes(text)


def test_a_cloudflare_artefact_as_the_only_contact_is_no_contact(salon_text):
    """Issue 18: "[email protected]" is what a web page's email protection leaves in copied
    text: a placeholder, not an address. With the street address and phone gone it is the only
    contact, so the controller cannot be reached (this test expected the opposite before)."""
    text = replaced(salon_text, "Torikatu 7, 80100 Joensuu\nPuhelin 050 444 1122\n", "")
    text = replaced(text, "sanni@sointu.example", "[email protected]")

    assert "missing-controller-contact" in text_codes(text)


@pytest.mark.parametrize(
    "placeholder",
    ["[sähköposti]", "etunimi.sukunimi@yritys.fi", "040 XXX XXXX", "<email>"],
)
def test_a_placeholder_contact_is_no_contact(salon_text, placeholder):
    text = replaced(salon_text, "Torikatu 7, 80100 Joensuu\nPuhelin 050 444 1122\n", "")
    text = replaced(text, "sanni@sointu.example", placeholder)

    assert "missing-controller-contact" in text_codes(text)


def test_a_controller_address_on_one_line_is_a_contact(salon_text):
    """ "Kauppakatu 5, 00100 Helsinki" on the controller's line is a way to reach it."""
    text = replaced(salon_text, "Puhelin 050 444 1122\n", "")
    text = replaced(text, "sanni@sointu.example", "")

    assert "missing-controller-contact" not in text_codes(text)


def test_a_name_line_with_the_business_id_names_the_controller(notice_data):
    notice_data["controller"]["name"] = ""
    section(notice_data, "controller")["text"] = "Valmennus Kompassi Oy (Y-tunnus 3011457-8)"

    assert "missing-controller-contact" not in dict_codes(notice_data)


def test_a_business_id_alone_does_not_name_the_controller(notice_data):
    notice_data["controller"]["name"] = ""
    section(notice_data, "controller")["text"] = "Y-tunnus: 3011457-8"

    assert "missing-controller-contact" in dict_codes(notice_data)


def test_a_person_that_is_not_an_object_is_read_as_no_person():
    """The JSON format keeps keys a section's kind does not have; the check must not fail on
    them (a generated file once gave the controller section ``"person": true``)."""
    notice = {
        "schema": "wagtail-seloste/1",
        "title": "Tietosuojaseloste",
        "controller": {"name": "Valmennus Oy", "email": "info@valmennus.example"},
        "sections": [{"kind": "controller", "heading": "", "text": "", "person": True}],
    }

    codes = dict_codes(notice)

    assert "missing-controller-contact" not in codes


CONTROLLER_THEN_PROSE = (
    "Valmennus Vaahtera, Y-tunnus 1414213-0, Puistotie 8, 15100 Lahti, elina@vaahtera.example\n"
    "\n"
    "Käytän asiakkaan tietoja valmennussopimuksen perusteella tapaamisten sopimiseen ja "
    "laskutukseen.\n"
    "\n"
    "Paketit lähetetään Postin kautta, joka saa nimesi ja osoitteesi."
)


def test_prose_after_the_controllers_contact_block_is_read_as_the_notice_says_it(notice_data):
    from wagtail_seloste.notice.check.reading import NoticeReading

    section(notice_data, "controller")["text"] = CONTROLLER_THEN_PROSE
    kinds = dict((s, k) for k, s in NoticeReading(notice_data).sentences)

    assert (
        kinds[
            "Käytän asiakkaan tietoja valmennussopimuksen perusteella tapaamisten sopimiseen ja "
            "laskutukseen."
        ]
        == "other"
    )
    assert (
        kinds[
            "Valmennus Vaahtera, Y-tunnus 1414213-0, Puistotie 8, 15100 Lahti, "
            "elina@vaahtera.example"
        ]
        == "controller"
    )


def test_a_second_paragraph_of_contacts_stays_the_controllers(notice_data):
    from wagtail_seloste.notice.check.reading import NoticeReading

    section(notice_data, "controller")["text"] = (
        "Valmennus Vaahtera Oy\n\nYhteyshenkilö Elina Vaahtera, puh. 044 987 6543"
    )
    kinds = {k for k, _s in NoticeReading(notice_data).sentences if "Yhteyshenkilö" in _s}

    assert kinds == {"controller"}


@pytest.mark.parametrize(
    "line",
    [
        "Personuppgiftsansvarig: Massage Lövdal / Johan Lövdal, FO-nummer 2828427-9, "
        "Skolgatan 4, 68600 Jakobstad, johan@lovdal.example",
        "Registeransvarig: Fysioterapi Strand Ab, FO-nummer 3872983-3, Strandvägen 11, 10600 "
        "Ekenäs, info@fysiostrand.example",
    ],
)
def test_a_controller_line_outside_a_controller_section_names_the_controller(line):
    text = f"{line}\n\nDATASKYDDSBESKRIVNING\n\nVi behandlar uppgifterna för att boka tider."

    assert "missing-controller-contact" not in text_codes(text)


def test_a_controller_line_with_only_contacts_names_no_controller(notice_data):
    notice_data["controller"] = {"name": "", "email": "", "phone": "", "address": ""}
    section(notice_data, "controller")["text"] = "Sähköposti: info@firma.example"

    assert "missing-controller-contact" in dict_codes(notice_data)


def test_a_street_address_line_names_no_controller(notice_data):
    notice_data["controller"] = {"name": "", "email": "", "phone": "", "address": ""}
    section(notice_data, "controller")["text"] = "Kauppakatu 1, 00100 Helsinki, info@firma.example"

    assert "missing-controller-contact" in dict_codes(notice_data)
