"""Cookies named in an old notice's cookie section: name, provider, purpose, duration, category.

Laki sähköisen viestinnän palveluista 917/2014, 205 § and Traficom's guidance ask for each
cookie's purpose and duration. Old notices name them in four ways, all read here:

- list lines: "_ga (Google): kävijätilastot, 2 vuotta";
- tables copied from a web page: "| _ga | Google | Kävijätilastot | 2 vuotta |", tab- or
  semicolon-separated, with or without a header row ("Nimi | Tarjoaja | Tarkoitus | Kesto");
- labelled blocks: "Nimi: _ga" / "Tarjoaja: Google" / "Kesto: 2 vuotta";
- prose: "Käytämme Matomo-analytiikkaa (_pk_id, 13 kk)", "Vi använder kakan _ga (2 år)".

A cookie takes the category the text gives it: a category column or label ("Tyyppi:
välttämätön"), or the category line its list stands under ("Välttämättömät evästeet:"). The
text is read as it is, even when it is wrong (``_ga`` listed as necessary): the completeness
check then tells the owner (tracker-in-necessary) instead of the error disappearing silently.
A sentence that calls its cookies necessary and names no other category declares them so.
Where the text gives no category of its own (a sentence, a list without one), a known analytics
or marketing cookie takes its category from the tracker table the completeness check uses
(``known_services.tracker``), and other cookies the category the text last spoke of.
"""

import re

from django.utils.translation import gettext as _

from ..known_services import tracker
from .headings import fold

# Cookies a site sets for itself to work (917/2014 205 § 3 mom: no consent needed).
NECESSARY_NAMES = {
    "sessionid",
    "csrftoken",
    "cookie_consent",
    "phpsessid",
    "jsessionid",
    "asp.net_sessionid",
    "__cf_bm",
    "cf_clearance",
    "wordpress_test_cookie",
    "woocommerce_cart_hash",
    "django_language",
}
# First-party cookies of common platforms that set preferences, not tracking.
PREFERENCE_PREFIXES = ("wp-settings", "pll_language", "django_language", "wp_lang")
NAME_RE = re.compile(r"^(?P<name>_{0,2}[A-Za-z][\w\-.]*|_{1,2}[\w\-.]+)(?=$|[\s:(,–—|-])")
# A cookie's name inside a sentence: has an underscore, or is a name we know.
PROSE_NAME_RE = re.compile(
    r"(?<![\w@/.\-])(_{0,2}[A-Za-z][\w\-]*[\w]|_{1,2}[\w]+)(?![\w@/\-]|\.\w)"
)
CATEGORY_WORDS = [
    ("necessary", re.compile(r"valttamat|tekniset|toiminnan kannalta|nodvandig|strikt")),
    ("analytics", re.compile(r"analytiik|tilasto|analysoin|statistik|analys")),
    ("marketing", re.compile(r"markkinoin|mainon|mainos|kohdenn|marknadsforing|annons|riktad")),
    ("preferences", re.compile(r"toiminnalli|asetus|mieltym|kieliasetu|installning|preferens")),
]
DURATION_RE = re.compile(
    r"(?:(?<!\d)\d{1,4}|yksi|yhden|kaksi|kahden|kolme|kolmen|kuusi|kuuden|kaksitoista|kahdentoista|"
    r"ett|en|två|tre|sex|tolv)\s*(?:vuo(?:si|tta|den|deksi)|v\.|kuukau(?:si|tta|den|deksi)|kk|päivä(?:ä|n|ksi)?|"
    r"vrk|viikko(?:a)?|viikon|viikoksi|tunti(?:a)?|tunnin|minuutti(?:a)?|min|sekunti(?:a)?|"
    r"år|månad(?:er)?|mån|dag(?:ar)?|dygn|veck(?:a|or)|timm(?:e|ar)|minut(?:er)?|sekund(?:er)?|"
    r"years?|months?|days?|hours?|minutes?)\b\.?"
    r"|istunnon (?:ajan|päättymiseen(?: asti| saakka)?)|istunto|session ajan|pysyvä"
    r"|kun (?:suljet|selain suljetaan)[\w ]{0,20}|sessionens (?:längd|slut)|sessionen|session",
    re.IGNORECASE,
)
PROVIDER_RE = re.compile(
    r"^(?:google\b.*|meta\b.*|facebook\b.*|microsoft\b.*|hotjar\b.*|linkedin\b.*|matomo\b.*|"
    r"youtube\b.*|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}|oma sivusto|sivusto itse|"
    r"ensimmäisen osapuolen.*|kolmannen osapuolen.*)$",
    re.IGNORECASE,
)
PART_SPLIT_RE = re.compile(r"\s*[:;|()]\s*|\s*,\s+|\s+[–—-]\s+")
# Column headers of a cookie table and labels of a labelled block, folded.
COLUMNS = [
    (
        "name",
        re.compile(r"^(nimi|evaste|evasteen nimi|cookie|cookien nimi|kaka|kakans namn|namn|name)$"),
    ),
    (
        "provider",
        re.compile(
            r"tarjoaja|toimittaja|asettaja|leverantor|provider|domain|verkkotunnus|utfardare"
        ),
    ),
    ("purpose", re.compile(r"tarkoitu|kaytto|syfte|andamal|purpose|kuvaus|beskrivning")),
    (
        "duration",
        re.compile(
            r"kesto|voimassa|sailytysaika|vanhenee|lagringstid|giltighet|varaktighet|duration|expiry"
        ),
    ),
    ("category", re.compile(r"tyyppi|luokka|kategori|typ|category")),
]
LABEL_RE = re.compile(r"^(?P<label>[^\W\d][\w\s-]{1,30}?)\s*:\s*(?P<value>\S.*)$")


