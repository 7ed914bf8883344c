"""The notice as JSON: the ``wagtail-seloste/1`` format (docs/json-format.md).

``notice_to_dict`` reads a page, ``create_notice`` writes one, and everything that checks,
imports or compares notices works on the dict, so a page and a JSON file are checked alike.
Export → import → export gives the same JSON.
"""

import datetime
import json
import re
from html import unescape
from html.parser import HTMLParser

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext as _
from wagtail import blocks

from . import providers
from .blocks import PROVIDED_LISTS
from .sections import SECTION_KINDS, default_heading

SCHEMA = "wagtail-seloste/1"
CONTROLLER_FIELDS = {
    # JSON key: page field
    "name": "controller_name",
    "business_id": "business_id",
    "address": "street_address",
    "postal_code": "postal_code",
    "city": "city",
    "email": "email",
    "phone": "phone",
    "website": "website",
}
COOKIE_FIELDS = ("name", "provider", "purpose", "duration")


class NoticeFormatError(ValueError):
    """The JSON is not a notice this version can read; the message says what to fix."""


# Limits -----------------------------------------------------------------------------------------
# An old notice is a few pages of text; these are far above any real one and keep a malformed or
# hostile file from holding a request or a command for long (issue 14).

MAX_TEXT_BYTES = 512 * 1024  # a plain-text notice, as uploaded or read by the commands
MAX_JSON_BYTES = 2 * 1024 * 1024  # a notice JSON file (the text plus its structure)
MAX_LINE_CHARS = 20_000  # one line of a plain-text notice (a long paragraph is ~3,000)
MAX_DEPTH = 8  # a notice nests five levels deep: notice › sections › section › list › item
MAX_ITEMS = 1000  # sections, cookies, or entries of one list
MAX_STRING_CHARS = 2 * MAX_TEXT_BYTES  # a section's text or html: a whole notice may be one section
MAX_SHORT_CHARS = 1000  # a heading, a cookie's name, a rule's data … (one-line fields)
MAX_INTEGER = 10**6  # a retention period
SCHEMA_RE = re.compile(r"^wagtail-seloste/(?P<version>[0-9]{1,3})$")
READABLE_VERSIONS = ("1",)


