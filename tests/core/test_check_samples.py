"""The check on real Finnish notices (/work/shared/samples, not in the repository).

Each sample is read as ``seloste_check FILE.txt`` reads it (through ``import_text``), and the
findings must be exactly what a careful reader lists: no more, no fewer. Skipped when the
samples are absent; ``SELOSTE_SAMPLES`` points elsewhere.

Why each code is expected (read the sample beside this list before changing it):

000 (a self-knowledge coach; Cloudflare replaced the email by "[email protected]")
  - no missing-retention: "Tietoja säilytetään asiakkuuden päättymiseen saakka" stands in the
    data content section; a criterion (end of the relationship), so no vague-retention either.
  - missing-right-restriction: access (tarkastaa), rectification (korjata … pyynnöstä) and
    erasure (vaatia tietojensa poistamista) are there; restriction is not.
  - missing-right-portability: booking is a contract, and "asiakas suostuu" claims consent.
  - consent-by-conduct (issue 18; was missing-consent-withdrawal): "Ajan varaamalla ja
    palvelua käyttämällä asiakas suostuu henkilötietojen käsittelyyn" makes booking count as
    consent, which is no consent (Art 4(11), 7(4)); the fix is the contract basis, so
    withdrawal of a consent that is not one is not asked for.
  - basis-not-an-obligation (issue 18): the only "Lakisääteinen velvoite" named is the GDPR
    and the Tietosuojalaki themselves; missing-legal-basis is not raised beside it.
  - missing-controller-contact (issue 18): the only contact is "Sähköposti: [email
    protected]", Cloudflare's replacement of the address, a placeholder.
  - missing-complaint-right: the Data Protection Ombudsman is not named.
  - missing-transfers (warning): nothing said of transfers; the services named are Finnish.
  - missing-automated-decisions, missing-updated-date (warnings).
  - incorrect-gdpr-date: "EU:n 1.1.2019 voimaan tulleen tietosuoja-asetuksen".
  No objection right is needed: nothing rests on legitimate interest, no marketing.

002 (work counselling)
  - missing-right-restriction, missing-right-portability (contract and consent).
  - missing-consent-withdrawal: "rekisteröityjen suostumuksella" with no withdrawal.
  - missing-complaint-right.
  - missing-requirement-statement: not said whether giving the data is required.
  - undeclared-cookies: "käyttää evästeitä … kävijäliikenteen analysoimiseksi" and no
    category declared.
  - missing-automated-decisions (warning).
  Not consent-for-legal-obligation: billing rests on "asiakassuhteen perusteella"; consent is
  for keeping up and renewing the relationship. "Käsittelyn kesto: asiakassuhteen keston ajan"
  is a criterion, not vague.

004 (a coach; an old template)
  - repealed-law-reference: "Henkilötietolain (523/1999) 10 §:n mukainen".
  - missing-legal-basis: no basis for any purpose.
  - transfer-without-safeguard: "ei siirretä … ulkopuolelle", then Mail-chimp, Mailmunch and
    Outlook (Microsoft), with only the providers' own promise of adequate protection.
  - limits-free-requests: "Yhden (1) tarkastuspyynnön käsittely vuodessa on … maksutonta".
  - missing-right-restriction; missing-right-portability (commissions and coaching contracts).
  - missing-complaint-right, missing-requirement-statement.
  - missing-automated-decisions (warning).
  Not missing-right-erasure: "Niiden asiakkaiden, jotka pyytävät tietonsa poistamaan, tiedot
  poistetaan 2 vrk:n kuluessa". Not missing-right-objection: "oikeus kieltää itseään koskevien
  tietojen käyttö". Not vague-retention: periods are given (5 and 2 years). Not
  missing-consent-withdrawal: the notice rests nothing on consent in words (the newsletter and
  the references have no stated basis at all, which missing-legal-basis reports).
"""

import os
from pathlib import Path

import pytest

from wagtail_seloste.notice.check import check_notice
from wagtail_seloste.notice.importer import import_text

SAMPLES = Path(
    os.environ.get("SELOSTE_SAMPLES")
    or Path(__file__).resolve().parents[2] / ".." / "shared" / "samples"
)

EXPECTED = {
    "000_3606eb6585e7d4cb.txt": [
        "missing-controller-contact",
        "basis-not-an-obligation",
        "consent-by-conduct",
        "missing-right-restriction",
        "missing-right-portability",
        "missing-complaint-right",
        "missing-transfers",
        "missing-automated-decisions",
        "missing-updated-date",
        "incorrect-gdpr-date",
    ],
    "002_62845da8af6bb366.txt": [
        "missing-right-restriction",
        "missing-right-portability",
        "missing-consent-withdrawal",
        "missing-complaint-right",
        "missing-requirement-statement",
        "undeclared-cookies",
        "missing-automated-decisions",
    ],
    "004_a5eff21a1f6f314e.txt": [
        "missing-legal-basis",
        "transfer-without-safeguard",
        "missing-right-restriction",
        "missing-right-portability",
        "missing-complaint-right",
        "limits-free-requests",
        "missing-requirement-statement",
        "repealed-law-reference",
        "missing-automated-decisions",
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_sample_gets_what_a_careful_reader_lists(name):
    path = SAMPLES / name
    if not path.is_file():
        pytest.skip(f"{path} is not here (the samples live beside the checkout)")

    findings = check_notice(import_text(path.read_text(encoding="utf-8")))

    assert sorted(f.code for f in findings) == sorted(EXPECTED[name])


def test_the_transfer_finding_of_sample_004_names_the_services():
    path = SAMPLES / "004_a5eff21a1f6f314e.txt"
    if not path.is_file():
        pytest.skip(f"{path} is not here")

    [finding] = [
        f
        for f in check_notice(import_text(path.read_text(encoding="utf-8")))
        if f.code == "transfer-without-safeguard"
    ]

    assert "Mailchimp" in finding.message and "Mailmunch" in finding.message
