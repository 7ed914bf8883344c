"""The example site's production settings: `check --deploy` clean, hosts never ['']."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("django_tasks_db")
pytest.importorskip("whitenoise")

MANAGE = Path(__file__).resolve().parents[1] / "example_site" / "manage.py"


def manage(*args, **env):
    environment = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "WEB_CONC"))},
        "DJANGO_SETTINGS_MODULE": "example_site.settings.production",
        "DJANGO_SECRET_KEY": "tests-only-" + "k3Y9pQ2vW7" * 6,
        **env,
    }
    return subprocess.run(
        [sys.executable, str(MANAGE), *args], env=environment, capture_output=True, text=True
    )


def test_check_deploy_is_clean_with_the_defaults():
    result = manage("check", "--deploy", "--fail-level", "WARNING")

    assert result.returncode == 0, result.stdout + result.stderr


def test_an_unset_or_empty_hosts_variable_never_allows_the_empty_host():
    script = "from django.conf import settings; print(settings.ALLOWED_HOSTS)"

    unset = manage("shell", "-c", script).stdout
    empty = manage("shell", "-c", script, DJANGO_ALLOWED_HOSTS="").stdout
    listed = manage("shell", "-c", script, DJANGO_ALLOWED_HOSTS="www.hieronta.example, ").stdout

    assert "''" not in unset + empty + listed
    assert listed.strip().splitlines()[-1] == "['www.hieronta.example']"


def test_without_a_secret_key_the_settings_refuse_to_load():
    result = manage("check", DJANGO_SECRET_KEY="")

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr
