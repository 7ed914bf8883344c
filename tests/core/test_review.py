"""The owner's review of what the check read: items beside their sentences, and what the owner
confirms written into the notice's structured fields (issue 18, item 6)."""

import pytest
from django.utils import translation

from wagtail_seloste.notice import review
from wagtail_seloste.notice.importer import import_text

from .review_helpers import (
    ACCESS,
    BOOKING,
    CAP,
    CLAIMS,
    CLIENTS,
    CONDUCT,
    INVOICING,
    LOGS,
    MAILCHIMP,
    NOTICE_TEXT,
    SIGNED,
    FakeClaim,
)


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def notice():
    return import_text(NOTICE_TEXT)


def items_of(notice, claims=CLAIMS, language="fi"):
    return review.review_items(notice, claims, language=language)


def item(items, kind, label_part=""):
    return next(i for i in items if i.kind == kind and label_part.lower() in i.label.lower())


def sections(notice, kind):
    return [s for s in notice["sections"] if s["kind"] == kind]


def purposes(notice):
    return [p for s in sections(notice, "purposes") for p in s["purposes"]]


def rules(notice):
    return [r for s in sections(notice, "retention") for r in s["rules"]]


def confirm(items, *keys, **fields):
    """Answers confirming ``keys`` (with ``fields`` for every one), the rest unticked."""
    return {key: {"confirm": True, **fields} for key in keys}


# The items ----------------------------------------------------------------------------------


def test_items_come_in_the_owners_order_of_groups(notice):
    groups = [i.group for i in items_of(notice)]

    assert groups == sorted(groups, key=list(review.GROUPS).index)
    assert set(groups) == set(review.GROUPS)


def test_a_purpose_is_shown_with_the_sentence_its_basis_was_read_from(notice):
    booking = item(items_of(notice), review.BASIS, "ajanvarausta")

    assert booking.sentences == (BOOKING,)
    assert booking.initial["legal_basis"] == "b"
    assert "Contract" in booking.read


def test_a_basis_claim_goes_only_to_the_purpose_it_is_about(notice):
    """ "Laskutus perustuu kirjanpitolakiin" is the invoicing purpose's, not the booking
    purpose's, although the booking purpose's sentence mentions "laskutusta"."""
    items = items_of(notice)

    assert INVOICING not in item(items, review.BASIS, "ajanvarausta").sentences
    assert item(items, review.BASIS, "Laskutus perustuu").sentences == (INVOICING,)


def test_a_basis_given_by_the_purposes_letters_is_shown_beside_each_of_them():
    # round 31: "Kohdat a ja b: …" is purposes a and b's sentence, no purpose of its own
    lettered = import_text(
        "Rekisterinpitäjä: Studio Esimerkki Oy, info@studio.example\n\nKäsittelyn tarkoitukset\n"
        "a) ajanvaraus\nb) hoitokortti\nc) syntymäpäivätervehdykset\n\nOikeusperusteet\n"
        "Kohdat a ja b: sopimus asiakkaan kanssa.\nKohta c: oikeutettu etu.\n"
    )
    items = [i for i in items_of(lettered, review.read_notice_claims(lettered))]
    bases = [i for i in items if i.kind == review.BASIS]

    assert [i.label for i in bases] == ["ajanvaraus", "hoitokortti", "syntymäpäivätervehdykset"]
    assert item(bases, review.BASIS, "hoitokortti").sentences == (
        "Kohdat a ja b: sopimus asiakkaan kanssa.",
    )


def test_a_law_named_by_a_purposes_letter_is_read_as_its_legal_obligation():
    # round 32: "Kohta c: kirjanpitolaki (1336/1997)." showed "no basis read in the text"
    lettered = import_text(
        "Rekisterinpitäjä: Studio Esimerkki Oy, info@studio.example\n\nKäsittelyn tarkoitukset\n"
        "a) ajanvaraus\nb) laskutus ja kirjanpito\n\nOikeusperusteet\n"
        "Kohta a: sopimus asiakkaan kanssa.\nKohta b: kirjanpitolaki (1336/1997).\n"
    )
    items = items_of(lettered, review.read_notice_claims(lettered))

    bookkeeping = item(items, review.BASIS, "laskutus ja kirjanpito")

    assert bookkeeping.sentences == ("Kohta b: kirjanpitolaki (1336/1997).",)
    assert "Legal obligation" in bookkeeping.read


