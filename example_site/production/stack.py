"""The production stack of the example site on this machine: `make production`.

    python example_site/production/stack.py            # foreground; Ctrl-C stops everything
    python example_site/production/stack.py --detach   # background (make production-up)
    python example_site/production/stack.py --stop     # stop the background stack

Creates the PostgreSQL database if it is missing, migrates, loads the demo content, collects
the static files, then runs two gunicorn instances (127.0.0.1:8001 and :8002), one task
worker with the scheduled commands inside it (`manage.py seloste_worker`) and, unless
SMTP_SINK=0, an SMTP sink on
127.0.0.1:EMAIL_PORT that stores what it receives as a maildir under var/production/mail/.
A worker or sink that dies is started again after RESTART_DELAY seconds, as systemd's
Restart=always would. Every setting comes from the environment (example_site/settings/
production.py); the defaults below suit a local run over plain HTTP.
"""

import argparse
import json
import os
import secrets
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
MANAGE = ROOT / "example_site" / "manage.py"
STATE = ROOT / "example_site" / "var" / "production"
PIDFILE = STATE / "stack.pid"
LOGFILE = STATE / "stack.log"
READY = STATE / "ready.json"
PORTS = [int(p) for p in os.environ.get("APP_PORTS", "8001,8002").split(",")]
RESTART_DELAY = float(os.environ.get("RESTART_DELAY", "5"))
WORKER_NICE = int(os.environ.get("WORKER_NICE", "10"))


def log(message):
    print(f"[stack] {message}", file=sys.stderr, flush=True)


def environment(overrides=None):
    """The settings of the local run: production settings over plain HTTP on 127.0.0.1."""
    STATE.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, **(overrides or {})}
    env.setdefault("DJANGO_SETTINGS_MODULE", "example_site.settings.production")
    key_file = STATE / "secret_key"
    if "DJANGO_SECRET_KEY" not in env:
        if not key_file.exists():
            key_file.write_text(secrets.token_urlsafe(50))
            key_file.chmod(0o600)
        env["DJANGO_SECRET_KEY"] = key_file.read_text().strip()
    env.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/seloste")
    env.setdefault("REDIS_URL", "redis://127.0.0.1:6379/0")
    # Stacks of other databases on the same Redis (another checkout, the load test) must not
    # read each other's entries: their sites and pages have other ids.
    env.setdefault("CACHE_KEY_PREFIX", "seloste-" + urlsplit(env["DATABASE_URL"]).path.strip("/"))
    env.setdefault("DJANGO_HTTPS", "0")
    env.setdefault("EMAIL_HOST", "127.0.0.1")
    env.setdefault("EMAIL_PORT", "1025")
    env.setdefault("WAGTAILADMIN_BASE_URL", f"http://127.0.0.1:{PORTS[0]}")
    # The production settings have no demo fallbacks: the local run names its hosts and the
    # demo's sender, and acknowledges the deploy warnings that a run on 127.0.0.1 over plain
    # HTTP with the demo's domain gives (docs/deployment.md, "Checks").
    env.setdefault("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost")
    env.setdefault("DEFAULT_FROM_EMAIL", "ajanvaraus@lempeakosketus.example")
    env.setdefault(
        "DJANGO_SILENCED_SYSTEM_CHECKS",
        # E005: the demo's Site is at localhost, which is right for a run on this machine.
        "wagtail_seloste.W207,wagtail_seloste.W208,wagtail_seloste.W209,wagtail_seloste.W211,"
        "wagtail_seloste.E005",
    )
    env.setdefault("STATIC_ROOT", str(STATE / "static"))
    env.setdefault("MEDIA_ROOT", str(STATE / "media"))
    # Two gunicorn instances of GUNICORN_WORKERS processes each share the Redis cache; the
    # deploy checks read WEB_CONCURRENCY to know that several processes serve the site. Each
    # instance has two per core (docs/deployment.md, "App processes"), as it would on a
    # machine of its own: with two per instance, the instance that got more of the load's
    # visitors queued them while the other's processes and half the CPU sat idle.
    workers = int(env.setdefault("GUNICORN_WORKERS", str(2 * (os.cpu_count() or 1))))
    env.setdefault("WEB_CONCURRENCY", str(workers * len(PORTS)))
    env["PYTHONUNBUFFERED"] = "1"
    return env


