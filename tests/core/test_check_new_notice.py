"""A new notice's default content raises none of the meaning checks once the owner has
filled in the controller: the defaults are what a careful practitioner would write."""

import pytest
from django.utils import translation
from wagtail.models import Locale

from wagtail_seloste.models import NoticePage
from wagtail_seloste.notice.check import check_notice
from wagtail_seloste.notice.json_format import notice_to_dict

MEANING_CODES = {
    "vague-retention",
    "transfer-without-safeguard",
    "tracker-in-necessary",
    "undeclared-cookies",
    "missing-special-category-condition",
    "limits-free-requests",
    "changes-without-notice",
    "consent-for-legal-obligation",
    "missing-right-access",
    "missing-right-rectification",
    "missing-right-erasure",
    "missing-right-restriction",
    "missing-right-portability",
    "missing-right-objection",
    "missing-complaint-right",
    "missing-consent-withdrawal",
    # issue 18
    "retention-incomplete",
    "basis-not-an-obligation",
    "consent-by-conduct",
    "request-form-required",
    "health-data-undeclared",
    "patient-records-retention",
}


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_a_new_notice_raises_no_meaning_finding(db, language):
    with translation.override(language):
        page = NoticePage(
            title="Tietosuojaseloste",
            controller_name="Esimerkki Oy",
            email="info@esimerkki.example",
            locale=Locale.get_default(),
        )
    codes = {f.code for f in check_notice(notice_to_dict(page))}

    assert not codes & MEANING_CODES