def test_a_purpose_the_structure_lacks_gets_an_item_without_a_target(notice):
    claims = [FakeClaim("basis", "Uutiskirje", "a", sentence="Uutiskirje perustuu suostumukseen.")]

    newsletter = item(items_of(notice, claims), review.BASIS, "Uutiskirje")

    assert newsletter.target is None
    assert newsletter.initial["legal_basis"] == "a"


def test_a_purpose_with_two_bases_read_leaves_the_choice_to_the_owner(notice):
    claims = [
        FakeClaim("basis", "Ajanvaraus", "b", sentence=BOOKING),
        FakeClaim("basis", "Ajanvaraus", "a", sentence="Ajanvaraus perustuu suostumukseen."),
    ]
    notice["sections"][1]["purposes"][0]["legal_basis"] = ""

    booking = item(items_of(notice, claims), review.BASIS, "ajanvarausta")

    assert booking.initial["legal_basis"] == ""
    assert len(booking.sentences) == 2


def test_a_data_group_shows_what_is_declared_and_how_long_it_is_kept(notice):
    clients = item(items_of(notice), review.DATA_GROUP, "client")

    assert clients.sentences == (CLIENTS,)
    assert clients.initial["applies_to"] == "clients"
    assert (clients.initial["period"], clients.initial["unit"]) == (2, "years")
    assert clients.initial["counted_from"] == "last_booking"
    assert clients.initial["name"] == "Asiakastiedot"  # in the notice's language


def test_a_data_group_updates_the_rule_the_importer_made_of_its_sentence(notice):
    logs = item(items_of(notice), review.DATA_GROUP, "log")

    si, ei = logs.rule_target
    assert notice["sections"][si]["rules"][ei]["data"] == "Lokitiedot"


def test_a_data_group_without_a_period_says_so(notice):
    claims = [FakeClaim("data_group", "bookings", sentence="Tallennamme varaukset.")]

    bookings = item(items_of(notice, claims), review.DATA_GROUP, "booking")

    assert "No retention period read" in bookings.read
    assert bookings.initial["period"] is None


def test_a_health_care_practice_is_offered_health_data_with_the_patient_record_period(notice):
    notice["field"] = "massage"

    health = item(items_of(notice), review.DATA_GROUP, "health")

    assert health.sentences == ()
    assert health.initial["special_category"] is True
    assert health.initial["applies_to"] == "health"
    assert "94/2022" in health.initial["until"]
    assert "patient records" in health.note


def test_a_business_outside_health_care_is_not_offered_health_data(notice):
    notice["field"] = "coaching"

    assert not [i for i in items_of(notice) if i.label == "Health information"]


def test_a_transfer_is_shown_with_the_country_of_a_known_service(notice):
    mailchimp = item(items_of(notice, language="en"), review.TRANSFER, "Mailchimp")

    assert mailchimp.sentences == (MAILCHIMP,)
    assert mailchimp.initial["country"] == "United States"
    assert mailchimp.initial["safeguard"] == ""


def test_the_data_privacy_framework_is_offered_as_an_adequacy_decision(notice):
    claims = [FakeClaim("transfer", "Mailchimp", "dpf", sentence=MAILCHIMP)]

    mailchimp = item(items_of(notice, claims), review.TRANSFER, "Mailchimp")

    assert mailchimp.initial["safeguard"] == "adequacy"


def test_an_art49_derogation_is_not_preselected_and_the_item_says_why(notice):
    claims = [FakeClaim("transfer", "Mailchimp", "art49", sentence=MAILCHIMP)]

    mailchimp = item(items_of(notice, claims), review.TRANSFER, "Mailchimp")

    assert mailchimp.initial["safeguard"] == ""
    assert "2/2018" in mailchimp.note


def test_a_notice_saying_no_data_leaves_the_eea_gets_an_item_without_controls(notice):
    sentence = "Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle."
    claims = [FakeClaim("transfer", "", "none", negated=True, sentence=sentence)]

    info = item(items_of(notice, claims), review.INFO)

    assert info.sentences == (sentence,)
    assert info.read == "No transfers outside the EU/EEA"


