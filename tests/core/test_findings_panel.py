"""The editor's findings panel: under each finding the sentences it rests on and its fix, and
what the check read, in a <details> the owner can open (issue 18, item 2)."""

from types import SimpleNamespace

import pytest

from wagtail_seloste.notice import check

from .review_helpers import CAP, claims  # noqa: F401  (the fixture)

SENTENCE = "Tarkastusoikeutta voi käyttää <b>kerran</b> vuodessa."


@pytest.fixture
def finding(monkeypatch):
    """The check finds one error resting on ``SENTENCE``, with a fix."""
    found = SimpleNamespace(
        code="limits-free-requests",
        severity="error",
        message="Pyyntöjä rajoitetaan.",
        section="rights",
        source="GDPR Art 12(5)",
        sentences=(SENTENCE,),
        fix="Poista rajoitus.",
    )
    monkeypatch.setattr(check, "check_notice", lambda notice: [found])
    return found


def editor(admin_client, page):
    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    return response.content.decode()


def test_a_finding_shows_the_sentence_it_rests_on(admin_client, notice, finding):
    html = editor(admin_client, notice)

    # As text, never as markup: the notice's text is the owner's, not the admin's HTML.
    assert (
        '<blockquote lang="fi">Tarkastusoikeutta voi käyttää &lt;b&gt;kerran&lt;/b&gt; '
        "vuodessa.</blockquote>" in html
    )


def test_a_finding_shows_its_fix_and_source(admin_client, notice, finding):
    html = editor(admin_client, notice)

    assert "Poista rajoitus." in html
    assert "GDPR Art 12(5)" in html


def test_a_finding_without_sentences_shows_no_quote(admin_client, notice, finding):
    finding.sentences = ()

    assert "<blockquote" not in editor(admin_client, notice).split("seloste-claims-read")[0]


def test_what_the_check_read_is_in_a_details_element(admin_client, notice, claims):  # noqa: F811
    html = editor(admin_client, notice)

    details = html[html.index('<details class="seloste-claims-read">') :]
    details = details[: details.index("</details>")]
    assert "<summary>" in details
    assert f'<blockquote lang="fi">{CAP}</blockquote>' in details
    assert f'href="/admin/seloste/review/{notice.pk}/"' in details


def test_what_the_check_read_lists_each_claim_once(admin_client, notice, claims):  # noqa: F811
    from .review_helpers import FakeClaim

    claims([FakeClaim("right_limit", "access", "kerran vuodessa", sentence=CAP)] * 2)

    assert editor(admin_client, notice).count(CAP) == 1


def test_a_reader_that_fails_leaves_the_checklist(admin_client, notice, monkeypatch):
    from wagtail_seloste.notice import review

    def broken(notice):
        raise RuntimeError("reader bug")

    monkeypatch.setattr(review, "read_notice_claims", broken)

    html = editor(admin_client, notice)

    assert "seloste-findings" in html
    assert "seloste-claims-read" not in html


def test_a_long_notices_many_claims_of_one_kind_are_counted(admin_client, notice, claims):  # noqa: F811
    from wagtail_seloste.notice.panels import MAX_CLAIMS_SHOWN

    from .review_helpers import FakeClaim

    many = [
        FakeClaim("right", "access", sentence=f"Lause numero {index}.")
        for index in range(MAX_CLAIMS_SHOWN + 7)
    ]
    claims(many)

    html = editor(admin_client, notice)

    assert f"Lause numero {MAX_CLAIMS_SHOWN - 1}." in html
    assert f"Lause numero {MAX_CLAIMS_SHOWN}." not in html
    assert "ja 7 muuta samanlaista." in html
