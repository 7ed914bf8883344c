"""Cookies named in an old notice's cookie section: name, provider, purpose and duration.

Laki sähköisen viestinnän palveluista 917/2014, 205 § and Traficom's guidance ask for each
cookie's purpose and duration; old notices list them as lines such as
"_ga (Google Analytics): kävijätilastot, 2 vuotta". Each such line becomes a declaration in a
category guessed from the surrounding text or the cookie's well-known name.
"""

import re

from django.utils.translation import gettext as _

from .headings import fold

NAME_RE = re.compile(r"^(?P<name>_{0,2}[A-Za-z][\w\-.]*|_{1,2}[\w\-.]+)(?=$|[\s:(,–—|-])")
KNOWN_NAMES = {
    "sessionid": "necessary",
    "csrftoken": "necessary",
    "cookie_consent": "necessary",
    "phpsessid": "necessary",
    "__cf_bm": "necessary",
    "_ga": "analytics",
    "_gid": "analytics",
    "_gat": "analytics",
    "_hjid": "analytics",
    "_fbp": "marketing",
    "_fbc": "marketing",
    "fr": "marketing",
    "ide": "marketing",
    "nid": "marketing",
    "_gcl_au": "marketing",
}
CATEGORY_WORDS = [
    ("necessary", re.compile(r"valttamat|tekniset|toiminnan kannalta")),
    ("analytics", re.compile(r"analytiik|tilasto|analysoin")),
    ("marketing", re.compile(r"markkinoin|mainon|mainos|kohdenn")),
    ("preferences", re.compile(r"toiminnalli|asetus|mieltym|kieliasetu")),
]
DURATION_RE = re.compile(
    r"\d+\s*(?:vuo(?:si|tta|den|deksi)|v\.|kuukau(?:si|tta|den|deksi)|kk|päivä(?:ä|n|ksi)?|"
    r"vrk|viikko(?:a)?|viikon|viikoksi|tunti(?:a)?|tunnin|minuutti(?:a)?|min)\b\.?"
    r"|istunnon (?:ajan|päättymiseen(?: asti| saakka)?)|istunto|session ajan|pysyvä",
    re.IGNORECASE,
)
PROVIDER_RE = re.compile(
    r"^(?:google\b.*|meta\b.*|facebook\b.*|microsoft\b.*|hotjar\b.*|linkedin\b.*|"
    r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}|oma sivusto|sivusto itse|"
    r"ensimmäisen osapuolen.*|kolmannen osapuolen.*)$",
    re.IGNORECASE,
)
PART_SPLIT_RE = re.compile(r"\s*[:;|()]\s*|\s*,\s+|\s+[–—-]\s+")


def category_names():
    return {
        "necessary": _("Necessary cookies"),
        "analytics": _("Analytics cookies"),
        "marketing": _("Marketing cookies"),
        "preferences": _("Preference cookies"),
        "other": _("Other cookies"),
    }


def _known_category(name):
    name = name.lower()
    if name in KNOWN_NAMES:
        return KNOWN_NAMES[name]
    for prefix, key in (("_ga_", "analytics"), ("_hj", "analytics"), ("_fb", "marketing")):
        if name.startswith(prefix):
            return key
    return None


def _category_of(text):
    folded = fold(text)
    for key, pattern in CATEGORY_WORDS:
        if pattern.search(folded):
            return key
    return None


def _cookie_name(text):
    match = NAME_RE.match(text)
    if not match:
        return None
    name = match.group("name").rstrip(".-")
    if name.lower() in KNOWN_NAMES or "_" in name:
        return name
    return None


def parse_cookie(text):
    """A declaration from "_ga (Google): kävijätilastot, 2 vuotta", or None."""
    name = _cookie_name(text)
    if not name:
        return None
    provider, duration, purpose = "", "", []
    for part in PART_SPLIT_RE.split(text[len(name) :]):
        part = part.strip(" .,")
        if not part:
            continue
        match = DURATION_RE.search(part)
        if match and not duration:
            duration = match.group(0).strip().rstrip(".")
            rest = (part[: match.start()] + part[match.end() :]).strip(" ,")
            if rest:
                purpose.append(rest)
        elif not provider and PROVIDER_RE.match(part):
            provider = part
        else:
            purpose.append(part)
    return {"name": name, "provider": provider, "purpose": ", ".join(purpose), "duration": duration}


def read_cookies(lines):
    """(categories, cookies, line numbers used) of a cookie section's body."""
    cookies = []
    used = set()
    context = None  # the category the text last talked about: "Analytiikkaevästeet:"
    for line in lines:
        cookie = parse_cookie(line.item)
        if cookie is None:
            context = _category_of(line.item) or context
            continue
        key = (
            _category_of(cookie["purpose"]) or context or _known_category(cookie["name"]) or "other"
        )
        cookies.append({"category": key, **cookie})
        used.add(line.number)
    names = category_names()
    keys = list(dict.fromkeys(cookie["category"] for cookie in cookies))
    categories = [
        {"key": key, "name": str(names[key]), "description": "", "necessary": key == "necessary"}
        for key in keys
    ]
    return categories, cookies, used
