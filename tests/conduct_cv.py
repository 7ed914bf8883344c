"""Cross-validate the learned reading of consent by conduct on the open examples alone.

``python tests/conduct_cv.py`` splits the examples ``make train`` learns from (the open parts'
quoted sentences and questions, and the open sentence corpus) into five folds, trains the model
on four (one seed, as ``conduct_training.train``; with ``--averaged`` the five seeds ``make
train`` averages, six times slower) and reads the fifth with the whole learned path
(``learned.learned_conduct``: its gates, then the model), and prints the recall and precision at
several thresholds. Round 35 chose the gates' shapes by it: a change to the gates is kept when the
cross-validated precision holds, so that no held-out figure decides it. It reads no held-out
part. A run takes about half a minute (three minutes averaged).

Round 35's end, averaged: recall 0.453 and precision 0.980 at the committed threshold 0.98 (301
found, 6 false alarms in 7,477 examples); 0.9 would find 320 with 8 false alarms, so the
threshold stayed.
"""

import random
import sys
from collections import Counter
from pathlib import Path

FOLDS = 5
THRESHOLDS = (0.5, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995)


def rows():
    """(tokens, label, language) of every open example."""
    import json  # noqa: PLC0415

    from tests import conduct_training as training  # noqa: PLC0415
    from tests.check_eval import OPEN_PARTS  # noqa: PLC0415
    from wagtail_seloste.notice.check.lemmas import tokens  # noqa: PLC0415

    found = []
    for path in training.corpus_files("conduct"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                label = int(row["label"] == training.POSITIVE["conduct"])
                found.append((tokens(row["text"], row["language"]), label, row["language"]))
    return found + training.examples(OPEN_PARTS, with_language=True)


def main(averaged=False):
    from tests import conduct_training as training  # noqa: PLC0415
    from wagtail_seloste.notice.check import learned  # noqa: PLC0415

    examples = rows()
    order = list(range(len(examples)))
    random.Random(7).shuffle(order)
    counts = {threshold: Counter() for threshold in THRESHOLDS}
    own_model = learned.model
    try:
        for fold in range(FOLDS):
            held = set(order[fold::FOLDS])
            train = training.train_averaged if averaged else training.train
            weights, bias = train(
                [
                    (words, label)
                    for i, (words, label, _lang) in enumerate(examples)
                    if i not in held
                ]
            )
            # the learned path with this fold's model and no threshold of its own: the gates
            # decide what is asked, the probability is compared below
            learned.model = lambda name="conduct", weights=weights, bias=bias: (weights, bias, 0)
            for i in held:
                words, label, lang = examples[i]
                asked = bool(learned.learned_conduct(words, lang))
                chance = learned.probability(words) if asked else 0.0
                for threshold in THRESHOLDS:
                    counts[threshold][(label, asked and chance >= threshold)] += 1
    finally:
        learned.model = own_model
    print(f"{len(examples)} open examples, {FOLDS} folds")
    for threshold in THRESHOLDS:
        c = counts[threshold]
        tp, fn, fp = c[(1, True)], c[(1, False)], c[(0, True)]
        recall = tp / (tp + fn) if tp + fn else 1.0
        precision = tp / (tp + fp) if tp + fp else 1.0
        mark = "  (the committed threshold)" if threshold == training.THRESHOLD else ""
        print(
            f"threshold {threshold}: recall {recall:.3f}, precision {precision:.3f} "
            f"({tp} found, {fp} false alarms){mark}"
        )


if __name__ == "__main__":
    import os

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
    import django

    django.setup()
    main(averaged="--averaged" in sys.argv[1:])