def short_repr(value, limit=80):
    """``repr(value)`` cut to ``limit`` characters, for messages about a bad value."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _path_text(path):
    return "".join(f"[{step}]" if isinstance(step, int) else f".{step}" for step in path) or "."


def check_depth(data):
    """Refuse JSON nested deeper than a notice ever is, without recursion."""
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise NoticeFormatError(
                _(
                    "The JSON is nested deeper than a notice (%(depth)s levels). Export the notice "
                    "with seloste_export to see the expected shape."
                )
                % {"depth": MAX_DEPTH}
            )
        if isinstance(value, dict):
            stack.extend((item, depth + 1) for item in value.values())
        elif isinstance(value, list):
            stack.extend((item, depth + 1) for item in value)


def _type_name(value):
    if value is None:
        return "null"
    if isinstance(value, bool):
        return _("true/false")
    if isinstance(value, (int, float)):
        return _("a number")
    if isinstance(value, str):
        return _("text")
    if isinstance(value, list):
        return _("a list")
    return _("an object")


def _fail(path, message):
    raise NoticeFormatError(
        _("%(path)s: %(message)s") % {"path": _path_text(path), "message": message}
    )


def _check_string(value, path, limit, nullable=True):
    if value is None and nullable:
        return
    if not isinstance(value, str):
        _fail(path, _("expected text, got %(type)s.") % {"type": _type_name(value)})
    if len(value) > limit:
        _fail(
            path,
            _("the text is %(length)s characters long; at most %(limit)s fit here. Shorten it.")
            % {"length": len(value), "limit": limit},
        )
    if "\x00" in value:
        _fail(path, _("the text holds a NUL character. Remove it."))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        _fail(path, _("the text holds an invalid character (a lone surrogate). Remove it."))


def _check_list(value, path):
    if value is None:
        return []
    if not isinstance(value, list):
        _fail(path, _("expected a list, got %(type)s.") % {"type": _type_name(value)})
    if len(value) > MAX_ITEMS:
        _fail(path, _("the list has more than %(limit)s entries.") % {"limit": MAX_ITEMS})
    return value


def _check_object(value, path, nullable=True):
    if value is None and nullable:
        return {}
    if not isinstance(value, dict):
        _fail(path, _("expected an object, got %(type)s.") % {"type": _type_name(value)})
    return value


def _check_block(block, value, path):
    """The JSON types a value of ``block`` may have: what ``_json_to_raw`` can convert."""
    if isinstance(block, blocks.ListBlock):
        for index, item in enumerate(_check_list(value, path)):
            _check_block(block.child_block, item, path + (index,))
    elif isinstance(block, blocks.StructBlock):
        value = _check_object(value, path)
        for name, child in block.child_blocks.items():
            if name in value:
                _check_block(child, value[name], path + (name,))
    elif isinstance(block, blocks.BooleanBlock):
        if value is not None and not isinstance(value, bool):
            _fail(path, _("expected true or false, got %(type)s.") % {"type": _type_name(value)})
    elif isinstance(block, blocks.IntegerBlock):
        if value in (None, ""):
            return
        if isinstance(value, bool) or not isinstance(value, int) or abs(value) > MAX_INTEGER:
            _fail(
                path,
                _("expected a whole number up to %(limit)s, got %(type)s.")
                % {"limit": MAX_INTEGER, "type": _type_name(value)},
            )
    elif isinstance(block, (blocks.RichTextBlock, blocks.TextBlock)):
        _check_string(value, path, MAX_STRING_CHARS)
    elif isinstance(block, blocks.DateBlock):
        _check_date(value, path)
    else:
        _check_string(value, path, MAX_SHORT_CHARS)


def _check_date(value, path):
    """A date of the calendar as ISO text (2026-11-22), or nothing: 2026-02-30 is refused here,
    not by the page's date field after the import has begun."""
    if value in (None, ""):
        return
    if isinstance(value, str) and len(value) <= MAX_SHORT_CHARS:
        try:
            datetime.date.fromisoformat(value)
            return
        except ValueError:
            pass
    _fail(
        path,
        _("expected a date of the calendar such as 2026-11-22, got %(value)s.")
        % {"value": short_repr(value)},
    )


def _check_field(value):
    """The optional top-level "field": the business's field (``notice/business.py``)."""
    from .business import FIELD_KEYS

    if value in (None, ""):
        return
    if not isinstance(value, str) or value not in FIELD_KEYS:
        _fail(
            ("field",),
            _("expected one of %(keys)s or null, got %(value)s.")
            % {"keys": ", ".join(FIELD_KEYS), "value": short_repr(value)},
        )


def validate_notice(data):
    """Check the shape of a notice dict before anything is made of it.

    The schema of ``wagtail-seloste/1`` (docs/json-format.md), written out as checks: the
    types of every field, the length of what goes into a database column, the number of
    entries and the depth. Raises ``NoticeFormatError`` naming the first field that is wrong.
    """
    from .models import NoticePage

    check_depth(data)
    if not isinstance(data, dict):
        raise NoticeFormatError(
            _(
                "This is not a wagtail-seloste notice: the file holds %(type)s, not an object with "
                "“schema”, “title” and “sections”."
            )
            % {"type": _type_name(data)}
        )
    schema = data.get("schema")
    match = SCHEMA_RE.match(schema) if isinstance(schema, str) else None
    if match is None:
        raise NoticeFormatError(
            _("This is not a wagtail-seloste notice: “schema” must be “%(schema)s”.")
            % {"schema": SCHEMA}
        )
    if match.group("version") not in READABLE_VERSIONS:
        raise NoticeFormatError(
            _(
                "This notice is in the format %(found)s; this version reads %(schema)s. Update "
                "wagtail-seloste or export the notice again."
            )
            % {"found": schema, "schema": SCHEMA}
        )
    _check_string(data.get("title"), ("title",), NoticePage._meta.get_field("title").max_length)
    _updated_date(data.get("updated"))
    _check_field(data.get("field"))
    controller = _check_object(data.get("controller"), ("controller",))
    for key, field in CONTROLLER_FIELDS.items():
        limit = NoticePage._meta.get_field(field).max_length or MAX_SHORT_CHARS
        _check_string(controller.get(key), ("controller", key), limit)
    stream_block = NoticePage._meta.get_field("sections").stream_block
    for index, section in enumerate(_check_list(data.get("sections"), ("sections",))):
        path = ("sections", index)
        section = _check_object(section, path, nullable=False)
        kind = section.get("kind")
        if not isinstance(kind, str) or kind not in SECTION_KINDS:
            continue  # stream_from_dict names the unknown kind and lists the known ones
        _check_string(section.get("heading"), path + ("heading",), MAX_SHORT_CHARS)
        _check_string(section.get("html"), path + ("html",), MAX_STRING_CHARS)
        _check_block(stream_block.child_blocks[kind], section, path)
        if kind in PROVIDED_LISTS:
            key, item_block = PROVIDED_LISTS[kind]
            _check_block(blocks.ListBlock(item_block()), section.get(key), path + (key,))
    for index, cookie in enumerate(_check_list(data.get("cookies"), ("cookies",))):
        path = ("cookies", index)
        cookie = _check_object(cookie, path, nullable=False)
        for key in ("category", *COOKIE_FIELDS):
            _check_string(cookie.get(key), path + (key,), MAX_SHORT_CHARS)
    return data