def test_a_service_said_not_to_transfer_is_read_without_a_safeguard(notice):
    sentence = "Mailchimp ei siirrä tietoja EU:n ulkopuolelle."
    claims = [FakeClaim("transfer", "Mailchimp", "none", negated=True, sentence=sentence)]

    info = item(items_of(notice, claims), review.INFO)

    assert info.read == "Mailchimp: not transferred outside the EU/EEA"


def test_recordings_of_meetings_take_their_period_as_recordings_not_as_bookings():
    # (round 35) "tapaamisten" only says whose the recordings are: the bookings keep no period
    # of theirs, and the owner is not told they are kept six months
    notice = import_text(
        "Käsiteltävät tiedot\nAsiakkaan nimi ja yhteystiedot, ajanvaraukset sekä tapaamisten "
        "äänitallenteet.\n\nSäilytysaika\nAsiakastiedot säilytetään kaksi vuotta asiakkuuden "
        "päättymisestä. Tapaamisten äänitallenteet poistetaan kuuden kuukauden kuluttua "
        "tapaamisesta.\n"
    )

    items = items_of(notice, review.read_notice_claims(notice))

    assert "No retention period read" in item(items, review.DATA_GROUP, "booking").read
    assert "6 months" in item(items, review.DATA_GROUP, "other").read


def test_every_right_is_listed_and_the_stated_ones_say_where(notice):
    rights = [i for i in items_of(notice) if i.kind == review.RIGHT]

    assert [i.initial["right"] for i in rights][:2] == ["access", "rectification"]
    assert len(rights) == 8
    assert rights[0].sentences == (ACCESS,)
    assert rights[1].read == "Not read in the notice"


def test_limits_on_rights_and_consent_by_conduct_are_offered_for_removal(notice):
    texts = {i.claim_kind: i for i in items_of(notice) if i.kind == review.TEXT}

    assert texts["right_limit"].sentences == (CAP,)
    assert "12(5)" in texts["right_limit"].note
    assert texts["request_channel"].sentences == (SIGNED,)
    assert "12(2)" in texts["request_channel"].note
    assert texts["consent_by_conduct"].group == review.PURPOSES
    assert "contract" in texts["consent_by_conduct"].note


def test_the_items_are_the_same_for_the_same_notice_and_claims(notice):
    first = [(i.key, i.label, i.target) for i in items_of(notice)]

    assert [(i.key, i.label, i.target) for i in items_of(notice)] == first


# Applying what the owner confirmed -----------------------------------------------------------


def test_nothing_unticked_changes_the_notice(notice):
    changed, result = review.apply_review(notice, items_of(notice), {})

    assert changed == notice
    assert result["confirmed"] == 0


def test_a_confirmed_basis_becomes_the_purposes_legal_basis(notice):
    items = items_of(notice)
    conduct_purpose = item(items, review.BASIS, "Ajan varaamalla")

    changed, result = review.apply_review(
        notice, items, {conduct_purpose.key: {"confirm": True, "legal_basis": "b"}}
    )

    assert purposes(changed)[2]["legal_basis"] == "b"
    assert result["confirmed"] == 1


def test_a_legitimate_interest_is_kept_only_with_that_basis(notice):
    items = items_of(notice)
    booking = item(items, review.BASIS, "ajanvarausta")
    answer = {"confirm": True, "legal_basis": "b", "legitimate_interest": "Asiakassuhde."}

    changed, _result = review.apply_review(notice, items, {booking.key: answer})

    assert purposes(changed)[0]["legitimate_interest"] == ""


def test_a_confirmed_new_purpose_joins_the_purposes(notice):
    claims = [FakeClaim("basis", "Uutiskirje", "a", sentence="Uutiskirje perustuu suostumukseen.")]
    items = items_of(notice, claims)
    newsletter = item(items, review.BASIS, "Uutiskirje")

    changed, _result = review.apply_review(
        notice, items, confirm(items, newsletter.key, legal_basis="a")
    )

    assert purposes(changed)[-1] == {
        "purpose": "Uutiskirje",
        "legal_basis": "a",
        "legitimate_interest": "",
    }


