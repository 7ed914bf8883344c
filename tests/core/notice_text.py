"""Helpers of the reader's tests: a notice pasted as text, imported, then checked or read."""

from wagtail_seloste.notice.check import check_notice
from wagtail_seloste.notice.check.claims import read_claims
from wagtail_seloste.notice.importer import import_text

CONTROLLER = "Rekisterinpitäjä: Studio Esimerkki Oy, Y-tunnus 3006642-2, Kauppakatu 1, 00100 Helsinki, info@studio.example\n\n"
KONTROLLER = "Personuppgiftsansvarig: Studio Exempel Ab, FO-nummer 3006642-2, Storgatan 1, 65100 Vasa, info@studio.example\n\n"

# A purpose with its basis, for tests of one sentence in a notice that is otherwise complete
# enough to be read (round 12).
BASIS = (
    "Käsittelyn tarkoitus ja peruste\nKäsittelen tietoja ajanvarausta ja laskutusta varten. "
    "Peruste on asiakkaan kanssa tehty sopimus (6 art. 1 b).\n"
)
GRUND = (
    "Ändamål och rättslig grund\nVi behandlar uppgifterna för bokning och fakturering. Grunden "
    "är avtalet med kunden (artikel 6.1 b).\n"
)


def codes(text, field=None):
    return {f.code for f in check_notice(import_text(text, field=field))}


def claims_of(text, kind, field=None):
    return [c for c in read_claims(import_text(text, field=field)) if c.kind == kind]
