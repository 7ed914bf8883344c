"""`make loadtest`: load and faults against the production stack, about two minutes.

1. An SMTP sink (aiosmtpd) on 127.0.0.1:LOADTEST_SMTP_PORT counts what it receives; booking
   confirmations are recognised by their calendar attachment and counted per booking.
2. The stack of stack.py starts on a fresh database (LOADTEST_DATABASE, dropped and created),
   with the sink as its SMTP server and the rate limit of booking confirmations raised.
3. Locust runs headless for LOADTEST_SECONDS with LOADTEST_USERS visitors (locustfile.py), every
   request to 127.0.0.1. Meanwhile the task worker is killed (SIGKILL) and restarted by the
   stack after RESTART_DELAY seconds, and the SMTP sink is down for a while.
4. After the load the stack gets LOADTEST_DRAIN seconds to deliver what is still due; then the
   bookings and double bookings are counted in the database and the confirmations in the sink.

The last line printed is one JSON object: requests, 5xx, p50_ms and p95_ms per page,
bookings, double_bookings, emails_sent.
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

from aiosmtpd.controller import Controller

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import stack as stack_module  # noqa: E402

ROOT = HERE.parents[1]
STATE = ROOT / "example_site" / "var" / "production"
OUT = STATE / "loadtest"
PY = sys.executable

SECONDS = int(os.environ.get("LOADTEST_SECONDS", "50"))
USERS = int(os.environ.get("LOADTEST_USERS", "20"))
DRAIN = int(os.environ.get("LOADTEST_DRAIN", "30"))
SMTP_PORT = int(os.environ.get("LOADTEST_SMTP_PORT", "1025"))
DATABASE = os.environ.get(
    "LOADTEST_DATABASE", "postgres://postgres@127.0.0.1:5432/seloste_loadtest"
)
UID = re.compile(r"^UID:booking-(\d+)@", re.MULTILINE)


def log(message):
    print(f"[loadtest] {message}", flush=True)


class Sink:
    """Accepts every message; counts confirmations per booking number."""

    def __init__(self):
        self.lock = threading.Lock()
        self.messages = 0
        self.confirmations = Counter()

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's API
        message = email.message_from_bytes(envelope.content)
        with self.lock:
            self.messages += 1
            for part in message.walk():
                if part.get_content_type() == "text/calendar":
                    found = UID.search(part.get_payload(decode=True).decode("utf-8", "replace"))
                    if found:
                        self.confirmations[int(found.group(1))] += 1
        return "250 OK"


class SmtpServer:
    def __init__(self, handler):
        self.handler = handler
        self.controller = None

    def up(self):
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=SMTP_PORT)
        self.controller.start()

    def down(self):
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


def stack_env():
    return stack_module.environment(
        dict(
            DATABASE_URL=DATABASE,
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


def ports_free():
    import socket

    for port in (8001, 8002, SMTP_PORT):
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return port
    return None


def stack_pids():
    return json.loads((STATE / "ready.json").read_text())["pids"]


def faults(stop_event, timeline):
    """Kill the worker at 25 % of the run; SMTP down from 40 % to 70 %."""
    plan = [
        (0.25, "kill worker"),
        (0.40, "smtp down"),
        (0.70, "smtp up"),
    ]
    start = time.monotonic()
    for share, action in plan:
        while time.monotonic() - start < SECONDS * share:
            if stop_event.wait(0.2):
                return
        if action == "kill worker":
            pid = stack_pids()["worker"]
            os.kill(pid, signal.SIGKILL)
        elif action == "smtp down":
            timeline["smtp"].down()
        else:
            timeline["smtp"].up()
        log(f"{time.monotonic() - start:5.1f} s: {action}")


def run_locust(env):
    OUT.mkdir(parents=True, exist_ok=True)
    status_file = OUT / "status.json"
    status_file.unlink(missing_ok=True)
    command = [
        PY,
        "-m",
        "locust",
        "-f",
        str(HERE / "locustfile.py"),
        "--headless",
        "--users",
        str(USERS),
        "--spawn-rate",
        str(max(1, USERS // 5)),
        "--run-time",
        f"{SECONDS}s",
        "--host",
        "http://127.0.0.1:8001",
        "--csv",
        str(OUT / "locust"),
        "--only-summary",
        "--loglevel",
        "WARNING",
        "--stop-timeout",
        "10",
    ]
    env = {**env, "LOADTEST_STATUS_FILE": str(status_file)}
    with open(OUT / "locust.log", "w") as output:
        result = subprocess.run(command, env=env, cwd=ROOT, stdout=output, stderr=output)
    if result.returncode not in (0, 1):  # 1: some requests failed, reported below
        raise SystemExit(f"locust exited with {result.returncode}")
    return json.loads(status_file.read_text()) if status_file.exists() else {"5xx": {}}


def locust_stats():
    requests, p50, p95 = 0, {}, {}
    with open(OUT / "locust_stats.csv") as stats:
        for row in csv.DictReader(stats):
            if row["Name"] == "Aggregated":
                requests = int(row["Request Count"])
                continue
            p50[row["Name"]] = float(row["50%"] or 0)
            p95[row["Name"]] = float(row["95%"] or 0)
    return requests, p50, p95


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
    busy = ports_free()
    if busy:
        raise SystemExit(
            f"127.0.0.1:{busy} is in use: stop the running stack (make production-down) first."
        )
    started = time.monotonic()
    env = stack_env()
    sink = Sink()
    smtp = SmtpServer(sink)
    smtp.up()
    log("preparing a fresh database")
    fresh_database(DATABASE, env)
    log("starting the stack")
    stack("--detach", env=env)
    stop_event = threading.Event()
    try:
        log(f"{USERS} visitors for {SECONDS} s")
        fault_thread = threading.Thread(
            target=faults, args=(stop_event, {"smtp": smtp}), daemon=True
        )
        fault_thread.start()
        status = run_locust(env)
        stop_event.set()
        fault_thread.join()
        if smtp.controller is None:
            smtp.up()
        counts = count_bookings(env)
        ids = set(counts["ids"])
        deadline = time.monotonic() + DRAIN
        log(f"waiting up to {DRAIN} s for the emails still due")
        while time.monotonic() < deadline and not ids <= set(sink.confirmations):
            time.sleep(1)
        time.sleep(2)  # a duplicate in flight would arrive now
        counts = count_bookings(env)
    finally:
        stack("--stop", env=env)
        smtp.down()
    requests, p50, p95 = locust_stats()
    ids = set(counts["ids"])
    delivered = {pk: n for pk, n in sink.confirmations.items() if pk in ids}
    lost = len(ids - set(delivered))
    doubled = sum(1 for n in delivered.values() if n > 1)
    server_errors = sum(status["5xx"].values())
    log(
        f"{time.monotonic() - started:.0f} s in all; {sink.messages} messages received; "
        f"confirmations lost {lost}, doubled {doubled}; confirmations sent only on a retry "
        f"{counts['retried']}; outbox {counts['outbox']}; 5xx by page {status['5xx']}"
    )
    print(
        json.dumps(
            {
                "requests": requests,
                "5xx": server_errors,
                "p50_ms": p50,
                "p95_ms": p95,
                "bookings": counts["bookings"],
                "double_bookings": counts["double_bookings"],
                "emails_sent": sum(delivered.values()),
            }
        )
    )


if __name__ == "__main__":
    main()