def category_names():
    return {
        "necessary": _("Necessary cookies"),
        "analytics": _("Analytics cookies"),
        "marketing": _("Marketing cookies"),
        "preferences": _("Preference cookies"),
        "other": _("Other cookies"),
    }


def _category_of(text):
    folded = fold(text)
    for key, pattern in CATEGORY_WORDS:
        if pattern.search(folded):
            return key
    return None


def _is_cookie_name(name, prose=False):
    lower = name.lower()
    if lower in NECESSARY_NAMES:
        return True
    if prose and len(lower) < 3:
        return False  # "fr" is Meta's cookie and also an abbreviation
    if tracker(lower) is not None or lower.startswith(PREFERENCE_PREFIXES):
        return True
    return "_" in name and re.search(r"[a-z]", lower) is not None


def _column(header):
    folded = fold(header)
    for field, pattern in COLUMNS:
        if pattern.search(folded):
            return field
    return None


def _category_label(text):
    """The category a line such as "Välttämättömät evästeet:" or "Analytiikka" names, else None:
    a short line that is a label, not a sentence."""
    # "Välttämättömät evästeet (eivät vaadi suostumusta):": a bracketed aside is no part of
    # the label's length.
    text = re.sub(r"\([^()]*\)", " ", text).strip()
    if len(text.split()) > 4 or re.search(r"[.!?]$", text):
        return None
    return _category_of(text)


def _finish(cookie, context, declared=None):
    """The declaration with its category and provider filled as far as we know them.

    ``declared`` is the category of the label the cookie's list stands under.
    """
    known = tracker(cookie["name"])
    stated = _category_of(cookie.get("category_text", "")) or declared
    if known is not None:
        category, provider = known
        cookie["provider"] = cookie.get("provider") or provider
        # What the text declares stands, so the check can tell the owner when it is wrong.
        category = stated or category
    elif cookie["name"].lower() in NECESSARY_NAMES:
        category = "necessary"
    elif cookie["name"].lower().startswith(PREFERENCE_PREFIXES):
        category = "preferences"
    else:
        category = (
            _category_of(cookie.get("category_text", ""))
            or _category_of(cookie.get("purpose", ""))
            or context
            or "other"
        )
    return {
        "category": category,
        "name": cookie["name"],
        "provider": cookie.get("provider", "")[:200],
        "purpose": cookie.get("purpose", "")[:500],
        "duration": cookie.get("duration", "")[:200],
    }


