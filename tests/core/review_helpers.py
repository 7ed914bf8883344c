"""A stand-in for the check's claims reader in the review's tests.

The review reads claims by attribute (the contract of ``check.claims.Claim``); these tests give
it claims written by hand beside the notice's sentences, so they test the review, not the
reader.
"""

from dataclasses import dataclass, field

import pytest

NOTICE_TEXT = """Tietosuojaseloste

1. Rekisterinpitäjä

Hieronta Testi Oy, Kauppakatu 1, 00100 Helsinki, info@hieronta.example

2. Käsittelyn tarkoitus

Käsittelemme tietoja ajanvarausta ja laskutusta varten. Ajanvaraus perustuu sopimukseen.
Laskutus perustuu kirjanpitolakiin. Ajan varaamalla asiakas suostuu kaikkeen käsittelyyn.

3. Säilytysaika

Asiakastiedot säilytetään kaksi vuotta viimeisestä käynnistä. Lokitiedot säilytetään kuusi kuukautta.

4. Tietojen siirto

Uutiskirjeet lähetetään Mailchimpin kautta.

5. Rekisteröidyn oikeudet

Asiakkaalla on oikeus tarkastaa tietonsa. Tarkastusoikeutta voi käyttää kerran vuodessa.
Pyynnöt on tehtävä omakätisesti allekirjoitettuna kirjeenä.
"""


@dataclass(frozen=True)
class FakeClaim:
    kind: str
    subject: str
    value: str = ""
    detail: dict = field(default_factory=dict)
    negated: bool = False
    section: str = ""
    sentence: str = ""

    def __hash__(self):
        return hash((self.kind, self.subject, self.value, self.sentence))


BOOKING = "Ajanvaraus perustuu sopimukseen."
INVOICING = "Laskutus perustuu kirjanpitolakiin."
CONDUCT = "Ajan varaamalla asiakas suostuu kaikkeen käsittelyyn."
CLIENTS = "Asiakastiedot säilytetään kaksi vuotta viimeisestä käynnistä."
LOGS = "Lokitiedot säilytetään kuusi kuukautta."
MAILCHIMP = "Uutiskirjeet lähetetään Mailchimpin kautta."
ACCESS = "Asiakkaalla on oikeus tarkastaa tietonsa."
CAP = "Tarkastusoikeutta voi käyttää kerran vuodessa."
SIGNED = "Pyynnöt on tehtävä omakätisesti allekirjoitettuna kirjeenä."

CLAIMS = [
    FakeClaim("basis", "Ajanvaraus", "b", section="purposes", sentence=BOOKING),
    FakeClaim(
        "basis", "Laskutus", "c", {"law": "kirjanpitolaki"}, section="purposes", sentence=INVOICING
    ),
    FakeClaim("consent_by_conduct", "Ajanvaraus", section="purposes", sentence=CONDUCT),
    FakeClaim("data_group", "clients", "Asiakastiedot", section="retention", sentence=CLIENTS),
    FakeClaim(
        "retention",
        "clients",
        "kaksi vuotta viimeisestä käynnistä",
        {"period": 2, "unit": "years", "counted_from": "last_booking"},
        section="retention",
        sentence=CLIENTS,
    ),
    FakeClaim(
        "retention",
        "logs",
        "kuusi kuukautta",
        {"period": 6, "unit": "months"},
        section="retention",
        sentence=LOGS,
    ),
    FakeClaim("transfer", "Mailchimp", "", section="transfers", sentence=MAILCHIMP),
    FakeClaim("right", "access", section="rights", sentence=ACCESS),
    FakeClaim("right_limit", "access", "kerran vuodessa", section="rights", sentence=CAP),
    FakeClaim("request_channel", "", "signed", section="rights", sentence=SIGNED),
]


@pytest.fixture
def claims(monkeypatch):
    """``claims(list)``: the claims the review reads from any notice (by default ``CLAIMS``)."""
    from wagtail_seloste.notice import review

    current = list(CLAIMS)

    def use(new_claims):
        current[:] = list(new_claims)

    monkeypatch.setattr(review, "read_notice_claims", lambda notice: list(current))
    return use
