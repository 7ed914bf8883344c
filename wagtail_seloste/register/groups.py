"""The groups of personal data the records speak of, and how to tell them from a notice's words.

The processors register says which groups each service receives, the Art 30 record groups the
notice's purposes, data categories, recipients and retention rules by them, and a breach's
scope names the groups it touched. The keys match the data groups the completeness check
reads (``notice/check``), so the records and the check speak of the same things.
"""

import re

from django.utils.translation import gettext_lazy as _

DATA_GROUPS = [
    ("clients", _("Clients' contact details")),
    ("bookings", _("Bookings")),
    # GDPR Art 9: a special category; a breach of it is usually high risk.
    ("health", _("Health information (GDPR Art 9)")),
    ("marketing", _("Direct marketing and newsletters")),
    ("consents", _("Consents")),
    ("invoices", _("Invoices and bookkeeping")),
    ("requests", _("Data subject requests")),
    ("visitors", _("Website visitors (cookies and analytics)")),
    ("other", _("Other personal data")),
]
GROUP_KEYS = [key for key, _label in DATA_GROUPS]

# Words of each group in Finnish, Swedish and English notices, matched case-insensitively
# anywhere in a word ("ajanvarausten", "asiakastiedot"). "asiakirja" (a document) is not a
# client.
PATTERNS = {
    "bookings": r"ajanvar|varaus|varauk|varatt|bokning|tidsbok|booking|appointment",
    "clients": r"asiak(?!irj)|yhteystie|sähköpostio|puhelinnum|\bkund|kontaktuppgift"
    r"|e-postadress|telefonnummer|client|customer|contact detail|email address|phone number",
    "health": r"tervey|potila|hoitomerkin|hoitotie|esitie|sairau|lääki|hälso|hälsa|journal"
    r"|health|patient|medical",
    "marketing": r"markkin|uutiskir|tarjou|marknadsf|nyhetsbrev|erbjud|marketing|newsletter"
    r"|\boffers?\b",
    "consents": r"suostum|samtyck|consent",
    "invoices": r"lasku|kirjanpi|kuitti|kuitit|tilitoim|faktur|bokför|kvitt|invoic|bookkeep"
    r"|accounting|receipt",
    "requests": r"tietopyyn|oikeuksien käyt|begäran|registerutdrag|data subject request"
    r"|access request",
    "visitors": r"eväst|analytii|kävijä|verkkosivu|sivusto|\bkak(a|or)|besökar|webbplats|cookie"
    r"|analytics|visitor|website",
}
_COMPILED = {key: re.compile(pattern, re.IGNORECASE) for key, pattern in PATTERNS.items()}

# What a group brings with it: a booking is made by a client; marketing rests on a consent.
IMPLIES = {
    "bookings": {"clients"},
    "health": {"clients"},
    "marketing": {"clients", "consents"},
    "invoices": {"clients"},
}

# The retention targets of the notice's rules (notice/blocks.RETENTION_TARGETS) as groups.
RETENTION_TARGET_GROUPS = {
    "clients": {"clients"},
    "bookings": {"bookings"},
    "consents": {"consents", "marketing"},
    "requests": {"requests"},
    # Unfinished booking and request forms.
    "sessions": {"bookings", "requests"},
    "health": {"health"},
}


def label(key):
    return dict(DATA_GROUPS).get(key, key)


def groups_in(text):
    """The groups a text speaks of ("Laskutus ja kirjanpito" → {"invoices"})."""
    return {key for key, pattern in _COMPILED.items() if pattern.search(text or "")}


def with_implied(groups):
    """``groups`` and what they bring with them."""
    found = set(groups)
    for key in groups:
        found |= IMPLIES.get(key, set())
    return found


def strings(value):
    """Every string in a nested structure of dicts and lists (a notice dict), in order."""
    stack = [value]
    found = []
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, dict):
            stack.extend(reversed(list(item.values())))
        elif isinstance(item, (list, tuple)):
            stack.extend(reversed(item))
    return found