def parse_cookie(text):
    """A declaration from "_ga (Google): kävijätilastot, 2 vuotta", or None."""
    match = NAME_RE.match(text)
    if not match:
        return None
    name = match.group("name").rstrip(".-")
    if not _is_cookie_name(name):
        return None
    provider, duration, purpose, category_text = "", "", [], ""
    first = True
    for part in PART_SPLIT_RE.split(text[len(name) :]):
        part = part.strip(" .,")
        if not part:
            continue
        # "_fbp – välttämätön – Meta-pikselin mainosseuranta – 3 kuukautta": a category word
        # right after the name is the category the text declares, a column of a table written
        # as a line (read as it is, right or wrong: the check tells the owner).
        if first and len(part.split()) <= 2 and _category_label(part):
            category_text, first = part, False
            continue
        first = False
        found = DURATION_RE.search(part)
        if found and not duration:
            duration = found.group(0).strip().rstrip(".")
            rest = (part[: found.start()] + part[found.end() :]).strip(" ,")
            if rest:
                purpose.append(rest)
        elif not provider and PROVIDER_RE.match(part):
            provider = part
        else:
            purpose.append(part)
    cookie = {
        "name": name,
        "provider": provider,
        "purpose": ", ".join(purpose),
        "duration": duration,
    }
    if category_text:
        cookie["category_text"] = category_text
    return cookie


# Words that deny or set apart the necessary category just before it: "ei välttämätön",
# "muut kuin välttämättömät", "andra än nödvändiga", "inte nödvändiga".
_NOT_NECESSARY_BEFORE = {"ei", "eivat", "eika", "kuin", "inte", "ej", "an", "not", "non", "than"}


def _declared_necessary(sentence):
    """ "necessary" when a sentence naming a cookie calls it necessary and names no other
    category ("Sivusto asettaa ainoastaan teknisesti välttämättömiä evästeitä (esim. _ga)"), else
    None. The text's word stands over the tracker table, so the check can tell the owner that a
    tracker is no necessary cookie (917/2014 §205)."""
    folded = fold(sentence)
    named = {key for key, pattern in CATEGORY_WORDS if pattern.search(folded)}
    if named != {"necessary"}:
        return None
    match = CATEGORY_WORDS[0][1].search(folded)
    before = re.findall(r"\w+", folded[: match.start()])[-3:]
    return None if set(before) & _NOT_NECESSARY_BEFORE else "necessary"


def prose_cookies(text):
    """The cookies a sentence names, each with the duration written after it."""
    found = []
    matches = [
        match for match in PROSE_NAME_RE.finditer(text) if _is_cookie_name(match.group(1), True)
    ]
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        sentence_end = re.search(r"[.!?](?:\s|$)", text[match.end() : end])
        if sentence_end:
            end = match.end() + sentence_end.start()
        duration = DURATION_RE.search(text, match.end(), end)
        found.append(
            {
                "name": match.group(1),
                "duration": duration.group(0).strip().rstrip(".") if duration else "",
                "purpose": _sentence_around(text, match.start()),
            }
        )
    return found


# A full stop that ends an abbreviation ends no sentence: "(esim. _ga, 2 vuotta)".
_SENTENCE_END = re.compile(r"(?<!\besim)(?<!\bmm)(?<!\bks)(?<!\bt\.ex)(?<!\bbl\.a)(?<!\be\.g)\. ")


def _sentence_around(text, position):
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, position)]
    start = ends[-1] if ends else 0
    end = _SENTENCE_END.search(text, position)
    return text[start : end.start() + 1 if end else len(text)].strip()