def read_json(text):
    """A notice dict from JSON text, validated; ``NoticeFormatError`` for anything else."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_JSON_BYTES:
        raise NoticeFormatError(
            _("The file is larger than %(size)s kB; a notice is much smaller. Check the file.")
            % {"size": MAX_JSON_BYTES // 1024}
        )
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise NoticeFormatError(
            _("The file is not valid JSON: %(error)s (line %(line)s, column %(column)s).")
            % {"error": error.msg, "line": error.lineno, "column": error.colno}
        ) from error
    except RecursionError as error:
        raise NoticeFormatError(
            _(
                "The JSON is nested deeper than a notice (%(depth)s levels). Export the notice "
                "with seloste_export to see the expected shape."
            )
            % {"depth": MAX_DEPTH}
        ) from error
    except ValueError as error:
        # A number with thousands of digits (Python refuses to convert it).
        raise NoticeFormatError(
            _("The file holds a number too large to read. Check the numbers in the file.")
        ) from error
    return validate_notice(data)


# Rich text ⇄ plain text -----------------------------------------------------------------------

_BLOCK_TAGS = {"p", "h2", "h3", "h4", "h5", "h6", "li", "div", "blockquote"}


class _TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks = []
        self.current = []
        self.in_list = 0

    def _flush(self):
        text = "".join(self.current).strip()
        if text:
            self.blocks.append(text)
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag in _BLOCK_TAGS:
            self._flush()
            if tag == "li":
                self.current.append("- ")
        elif tag == "br":
            self.current.append("\n")

    def handle_endtag(self, tag):
        if tag in _BLOCK_TAGS:
            self._flush()

    def handle_data(self, data):
        self.current.append(re.sub(r"\s+", " ", data))

    def close(self):
        super().close()
        self._flush()


def html_to_text(html):
    """Plain text of a rich text value: paragraphs apart by a blank line, list items as "- "."""
    parser = _TextExtractor()
    parser.feed(str(html or ""))
    parser.close()
    paragraphs = []
    for block in parser.blocks:
        lines = [line.strip() for line in block.split("\n")]
        text = "\n".join(line for line in lines if line)
        if text.startswith("- ") and paragraphs and paragraphs[-1].startswith("- "):
            paragraphs[-1] += "\n" + text  # consecutive list items stay one paragraph
        else:
            paragraphs.append(text)
    return "\n\n".join(paragraphs)


def text_to_html(text):
    """Rich text from plain text: the inverse of ``html_to_text`` for text it produced."""
    html = []
    for paragraph in re.split(r"\n\s*\n", (text or "").strip()):
        lines = [line.strip() for line in paragraph.split("\n") if line.strip()]
        if not lines:
            continue
        if all(line.startswith("- ") for line in lines):
            items = "".join(f"<li>{escape(line[2:].strip())}</li>" for line in lines)
            html.append(f"<ul>{items}</ul>")
        else:
            html.append("<p>" + "<br/>".join(escape(line) for line in lines) + "</p>")
    return "".join(html)


# Formatting the plain text loses: bold, italics, links, numbered lists and sub-headings travel in
# a section's optional "html" (docs/json-format.md), cleaned to what the notice's editor allows.
_FORMATTING_RE = re.compile(r"<(?:b|strong|i|em|a|ol|h3|h4)[\s>]", re.IGNORECASE)
_ALLOWED_TAGS = {
    "p": "p",
    "br": "br",
    "b": "b",
    "strong": "b",
    "i": "i",
    "em": "i",
    "ul": "ul",
    "ol": "ol",
    "li": "li",
    "a": "a",
    "h3": "h3",
    "h4": "h4",
}
_SAFE_HREF_RE = re.compile(r"^(?:https?://|mailto:|tel:)[^\s\"'<>]+$", re.IGNORECASE)


class _Cleaner(HTMLParser):
    """Rebuild rich text with only the allowed tags; links keep a safe ``href`` and no other
    attribute (a link to a page of this site has no meaning on another site)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.open = []

    def handle_starttag(self, tag, attrs):
        name = _ALLOWED_TAGS.get(tag)
        if name == "br":
            self.out.append("<br/>")
        elif name == "a":
            href = dict(attrs).get("href") or ""
            if _SAFE_HREF_RE.match(href):
                self.out.append(f'<a href="{escape(href)}">')
                self.open.append("a")
            else:
                self.open.append(None)
        elif name:
            self.out.append(f"<{name}>")
            self.open.append(name)

    def handle_startendtag(self, tag, attrs):
        if tag == "br":
            self.out.append("<br/>")

    def handle_endtag(self, tag):
        name = _ALLOWED_TAGS.get(tag)
        if not name or name == "br":
            return
        # Close up to the matching open tag, so the result is always well formed.
        if name in self.open or (name == "a" and None in self.open):
            while self.open:
                top = self.open.pop()
                if top:
                    self.out.append(f"</{top}>")
                if top == name or (name == "a" and top is None):
                    break

    def handle_data(self, data):
        self.out.append(escape(data))

    def result(self):
        self.close()
        while self.open:
            top = self.open.pop()
            if top:
                self.out.append(f"</{top}>")
        return "".join(self.out)


