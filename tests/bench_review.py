"""The owner's review of what the check read (issue 18, item 6): building its items.

The review is a page of the admin: it reads the claims (the check's reader, measured by
bench_check) and lays them out as items. Measured here: the items of the demo notice, and of
the importer benchmark's 500 KB notices, where a step that grows with the square of the
claims would show (before a fix, 62 s for one of them).
"""

import json
import time
from pathlib import Path

from tests.bench import median_ms
from tests.bench_importer import long_sections, many_sections

DEMO = Path(__file__).resolve().parent.parent / "example_site" / "home" / "fixtures"


def run(report):
    from wagtail_seloste.notice import review
    from wagtail_seloste.notice.importer import import_text

    demo = json.loads((DEMO / "demo_notice.json").read_text(encoding="utf-8"))
    claims = review.read_notice_claims(demo)
    report(
        "review items of the demo notice (claims read once)",
        median_ms(lambda: review.review_items(demo, claims, language="fi")),
    )
    for name, generate in (("many sections", many_sections), ("long sections", long_sections)):
        notice = import_text(generate(500))
        claims = review.read_notice_claims(notice)
        start = time.perf_counter()
        items = review.review_items(notice, claims, language="fi")
        report(f"review items of a 500 KB notice, {name}", (time.perf_counter() - start) * 1000)
        report(f"  items on the page ({len(claims)} claims read)", len(items), "items")
