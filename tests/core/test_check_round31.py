"""Round 31 of the reader (issue 18): notices as they arrive from real sites, again.

Each probe had its expected findings written before it ran and fails on stop 47's code
(8aa8a56) unless marked a guard.
"""

from .notice_text import BASIS, CONTROLLER, GRUND, KONTROLLER, codes

_FI_DATA = "Rekisterin tietosisältö\nAsiakkaan nimi, puhelinnumero ja varaushistoria.\n\n"
_SV_DATA = "Uppgifter som behandlas\nNamn, telefonnummer och bokningar.\n\n"

# A vague period of data named apart ------------------------------------------------------------


def _fi_kept(line):
    return (
        CONTROLLER
        + _FI_DATA
        + BASIS
        + "\nSäilytysaika\nAsiakastiedot poistetaan kahden vuoden kuluttua viimeisestä "
        "käynnistä. " + line + "\n"
    )


def _sv_kept(line):
    return (
        KONTROLLER
        + _SV_DATA
        + GRUND
        + "\nLagringstid\nKunduppgifterna raderas två år efter det senaste besöket. "
        + line
        + "\n"
    )


def test_participant_lists_kept_until_further_notice_are_vaguely_kept():
    # "Deltagar…" opens with the letters of the pronoun "de": still data named apart (Art 13(2)(a))
    found = codes(_sv_kept("Deltagarlistorna från kursdagarna sparar jag tills vidare."))
    assert "vague-retention" in found


def test_registration_forms_kept_until_further_notice_are_vaguely_kept():
    found = codes(_fi_kept("Ilmoittautumislomakkeet säilytän toistaiseksi."))
    assert "vague-retention" in found


def test_our_client_data_kept_as_needed_beside_their_period_is_an_overview():
    # guard: a possessive opens a statement about the data in general
    found = codes(_fi_kept("Meidän asiakastietojamme säilytetään vain niin kauan kuin on tarpeen."))
    assert "vague-retention" not in found


def test_data_kept_no_longer_than_necessary_beside_their_period_is_an_overview():
    # "nödvändigt" was read as "nöd", the word of an emergency contact: people who are not
    # clients, whom the clients' period does not cover
    found = codes(_sv_kept("Våra kunduppgifter sparas inte längre än nödvändigt."))
    assert "vague-retention" not in found


# A rights section that only points to the authority's site --------------------------------------


def _fi_rights(text):
    return (
        CONTROLLER
        + _FI_DATA
        + BASIS
        + "\nSäilytysaika\nAsiakastiedot poistetaan kahden vuoden kuluttua viimeisestä käynnistä."
        + "\n\nRekisteröidyn oikeudet\n"
        + text
        + "\n"
    )


def _sv_rights(text):
    return (
        KONTROLLER
        + _SV_DATA
        + GRUND
        + "\nLagringstid\nKunduppgifterna raderas två år efter det senaste besöket."
        + "\n\nDen registrerades rättigheter\n"
        + text
        + "\n"
    )


_FI_POINTER = "Lisätietoa oikeuksistasi löydät Tietosuojavaltuutetun sivuilta www.tietosuoja.fi."
_SV_POINTER = "Mer information om dina rättigheter finns på dataombudsmannens webbplats."


def test_a_rights_section_that_only_points_to_the_authority_states_no_rights():
    # GDPR Art 13(2)(b): one finding for the whole gap, not one per right
    found = codes(_fi_rights(_FI_POINTER))
    assert "missing-rights" in found
    assert "missing-right-access" not in found


def test_the_authority_named_only_for_more_information_is_no_right_to_complain():
    # GDPR Art 13(2)(d), 77
    assert "missing-complaint-right" in codes(_sv_rights(_SV_POINTER))


def test_a_complaint_said_before_the_pointer_to_the_authority_is_the_right_to_complain():
    # guard
    found = codes(
        _fi_rights(
            "Sinulla on oikeus tarkastaa, korjata ja poistaa tietosi. Voit myös tehdä "
            "valituksen. " + _FI_POINTER
        )
    )
    assert "missing-complaint-right" not in found


def test_the_authority_offered_in_the_rights_section_is_the_right_to_complain():
    # guard
    found = codes(_sv_rights("Du kan vända dig till dataombudsmannens byrå, www.tietosuoja.fi."))
    assert "missing-complaint-right" not in found


def test_a_rights_section_that_states_one_right_lists_the_others_missing():
    # guard: some rights stated, so each missing one is named
    found = codes(_fi_rights("Sinulla on oikeus tarkastaa tietosi."))
    assert "missing-rights" not in found
    assert "missing-right-erasure" in found