def clean_html(html):
    """Rich text reduced to paragraphs, line breaks, bold, italics, lists, links and h3/h4."""
    cleaner = _Cleaner()
    cleaner.feed(str(html or ""))
    return cleaner.result()


def formatted_html(html):
    """The cleaned rich text when it holds formatting the plain text loses, else ""."""
    html = clean_html(html)
    return html if _FORMATTING_RE.search(html) else ""


# Page → dict ---------------------------------------------------------------------------------


def _value_to_json(block, value):
    if isinstance(block, blocks.ListBlock):
        return [_value_to_json(block.child_block, item) for item in value]
    if isinstance(block, blocks.StructBlock):
        return {
            name: _value_to_json(child, value.get(name))
            for name, child in block.child_blocks.items()
            # A static child (where a provided list comes from) holds nothing.
            if not isinstance(child, blocks.StaticBlock)
        }
    if isinstance(block, blocks.RichTextBlock):
        return html_to_text(value.source if value is not None else "")
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def notice_to_dict(page):
    """The notice page as a ``wagtail-seloste/1`` dict, headings in the page's language."""
    with translation.override(page.language_code):
        return _notice_to_dict(page)


def _notice_to_dict(page):
    sections = []
    cookies = []
    site = providers.site_of(page)
    for section in page.numbered_sections:
        block = section["block"]
        data = _value_to_json(block.block, block.value)
        data.pop("heading")
        entry = {
            "kind": block.block_type,
            "heading": str(section["heading"]),
            "text": data.pop("text"),
        }
        source = block.value["text"].source if block.value.get("text") is not None else ""
        html = formatted_html(source)
        if html:
            entry["html"] = html
        if block.block_type == "cookies":
            for category in data["categories"]:
                for cookie in category.pop("cookies"):
                    cookies.append({"category": category["key"], **cookie})
        entry.update(data)
        provider = providers.provider_for(block.block_type)
        if provider is not None:
            # One source: the list is the register's (GDPR Art 13(1)(e)–(f)), so the check and
            # the export read what the page shows.
            entry[provider.key] = provider.items(site) if site is not None else []
        sections.append(entry)
    data = {
        "schema": SCHEMA,
        "title": page.title,
        "updated": page.updated.isoformat() if page.updated else None,
    }
    # The business's field belongs to the site, not the page: the notice dict carries it so
    # the check, an export and a CI run read the same (docs/json-format.md). Absent when the
    # site has none, so a notice of a site without one exports as before.
    business_field = page_site_field(page)
    if business_field:
        data["field"] = business_field
    data.update(
        {
            "controller": {
                key: getattr(page, field) or "" for key, field in CONTROLLER_FIELDS.items()
            },
            "sections": sections,
            "cookies": cookies,
        }
    )
    return data