def _row(cells, columns):
    if columns:
        cookie = {}
        for cell, field in zip(cells, columns, strict=False):
            if field == "category":
                cookie["category_text"] = cell
            elif field:
                cookie[field] = cell
    else:  # no header: name, provider, purpose, duration
        cookie = dict(zip(("name", "provider", "purpose", "duration"), cells, strict=False))
    name = (cookie.get("name") or "").strip("` ")
    if not name or not re.fullmatch(r"[\w.\-*]+", name):
        return None
    cookie["name"] = name
    return cookie


def read_cookies(lines):
    """(categories, cookies, line numbers used) of a cookie section's body.

    A line leaves the section's text only when all of it went into a declaration (a list line,
    a table row, a labelled block); a sentence naming cookies stays in the text.
    """
    cookies = []
    used = set()
    context = None  # the category the text last talked about: "Analytiikkaevästeet:"
    declared = None  # the category of the label line the current list stands under
    columns = None  # the columns of the table being read
    block, block_lines = None, set()

    def flush_block():
        nonlocal block, block_lines
        if block and block.get("name"):
            cookies.append((_finish(block, context, declared), frozenset(block_lines)))
        block, block_lines = None, set()

    for line in lines:
        cells = line.cells
        if cells:
            flush_block()
            header = [_column(cell) for cell in cells]
            if header[0] == "name" and sum(field is not None for field in header) >= 2:
                columns = header
                continue
            cookie = _row(cells, columns)
            if cookie and (columns or _is_cookie_name(cookie["name"])):
                cookies.append((_finish(cookie, context, declared), frozenset({line.number})))
            continue
        columns = None
        label = LABEL_RE.match(line.item)
        field = _column(label.group("label")) if label else None
        if field == "name" and _is_cookie_name(label.group("value").strip(), prose=True):
            flush_block()
            block, block_lines = {"name": label.group("value").strip()}, {line.number}
            continue
        if field and block is not None and field not in block:
            block["category_text" if field == "category" else field] = label.group("value")
            block_lines.add(line.number)
            continue
        flush_block()
        cookie = parse_cookie(line.item)
        if cookie is not None:
            cookies.append((_finish(cookie, context, declared), frozenset({line.number})))
            continue
        # A row of the list whose name is not one we know ("ostoskori – ostoskorin sisältö –
        # 7 vrk") keeps the list under its label; any other line ends it.
        row_shaped = bool(re.search(r"\s[–—-]\s", line.item) and DURATION_RE.search(line.item))
        label = _category_label(line.item)
        if label is None and line.item.rstrip().endswith(":"):
            # (round 26) a sentence that calls the list after it necessary: "Webbplatsen
            # använder endast nödvändiga kakor:" declares every cookie listed under it so
            label = _declared_necessary(line.item)
        declared = label or (declared if row_shaped else None)
        sentence_context = _category_of(line.item)
        for cookie in prose_cookies(line.item):
            said = _declared_necessary(cookie["purpose"])
            cookies.append((_finish(cookie, sentence_context or context, said), frozenset()))
        context = sentence_context or context
    flush_block()

    # A cookie named twice (in a sentence and a table) is declared once.
    # A cookie named twice (in a sentence and a table) is declared once: from the table, list
    # or block line, which then leaves the text; a sentence stays in the text anyway.
    unique = {}
    for cookie, lines_used in cookies:
        key = cookie["name"].lower()
        held = unique.get(key)
        if held is None or (lines_used and not held[1]):
            unique[key] = (cookie, lines_used)
        elif not held[1] and not held[0]["duration"] and cookie["duration"]:
            unique[key] = (cookie, lines_used)
    for _cookie, lines_used in unique.values():
        used.update(lines_used)
    cookies = [cookie for cookie, _lines in unique.values()]
    return categories_of(cookies), cookies, used


def categories_of(cookies):
    """The cookie section's categories for the declared cookies, in the order first named."""
    names = category_names()
    keys = list(dict.fromkeys(cookie["category"] for cookie in cookies))
    return [
        {"key": key, "name": str(names[key]), "description": "", "necessary": key == "necessary"}
        for key in keys
    ]
