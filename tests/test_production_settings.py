"""The example site's production settings: from the environment, no demo fallbacks, `check
--deploy` clean once configured and naming what is not, hosts never ['']."""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

pytest.importorskip("django_tasks_db")
pytest.importorskip("whitenoise")

MANAGE = Path(__file__).resolve().parents[1] / "example_site" / "manage.py"


# The checks read the settings, not a database's content: an empty database of the tests'
# own, never the machine's `seloste` database that `make production` fills with the demo (its
# Site at localhost would add check E005 to every answer).
EMPTY_DATABASE = "sqlite:///" + str(Path(tempfile.mkdtemp(prefix="seloste-settings-")) / "db")


def manage(*args, **env):
    environment = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "WEB_CONC"))},
        "DJANGO_SETTINGS_MODULE": "example_site.settings.production",
        "DJANGO_SECRET_KEY": "tests-only-" + "k3Y9pQ2vW7" * 6,
        "DATABASE_URL": EMPTY_DATABASE,
        **env,
    }
    return subprocess.run(
        [sys.executable, str(MANAGE), *args], env=environment, capture_output=True, text=True
    )


CONFIGURED = {
    "DJANGO_ALLOWED_HOSTS": "www.hieronta.fi",
    "DEFAULT_FROM_EMAIL": "ajanvaraus@hieronta.fi",
    "WAGTAILADMIN_BASE_URL": "https://www.hieronta.fi",
}


def test_check_deploy_is_clean_when_the_deployment_is_configured():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **CONFIGURED)

    assert result.returncode == 0, result.stdout + result.stderr


def test_check_deploy_names_each_setting_an_unconfigured_production_leaves_unset():
    result = manage("check", "--deploy", "--fail-level", "WARNING")
    output = result.stdout + result.stderr

    assert result.returncode != 0
    for check_id in ("wagtail_seloste.E201", "wagtail_seloste.W202", "wagtail_seloste.W203"):
        assert check_id in output


def test_no_demo_value_fills_in_for_a_missing_variable():
    script = (
        "from django.conf import settings; "
        "print(settings.ALLOWED_HOSTS, settings.DEFAULT_FROM_EMAIL, "
        "repr(settings.WAGTAILADMIN_BASE_URL))"
    )

    output = manage("shell", "-c", script).stdout.strip().splitlines()[-1]

    assert output == "[] webmaster@localhost ''"


def test_a_wildcard_host_and_plain_http_are_reported():
    environment = {**CONFIGURED, "DJANGO_ALLOWED_HOSTS": "*", "DJANGO_HTTPS": "0"}

    result = manage("check", "--deploy", "--fail-level", "WARNING", **environment)
    output = result.stdout + result.stderr

    assert "wagtail_seloste.W210" in output
    assert "wagtail_seloste.W209" in output


def test_a_warning_is_acknowledged_through_the_environment():
    environment = {
        **CONFIGURED,
        "DJANGO_HTTPS": "0",
        "DJANGO_SILENCED_SYSTEM_CHECKS": "wagtail_seloste.W209",
    }

    result = manage("check", "--deploy", "--fail-level", "WARNING", **environment)

    assert result.returncode == 0, result.stdout + result.stderr


def test_make_productions_environment_passes_check_deploy():
    from example_site.production.stack import environment

    stack = environment({"DJANGO_SECRET_KEY": "tests-only-" + "k3Y9pQ2vW7" * 6})
    passed = {
        name: stack[name]
        for name in (
            "DJANGO_ALLOWED_HOSTS",
            "DEFAULT_FROM_EMAIL",
            "WAGTAILADMIN_BASE_URL",
            "DJANGO_HTTPS",
            "DJANGO_SILENCED_SYSTEM_CHECKS",
        )
    }

    result = manage("check", "--deploy", "--fail-level", "WARNING", **passed)

    assert result.returncode == 0, result.stdout + result.stderr


def test_the_production_extra_brings_what_the_settings_import():
    import tomllib

    pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
    extra = tomllib.loads(pyproject.read_text())["project"]["optional-dependencies"]["production"]

    assert any(requirement.startswith("dj-database-url") for requirement in extra)


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


def test_the_mail_server_comes_from_the_environment_on_every_supported_django():
    # Django 6.1 reads MAILERS (the EMAIL_* settings are deprecated there); older ones EMAIL_*.
    script = (
        "from django.core.mail import get_connection\n"
        "import warnings; warnings.simplefilter('ignore')\n"
        "c = get_connection(); print(type(c).__module__, c.host, c.port, c.timeout)"
    )
    result = manage(
        "shell",
        "-c",
        script,
        EMAIL_HOST="smtp.hieronta.example",
        EMAIL_PORT="587",
        EMAIL_TIMEOUT="7",
    )

    assert result.stdout.strip().splitlines()[-1] == (
        "django.core.mail.backends.smtp smtp.hieronta.example 587 7"
    ), result.stderr