def page_site_field(page):
    """The business's field of the site ``page`` belongs to, or "" (a page not yet in a site's
    tree, such as a new page being added, has none)."""
    from .business import site_field

    if not page.pk:
        return ""
    return site_field(page.get_site())


# dict → page ---------------------------------------------------------------------------------


def _json_to_raw(block, data):
    """Raw stream data for ``block`` from its JSON form, filling what the JSON leaves out."""
    if isinstance(block, blocks.ListBlock):
        if data in (None, ""):
            return []
        if not isinstance(data, list):
            raise NoticeFormatError(
                _("Expected a list, got %(value)s.") % {"value": short_repr(data)}
            )
        return [_json_to_raw(block.child_block, item) for item in data]
    if isinstance(block, blocks.StructBlock):
        data = data or {}
        if not isinstance(data, dict):
            raise NoticeFormatError(
                _("Expected an object, got %(value)s.") % {"value": short_repr(data)}
            )
        return {
            name: _json_to_raw(child, data.get(name)) for name, child in block.child_blocks.items()
        }
    if isinstance(block, blocks.RichTextBlock):
        return text_to_html(data or "")
    if isinstance(block, blocks.BooleanBlock):
        return bool(data)
    if isinstance(block, blocks.IntegerBlock):
        return data if data not in ("", None) else None
    if data is None:
        return block.get_default() if not isinstance(block, blocks.DateBlock) else None
    return data


def _error_lines(data, path=()):
    """Flatten StreamField's nested error data into "path: message" lines."""
    if isinstance(data, dict):
        lines = []
        for key, value in data.items():
            if key == "messages":
                lines += [": ".join(filter(None, [" › ".join(path), message])) for message in value]
            else:
                step = () if key in ("blockErrors", "errors") else (str(key),)
                lines += _error_lines(value, path + step)
        return lines
    if isinstance(data, list):
        return [line for item in data for line in _error_lines(item, path)]
    return [": ".join(filter(None, [" › ".join(path), str(data)]))]


def _error_text(error, raw):
    """A readable account of a stream validation error, sections named by number and kind."""
    if not hasattr(error, "as_json_data"):
        return "; ".join(error.messages)
    data = error.as_json_data()
    lines = []
    for index, section_errors in (data.get("blockErrors") or {}).items():
        kind = raw[int(index)]["type"]
        lines += [f"{int(index) + 1} ({kind}) › {line}" for line in _error_lines(section_errors)]
    lines += _error_lines({k: v for k, v in data.items() if k != "blockErrors"})
    return "; ".join(lines)


