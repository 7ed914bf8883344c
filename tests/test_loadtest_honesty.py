"""`make loadtest` and the production stack are honest about what they ran against (issue 22):
a stale pid file is not a running stack, the SMTP sink needs no extra package, the faults
are listed, and refused connections count as errors."""

import importlib.util
import os
import smtplib
import socket
import sys
from pathlib import Path

import pytest

PRODUCTION = Path(__file__).resolve().parents[1] / "example_site" / "production"


def load(name):
    sys.path.insert(0, str(PRODUCTION))
    try:
        spec = importlib.util.spec_from_file_location(f"seloste_{name}", PRODUCTION / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(PRODUCTION))
    return module


@pytest.fixture
def stack(tmp_path, monkeypatch):
    module = load("stack")
    monkeypatch.setattr(module, "PIDFILE", tmp_path / "stack.pid")
    return module


def test_a_pid_file_of_a_process_that_is_gone_is_no_running_stack(stack):
    stack.PIDFILE.write_text("999999999")

    assert stack.running_pid() is None


def test_a_pid_file_of_another_program_is_no_running_stack(stack):
    stack.PIDFILE.write_text(str(os.getpid()))  # pytest: a live process, not a stack

    assert stack.running_pid() is None


def test_starting_a_second_stack_fails_saying_why(stack, monkeypatch):
    monkeypatch.setattr(stack, "running_pid", lambda: 4242)

    with pytest.raises(SystemExit) as raised:
        stack.detach()

    assert "already running (pid 4242)" in str(raised.value)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_the_built_in_smtp_sink_receives_a_message():
    received = []
    sink = load("smtp_sink").SmtpSink(received.append, "127.0.0.1", free_port())
    sink.up()
    try:
        with smtplib.SMTP(sink.host, sink.port, timeout=5) as smtp:
            smtp.sendmail("a@example.fi", ["b@example.fi"], "Subject: hei\r\n\r\n.line\r\n")
    finally:
        sink.down()

    assert len(received) == 1 and b"Subject: hei" in received[0]


def test_the_smtp_sink_can_go_down_and_up_again():
    received = []
    sink = load("smtp_sink").SmtpSink(received.append, "127.0.0.1", free_port())
    sink.up()
    sink.down()
    refused = socket.socket().connect_ex((sink.host, sink.port)) != 0
    sink.up()
    try:
        with smtplib.SMTP(sink.host, sink.port, timeout=5) as smtp:
            smtp.sendmail("a@example.fi", ["b@example.fi"], "Subject: again\r\n\r\nx\r\n")
    finally:
        sink.down()

    assert refused and len(received) == 1


@pytest.fixture
def loadtest():
    pytest.importorskip("psycopg")
    return load("loadtest")


def test_the_stack_reaches_the_shared_servers_through_the_proxies(loadtest):
    assert (
        loadtest.through("postgres://postgres@127.0.0.1:5432/seloste_loadtest", 40001)
        == "postgres://postgres@127.0.0.1:40001/seloste_loadtest"
    )


def test_the_default_run_has_every_fault_of_the_issue(loadtest):
    names = [fault[0] for fault in loadtest.planned_faults()]

    assert names == ["worker killed", "SMTP down", "Redis down 30 s", "database down 20 s"]


def test_a_short_run_leaves_out_the_faults_that_do_not_fit(loadtest, monkeypatch):
    monkeypatch.setattr(loadtest, "SECONDS", 50)

    assert [fault[0] for fault in loadtest.planned_faults()] == ["worker killed", "SMTP down"]


def test_the_quiet_phase_leaves_out_the_requests_of_a_fault_and_its_recovery(loadtest):
    windows = {"Redis down 30 s": [100.0, 130.0]}
    timings = [(50.0, "home", 20.0), (120.0, "home", 900.0), (133.0, "home", 800.0)]

    quiet, by_fault = loadtest.p95_by_phase(timings, windows)

    assert (quiet, by_fault) == ({"home": 20}, {"Redis down 30 s": {"home": 900}})


def test_the_default_run_has_a_quiet_phase_after_the_last_fault(loadtest):
    last_end = max(at + lasts for _name, at, lasts in loadtest.planned_faults())

    assert loadtest.SECONDS - last_end - loadtest.RECOVERY >= 30


def test_stacks_of_two_databases_keep_apart_in_the_shared_redis(stack):
    prefixes = {
        stack.environment({"DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{name}"})[
            "CACHE_KEY_PREFIX"
        ]
        for name in ("seloste", "seloste_loadtest")
    }

    assert len(prefixes) == 2


def test_each_app_instance_has_two_processes_per_core(stack, monkeypatch):
    monkeypatch.delenv("GUNICORN_WORKERS", raising=False)

    assert stack.environment()["GUNICORN_WORKERS"] == str(2 * (os.cpu_count() or 1))


def test_the_task_worker_runs_at_a_lower_cpu_priority_than_the_app(stack):
    supervisor = stack.Supervisor(
        {**os.environ}, {"worker": ["sleep", "5"], "web-8001": ["sleep", "5"]}
    )
    supervisor.start("worker")
    supervisor.start("web-8001")
    try:
        nice = {
            name: int(Path(f"/proc/{proc.pid}/stat").read_text().rsplit(")", 1)[1].split()[16])
            for name, proc in supervisor.running.items()
        }
    finally:
        for proc in supervisor.running.values():
            proc.kill()
            proc.wait()

    # Niceness is relative to the starting process and stops at 19 (a test run that is itself
    # niced must not fail for it).
    assert nice["worker"] == min(nice["web-8001"] + stack.WORKER_NICE, 19)
    assert nice["worker"] > nice["web-8001"] or nice["web-8001"] == 19
