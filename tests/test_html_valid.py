"""Every public page state is valid HTML by the Nu HTML Checker (vnu.jar), in fi, sv and en.

The checker is Java: ``make test`` installs vnu.jar from the npm registry (package vnu-jar)
into .venv/node_modules, next to axe-core. Without Java or the jar the test is skipped with
the reason, except in CI (the CI variable is set), where it fails instead.
"""

import json
import os
import shutil
import subprocess
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.public_pages import public_pages

REPO = Path(__file__).resolve().parents[1]


def vnu_jar():
    candidates = [REPO / ".venv" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"]
    if os.environ.get("VNU_JAR"):
        candidates.insert(0, Path(os.environ["VNU_JAR"]))
    return next((path for path in candidates if path.is_file()), None)


def _unavailable(reason):
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set, so this fails instead of skipping)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def checker():
    java = shutil.which("java")
    if java is None:
        _unavailable("Java not found: the Nu HTML Checker needs Java 11 or later")
    jar = vnu_jar()
    if jar is None:
        _unavailable(
            "vnu.jar not found: run `make test` (installs the npm package vnu-jar into "
            ".venv/node_modules) or set VNU_JAR"
        )
    return [java, "-jar", str(jar)]


def errors(checker, files):
    """The checker's errors per file name."""
    result = subprocess.run(
        [*checker, "--format", "json", "--exit-zero-always", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    found = {}
    for message in json.loads(result.stderr or result.stdout)["messages"]:
        if message.get("type") == "error" or message.get("subType") == "fatal":
            name = Path(message.get("url", "")).name
            found.setdefault(name, []).append(
                f"line {message.get('lastLine')}: {message['message']} "
                f"[{message.get('extract', '').strip()[:80]}]"
            )
    return found


@pytest.mark.django_db
def test_every_public_page_state_is_valid_html(checker, client, migrated_db, tmp_path):
    call_command("load_initial_data", stdout=StringIO())
    files = {}
    for language in ("fi", "sv", "en"):
        for name, response in public_pages(client, language):
            assert response.status_code < 500, f"{language} {name}: {response.status_code}"
            assert response["Content-Type"].startswith("text/html"), f"{language} {name}"
            path = tmp_path / f"{language}-{name.replace(':', '').replace(' ', '-')}.html"
            path.write_bytes(response.content)
            files[path.name] = f"{language} {name}"
    assert len(files) >= 90, "every state of every language is checked"

    # A page with a known error proves the checker ran and its answer was read.
    (tmp_path / "canary.html").write_text(
        '<!DOCTYPE html><html lang="fi"><head><title>x</title></head>'
        '<body><form action=""></form></body></html>'
    )

    found = errors(checker, sorted(tmp_path.glob("*.html")))

    assert len(found.pop("canary.html", [])) == 1
    assert {files[name]: messages for name, messages in found.items()} == {}
