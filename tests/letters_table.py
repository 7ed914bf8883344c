"""Build ``wagtail_seloste/notice/check/letters.json``: the words owners write with å, ä or ö, by
their spelling without them ("for" → "för", "tama" → "tämä", "manadsbrev" → "månadsbrev"),
counted on the evaluation set's open parts (never a held-out one).

A notice typed without those letters is read with them put back (spelling.py). The dictionary
alone cannot say which is meant when it knows both spellings ("for", "ratt") or several ("fa":
"få", "fä"), nor does it know most compounds; this table says which form owners write. ``make train`` runs
it; tests/core/test_spelling.py checks the committed table is what this builds.
"""

import collections
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "wagtail_seloste" / "notice" / "check" / "letters.json"
# A folded form is taken for the form with the letters when that form is written this many
# times more often than the folded one, and at least MIN_SEEN times.
RATIO = 8
MIN_SEEN = 5
_FOLD = str.maketrans("åäöÅÄÖ", "aaoAAO")
_WORD = re.compile(r"[^\W\d_]+")
# Parts whose notices are typed without the letters: they would count the folded forms.
_TYPED_WITHOUT = ("fresh91",)


def build():
    sys.path.insert(0, str(ROOT))
    from tests import check_eval as ce  # noqa: PLC0415

    table = {}
    for lang in ("fi", "sv"):
        written = collections.Counter()
        plain = collections.Counter()
        for part in ce.OPEN_PARTS:
            if part in _TYPED_WITHOUT:
                continue
            for _name, text, meta in ce.cases(part):
                if meta.get("language") != lang:
                    continue
                for word in _WORD.findall(text.lower()):
                    (written if re.search("[åäö]", word) else plain)[word] += 1
        forms = collections.defaultdict(collections.Counter)
        for word, count in written.items():
            forms[word.translate(_FOLD)][word] += count
        table[lang] = {
            folded: meant
            for folded, counts in sorted(forms.items())
            for meant, seen in [counts.most_common(1)[0]]
            if seen >= MIN_SEEN and seen >= RATIO * plain[folded]
        }
    return table


def main():
    table = build()
    TABLE.write_text(json.dumps(table, ensure_ascii=False, indent=0, sort_keys=True) + "\n")
    print(f"{TABLE.relative_to(ROOT)}: " + ", ".join(f"{k} {len(v)}" for k, v in table.items()))


if __name__ == "__main__":
    main()
