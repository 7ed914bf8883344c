"""`make saturate` (loadtest.py --saturate): the throughput of this machine, about 3 minutes.

The production stack of stack.py starts on a fresh database, as for `make loadtest` but with
PostgreSQL and Redis reached directly (no TCP proxies, no faults), with an SMTP sink. Then, for
SATURATE_SECONDS each, SATURATE_USERS visitors who never pause (locustfile.py with
LOADTEST_SATURATE):

1. "notice": load the privacy notice again and again;
2. "booking": book again and again, every step of the wizard;
3. "notice (wrk)": the notice again, from wrk (a load generator in C, when it is installed:
   `apt-get install wrk`), whose own CPU is a fraction of Locust's.

For each it prints the requests a second (and for the booking, the bookings completed a second),
p50 and p95, the CPU seconds the app processes spent per request (from /proc, so other programs
on the machine do not change it) and the load generator's CPU seconds per request: Locust runs
on the same two cores and takes its share. The last line is one JSON object with the figures
and the machine's load average before the run (`uptime`). Exit status 1 when the stack could not
start.
"""

import csv
import json
import os
import re
import resource
import shutil
import subprocess
from pathlib import Path

import loadtest
import stack as stack_module

SECONDS = int(os.environ.get("SATURATE_SECONDS", "30"))
# Two per app process: each has a request waiting whenever it finishes one.
USERS = int(os.environ.get("SATURATE_USERS", "8"))
TICK = os.sysconf("SC_CLK_TCK")


def log(message):
    print(f"[saturate] {message}", flush=True)


def _stat(pid):
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[1]), [int(value) for value in fields[11:15]]


def web_cpu_seconds():
    """CPU seconds of the gunicorn processes so far: each master with its live workers, and
    (cutime, cstime) the workers that have exited (--max-requests restarts them)."""
    masters = {pid for name, pid in loadtest.stack_pids().items() if name.startswith("web-")}
    ticks = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            parent, (utime, stime, cutime, cstime) = _stat(entry.name)
        except (OSError, IndexError, ValueError):
            continue  # gone meanwhile
        if int(entry.name) in masters:
            ticks += utime + stime + cutime + cstime
        elif parent in masters:
            ticks += utime + stime
    return ticks / TICK


def children_cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def aggregated():
    """Requests, requests a second, p50 and p95 (ms) of the last Locust run."""
    with open(loadtest.OUT / "locust_stats.csv") as stats:
        for row in csv.DictReader(stats):
            if row["Name"] == "Aggregated":
                return (
                    int(row["Request Count"]),
                    float(row["Requests/s"]),
                    float(row["50%"] or 0),
                    float(row["95%"] or 0),
                )
    raise SystemExit("locust wrote no statistics")


def measure(name, run):
    """Run ``run`` (returns requests, requests/s, p50, p95, extra) and add the CPU figures."""
    web, generator = web_cpu_seconds(), children_cpu_seconds()
    requests, rate, p50, p95, extra = run()
    web, generator = web_cpu_seconds() - web, children_cpu_seconds() - generator
    result = {
        "requests_per_s": round(rate, 1),
        "p50_ms": p50,
        "p95_ms": p95,
        "app_cpu_ms_per_request": round(1000 * web / requests, 1) if requests else None,
        "generator_cpu_ms_per_request": round(1000 * generator / requests, 1) if requests else None,
        **extra,
    }
    log(f"{name}: {json.dumps(result)}")
    return result


def locust(task, env):
    def run():
        status = loadtest.run_locust(
            {**env, "LOADTEST_SATURATE": task}, users=USERS, seconds=SECONDS
        )
        requests, rate, p50, p95 = aggregated()
        failed = {key: sum(status.get(key, {}).values()) for key in ("500", "503", "errors")}
        return requests, rate, p50, p95, failed

    return run


def wrk(path):
    """Both app instances at once, one wrk each, half of the connections each."""

    def run():
        procs = [
            subprocess.Popen(
                [
                    "wrk",
                    "-t1",
                    f"-c{max(1, USERS // len(stack_module.PORTS))}",
                    f"-d{SECONDS}s",
                    "--latency",
                    f"http://127.0.0.1:{port}{path}",
                ],
                stdout=subprocess.PIPE,
                text=True,
            )
            for port in stack_module.PORTS
        ]
        outputs = [proc.communicate()[0] for proc in procs]
        requests = sum(int(re.search(r"(\d+) requests in", out).group(1)) for out in outputs)
        rate = sum(float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)) for out in outputs)

        def percentile(out, label):
            value, unit = re.search(rf"{label}%\s+([\d.]+)(us|ms|s)", out).groups()
            return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

        p50 = max(percentile(out, "50") for out in outputs)
        p99 = max(percentile(out, "99") for out in outputs)
        # wrk prints 50/75/90/99: its p99 stands in for the p95 (an upper bound of it).
        return requests, rate, round(p50), round(p99), {"p99_ms": round(p99)}

    return run


def warm_up(rounds=10):
    """Every app process renders each page before the measurements: the first requests of a
    process load its templates and fill its caches (seconds of CPU that a saturation figure
    should not carry)."""
    import urllib.request

    booking = os.environ.get("LOADTEST_BOOKING_PATH", "/ajanvaraus/")
    for _ in range(rounds):
        for port in stack_module.PORTS:
            for path in ("/", "/tietosuojaseloste/", booking, "/sv/", "/en/"):
                with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30) as page:
                    page.read()


def main():
    if loadtest.ports_free() or stack_module.running_pid():
        raise SystemExit("a stack or another program uses the ports: make production-down first")
    load = os.getloadavg()
    env = loadtest.stack_env()
    sink = loadtest.SmtpServer(loadtest.Sink())
    sink.up()
    log("preparing a fresh database")
    loadtest.fresh_database(loadtest.DATABASE, env)
    try:
        subprocess.run(
            [loadtest.PY, str(loadtest.HERE / "stack.py"), "--detach"],
            env=env,
            cwd=loadtest.ROOT,
            check=True,
        )
    except subprocess.CalledProcessError as error:
        sink.down()
        raise SystemExit(f"the stack did not start (exit {error.returncode})") from error
    results = {}
    try:
        warm_up()
        log(f"{USERS} visitors without pauses, {SECONDS} s per measurement")
        results["notice"] = measure("notice", locust("notice", env))
        before = loadtest.count_bookings(env)["bookings"]
        results["booking"] = measure("booking", locust("book", env))
        done = loadtest.count_bookings(env)["bookings"] - before
        results["booking"]["bookings_per_s"] = round(done / SECONDS, 2)
        if shutil.which("wrk"):
            results["notice (wrk)"] = measure("notice (wrk)", wrk("/tietosuojaseloste/"))
        else:
            log("wrk is not installed (apt-get install wrk): the notice with Locust only")
    finally:
        subprocess.run(
            [loadtest.PY, str(loadtest.HERE / "stack.py"), "--stop"], env=env, cwd=loadtest.ROOT
        )
        sink.down()
    print(
        json.dumps(
            {
                "users": USERS,
                "seconds": SECONDS,
                "load_before": [round(value, 2) for value in load],
                "cpus": os.cpu_count(),
                **results,
            }
        )
    )
