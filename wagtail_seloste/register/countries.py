"""Where a processor handles the data: the EU/EEA, countries with an adequacy decision, others.

GDPR Chapter V (Art 44–49) applies to a transfer outside the European Economic Area: the 27
EU member states and Iceland, Liechtenstein and Norway. A country for which the European
Commission has adopted an adequacy decision (Art 45) needs no further safeguard; for the United
States the decision of 10.7.2023 (the EU–US Data Privacy Framework) covers only companies
certified under it. Anywhere else needs an Art 46 safeguard, usually the standard contractual
clauses. Check the Commission's list before relying on it:
https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_en
"""

from django.utils import translation
from django.utils.translation import gettext_lazy as _

# ISO 3166-1 alpha-2 code → name. The EU/EEA first (Finland first among them), then the
# countries with an adequacy decision, then others small businesses' services use.
EEA = {
    "FI": _("Finland"),
    "SE": _("Sweden"),
    "EE": _("Estonia"),
    "DE": _("Germany"),
    "DK": _("Denmark"),
    "NL": _("Netherlands"),
    "IE": _("Ireland"),
    "FR": _("France"),
    "BE": _("Belgium"),
    "LU": _("Luxembourg"),
    "AT": _("Austria"),
    "ES": _("Spain"),
    "PT": _("Portugal"),
    "IT": _("Italy"),
    "PL": _("Poland"),
    "LT": _("Lithuania"),
    "LV": _("Latvia"),
    "CZ": _("Czechia"),
    "SK": _("Slovakia"),
    "SI": _("Slovenia"),
    "HR": _("Croatia"),
    "HU": _("Hungary"),
    "RO": _("Romania"),
    "BG": _("Bulgaria"),
    "GR": _("Greece"),
    "CY": _("Cyprus"),
    "MT": _("Malta"),
    "NO": _("Norway"),
    "IS": _("Iceland"),
    "LI": _("Liechtenstein"),
    # Several EU/EEA countries, e.g. a provider's data centres in Stockholm and Frankfurt.
    "EU": _("EU/EEA (several countries)"),
}
# GDPR Art 45: the Commission's adequacy decisions (Canada: commercial organisations under
# PIPEDA; the United States: only companies certified under the Data Privacy Framework).
ADEQUATE = {
    "GB": _("United Kingdom"),
    "CH": _("Switzerland"),
    "US": _("United States"),
    "CA": _("Canada"),
    "JP": _("Japan"),
    "KR": _("South Korea"),
    "NZ": _("New Zealand"),
    "IL": _("Israel"),
    "UY": _("Uruguay"),
    "AR": _("Argentina"),
    "AD": _("Andorra"),
    "FO": _("Faroe Islands"),
    "GG": _("Guernsey"),
    "JE": _("Jersey"),
    "IM": _("Isle of Man"),
}
OTHERS = {
    "AU": _("Australia"),
    "BR": _("Brazil"),
    "CN": _("China"),
    "IN": _("India"),
    "SG": _("Singapore"),
    "ZA": _("South Africa"),
    "AE": _("United Arab Emirates"),
    "TR": _("Turkey"),
    "UA": _("Ukraine"),
    # Any other country outside the EU/EEA: name it in the notes.
    "ZZ": _("Other country outside the EU/EEA"),
}
COUNTRIES = {**EEA, **ADEQUATE, **OTHERS}
COUNTRY_CHOICES = [
    (_("EU/EEA"), list(EEA.items())),
    (_("Outside the EU/EEA, with an adequacy decision"), list(ADEQUATE.items())),
    (_("Outside the EU/EEA"), list(OTHERS.items())),
]
# The United States' adequacy decision covers only companies certified under the EU–US Data
# Privacy Framework (Commission Implementing Decision (EU) 2023/1795 of 10.7.2023).
DPF_COUNTRY = "US"

# Names people write for a country, beyond its name in Finnish, Swedish and English.
ALIASES = {
    "usa": "US",
    "u.s.": "US",
    "u.s.a.": "US",
    "yhdysvallat (usa)": "US",
    "amerikka": "US",
    "yhdysvalloissa": "US",
    "usa:ssa": "US",
    "uk": "GB",
    "iso-britannia": "GB",
    "englanti": "GB",
    "britannia": "GB",
    "storbritannien": "GB",
    "hollanti": "NL",
    "holland": "NL",
    "suomessa": "FI",
    "eu": "EU",
    "eea": "EU",
    "eta": "EU",
    "eu/eta": "EU",
    "eu/eea": "EU",
    "eu/ees": "EU",
    "eu:n alueella": "EU",
}


def name(code):
    """The country's name in the active language, or the code itself when unknown."""
    return str(COUNTRIES.get(code, code or ""))


def in_eea(code):
    return code in EEA


def outside_eea(code):
    """Known to be outside the EU/EEA (an unknown or empty country is not)."""
    return bool(code) and code in COUNTRIES and code not in EEA


def has_adequacy(code):
    return code in ADEQUATE


_lookup = {}


def code_for(text):
    """The country code of a name as a notice writes it ("Suomi", "Sverige", "USA", "FI"),
    or "" when it is not one of ours."""
    value = " ".join((text or "").split()).casefold().rstrip(".")
    if not value:
        return ""
    if not _lookup:
        for language in ("fi", "sv", "en"):
            with translation.override(language):
                for code, label in COUNTRIES.items():
                    _lookup.setdefault(str(label).casefold(), code)
        for code in COUNTRIES:
            _lookup.setdefault(code.casefold(), code)
        _lookup.update(ALIASES)
    return _lookup.get(value, "")