def stream_from_dict(data, stream_block):
    """Validated raw stream data from a notice dict's sections and cookies."""
    cookies_by_category = {}
    for cookie in data.get("cookies") or []:
        if not isinstance(cookie, dict) or not cookie.get("category") or not cookie.get("name"):
            raise NoticeFormatError(
                _("Every cookie needs a “category” and a “name”: %(cookie)s.")
                % {"cookie": short_repr(cookie)}
            )
        cookies_by_category.setdefault(cookie["category"], []).append(
            {field: cookie.get(field) or "" for field in COOKIE_FIELDS}
        )

    raw = []
    for index, section in enumerate(data.get("sections") or [], start=1):
        kind = section.get("kind") if isinstance(section, dict) else None
        if not isinstance(kind, str) or kind not in SECTION_KINDS:
            raise NoticeFormatError(
                _("Section %(number)s has an unknown kind %(kind)s. Use one of: %(kinds)s.")
                % {
                    "number": index,
                    "kind": short_repr(
                        section.get("kind") if isinstance(section, dict) else section
                    ),
                    "kinds": ", ".join(SECTION_KINDS),
                }
            )
        kind = section["kind"]
        block = stream_block.child_blocks[kind]
        value = _json_to_raw(block, section)
        if section.get("html"):
            value["text"] = clean_html(section["html"])
        heading = (section.get("heading") or "").strip()
        value["heading"] = "" if heading == str(default_heading(kind)) else heading
        if kind == "cookies":
            for category in value["categories"]:
                category["cookies"] = cookies_by_category.pop(category["key"], [])
        raw.append({"type": kind, "value": value})

    if cookies_by_category:
        raise NoticeFormatError(
            _(
                "Cookies refer to categories that no cookies section declares: %(keys)s. Add the "
                "categories to the cookies section."
            )
            % {"keys": ", ".join(sorted(cookies_by_category))}
        )
    try:
        stream_block.clean(stream_block.to_python(raw))
    except ValidationError as error:
        raise NoticeFormatError(
            _("The sections are not valid: %(errors)s") % {"errors": _error_text(error, raw)}
        ) from error
    return raw


def _updated_date(value):
    if value in (None, ""):
        return None
    try:
        return datetime.date.fromisoformat(value)
    except (TypeError, ValueError) as error:
        raise NoticeFormatError(
            _("“updated” must be an ISO date such as 2026-11-22 or null, not %(value)s.")
            % {"value": short_repr(value)}
        ) from error


def page_fields_from_dict(data, language=None):
    """Validate a notice dict and return the keyword arguments of a NoticePage.

    ``language`` is the new page's language: a heading equal to its standard heading in that
    language is stored as "use the standard heading".
    """
    with translation.override(language):
        return _page_fields_from_dict(data)


def _page_fields_from_dict(data):
    from .models import NoticePage

    validate_notice(data)
    title = (data.get("title") or "").strip()
    if not title:
        raise NoticeFormatError(_("The notice needs a “title”."))
    controller = data.get("controller") or {}
    if not isinstance(controller, dict):
        raise NoticeFormatError(_("“controller” must be an object."))
    fields = {"title": title, "updated": _updated_date(data.get("updated"))}
    for key, field in CONTROLLER_FIELDS.items():
        fields[field] = (controller.get(key) or "").strip()
    stream_block = NoticePage._meta.get_field("sections").stream_block
    fields["sections"] = stream_from_dict(data, stream_block)
    return fields


def create_notice(data, parent, publish=False, user=None):
    """Create a notice page under ``parent`` from a notice dict: a draft unless ``publish``."""
    from .models import NoticePage

    fields = page_fields_from_dict(data, language=parent.locale.language_code)
    # One transaction: a publish that fails (an invalid field) leaves no draft behind.
    with transaction.atomic():
        # Wagtail makes the slug from the title, unique among the siblings.
        page = NoticePage(live=False, **fields)
        parent.add_child(instance=page)
        if data.get("field"):
            # A file's field is the business's own account of itself; it never overrides what
            # the site's owner has already chosen (``seloste_import --field`` does).
            _adopt_field(page.get_site(), data["field"])
        revision = page.save_revision(user=user, log_action=True)
        if publish:
            revision.publish(user=user)
            page.refresh_from_db()
        # The processors and transfers the dict lists go to the register (providers.py).
        page.received_lists = providers.receive(page, data, user=user)
    return page


def _adopt_field(site, field):
    from .business import set_site_field
    from .models import SelosteSettings

    if site is not None and not SelosteSettings.for_site(site).field:
        set_site_field(site, field)


def plain(value):
    """Whitespace-normalised text, for comparisons."""
    return re.sub(r"\s+", " ", unescape(value or "")).strip()