def create_database(url):
    """CREATE DATABASE when the one in DATABASE_URL does not exist yet (PostgreSQL only)."""
    parts = urlsplit(url)
    if not parts.scheme.startswith("postgres"):
        return
    import psycopg

    name = parts.path.lstrip("/")
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True, connect_timeout=5) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            log(f"creating database {name}")
            conn.execute(f'CREATE DATABASE "{name}"')


def manage(env, *args):
    subprocess.run([sys.executable, str(MANAGE), *args], env=env, check=True, cwd=ROOT)


def prepare(env):
    create_database(env["DATABASE_URL"])
    log("migrate")
    manage(env, "migrate", "--noinput", "-v", "0")
    log("load_initial_data")
    manage(env, "load_initial_data")
    log("collectstatic")
    manage(env, "collectstatic", "--noinput", "-v", "0")


def gunicorn_has_control_socket():
    """Newer gunicorn opens a control socket, one path for every instance unless told apart."""
    out = subprocess.run(
        [sys.executable, "-m", "gunicorn", "--help"], capture_output=True, text=True, check=False
    )
    return "--control-socket" in out.stdout


def commands(env):
    """name -> argv of each long-running process."""
    procs = {}
    control = gunicorn_has_control_socket()
    for port in PORTS:
        procs[f"web-{port}"] = [
            sys.executable,
            "-m",
            "gunicorn",
            "example_site.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            env["GUNICORN_WORKERS"],
            "--timeout",
            "30",
            "--graceful-timeout",
            "10",
            "--max-requests",
            "2000",
            "--max-requests-jitter",
            "200",
            # The app is loaded and warmed once in the master (example_site/wsgi.py calls
            # wagtail_seloste.warmup.warm_up): every worker, also one started again after
            # --max-requests, serves its first request warm (docs/deployment.md).
            "--preload",
            "--chdir",
            str(ROOT),
            *(["--control-socket", str(STATE / f"gunicorn-{port}.ctl")] if control else []),
        ]
    procs["worker"] = [
        sys.executable,
        str(MANAGE),
        # The scheduled commands run in the worker's process (no manage.py start each minute).
        "seloste_worker",
        "--queue-name",
        "*",
        "--interval",
        "0.5",
        "--no-reload",
        # SCHEDULE_SECONDS: a shorter "minute" for the every-minute commands (the load test).
        "--minute",
        env.get("SCHEDULE_SECONDS", "60"),
    ]
    if env.get("SMTP_SINK", "1") != "0":
        # A sink of our own (smtp_sink.py): no dependency, stores a maildir.
        procs["smtp"] = [
            sys.executable,
            str(Path(__file__).resolve().parent / "smtp_sink.py"),
            f"{env['EMAIL_HOST']}:{env['EMAIL_PORT']}",
            str(STATE / "mail"),
        ]
    return procs


