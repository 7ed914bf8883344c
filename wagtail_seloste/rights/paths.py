"""The request page's addresses in the page's language (``/sv/begaran-om-uppgifter/tack/``).

Every route accepts the words of every language, so a verification link already sent keeps
working, Finnish ones included; a GET that came by another language's words is redirected to
the page's own (see ``RightsRequestPage.in_page_language``).
"""

WORDS = {
    "thanks_view": {"fi": "kiitos", "sv": "tack", "en": "thanks"},
    "verify_view": {"fi": "vahvista", "sv": "bekrafta", "en": "confirm"},
    "download_view": {"fi": "lataa", "sv": "ladda-ner", "en": "download"},
}
# A page in a language without words of its own gets the English ones.
FALLBACK = "en"


def language_of(page):
    code = getattr(getattr(page, "locale", None), "language_code", "") or ""
    return code.split("-")[0].lower()


def alternatives(route):
    """A regular expression group body that matches ``route``'s word in any language."""
    return "|".join(sorted(set(WORDS[route].values())))


def subpage(page, route, **kwargs):
    """``page.reverse_subpage(route)`` with the route's word in the page's language."""
    words = WORDS[route]
    word = words.get(language_of(page)) or words[FALLBACK]
    return page.reverse_subpage(route, kwargs={"word": word, **kwargs})
