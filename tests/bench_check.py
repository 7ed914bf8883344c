"""The completeness check measured on the evaluation set (issue 18, item 7), and its speed.

Prints, for each part of tests/fixtures/check_eval/ separately, the total agreement and the
count of missed errors of issue 18's kinds (tests/check_eval.py says how they are counted) and
the precision and recall of each code (issue 18 asks for them on every part: a table of counts
names no notice); for the open parts also the notices where the check and the practitioner
disagree (the held-out parts are never printed notice by notice: no rule is tuned on them).
Then the check's time per notice (median) and for a 500 KB notice.

Each time is printed with issue 18's goal beside it, and is a first read: the lemmas of the
words and the tokens, clauses and claims of the sentences, which the check remembers, are
forgotten before every run, so a run measures a notice the process has not seen (only the
dictionaries and the rules, loaded once per process and reported apart, stay). Each figure is
the median of several runs: one run may meet the garbage collector or another process on a
shared machine.
"""

import statistics
import time

from .bench import median_ms
from .check_eval import FORMULA, HELD_OUT_PARTS, OPEN_PARTS, PARTS, run_part

BIG_KB = 500
# Issue 18: "The check of one notice stays under 100 ms (bench), also for a 500 KB notice under
# 2 s."
GOAL_ONE_MS = 100
GOAL_BIG_MS = 2000
BIG_RUNS = 5
FIRST_READ_RUNS = 3


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


def _forget_texts():
    """Forget what the check remembers of texts it has read (see the module's docstring)."""
    from wagtail_seloste.notice.check import claims, lemmas, retention, search, spelling

    search._LOWERED.clear()  # the lowercased texts the patterns' twins read (search.py)
    for cached in (
        lemmas.lemma,
        lemmas.known,
        spelling._spelled,
        spelling._part,
        spelling._two_known,
        lemmas.tokens,
        lemmas.clauses,
        claims._sentence_claims,
        retention._indefinite,
    ):
        cached.cache_clear()


def _first_read_ms(notice, runs):
    """The median wall time and the median CPU time (ms) of a first read of ``notice``: on a
    machine shared with other work the wall time counts the time others had the processor."""
    from wagtail_seloste.notice.check import check_notice

    wall, cpu = [], []
    for _ in range(runs):
        _forget_texts()
        start, start_cpu = time.perf_counter(), time.process_time()
        check_notice(notice)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu)


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
    start = time.perf_counter()
    from wagtail_seloste.notice.check import notice as _rules  # noqa: F401

    report("check's rules imported (once per process)", (time.perf_counter() - start) * 1000)
    from wagtail_seloste.notice.check.learned import model

    start = time.perf_counter()
    model()
    report(
        "learned reading's model loaded (once per process)", (time.perf_counter() - start) * 1000
    )
    print(f"   {FORMULA}")
    results = {}
    for part in PARTS:
        results[part] = run_part(part)
        _print_part(results[part])
        report(f"agreement, {part}", results[part].agreement * 100, "%")
    # The two parts issue 18 asks to report: what rules were tuned on, and the untuned third.
    for label, names in (
        ("the parts rules are tuned on", OPEN_PARTS),
        ("the untuned third (goal >= 97 %)", HELD_OUT_PARTS),
    ):
        notices = [n for part in names for n in results[part].notices]
        correct = sum(n.correct for n in notices)
        decisions = sum(n.decisions for n in notices)
        missed = sum(len(results[part].missed_errors()) for part in names)
        print(f"   {label}: {correct}/{decisions}, {missed} missed errors of issue 18's kinds")
        report(f"agreement, {label}", correct / decisions * 100 if decisions else 100.0, "%")
    # (round 29) one sentence at a time: the corpora of consent by conduct and of periods,
    # positives found and near misses raised; the held-out ones in totals only
    from .check_eval import SENTENCES, read_sentences

    for path in sorted(SENTENCES.glob("*.jsonl")) + sorted(SENTENCES.glob("heldout/*.jsonl")):
        found, positives, raised, near = read_sentences(path)
        name = path.relative_to(SENTENCES).with_suffix("")
        print(f"   sentences {name}: {found}/{positives} found, {raised}/{near} near misses raised")
        report(f"sentences found, {name}", found / positives * 100 if positives else 100.0, "%")
    for notice in (n for part in OPEN_PARTS for n in results[part].notices):
        if notice.missed or notice.wrongly_found:
            print(
                f"   {notice.name}: missed {sorted(notice.missed)}, "
                f"found against the practitioner {sorted(notice.wrongly_found)}"
            )
    from .bench_importer import hard_wrapped
    from .check_eval import cases

    wall, _cpu = _first_read_ms(import_text(hard_wrapped(450, stops=False)), 1)
    report("check of a 450 KB hard-wrapped notice with no sentence end (goal < 2000 ms)", wall)

    name, text, meta = next(iter(cases("tuned")))
    notice = import_text(text, field=meta.get("field"))
    report(
        f"check of one notice (median, warm; goal < {GOAL_ONE_MS} ms)",
        median_ms(lambda: check_notice(notice)),
    )
    times = [
        _first_read_ms(import_text(text, field=meta.get("field")), FIRST_READ_RUNS)
        for part in PARTS
        for _name, text, meta in cases(part)
    ]
    wall = [w for w, _cpu in times]
    report(
        f"check of an evaluation notice, first read (median; goal < {GOAL_ONE_MS} ms)",
        statistics.median(wall),
    )
    slowest = max(times)
    report(
        f"check of an evaluation notice, first read (slowest; goal < {GOAL_ONE_MS} ms)",
        slowest[0],
    )
    report("   the same, CPU time", slowest[1])
    big = import_text(_big_notice(BIG_KB))
    wall, cpu = _first_read_ms(big, BIG_RUNS)
    report(
        f"check of a {BIG_KB} KB notice, first read (median of {BIG_RUNS}; goal < {GOAL_BIG_MS} ms)",
        wall,
    )
    report("   the same, CPU time", cpu)