class Supervisor:
    """Start the processes in their own sessions, restart the ones that die, stop them all."""

    def __init__(self, env, procs):
        self.env = env
        self.argv = procs
        self.running = {}
        self.died_at = {}
        self.stopping = False

    def start(self, name):
        # The task worker runs at a lower CPU priority (systemd: Nice=10, docs/deployment.md):
        # its emails can wait a few milliseconds, a visitor's page should not.
        nice = WORKER_NICE if name == "worker" else 0
        self.running[name] = subprocess.Popen(
            self.argv[name],
            env=self.env,
            cwd=ROOT,
            start_new_session=True,
            preexec_fn=(lambda: os.nice(nice)) if nice else None,  # noqa: PLW1509
        )
        self.died_at.pop(name, None)
        log(f"{name} started (pid {self.running[name].pid})")

    def pids(self):
        return {name: proc.pid for name, proc in self.running.items()}

    def write_state(self):
        READY.write_text(
            json.dumps({"pids": self.pids(), "ports": PORTS, "stack": os.getpid()}, indent=1)
        )

    def stop(self, *_args):
        self.stopping = True

    def wait_ready(self, timeout=120):
        deadline = time.monotonic() + timeout
        for port in PORTS:
            while True:
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as resp:
                        if resp.status == 200:
                            break
                except (urllib.error.URLError, OSError):
                    pass
                if time.monotonic() > deadline or self.stopping:
                    raise SystemExit(f"127.0.0.1:{port} did not answer in {timeout} s")
                time.sleep(0.5)

    def run(self):
        for name in self.argv:
            self.start(name)
        try:
            self.wait_ready()
        except SystemExit:
            # The processes live in sessions of their own: left running, they would hold the
            # ports of the next start.
            self.shutdown()
            raise
        self.write_state()
        log("ready: " + ", ".join(f"http://127.0.0.1:{port}/" for port in PORTS))
        while not self.stopping:
            for name, proc in list(self.running.items()):
                if proc.poll() is None:
                    continue
                if name not in self.died_at:
                    log(f"{name} exited with {proc.returncode}; restarting in {RESTART_DELAY} s")
                    self.died_at[name] = time.monotonic()
                elif time.monotonic() - self.died_at[name] >= RESTART_DELAY:
                    self.start(name)
                    self.write_state()
            time.sleep(0.2)
        self.shutdown()

    def shutdown(self, grace=20):
        log("stopping")
        # The worker first, so that it finishes its task while the web processes still serve.
        order = sorted(self.running, key=lambda name: name != "worker")
        for name in order:
            if self.running[name].poll() is None:
                self.running[name].send_signal(signal.SIGTERM)
        deadline = time.monotonic() + grace
        for name in order:
            proc = self.running[name]
            try:
                proc.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                log(f"{name} did not stop in {grace} s: killing it")
                proc.kill()
                proc.wait()
        READY.unlink(missing_ok=True)
        PIDFILE.unlink(missing_ok=True)
        log("stopped")


def foreground():
    env = environment()
    supervisor = Supervisor(env, commands(env))
    signal.signal(signal.SIGINT, supervisor.stop)
    signal.signal(signal.SIGTERM, supervisor.stop)
    READY.unlink(missing_ok=True)
    PIDFILE.write_text(str(os.getpid()))
    try:
        prepare(env)
    except (subprocess.CalledProcessError, OSError) as error:
        PIDFILE.unlink(missing_ok=True)
        raise SystemExit(f"[stack] preparing failed: {error}") from error
    supervisor.run()


def running_pid():
    """The pid of a running stack, or None. A pid file whose process is gone, or is now some
    other program (the pid was reused), or a stack that is stopping, is not a running stack."""
    try:
        pid = int(PIDFILE.read_text())
        os.kill(pid, 0)
    except (FileNotFoundError, ValueError, ProcessLookupError, PermissionError):
        return None
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return pid  # no /proc: trust the signal
    if not any(part.endswith(b"stack.py") for part in command):
        return None
    return pid


def detach(timeout=300):
    """Start the stack in the background and return once both app processes answer; exit 1
    when a stack is already running (its settings may not be the caller's)."""
    if running_pid():
        raise SystemExit(
            f"[stack] a stack is already running (pid {running_pid()}): stop it first "
            "(make production-down)."
        )
    STATE.mkdir(parents=True, exist_ok=True)
    READY.unlink(missing_ok=True)
    with open(LOGFILE, "ab") as out:
        proc = subprocess.Popen(
            [sys.executable, __file__],
            stdout=out,
            stderr=out,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
            cwd=ROOT,
        )
    deadline = time.monotonic() + timeout
    while not READY.exists() or json.loads(READY.read_text() or "{}").get("stack") != proc.pid:
        if proc.poll() is not None or time.monotonic() > deadline:
            raise SystemExit(f"[stack] did not start; see {LOGFILE}")
        time.sleep(0.5)
    log(f"running in the background (pid {proc.pid}); log: {LOGFILE}")


def stop(timeout=60):
    pid = running_pid()
    if pid is None:
        log("not running")
        return
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while running_pid() == pid and time.monotonic() < deadline:
        time.sleep(0.2)
    log("stopped" if running_pid() != pid else f"pid {pid} still running")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--detach", action="store_true", help="run in the background")
    group.add_argument("--stop", action="store_true", help="stop the background stack")
    options = parser.parse_args()
    if options.detach:
        detach()
    elif options.stop:
        stop()
    else:
        foreground()
