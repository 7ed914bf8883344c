"""`make loadtest`: load and faults against the production stack, about three minutes.

1. An SMTP sink (smtp_sink.py, no dependency) on 127.0.0.1:LOADTEST_SMTP_PORT counts what it
   receives; booking confirmations are recognised by their calendar attachment, per booking.
2. Two TCP proxies of the script's own stand in front of Redis and PostgreSQL (the shared
   servers are never stopped); the stack of stack.py starts on a fresh database
   (LOADTEST_DATABASE) through them, with the sink as its SMTP server; its booking page
   takes bookings LOADTEST_DAYS_AHEAD days ahead (180), so that the run cannot fill the
   calendar and every phase has bookings.
3. Locust runs headless for LOADTEST_SECONDS with LOADTEST_USERS visitors (locustfile.py), every
   request to 127.0.0.1. Meanwhile the faults of FAULTS happen: the task worker is killed
   (SIGKILL) and restarted by the stack, the SMTP sink is down, Redis is gone for 30 s and the
   database for 20 s (the proxies refuse and cut connections). A fault that does not fit in
   LOADTEST_SECONDS is left out, and the JSON says which ran.
4. After the load the stack gets LOADTEST_DRAIN seconds to deliver what is still due; then the
   bookings and double bookings are counted in the database and the confirmations in the sink.

The last line printed is one JSON object: requests, "500" (server errors, other than the
database outage's 503), "503", "errors" (requests that got no answer: refused, timed out),
p50_ms and p95_ms per page (the whole run), p95_ms_quiet per page (the requests that started
while no fault was on nor had ended less than RECOVERY seconds before: the latency goal's
figure), p95_ms_by_fault (per fault, per page, the requests that started during it or its
RECOVERY), bookings, double_bookings, emails_sent, "faults", and "cpu_share" (the share of the
machine's CPU each group of processes used during the load: app, worker, postgres, redis,
locust, rig — this script's proxies and sink — and other). The exit status is 1 when the
stack could not be started (said why), and 2 when the run had a 500, an error, no booking, a
double booking or a lost confirmation.

`loadtest.py --saturate` (make saturate) measures the throughput instead: saturate.py.
"""

import csv
import email
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import stack as stack_module  # noqa: E402
from smtp_sink import SmtpSink  # noqa: E402
from tcp_proxy import TcpProxy  # noqa: E402

ROOT = HERE.parents[1]
STATE = ROOT / "example_site" / "var" / "production"
OUT = STATE / "loadtest"
PY = sys.executable

# The faults end at 95 s; the rest is the quiet phase that the latency goal is judged on.
SECONDS = int(os.environ.get("LOADTEST_SECONDS", "150"))
USERS = int(os.environ.get("LOADTEST_USERS", "20"))
DRAIN = int(os.environ.get("LOADTEST_DRAIN", "30"))
SMTP_PORT = int(os.environ.get("LOADTEST_SMTP_PORT", "1025"))
DATABASE = os.environ.get(
    "LOADTEST_DATABASE", "postgres://postgres@127.0.0.1:5432/seloste_loadtest"
)
# Seconds after a fault ends that still count as its phase (reconnecting, caches refilling).
RECOVERY = 5
# How far ahead the demo's booking page takes bookings in the load test's database. The
# demo's 60 days hold about 220 bookings, which 20 visitors took in the first 75 s: after that
# no visitor got past the time step, and the quiet phase (from 100 s) measured the booking's
# steps only in the first seconds of the ramp-up (docs/deployment.md, "The fourth round").
DAYS_AHEAD = int(os.environ.get("LOADTEST_DAYS_AHEAD", "180"))
UID = re.compile(r"^UID:booking-(\d+)@", re.MULTILINE)


def log(message):
    print(f"[loadtest] {message}", flush=True)


class Sink:
    """Accepts every message; counts confirmations per booking number."""

    def __init__(self):
        self.lock = threading.Lock()
        self.messages = 0
        self.confirmations = Counter()

    def __call__(self, content):
        message = email.message_from_bytes(content)
        with self.lock:
            self.messages += 1
            for part in message.walk():
                if part.get_content_type() == "text/calendar":
                    found = UID.search(part.get_payload(decode=True).decode("utf-8", "replace"))
                    if found:
                        self.confirmations[int(found.group(1))] += 1