def test_a_confirmed_retention_replaces_the_importers_rule(notice):
    items = items_of(notice)
    clients = item(items, review.DATA_GROUP, "client")
    answer = {**clients.initial, "keep": True}

    changed, _result = review.apply_review(notice, items, {clients.key: answer})

    assert len(rules(changed)) == len(rules(notice))
    assert rules(changed)[0] == {
        "data": "Asiakastiedot",
        "applies_to": "clients",
        "period": 2,
        "unit": "years",
        "until": "",
        "counted_from": "last_booking",
    }


def test_a_corrected_period_and_start_are_what_is_saved(notice):
    items = items_of(notice)
    logs = item(items, review.DATA_GROUP, "log")
    answer = {**logs.initial, "keep": True, "period": 3, "unit": "months"}
    answer["counted_from"] = "collected"

    changed, _result = review.apply_review(notice, items, {logs.key: answer})

    rule = rules(changed)[1]
    assert (rule["period"], rule["unit"], rule["counted_from"]) == (3, "months", "collected")


def test_a_rule_with_a_criterion_keeps_no_period_or_start(notice):
    items = items_of(notice)
    logs = item(items, review.DATA_GROUP, "log")
    answer = {**logs.initial, "keep": True, "period": None, "until": "asiakkuuden ajan"}

    changed, _result = review.apply_review(notice, items, {logs.key: answer})

    rule = rules(changed)[1]
    assert (rule["period"], rule["until"], rule["counted_from"]) == (None, "asiakkuuden ajan", "")


def test_confirmed_health_data_becomes_a_special_category_in_a_new_data_content_section(notice):
    notice["field"] = "physiotherapy"
    items = items_of(notice)
    health = item(items, review.DATA_GROUP, "health")

    changed, _result = review.apply_review(
        notice, items, {health.key: {**health.initial, "declare": True, "keep": True}}
    )

    [data_content] = sections(changed, "data_content")
    assert data_content["categories"] == [
        {"name": "Terveystiedot", "special_category": True, "description": "", "required": False}
    ]
    kinds = [s["kind"] for s in changed["sections"]]
    assert kinds.index("data_content") == kinds.index("purposes") + 1  # its standard place
    health_rule = rules(changed)[-1]
    assert health_rule["applies_to"] == "health"
    assert health_rule["period"] is None  # never purged automatically
    assert "94/2022" in health_rule["until"]


def test_a_confirmed_transfer_goes_into_a_transfers_list(notice):
    items = items_of(notice)
    mailchimp = item(items, review.TRANSFER, "Mailchimp")
    answer = {**mailchimp.initial, "confirm": True, "safeguard": "adequacy"}

    changed, _result = review.apply_review(notice, items, {mailchimp.key: answer})

    [transfers] = sections(changed, "transfers")
    assert transfers["transfers"] == [
        {"recipient": "Mailchimp", "country": "Yhdysvallat", "safeguard": "adequacy"}
    ]
    assert transfers["text"] == notice["sections"][3]["text"]  # the sentence stays


def test_a_confirmed_right_joins_the_list_of_rights_once(notice):
    items = items_of(notice)
    access = item(items, review.RIGHT, "access")

    once, _result = review.apply_review(notice, items, {access.key: {"confirm": True}})
    again_items = items_of(once)
    twice, _result = review.apply_review(
        once, again_items, {item(again_items, review.RIGHT, "access").key: {"confirm": True}}
    )

    [rights] = sections(twice, "rights")
    assert rights["rights"] == [{"right": "access", "how": ""}]


def test_a_second_review_starts_from_what_was_confirmed(notice):
    items = items_of(notice)
    conduct_purpose = item(items, review.BASIS, "Ajan varaamalla")
    changed, _result = review.apply_review(
        notice, items, {conduct_purpose.key: {"confirm": True, "legal_basis": "b"}}
    )

    again = item(items_of(changed), review.BASIS, "Ajan varaamalla")

    assert again.initial["legal_basis"] == "b"


def test_removing_a_limit_takes_the_sentence_out_of_the_text(notice):
    items = items_of(notice)
    cap = next(i for i in items if i.claim_kind == "right_limit")

    changed, result = review.apply_review(notice, items, {cap.key: {"remove": True}})

    [rights] = sections(changed, "rights")
    assert CAP not in rights["text"]
    assert ACCESS in rights["text"] and SIGNED in rights["text"]
    assert result["removed"] == 1


