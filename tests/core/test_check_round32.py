"""Round 32 of the reader (issue 18): bases named by a purpose's letter.

Each probe had its expected findings written before it ran and fails on stop 48's code
(fda9fd5) unless marked a guard.
"""

from wagtail_seloste.notice.importer import import_text

from .notice_text import CONTROLLER, KONTROLLER, claims_of, codes

# A law named alone for a lettered purpose ---------------------------------------------------------

_FI_LETTERED = (
    CONTROLLER + "Käsittelyn tarkoitukset\na) ajanvaraus\nb) potilasasiakirjat\n\n"
    "Oikeusperusteet\nKohta a: sopimus asiakkaan kanssa.\n"
)
_SV_LETTERED = (
    KONTROLLER
    + "Ändamål\na) bokningar\nb) journaler\n\nRättslig grund\nPunkt a: avtal med kunden.\n"
)


def _basis_of(text, position):
    purposes = next(s["purposes"] for s in import_text(text)["sections"] if s.get("purposes"))
    return purposes[position]["legal_basis"]


def test_a_law_named_alone_for_a_purposes_letter_is_its_legal_obligation():
    text = _FI_LETTERED + "Kohta b: laki potilaan asemasta ja oikeuksista (785/1992).\n"

    assert _basis_of(text, 1) == "c"


def test_a_swedish_law_named_alone_for_a_purposes_letter_is_its_legal_obligation():
    text = _SV_LETTERED + "Punkt b: lagen om patientens ställning och rättigheter (785/1992).\n"

    assert _basis_of(text, 1) == "c"


def test_the_accounting_act_named_for_a_purposes_letter_is_read_as_its_basis():
    text = _FI_LETTERED + "Kohta b: kirjanpitolaki (1336/1997).\n"

    bases = {c.value for c in claims_of(text, "basis") if "kirjanpitolaki" in c.sentence}

    assert bases == {"c"}


def test_the_data_protection_act_named_alone_for_a_purpose_is_no_obligation():
    # Art 6(3): the obligation must be laid down by a law that requires the processing
    found = codes(_FI_LETTERED + "Kohta b: tietosuojalaki (1050/2018).\n")

    assert "basis-not-an-obligation" in found


def test_the_gdpr_named_alone_for_a_swedish_purpose_is_no_obligation():
    found = codes(_SV_LETTERED + "Punkt b: dataskyddsförordningen (EU) 2016/679.\n")

    assert "basis-not-an-obligation" in found


def test_the_data_protection_act_leaves_the_purposes_basis_to_the_owner():
    # guard: the importer gives no basis the law cannot give
    assert _basis_of(_FI_LETTERED + "Kohta b: tietosuojalaki (1050/2018).\n", 1) == ""


def test_the_law_a_notice_follows_named_under_a_label_is_no_basis():
    # guard: "Lainsäädäntö: …" names the law the notice follows, not a purpose's basis
    text = _FI_LETTERED + "Kohta b: sopimus.\nLainsäädäntö: EU:n tietosuoja-asetus.\n"

    assert "basis-not-an-obligation" not in codes(text)
