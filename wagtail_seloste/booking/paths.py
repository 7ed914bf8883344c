"""The booking page's addresses in the page's language (``/sv/boka-tid/boka/tjanst/``).

A visitor under /sv/ or /en/ sees every step, the thank-you page and the links of the emails in
the language they read. Every route accepts the words of every language, so a link already
sent keeps working whatever the page's language, Finnish links included; a GET with another
language's words is redirected to the page's own (``canonical_path``). The wizard's step
names stay Finnish inside (they prefix the form fields and key the session): only the words
of the addresses change.
"""

from ..notice.locales import locale_of

# The word of an address per language. The keys of the wizard steps are its step names.
WORDS = {
    "steps": {"fi": "varaa", "sv": "boka", "en": "booking"},
    "palvelu": {"fi": "palvelu", "sv": "tjanst", "en": "service"},
    "aika": {"fi": "aika", "sv": "tid", "en": "time"},
    "yhteystiedot": {"fi": "yhteystiedot", "sv": "kontaktuppgifter", "en": "contact"},
    "vahvistus": {"fi": "vahvistus", "sv": "bekraftelse", "en": "confirm"},
    "valmis": {"fi": "valmis", "sv": "klar", "en": "done"},
    "thanks": {"fi": "kiitos", "sv": "tack", "en": "thanks"},
    "cancel": {"fi": "peru", "sv": "avboka", "en": "cancel"},
    "details": {"fi": "tiedot", "sv": "uppgifter", "en": "details"},
    # The opt-out link of offers to existing customers (917/2014 §200(2)).
    "optout": {"fi": "markkinointi", "sv": "marknadsforing", "en": "marketing"},
    # The time step's query parameters: a day, and the week to show.
    "day": {"fi": "paiva", "sv": "dag", "en": "day"},
    "week": {"fi": "viikko", "sv": "vecka", "en": "week"},
}
# A page in a language without words of its own gets the English ones.
FALLBACK = "en"
STEP_NAMES = ("palvelu", "aika", "yhteystiedot", "vahvistus", "valmis")


def language_of(page):
    # The locale from the cached list: every step asks, for each of its addresses.
    locale = locale_of(page) if getattr(page, "locale_id", None) else None
    code = getattr(locale, "language_code", "") or ""
    return code.split("-")[0].lower()


def word(key, language):
    """The word of ``key`` in ``language``."""
    words = WORDS[key]
    return words.get(language) or words[FALLBACK]


def alternatives(key):
    """A regular expression group body that matches ``key``'s word in any language."""
    return "|".join(sorted(set(WORDS[key].values())))


def key_of(slug, keys=STEP_NAMES):
    """The key (a step name) whose word in some language is ``slug``, or None."""
    for key in keys:
        if slug in WORDS[key].values():
            return key
    return None


def query_value(query, key):
    """The value of the query parameter ``key`` (``"day"``), under any language's name."""
    for name in WORDS[key].values():
        if name in query:
            return query.get(name, "")
    return ""


def localised_query(query, language):
    """``(query, renamed)``: a copy of the QueryDict ``query`` whose day and week parameters
    have their names in ``language``, and whether any was renamed."""
    query = query.copy()
    renamed = False
    for key in ("day", "week"):
        ours = word(key, language)
        for name in set(WORDS[key].values()) - {ours}:
            if name in query:
                values = query.pop(name)
                if ours not in query:
                    query.setlist(ours, values)
                renamed = True
    return query, renamed


def subpage(page, route, **kwargs):
    """``page.reverse_subpage(route)`` with the route's words in the page's language: the
    wizard's ``step`` (with ``step=<step name>``), ``thanks``, ``cancel``, ``details``."""
    language = language_of(page)
    if route == "step":
        kwargs = {"steps": word("steps", language), "step": word(kwargs["step"], language)}
    elif route in ("thanks", "cancel", "details", "optout"):
        kwargs = {"word": word(route, language), **kwargs}
    return page.reverse_subpage(route, kwargs=kwargs or None)
