"""Lines of an old notice: whitespace, bullets and the plain-text form of a section's body.

The notice format's section ``text`` is plain text with paragraphs apart by a blank line and
list items as lines starting "- " (``notice_json.text_to_html``).
"""

import re
from dataclasses import dataclass

from django.utils.html import escape

from .headings import heading_kind, split_marker

# Bullets that word processors and web pages leave in copied text.
BULLET_RE = re.compile(r"^(?!\*\*)(?:[•·▪▫◦●○■□‣⁃∙*–—-]|o(?=\s))\s*(?=\S)")


_SPACES_RE = re.compile(r"\s+")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+|\s+#+$")
_INDENT_RE = re.compile(r"^[ \t\u00a0]{2,}")


def normalise(value):
    """Whitespace-normalised text: non-breaking and repeated spaces become one space."""
    return _SPACES_RE.sub(" ", value or "").strip()


@dataclass
class Line:
    """One non-empty input line: its text, its position and whether a blank line precedes it."""

    text: str
    number: int
    indented: bool = False
    after_blank: bool = True
    raw: str = ""  # as written, tabs kept: a table row copied from a web page

    @property
    def cells(self):
        """The cells of a table row ("a | b | c", tab- or semicolon-separated), else []."""
        raw = (self.raw or self.text).strip().strip("|")
        for separator in ("\t", "|", ";"):
            cells = [cell.strip() for cell in raw.split(separator)]
            if len(cells) >= 3 and sum(bool(cell) for cell in cells) >= 3:
                if separator == ";" and any(len(cell.split()) > 8 for cell in cells):
                    return []  # sentences joined by semicolons
                return cells
        return []

    @property
    def bullet(self):
        return bool(BULLET_RE.match(self.text)) and not re.match(r"^-?\d", self.text)

    @property
    def item(self):
        """The text without its bullet."""
        return BULLET_RE.sub("", self.text, count=1) if self.bullet else self.text


def split_lines(text):
    """The non-empty lines of ``text``, each knowing whether a blank line came before it."""
    lines = []
    blank = True
    text = (text or "").replace("\ufeff", "")  # a byte-order mark left by Windows editors
    for number, raw in enumerate(text.splitlines(), start=1):
        value = normalise(raw)
        tab_cells = [normalise(cell) for cell in raw.strip().split("\t")]
        if sum(bool(cell) for cell in tab_cells) >= 2:
            # A row of a table copied from a web page or a spreadsheet: its tabs part columns,
            # written as the notice format's table cells ("a | b | c") so that a row's cells
            # are not read as one sentence running across the columns.
            value = " | ".join(cell for cell in tab_cells if cell)
        # A heading as markdown writes it ("## Säilytysaika"): its marks are no words of it.
        value = _MARKDOWN_HEADING.sub("", value)
        if not value:
            blank = True
            continue
        indented = bool(_INDENT_RE.match(raw))
        lines.append(Line(value, number, indented=indented, after_blank=blank, raw=raw.strip()))
        blank = False
    return unwrap(lines)


