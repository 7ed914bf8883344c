"""End-to-end tests in headless Chromium (Debian's package) through Playwright's Python API.

Reusable by every feature: ``browser`` (one per session), ``new_page(javascript=True)``,
``demo_url`` (the example site with its demo content on pytest-django's live server) and
``axe_violations(page)`` (an axe-core scan). Mark the tests ``@pytest.mark.browser``.

Without /usr/bin/chromium the tests are skipped, except when the CI environment variable is
set: then a missing browser (or axe-core) fails the run. No browser is ever downloaded.
"""

import os
import shutil
import threading
import time
from pathlib import Path

import pytest
from django.core.management import call_command

# Playwright's sync API runs an event loop in this thread; the tests still call the ORM
# (loading demo data, publishing) between browser steps, which Django would refuse.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
REPO = Path(__file__).resolve().parents[2]


def _unavailable(reason):
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set, so this fails instead of skipping)", pytrace=False)
    pytest.skip(reason)


def axe_core_path():
    """axe-core from the repository's .venv (``make test`` installs it), else $AXE_CORE_JS."""
    candidates = [REPO / ".venv" / "node_modules" / "axe-core" / "axe.min.js"]
    if os.environ.get("AXE_CORE_JS"):
        candidates.append(Path(os.environ["AXE_CORE_JS"]))
    return next((path for path in candidates if path.is_file()), None)


@pytest.fixture(scope="session")
def browser():
    if not (Path(CHROMIUM).is_file() or shutil.which(CHROMIUM)):
        _unavailable(f"Chromium not found at {CHROMIUM}: install Debian's chromium package")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright is not installed: pip install -e '.[dev]'")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser):
    """``new_page(javascript=True)``: a page in a fresh browser context (no cookies)."""
    contexts = []

    def make(javascript=True):
        context = browser.new_context(java_script_enabled=javascript, locale="fi-FI")
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()
    _wait_for_requests_in_flight()


def _wait_for_requests_in_flight(seconds=10):
    """Wait until the live server has answered every request the browser had sent.

    A closed page does not stop a request the server is still handling (an asset, a fetch):
    its thread may still hold a read lock on the in-memory SQLite database when the
    transactional test's flush runs, which then fails with "database table is locked" and
    leaves the next test the rows of this one (seen under two processes on a loaded machine).
    The live server answers each request in a thread named for ``process_request_thread``.
    """
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        busy = [
            thread
            for thread in threading.enumerate()
            if "process_request_thread" in thread.name and thread.is_alive()
        ]
        if not busy:
            return
        time.sleep(0.05)


@pytest.fixture
def demo_url(live_server, migrated_db):
    """The example site with its demo content, served by the live server.

    The live server runs on a random port of localhost; the demo's default Site is
    ``localhost:80``, which Wagtail finds by its unique hostname whatever the port.
    Mark the tests ``django_db(transaction=True)``.
    """
    from io import StringIO

    call_command("load_initial_data", stdout=StringIO())
    return live_server.url


@pytest.fixture(scope="session")
def axe_source():
    path = axe_core_path()
    if path is None:
        _unavailable(
            "axe-core not found: run `make test` (installs it into .venv/node_modules) or set "
            "AXE_CORE_JS to axe.min.js"
        )
    return path.read_text(encoding="utf-8")


SETTLE_JS = """async () => {
    const running = document.getAnimations().filter((a) => a.playState === "running");
    const finite = running.filter((a) => {
        const timing = a.effect && a.effect.getComputedTiming();
        return timing && Number.isFinite(timing.endTime);
    });
    const timeout = new Promise((resolve) => setTimeout(resolve, 3000));
    await Promise.race([Promise.all(finite.map((a) => a.finished.catch(() => null))), timeout]);
}"""


@pytest.fixture
def axe_violations(axe_source):
    """``axe_violations(page)``: the serious and critical axe-core violations on the page."""

    def scan(page):
        # Colours are read as painted: a message or button still fading in (Wagtail animates
        # its messages) is measured half-transparent, which a loaded CI machine caught as a
        # contrast failure. Scan once the page's animations and transitions have finished.
        page.evaluate(SETTLE_JS)
        page.add_script_tag(content=axe_source)
        result = page.evaluate("async () => await axe.run(document)")
        return [
            {
                "id": violation["id"],
                "impact": violation["impact"],
                "nodes": [node["target"] for node in violation["nodes"]],
            }
            for violation in result["violations"]
            if violation["impact"] in ("serious", "critical")
        ]

    return scan
