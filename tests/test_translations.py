"""The Finnish, Swedish and English catalogues are complete and compiled."""

import gettext
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The plugin's catalogues and the example site's (its templates' few strings).
CATALOGUES = [
    ROOT / "wagtail_seloste" / "locale" / language / "LC_MESSAGES"
    for language in ("fi", "sv", "en")
] + [ROOT / "example_site" / "locale" / language / "LC_MESSAGES" for language in ("fi", "sv", "en")]


def parse_po(path):
    """(msgid, [msgstr…], flags) of every entry but the header."""
    entries = []
    entry = None
    field = None
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if entry and entry["msgid"]:
                entries.append(entry)
            entry, field = None, None
            continue
        entry = entry or {"msgid": "", "msgid_plural": "", "msgstr": {}, "flags": ""}
        if line.startswith("#,"):
            entry["flags"] += line
        elif line.startswith("#"):
            continue
        elif match := re.match(r'(msgid|msgid_plural|msgctxt|msgstr(?:\[(\d)\])?) "(.*)"$', line):
            name, index, text = match.groups()
            field = ("msgstr", int(index or 0)) if name.startswith("msgstr") else (name, None)
            _append(entry, field, text)
        elif line.startswith('"') and field:
            _append(entry, field, line[1:-1])
    return entries


def _append(entry, field, text):
    text = text.encode("raw_unicode_escape").decode("unicode_escape")
    name, index = field
    if name == "msgstr":
        entry["msgstr"][index] = entry["msgstr"].get(index, "") + text
    elif name in entry:
        entry[name] += text


def _name(folder):
    return f"{folder.parts[-4]}-{folder.parts[-2]}"


@pytest.mark.parametrize("folder", CATALOGUES, ids=_name)
def test_catalogue_has_no_untranslated_or_fuzzy_entries(folder):
    entries = parse_po(folder / "django.po")

    missing = [
        e["msgid"] for e in entries if not all(e["msgstr"].values()) or "fuzzy" in e["flags"]
    ]
    assert entries and not missing, f"{len(missing)} untranslated in {_name(folder)}: {missing[:5]}"


@pytest.mark.parametrize("folder", CATALOGUES, ids=_name)
def test_compiled_catalogue_matches_the_po_file(folder):
    with open(folder / "django.mo", "rb") as mo:
        compiled = gettext.GNUTranslations(mo)

    for entry in parse_po(folder / "django.po"):
        if entry["msgid_plural"]:
            assert compiled.ngettext(entry["msgid"], entry["msgid_plural"], 1) == entry["msgstr"][0]
        else:
            assert compiled.gettext(entry["msgid"]) == entry["msgstr"][0], (
                "run make compilemessages"
            )