def test_removing_consent_by_conduct_removes_the_purpose_made_of_that_sentence(notice):
    items = items_of(notice)
    conduct = next(i for i in items if i.claim_kind == "consent_by_conduct")

    changed, _result = review.apply_review(notice, items, {conduct.key: {"remove": True}})

    assert CONDUCT not in [p["purpose"] for p in purposes(changed)]
    assert len(purposes(changed)) == len(purposes(notice)) - 1


def test_a_removal_and_a_basis_confirmed_together_both_land(notice):
    """The removal empties a purpose before the one confirmed: the basis still lands on the
    purpose the owner saw."""
    listed = notice["sections"][1]["purposes"]
    listed.insert(0, listed.pop())  # the consent-by-conduct purpose first
    items = items_of(notice)
    conduct = next(i for i in items if i.claim_kind == "consent_by_conduct")
    invoicing = item(items, review.BASIS, "Laskutus perustuu")

    changed, _result = review.apply_review(
        notice,
        items,
        {conduct.key: {"remove": True}, invoicing.key: {"confirm": True, "legal_basis": "c"}},
    )

    assert [p["legal_basis"] for p in purposes(changed)] == ["b", "c"]
    assert purposes(changed)[1]["purpose"] == INVOICING


def test_a_sentence_running_through_formatting_is_left_for_the_editor(notice):
    rights = sections(notice, "rights")[0]
    rights["html"] = (
        "<p>Asiakkaalla on oikeus tarkastaa tietonsa. Tarkastusoikeutta voi käyttää "
        "<b>kerran vuodessa</b>.</p>"
    )
    items = items_of(notice)
    cap = next(i for i in items if i.claim_kind == "right_limit")

    changed, result = review.apply_review(notice, items, {cap.key: {"remove": True}})

    assert result["not_removed"] == [CAP]
    assert sections(changed, "rights")[0] == rights


def test_a_sentence_in_formatted_text_is_removed_from_both_text_and_html(notice):
    rights = sections(notice, "rights")[0]
    rights["html"] = f"<p><b>Oikeudet.</b> {ACCESS} {CAP}</p>"
    rights["text"] = f"Oikeudet. {ACCESS} {CAP}"
    items = items_of(notice)
    cap = next(i for i in items if i.claim_kind == "right_limit")

    changed, _result = review.apply_review(notice, items, {cap.key: {"remove": True}})

    section = sections(changed, "rights")[0]
    assert CAP not in section["text"] and CAP not in section["html"]
    assert "<b>Oikeudet.</b>" in section["html"]


def test_the_notice_given_is_not_changed(notice):
    before = repr(notice)
    items = items_of(notice)

    review.apply_review(notice, items, {i.key: {"confirm": True, "remove": True} for i in items})

    assert repr(notice) == before


def test_describe_says_what_was_read_in_words():
    claim = FakeClaim("retention", "clients", "", {"period": 3, "unit": "years"}, sentence=LOGS)

    assert review.describe(claim) == "Client details kept: 3 years"
    assert review.describe(FakeClaim("request_channel", "", "post")) == "Requests only by post"
    assert review.describe(FakeClaim("basis", "Markkinointi", "c", negated=True)).startswith(
        "Not: Markkinointi"
    )


# What the reader gives beyond the plain contract ------------------------------------------------


def test_the_business_field_read_from_the_text_is_offered_beside_its_sentence(notice):
    claims = [FakeClaim("field", "field", "massage", {"given": False}, sentence="Hieronta Oy")]

    field = item(items_of(notice, claims), review.FIELD)

    assert field.group == review.BUSINESS
    assert field.initial == {"field": "massage"}
    assert field.sentences == ("Hieronta Oy",)
    assert "Massage" in field.read


def test_the_sites_field_wins_over_the_one_read(notice):
    notice["field"] = "coaching"
    claims = [FakeClaim("field", "field", "massage", {"given": False}, sentence="Hieronta Oy")]

    field = item(items_of(notice, claims), review.FIELD)

    assert field.initial == {"field": "coaching"}
    assert field.sentences == ()