class SmtpServer:
    def __init__(self, handler):
        self.sink = SmtpSink(handler, "127.0.0.1", SMTP_PORT)
        self.running = False

    def up(self):
        self.sink.up()
        self.running = True

    def down(self):
        if self.running:
            self.sink.down()
            self.running = False


def through(url, port):
    """``url`` with its host and port replaced by the proxy's on 127.0.0.1."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    auth = parts.netloc.rsplit("@", 1)[0] + "@" if "@" in parts.netloc else ""
    return urlunsplit(parts._replace(netloc=f"{auth}127.0.0.1:{port}"))


def stack_env(database_port=None, redis_port=None):
    redis_url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
    return stack_module.environment(
        dict(
            DATABASE_URL=through(DATABASE, database_port) if database_port else DATABASE,
            REDIS_URL=through(redis_url, redis_port) if redis_port else redis_url,
            SMTP_SINK="0",
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=str(SMTP_PORT),
            EMAIL_TIMEOUT="5",
            RESTART_DELAY=os.environ.get("RESTART_DELAY", "10"),
            # Every visitor comes from 127.0.0.1: the per-address limit would stop the test.
            WAGTAIL_SELOSTE_BOOKING_RATE_LIMIT="1000000",
            # A two-minute run needs retries in seconds, not minutes: first retry after 3 s, a
            # claim of a killed worker taken up after 15 s, the sweep every 5 s.
            WAGTAIL_SELOSTE_OUTBOX_RETRY_DELAY="3",
            WAGTAIL_SELOSTE_OUTBOX_CLAIM_TIMEOUT="15",
            SCHEDULE_SECONDS="5",
        )
    )


def fresh_database(url, env):
    """Drop the load test's database and clone it from a migrated template with the demo.

    The template is made (migrate, load_initial_data) on the first run and migrated again on
    later ones, so a run does not spend a minute on migrations; a template the migrations no
    longer fit (e.g. after they were started afresh) is made again.
    """
    import psycopg

    name = url.rsplit("/", 1)[1]
    template = f"{name}_template"
    admin = url.rsplit("/", 1)[0] + "/postgres"
    template_env = {**env, "DATABASE_URL": url.rsplit("/", 1)[0] + "/" + template}
    manage = [PY, str(ROOT / "example_site" / "manage.py")]
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}

    def sql(*statements):
        with psycopg.connect(admin, autocommit=True, connect_timeout=5) as conn:
            for statement in statements:
                conn.execute(statement)

    sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    migrate = [*manage, "migrate", "--noinput", "-v", "0"]
    with psycopg.connect(admin, autocommit=True, connect_timeout=5) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [template]).fetchone()
    if exists and subprocess.run(migrate, env=template_env, cwd=ROOT, **quiet).returncode != 0:
        log("the template database no longer fits the migrations: making it again")
        exists = False
    if not exists:
        sql(f'DROP DATABASE IF EXISTS "{template}" WITH (FORCE)', f'CREATE DATABASE "{template}"')
        subprocess.run(migrate, env=template_env, cwd=ROOT, check=True)
        subprocess.run(
            [*manage, "load_initial_data"], env=template_env, cwd=ROOT, check=True, **quiet
        )
    sql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    with psycopg.connect(url, autocommit=True, connect_timeout=5) as conn:
        conn.execute("UPDATE wagtail_seloste_booking_bookingpage SET days_ahead = %s", [DAYS_AHEAD])


def ports_free():
    import socket

    for port in (*stack_module.PORTS, SMTP_PORT):
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return port
    return None


def stack_pids():
    return json.loads((STATE / "ready.json").read_text())["pids"]


# (name, starts at second, lasts seconds): the faults of a run, each with the load going on.
FAULTS = [
    ("worker killed", 8, 0),
    ("SMTP down", 15, 15),
    ("Redis down 30 s", 35, 30),
    ("database down 20 s", 75, 20),
]


def planned_faults():
    """The faults that end at least 10 s before the load does (the recovery is measured too)."""
    return [fault for fault in FAULTS if fault[1] + fault[2] + 10 <= SECONDS]


def faults(stop_event, parts, ran, windows):
    """Run the planned faults in time; ``ran`` receives the name of each fault as it starts,
    ``windows`` its [start, end] as Unix times (a killed worker's end: when it is restarted)."""
    actions = []
    for name, at, lasts in planned_faults():
        actions.append((at, name, "start"))
        if lasts:
            actions.append((at + lasts, name, "end"))
    start = time.monotonic()
    for at, name, what in sorted(actions):
        while time.monotonic() - start < at:
            if stop_event.wait(0.2):
                return
        if name == "worker killed":
            os.kill(stack_pids()["worker"], signal.SIGKILL)
        else:
            part = parts[
                {"SMTP": "smtp", "Redis": "redis", "database": "database"}[name.split()[0]]
            ]
            if what == "start":
                part.down()
            else:
                part.up()
        if what == "start":
            ran.append(name)
            restart = float(os.environ.get("RESTART_DELAY", "10")) if not lasts else 0
            windows[name] = [time.time(), time.time() + restart]
        else:
            windows[name][1] = time.time()
        log(f"{time.monotonic() - start:5.1f} s: {name}: {what}")


# Who used the machine's CPU during the load: the figures tell the app's share from the rig's
# (locust, this script's proxies and SMTP sink), since both run on the same two cores.
CPU_GROUPS = (
    ("app", ("gunicorn",)),
    ("worker", ("seloste_worker", "db_worker")),
    ("postgres", ("postgres",)),
    ("redis", ("redis-server",)),
    ("locust", ("locust",)),
)


def _process_times():
    """{pid: (group, CPU seconds)} of every process now, from /proc."""
    ticks = os.sysconf("SC_CLK_TCK")
    times = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue  # ended meanwhile
        fields = stat.rsplit(")", 1)[1].split()
        seconds = (int(fields[11]) + int(fields[12])) / ticks
        name = stat.split("(", 1)[1].rsplit(")", 1)[0]
        if int(entry.name) == os.getpid():
            group = "rig"
        else:
            group = next(
                (g for g, words in CPU_GROUPS if any(w in command or w == name for w in words)),
                "other",
            )
        times[int(entry.name)] = (group, seconds)
    return times


def _machine_seconds():
    """CPU seconds the machine had (all cores, busy or idle) since boot."""
    fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    return sum(int(value) for value in fields[:8]) / os.sysconf("SC_CLK_TCK")


def cpu_shares(before, after, machine_seconds):
    """Per group, the share of the machine's CPU used between two ``_process_times``; a process
    that ended in between (the killed worker, locust) counts what it had at ``before``."""
    used = {}
    for pid, (group, seconds) in after.items():
        start = before.get(pid, (group, 0.0))[1]
        used[group] = used.get(group, 0.0) + max(0.0, seconds - start)
    return {
        group: round(seconds / machine_seconds, 3)
        for group, seconds in sorted(used.items(), key=lambda item: -item[1])
        if seconds / machine_seconds >= 0.001
    }


def run_locust(env, users=USERS, seconds=SECONDS, hosts=None):
    """Locust headless; returns the status counts of locustfile.py and the CPU shares of the
    run (the timings are in OUT/timings.json, the statistics in OUT/locust_stats.csv)."""
    OUT.mkdir(parents=True, exist_ok=True)
    status_file = OUT / "status.json"
    status_file.unlink(missing_ok=True)
    hosts = hosts or [f"http://127.0.0.1:{port}" for port in stack_module.PORTS]
    command = [
        PY,
        "-m",
        "locust",
        "-f",
        str(HERE / "locustfile.py"),
        "--headless",
        "--users",
        str(users),
        "--spawn-rate",
        str(max(1, users // 5)),
        "--run-time",
        f"{seconds}s",
        "--host",
        f"http://127.0.0.1:{stack_module.PORTS[0]}",
        "--csv",
        str(OUT / "locust"),
        "--only-summary",
        "--loglevel",
        "WARNING",
        "--stop-timeout",
        "10",
    ]
    env = {
        **env,
        "LOADTEST_STATUS_FILE": str(status_file),
        "LOADTEST_TIMES_FILE": str(OUT / "timings.json"),
        "LOADTEST_HOSTS": ",".join(hosts),
    }
    with open(OUT / "locust.log", "w") as output:
        locust = subprocess.Popen(command, env=env, cwd=ROOT, stdout=output, stderr=output)
        before, machine = _process_times(), _machine_seconds()
        # Near the end, while locust still runs: its own time is counted too.
        try:
            locust.wait(max(1, seconds - 2))
        except subprocess.TimeoutExpired:
            pass
        cpu = cpu_shares(before, _process_times(), _machine_seconds() - machine)
        result = locust
        result.wait()
    if result.returncode not in (0, 1):  # 1: some requests failed, reported below
        raise SystemExit(f"locust exited with {result.returncode}")
    if not status_file.exists():
        raise SystemExit(f"locust wrote no status; see {OUT / 'locust.log'}")
    return {**json.loads(status_file.read_text()), "cpu_share": cpu}


def p95(values):
    """The 95th percentile (nearest rank) of ``values``, rounded to a millisecond."""
    ordered = sorted(values)
    return round(ordered[max(0, -(-len(ordered) * 95 // 100) - 1)]) if ordered else 0


def p95_by_phase(timings, windows):
    """p95 per page of the quiet phase, and per fault (its window and RECOVERY after it)."""
    quiet, by_fault = {}, {name: {} for name in windows}
    for start, name, milliseconds in timings:
        inside = [
            fault for fault, (begin, end) in windows.items() if begin <= start <= end + RECOVERY
        ]
        for fault in inside:
            by_fault[fault].setdefault(name, []).append(milliseconds)
        if not inside:
            quiet.setdefault(name, []).append(milliseconds)
    return (
        {name: p95(values) for name, values in sorted(quiet.items())},
        {
            fault: {name: p95(values) for name, values in sorted(pages.items())}
            for fault, pages in by_fault.items()
        },
    )


def locust_stats():
    requests, p50s, p95s = 0, {}, {}
    with open(OUT / "locust_stats.csv") as stats:
        for row in csv.DictReader(stats):
            if row["Name"] == "Aggregated":
                requests = int(row["Request Count"])
                continue
            p50s[row["Name"]] = float(row["50%"] or 0)
            p95s[row["Name"]] = float(row["95%"] or 0)
    return requests, p50s, p95s


COUNT = """
import json
from django.apps import apps
Booking = next(m for m in apps.get_models() if m.__name__ == "Booking" and hasattr(m, "page"))
mine = Booking.objects.filter(client__email__endswith="@loadtest.example")
live = Booking.objects.exclude(status="cancelled")
# Sorted by start, any overlap on a page shows between two neighbours.
pairs = 0
rows = list(live.order_by("page_id", "start").values_list("page_id", "start", "end"))
for (page_a, start_a, end_a), (page_b, start_b, end_b) in zip(rows, rows[1:]):
    if page_a == page_b and start_b < end_a:
        pairs += 1
from django.db.models import Count
from wagtail_seloste.models import OutboxEmail
emails = OutboxEmail.objects.filter(label__endswith=": confirmation")
print(json.dumps({"bookings": mine.count(), "double_bookings": pairs,
                  "ids": list(mine.values_list("pk", flat=True)),
                  "outbox": dict(emails.values_list("status").annotate(n=Count("pk"))),
                  "retried": emails.filter(attempts__gt=1).count()}))
"""


def count_bookings(env):
    out = subprocess.run(
        [PY, str(ROOT / "example_site" / "manage.py"), "shell", "-c", COUNT],
        env={**env, "DJANGO_SETTINGS_MODULE": "example_site.settings.production"},
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def stack(*args, env):
    subprocess.run([PY, str(HERE / "stack.py"), *args], env=env, cwd=ROOT, check=True)


def main():
    if "--saturate" in sys.argv[1:]:
        import saturate

        return saturate.main()
    busy = ports_free()
    if busy:
        raise SystemExit(
            f"127.0.0.1:{busy} is in use: stop the running stack (make production-down) first."
        )
    if stack_module.running_pid():
        raise SystemExit(
            f"a stack is running (pid {stack_module.running_pid()}): stop it first "
            "(make production-down); the load test starts its own."
        )
    started = time.monotonic()
    redis_host, redis_port = "127.0.0.1", 6379
    database = TcpProxy("127.0.0.1", int(DATABASE.rsplit(":", 1)[1].split("/")[0])).start()
    redis = TcpProxy(redis_host, redis_port).start()
    env = stack_env(database_port=database.port, redis_port=redis.port)
    sink = Sink()
    smtp = SmtpServer(sink)
    smtp.up()
    log("preparing a fresh database")
    fresh_database(DATABASE, {**env, "DATABASE_URL": DATABASE})
    log(f"starting the stack (PostgreSQL through :{database.port}, Redis through :{redis.port})")
    try:
        stack("--detach", env=env)
    except subprocess.CalledProcessError as error:
        smtp.down()
        raise SystemExit(
            f"the stack did not start (exit {error.returncode}); see its log"
        ) from error
    stop_event = threading.Event()
    ran, windows = [], {}
    try:
        log(f"{USERS} visitors for {SECONDS} s; faults: {[f[0] for f in planned_faults()]}")
        fault_thread = threading.Thread(
            target=faults,
            args=(
                stop_event,
                {"smtp": smtp, "redis": redis, "database": database},
                ran,
                windows,
            ),
            daemon=True,
        )
        fault_thread.start()
        status = run_locust(env)
        stop_event.set()
        fault_thread.join()
        if not smtp.running:
            smtp.up()
        redis.up()
        database.up()
        counts = count_bookings({**env, "DATABASE_URL": DATABASE})
        ids = set(counts["ids"])
        deadline = time.monotonic() + DRAIN
        log(f"waiting up to {DRAIN} s for the emails still due")
        while time.monotonic() < deadline and not ids <= set(sink.confirmations):
            time.sleep(1)
        time.sleep(2)  # a duplicate in flight would arrive now
        counts = count_bookings({**env, "DATABASE_URL": DATABASE})
    finally:
        stack("--stop", env=env)
        smtp.down()
        redis.close()
        database.close()
    requests, p50_ms, p95_ms = locust_stats()
    p95_quiet, p95_faults = p95_by_phase(json.loads((OUT / "timings.json").read_text()), windows)
    ids = set(counts["ids"])
    delivered = {pk: n for pk, n in sink.confirmations.items() if pk in ids}
    lost = len(ids - set(delivered))
    doubled = sum(1 for n in delivered.values() if n > 1)
    totals = {key: sum(status.get(key, {}).values()) for key in ("500", "503", "errors")}
    log(
        f"{time.monotonic() - started:.0f} s in all; {sink.messages} messages received; "
        f"confirmations lost {lost}, doubled {doubled}; confirmations sent only on a retry "
        f"{counts['retried']}; outbox {counts['outbox']}; by page: 500 {status.get('500')}, "
        f"503 {status.get('503')}, no answer {status.get('errors')}"
    )
    print(
        json.dumps(
            {
                "requests": requests,
                "500": totals["500"],
                "503": totals["503"],
                "errors": totals["errors"],
                "p50_ms": p50_ms,
                "p95_ms": p95_ms,
                "p95_ms_quiet": p95_quiet,
                "p95_ms_by_fault": p95_faults,
                "bookings": counts["bookings"],
                "double_bookings": counts["double_bookings"],
                "emails_sent": sum(delivered.values()),
                "confirmations_lost": lost,
                "confirmations_doubled": doubled,
                "faults": ran,
                # Share of the machine's CPU (both cores = 1.0) per process group, during the load.
                "cpu_share": status["cpu_share"],
            }
        )
    )
    failed = (
        totals["500"]
        or totals["errors"]
        or not counts["bookings"]
        or counts["double_bookings"]
        or lost
        or doubled
    )
    sys.exit(2 if failed else 0)


if __name__ == "__main__":
    main()
