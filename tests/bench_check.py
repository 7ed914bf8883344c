"""The completeness check measured on the evaluation set (issue 18, item 7), and its speed.

Prints, for each part of tests/fixtures/check_eval/ separately, the total agreement and the
count of missed errors of issue 18's kinds (tests/check_eval.py says how they are counted) and
the precision and recall of each code (issue 18 asks for them on every part: a table of counts
names no notice); for the open parts also the notices where the check and the practitioner
disagree (the held-out parts are never printed notice by notice: no rule is tuned on them).
Then the check's time per notice (median) and for a 500 KB notice.
"""

import time

from .bench import median_ms
from .check_eval import FORMULA, OPEN_PARTS, PARTS, run_part

BIG_KB = 500


def _print_part(part):
    print(f"-- {part.name}: {len(part.notices)} notices")
    _print_codes(part)
    print(f"   agreement {part.agreement:.3f} ({part.correct}/{part.decisions})")
    missed = part.missed_errors()
    print(f"   missed errors of issue 18's kinds: {len(missed)}")


def _print_codes(part):
    # Counts per code over a whole part, without notice names: enough to choose which code
    # families to work on, not enough to tune a rule on one held-out notice.
    print(f"   {'code':<38} {'prec':>6} {'recall':>6}   tp fp fn")
    for code, (tp, fp, fn) in part.per_code().items():
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        print(f"   {code:<38} {precision:>6.2f} {recall:>6.2f}   {tp:>2} {fp:>2} {fn:>2}")


def _big_notice(kb):
    from .check_eval import cases

    texts = [text for _name, text, _meta in cases("tuned")]
    parts, size, index = [], 0, 0
    while size < kb * 1024:
        text = texts[index % len(texts)]
        parts.append(text)
        size += len(text.encode()) + 2
        index += 1
    return "\n\n".join(parts).encode()[: kb * 1024].decode(errors="ignore")


def run(report):
    from wagtail_seloste.notice.check import check_notice
    from wagtail_seloste.notice.check.lemmas import warm
    from wagtail_seloste.notice.importer import import_text

    start = time.perf_counter()
    warm()
    report(
        "lemmatizer dictionaries loaded (fi, sv; once per process)",
        (time.perf_counter() - start) * 1000,
    )
    print(f"   {FORMULA}")
    results = {}
    for part in PARTS:
        results[part] = run_part(part)
        _print_part(results[part])
        report(f"agreement, {part}", results[part].agreement * 100, "%")
    for notice in (n for part in OPEN_PARTS for n in results[part].notices):
        if notice.missed or notice.wrongly_found:
            print(
                f"   {notice.name}: missed {sorted(notice.missed)}, "
                f"found against the practitioner {sorted(notice.wrongly_found)}"
            )
    from .check_eval import cases

    name, text, meta = next(iter(cases("tuned")))
    notice = import_text(text, field=meta.get("field"))
    report("check of one notice (median, warm)", median_ms(lambda: check_notice(notice)))
    import statistics

    times = [n.seconds * 1000 for part in results.values() for n in part.notices]
    report("check of an evaluation notice, first read (median)", statistics.median(times))
    report("check of an evaluation notice, first read (slowest)", max(times))
    big = import_text(_big_notice(BIG_KB))
    start = time.perf_counter()
    check_notice(big)
    report(f"check of a {BIG_KB} KB notice", (time.perf_counter() - start) * 1000)