def test_a_field_read_from_the_text_brings_the_health_data_item(notice):
    claims = [FakeClaim("field", "field", "physiotherapy", {"given": False}, sentence="Fysio")]

    assert [i for i in items_of(notice, claims) if i.label == "Health information"]


def test_a_confirmed_field_is_returned_for_the_site_not_written_into_the_notice(notice):
    items = items_of(notice)

    changed, result = review.apply_review(
        notice, items, {"field-1": {"confirm": True, "field": "beauty"}}
    )

    assert result["field"] == "beauty"
    assert changed == notice
    assert not result["changed"]


def test_claims_read_from_the_structured_fields_are_not_shown_as_sentences(notice):
    claims = [
        FakeClaim(
            "retention",
            "clients",
            "2",
            {"period": 2, "unit": "years", "structured": True},
            sentence="Asiakastiedot",
        )
    ]

    assert not [i for i in items_of(notice, claims) if "Asiakastiedot" in i.sentences]


def test_a_general_retention_statement_is_offered_to_groups_without_their_own(notice):
    general = "Tietoja säilytetään kolme vuotta asiakkuuden päättymisestä."
    claims = [
        FakeClaim("data_group", "bookings", sentence="Tallennamme varaukset."),
        FakeClaim(
            "retention",
            "all",
            "kolme vuotta",
            {"period": 3, "unit": "years", "counted_from": "relationship_end"},
            sentence=general,
        ),
        FakeClaim("retention", "logs", "", {"period": 6, "unit": "months"}, sentence=LOGS),
    ]
    items = items_of(notice, claims)

    bookings, logs = (
        item(items, review.DATA_GROUP, "booking"),
        item(items, review.DATA_GROUP, "log"),
    )

    assert general in bookings.sentences
    assert (bookings.initial["period"], bookings.initial["counted_from"]) == (3, "relationship_end")
    assert general not in logs.sentences


def test_a_period_in_weeks_is_offered_in_days(notice):
    claims = [FakeClaim("retention", "logs", "", {"period": 2, "unit": "weeks"}, sentence=LOGS)]

    logs = item(items_of(notice, claims), review.DATA_GROUP, "log")

    assert (logs.initial["period"], logs.initial["unit"]) == (14, "days")


def test_a_vague_period_is_flagged(notice):
    vague = "Tietoja säilytetään niin kauan kuin laki edellyttää."
    claims = [FakeClaim("retention", "clients", vague, {"vague": True}, sentence=vague)]

    clients = item(items_of(notice, claims), review.DATA_GROUP, "client")

    assert "13(2)(a)" in clients.note


def test_the_data_protection_law_as_an_obligation_is_not_offered(notice):
    sentence = "Käsittely perustuu lakisääteiseen velvoitteeseen (tietosuojalaki)."
    notice["sections"][1]["purposes"][0]["legal_basis"] = ""
    claims = [
        FakeClaim("basis", "Ajanvaraus", "c", {"data_protection_law": True}, sentence=sentence)
    ]

    booking = item(items_of(notice, claims), review.BASIS, "ajanvarausta")

    assert booking.initial["legal_basis"] == ""
    assert "6(3)" in booking.note


def test_booking_as_consent_is_not_offered_as_consent(notice):
    claims = [
        FakeClaim("basis", CONDUCT, "a", sentence=CONDUCT),
        FakeClaim("consent_by_conduct", "processing", "varaamalla", sentence=CONDUCT),
    ]

    conduct = item(items_of(notice, claims), review.BASIS, "Ajan varaamalla")

    assert conduct.initial["legal_basis"] == ""
    assert "contract" in conduct.note


def test_a_claim_read_from_a_structured_value_is_not_shown_as_a_sentence(notice):
    """The importer's rule holds "Lokitiedot"; a claim read from that field is no sentence."""
    claims = [FakeClaim("data_group", "logs", "Lokitiedot", sentence="Lokitiedot"), CLAIMS[5]]

    logs = item(items_of(notice, claims), review.DATA_GROUP, "log")

    assert logs.sentences == (LOGS,)


def test_describe_names_a_contact_and_flags_a_placeholder():
    claim = FakeClaim("controller_contact", "email", "[email protected]", {"placeholder": True})

    text = review.describe(claim)

    assert text.startswith("Email: [email protected]")
    assert "placeholder" in text