# A hard-wrapped line (a notice copied from a PDF, an e-mail or a fixed-width editor) ends
# without a stop and goes on in the next line, which starts with a small letter or follows a
# comma or a word that cannot end a sentence. Read apart, each half is a sentence of its own
# and neither says what the whole does ("Asiakastietoja säilytetään kaksi vuotta" / "viimeisen
# käynnin jälkeen").
_JOIN_MAX = 3000  # characters: a long sentence of a notice is a few hundred
_WRAP_MIN = 45  # a wrapped line is long; a short one without a stop is an item or a heading
_ENDS_SENTENCE = re.compile(r"[.!?:;]$")
_ENDS_OPEN = re.compile(
    r"(?:,|\b(?:ja|tai|sekä|eli|että|jos|kun|kuin|joka|jotka|mutta|vaan|och|eller|samt|som|att|"
    r"om|när|men|utan|av|för|till|med|på|i|and|or|of|to|the|for|with))$",
    re.I,
)
# The start of a list item without a bullet ("a) …", "2. …") or a row of label and value
# ("fakturor: sex år", "Laskut – kirjanpito"): a line of its own even when it starts small.
_ITEM_START = re.compile(r"^(?:\(?[a-zåäö\d]{1,2}[.)]\s|\S+_\S*)")
_LABELLED = re.compile(r"^[^.!?]{1,40}?(?:\s[–—-]\s|:\s)")
_CITATION_CUT = re.compile(r"(?:\b(?:art|artikla[n]?|artikel|kohta|kohdan|mom|nr|no)\.?|§)$", re.I)
_ADDRESS_START = re.compile(r"^(?:\S+@\S+|\S+\s*[\[(]at[\])]|https?://|www\.)", re.I)
# A contact row ("puh. 040 123 4567", "tfn 050 …", "s-posti: …"): a line of its own.
_CONTACT_ROW = re.compile(
    r"^(?:puh|puhelin|p|tel|tfn|telefon|gsm|mob|mobil|email|e-mail|sähköposti|s-posti|e-post)"
    r"\b\.?\s*:?\s*[\d+(\w]",
    re.I,
)
_DASH = re.compile(r"\s[–—-]\s")
_COORDINATED = re.compile(r"^(?:ja|tai|sekä|och|eller|samt)\b", re.I)


def _continues(previous, last, line, first):
    """Whether ``line`` goes on with ``previous``, read at ``last`` (the physical line that
    ends it so far: a joined paragraph is never searched whole, so joining stays linear)."""
    if line.after_blank or line.bullet or line.cells or previous.cells:
        return False
    if previous.bullet and line.indented and not _ITEM_START.match(line.text):
        return True  # a list item's indented second line (not a numbered line of its own)
    if (
        line.indented
        and line.text.startswith("(")
        and _ITEM_START.match(previous.text)
        and not heading_kind(split_marker(previous.text)[2])
    ):
        # (round 30) a numbered item's indented remark: "1. Tidsbokning och sms-bekräftelser"
        # / "   (avtal, art. 6.1 b)" gives the item its basis, as a bullet's second line does
        return True
    if _CITATION_CUT.search(last) and line.text[:1].isdigit() and not _ITEM_START.match(line.text):
        return True  # "(art." + "6.1 b)"
    if len(last) < _WRAP_MIN and not (previous.bullet and line.indented):
        return False
    text = line.text
    if _ADDRESS_START.match(text) or (_CONTACT_ROW.match(text) and re.search(r"\d{3}", text)):
        return False  # an e-mail or web address, or a phone number, on a line of its own
    if (
        previous.text is last
        and len(last.split()) <= 8
        and (previous is first or last.isupper() or heading_kind(split_marker(last)[2]))
    ):
        return False  # a title or a heading ("8. Tietojen siirto EU:n ulkopuolelle")
    if _ENDS_SENTENCE.search(last) or _ITEM_START.match(text) or _LABELLED.match(text):
        return False
    if len(_DASH.findall(last)) >= 2 or (_DASH.search(last) and _DASH.search(text)):
        return False  # rows of a table written with dashes ("valmennustiedot — vuoden ajan")
    return text[0].islower() or bool(_ENDS_OPEN.search(last[-12:]))


