"""Helpers of the reader's tests: a notice pasted as text, imported, then checked or read."""

from wagtail_seloste.notice.check import check_notice
from wagtail_seloste.notice.check.claims import read_claims
from wagtail_seloste.notice.importer import import_text

CONTROLLER = "Rekisterinpitäjä: Studio Esimerkki Oy, Y-tunnus 3006642-2, Kauppakatu 1, 00100 Helsinki, info@studio.example\n\n"
KONTROLLER = "Personuppgiftsansvarig: Studio Exempel Ab, FO-nummer 3006642-2, Storgatan 1, 65100 Vasa, info@studio.example\n\n"


def codes(text, field=None):
    return {f.code for f in check_notice(import_text(text, field=field))}


def claims_of(text, kind, field=None):
    return [c for c in read_claims(import_text(text, field=field)) if c.kind == kind]
