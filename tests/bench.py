"""`make bench`: benchmarks that print figures and ratios (not timed tests).

Every module ``tests/bench_*.py`` exposes ``run(report)``; it runs inside a configured Django
with a fresh, migrated SQLite test database of its own and calls ``report(label, value, unit)``.
``make bench`` runs them all; ``python -m tests.bench notice cookies`` runs some.
"""

import importlib
import os
import pkgutil
import statistics
import sys
import tempfile
import time
from pathlib import Path


def median_ms(function, repeat=30, warmup=3):
    """The median wall time of ``function()`` in milliseconds."""
    for _ in range(warmup):
        function()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def report(label, value, unit="ms"):
    print(f"{label:<70} {value:>10.2f} {unit}", flush=True)


def main():
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
    import django

    django.setup()
    from django.db import connection

    modules = sorted(
        name
        for _, name, _ in pkgutil.iter_modules([str(Path(__file__).parent)])
        if name.startswith("bench_")
    )
    only = sys.argv[1:]
    workdir = tempfile.mkdtemp(prefix="seloste-bench-")
    for name in modules:
        if only and name.removeprefix("bench_") not in only:
            continue
        print(f"== {name.removeprefix('bench_')}", flush=True)
        # Each benchmark gets a fresh, migrated database: their data must not meet. On SQLite
        # it is a file, as in the demo (an in-memory database outlives destroy_test_db).
        old_name = connection.settings_dict["NAME"]
        if connection.vendor == "sqlite":
            connection.settings_dict["TEST"]["NAME"] = str(Path(workdir) / f"{name}.sqlite3")
        connection.creation.create_test_db(verbosity=0, autoclobber=True)
        try:
            importlib.import_module(f"tests.{name}").run(report)
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0)
    # Saturation needs the production stack (PostgreSQL, Redis, gunicorn): minutes, not seconds.
    print(
        "== requests a second of the notice and of a whole booking at saturation: make saturate "
        '(about 3 minutes; docs/deployment.md, "Where the CPU goes")',
        flush=True,
    )


if __name__ == "__main__":
    main()