def unwrap(lines):
    """``lines`` with each hard-wrapped paragraph or list item joined back into one line."""
    joined, parts, last = [], [], ""

    def close():
        if joined and len(parts) > 1:
            joined[-1].text = "".join(p for p, _raw in parts)
            joined[-1].raw = "".join(raw for _p, raw in parts)

    length = 0
    for line in lines:
        # No sentence of a notice runs for pages: past _JOIN_MAX characters a "paragraph" with
        # no stop is a list or a paste gone wrong, and its lines stay apart (the check reads a
        # sentence at a time, so one endless sentence would cost it time for nothing).
        if (
            joined
            and length + len(line.text) <= _JOIN_MAX
            and _continues(joined[-1], last, line, joined[0])
        ):
            word = line.text.split(" ", 1)[0]
            # "tieto-" + "suoja" is one word; "asiakas-" + "ja ajanvarausrekisteri" is not.
            glue = "" if re.search(r"\w-$", last) and not _COORDINATED.match(word) else " "
            parts.append((glue + line.text, glue + line.raw))
            last = line.text
            length += len(line.text) + 1
            continue
        close()
        joined.append(line)
        parts = [(line.text, line.raw)]
        last = line.text
        length = len(line.text)
    close()
    return joined


def to_text(lines):
    """The ``text`` of a section: paragraphs apart by a blank line, bullets as "- " items.

    Consecutive list items make one list even when the source left blank lines between them.
    """
    paragraphs = []
    current = []
    current_is_list = False

    def flush():
        if current:
            paragraphs.append("\n".join(current))
            current.clear()

    for line in lines:
        is_item = line.bullet
        if is_item:
            if not (current and current_is_list):
                flush()
            current.append("- " + line.item)
            current_is_list = True
            continue
        if line.after_blank or current_is_list:
            flush()
        current.append(line.text)
        current_is_list = False
    flush()
    return "\n\n".join(paragraphs)


# Formatting a plain text can carry: **bold** (or __bold__) and [links](https://…) as markdown
# writes them, and bare web addresses.
BOLD_RE = re.compile(r"(\*\*|__)(?=\S)(?P<text>.+?)(?<=\S)\1")
MARKDOWN_LINK_RE = re.compile(
    r"\[(?P<label>[^\]\n]{1,200})\]\((?P<url>https?://[^\s)]+|mailto:[^\s)]+)\)"
)
URL_RE = re.compile(
    r"(?<![\w@/\"=])(?P<url>(?:https?://|www\.)[\w.-]+\.[a-z]{2,}(?:/[^\s<>()\"]*)?)", re.I
)


def has_formatting(lines):
    """Whether any line has bold, a markdown link or a web address to keep as rich text."""
    return any(
        BOLD_RE.search(line.text) or MARKDOWN_LINK_RE.search(line.text) or URL_RE.search(line.text)
        for line in lines
    )


def _inline_html(text):
    """One line as rich text: escaped, with bold and links."""
    links = []

    def keep(match):
        links.append((match.group("label"), match.group("url")))
        return f"\x00{len(links) - 1}\x00"

    text = MARKDOWN_LINK_RE.sub(keep, text)
    html = escape(text)
    html = BOLD_RE.sub(lambda match: f"<b>{match.group('text')}</b>", html)

    def link(match):
        url = match.group("url")
        href = url if url.lower().startswith("http") else "https://" + url
        trail = ""
        while href[-1] in ".,;:":
            href, url, trail = href[:-1], url[:-1], href[-1] + trail
        return f'<a href="{href}">{url}</a>{trail}'

    html = URL_RE.sub(link, html)

    def placed(match):
        label, url = links[int(match.group(1))]
        return f'<a href="{escape(url)}">{escape(label)}</a>'

    return re.sub("\x00(\\d+)\x00", placed, html)


def to_html(lines):
    """The rich text of a section: paragraphs, bullet lists, bold and links (``to_text``'s
    shape, with the formatting the plain ``text`` cannot carry)."""
    html = []
    paragraph, items = [], []

    def flush():
        if paragraph:
            html.append("<p>" + "<br/>".join(paragraph) + "</p>")
            paragraph.clear()
        if items:
            html.append("<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")
            items.clear()

    for line in lines:
        if line.bullet:
            if paragraph:
                flush()
            items.append(_inline_html(line.item))
            continue
        if line.after_blank or items:
            flush()
        paragraph.append(_inline_html(line.text))
    flush()
    return "".join(html)
