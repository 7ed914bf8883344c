"""The notice as JSON: the ``wagtail-seloste/1`` format (docs/json-format.md).

``notice_to_dict`` reads a page, ``create_notice`` writes one, and everything that checks,
imports or compares notices works on the dict, so a page and a JSON file are checked alike.
Export → import → export gives the same JSON.
"""

import datetime
import re
from html import unescape
from html.parser import HTMLParser

from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext as _
from wagtail import blocks

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


# Page → dict ---------------------------------------------------------------------------------


def _value_to_json(block, value):
    if isinstance(block, blocks.ListBlock):
        return [_value_to_json(block.child_block, item) for item in value]
    if isinstance(block, blocks.StructBlock):
        return {
            name: _value_to_json(child, value.get(name))
            for name, child in block.child_blocks.items()
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
    for section in page.numbered_sections:
        block = section["block"]
        data = _value_to_json(block.block, block.value)
        data.pop("heading")
        entry = {
            "kind": block.block_type,
            "heading": str(section["heading"]),
            "text": data.pop("text"),
        }
        if block.block_type == "cookies":
            for category in data["categories"]:
                for cookie in category.pop("cookies"):
                    cookies.append({"category": category["key"], **cookie})
        entry.update(data)
        sections.append(entry)
    return {
        "schema": SCHEMA,
        "title": page.title,
        "updated": page.updated.isoformat() if page.updated else None,
        "controller": {key: getattr(page, field) or "" for key, field in CONTROLLER_FIELDS.items()},
        "sections": sections,
        "cookies": cookies,
    }


# dict → page ---------------------------------------------------------------------------------


def _json_to_raw(block, data):
    """Raw stream data for ``block`` from its JSON form, filling what the JSON leaves out."""
    if isinstance(block, blocks.ListBlock):
        if data in (None, ""):
            return []
        if not isinstance(data, list):
            raise NoticeFormatError(_("Expected a list, got %(value)r.") % {"value": data})
        return [_json_to_raw(block.child_block, item) for item in data]
    if isinstance(block, blocks.StructBlock):
        data = data or {}
        if not isinstance(data, dict):
            raise NoticeFormatError(_("Expected an object, got %(value)r.") % {"value": data})
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
                _("Every cookie needs a “category” and a “name”: %(cookie)r.") % {"cookie": cookie}
            )
        cookies_by_category.setdefault(cookie["category"], []).append(
            {field: cookie.get(field) or "" for field in COOKIE_FIELDS}
        )

    raw = []
    for index, section in enumerate(data.get("sections") or [], start=1):
        if not isinstance(section, dict) or section.get("kind") not in SECTION_KINDS:
            raise NoticeFormatError(
                _("Section %(number)s has an unknown kind %(kind)r. Use one of: %(kinds)s.")
                % {
                    "number": index,
                    "kind": section.get("kind") if isinstance(section, dict) else section,
                    "kinds": ", ".join(SECTION_KINDS),
                }
            )
        kind = section["kind"]
        block = stream_block.child_blocks[kind]
        value = _json_to_raw(block, section)
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
            _("“updated” must be an ISO date such as 2026-11-22 or null, not %(value)r.")
            % {"value": value}
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

    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise NoticeFormatError(
            _("This is not a wagtail-seloste notice: “schema” must be “%(schema)s”.")
            % {"schema": SCHEMA}
        )
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
    # Wagtail makes the slug from the title, unique among the siblings.
    page = NoticePage(live=False, **fields)
    parent.add_child(instance=page)
    revision = page.save_revision(user=user, log_action=True)
    if publish:
        revision.publish(user=user)
        page.refresh_from_db()
    return page


def plain(value):
    """Whitespace-normalised text, for comparisons."""
    return re.sub(r"\s+", " ", unescape(value or "")).strip()
