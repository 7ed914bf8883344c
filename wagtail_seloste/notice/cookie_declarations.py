"""A notice's cookie declarations in the reader's language.

The canonical notice says which categories and cookies exist (the banner asks for exactly
those); a translation says what they are called and what they do in its language. A visitor
reading Swedish or English gets every cookie the canonical notice declares, each with the
translation's words where the translation has it. One the translation lacks (a cookie added to
the Finnish notice later) is still listed, never left out and never shown in Finnish: its
name and provider (which are the same in every language), its duration where it can be read
from the Finnish words, and a note that it is not described in this language yet. The
translations check names what is missing (``translations_check.py``), so the owner knows
what to translate.

Call these inside ``translation.override`` of the reader's language: the notes come from the
catalogue.
"""

import re

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

# Units of a duration as the three languages write them, most forms a notice uses.
UNITS = {
    "minutes": ("min", "minuutti", "minuuttia", "minut", "minuter", "minute", "minutes"),
    "hours": ("h", "tunti", "tuntia", "timme", "timmar", "hour", "hours"),
    "days": ("vrk", "päivä", "päivää", "dag", "dagar", "dygn", "day", "days"),
    "weeks": ("viikko", "viikkoa", "vecka", "veckor", "week", "weeks"),
    "months": ("kk", "kuukausi", "kuukautta", "månad", "månader", "month", "months"),
    "years": ("v", "vuosi", "vuotta", "vuoden", "år", "year", "years"),
}
SESSION_WORDS = (
    "istunto",
    "istunnon",
    "selaimen sulkemiseen",
    "session",
    "sessionen",
    "webbläsaren",
)
DURATION_RE = re.compile(r"^\s*(\d{1,4})\s*([^\W\d_]+)\.?\s*$")


def duration_in_language(text):
    """``text`` (a duration such as "2 viikkoa", "1 år", "session") in the active language,
    or "" when it cannot be read."""
    text = (text or "").strip().lower()
    if not text:
        return ""
    if any(word in text for word in SESSION_WORDS):
        return _("until the browser is closed")
    match = DURATION_RE.match(text)
    if not match:
        return ""
    count, word = int(match.group(1)), match.group(2)
    unit = next((unit for unit, words in UNITS.items() if word in words), None)
    forms = {
        "minutes": ngettext("%(count)s minute", "%(count)s minutes", count),
        "hours": ngettext("%(count)s hour", "%(count)s hours", count),
        "days": ngettext("%(count)s day", "%(count)s days", count),
        "weeks": ngettext("%(count)s week", "%(count)s weeks", count),
        "months": ngettext("%(count)s month", "%(count)s months", count),
        "years": ngettext("%(count)s year", "%(count)s years", count),
    }
    return forms[unit] % {"count": count} if unit else ""


def _plain(category):
    return {
        "key": (category.get("key") or "").strip(),
        "name": category.get("name") or "",
        "description": category.get("description") or "",
        "necessary": bool(category.get("necessary")),
        "untranslated": False,
        "cookies": [
            {
                "name": (cookie.get("name") or "").strip(),
                "provider": cookie.get("provider") or "",
                "purpose": cookie.get("purpose") or "",
                "duration": cookie.get("duration") or "",
                "untranslated": False,
            }
            for cookie in category.get("cookies") or []
            if (cookie.get("name") or "").strip()
        ],
    }


def _missing_cookie(cookie):
    return {
        **cookie,
        "purpose": _("Not yet described in this language."),
        "duration": duration_in_language(cookie["duration"])
        or _("Not yet given in this language."),
        "untranslated": True,
    }


def localised_categories(source, translation):
    """The cookie categories of the notice ``source`` (the canonical one) in the words of its
    translation ``translation`` (another notice page; the same page or None gives ``source``'s
    own words): plain dicts ``{key, name, description, necessary, untranslated, cookies:
    [{name, provider, purpose, duration, untranslated}]}`` in the source's order; what the
    translation lacks is marked ``untranslated``, what only the translation has comes last.
    """
    ours = [_plain(category) for category in source.cookie_categories]
    if translation is None or translation.pk == source.pk:
        return ours
    theirs = {c["key"]: c for c in map(_plain, translation.cookie_categories) if c["key"]}
    result = []
    for category in ours:
        translated = theirs.pop(category["key"], None)
        if translated is None:
            cookies = [_missing_cookie(cookie) for cookie in category["cookies"]]
            result.append(
                {
                    **category,
                    # The key is the one name the category has in every language.
                    "name": category["key"],
                    "description": _("Not yet described in this language."),
                    "untranslated": True,
                    "cookies": cookies,
                }
            )
            continue
        their_cookies = {cookie["name"]: cookie for cookie in translated["cookies"]}
        cookies = []
        for cookie in category["cookies"]:
            match = their_cookies.pop(cookie["name"], None)
            cookies.append(match if match is not None else _missing_cookie(cookie))
        # What only the translation declares stays: it is the notice's own text (the
        # translations check warns about it).
        cookies.extend(their_cookies.values())
        result.append({**translated, "necessary": category["necessary"], "cookies": cookies})
    result.extend(theirs.values())
    return result
