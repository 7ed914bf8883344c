"""The install walk: docs/installation.md followed on a fresh `wagtail start` project.

The built wheel (SELOSTE_WHEEL_DIR, or one built here) is installed without dependencies into a
temporary folder that is put first on the project's PYTHONPATH, so the project imports the
wheel's files, not this checkout. The settings, URLs and base template are taken from the code
blocks of docs/installation.md marked ``<!-- install-walk: append|write PATH -->``, so the docs
and this test cannot drift apart. Then `check`, `migrate`, the three pages, and each rendered
through Django's test client.

Slow (about a minute): it runs in .ci/run after the wheel is built, or with ``pytest -m slow``.
"""

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]
DOC = REPO / "docs" / "installation.md"
MARKED_BLOCK = re.compile(
    r"<!-- install-walk: (append|write) (\S+) -->\s*\n```\w*\n(.*?)\n```", re.DOTALL
)


@pytest.fixture(autouse=True)
def only_when_selected(request):
    expression = request.config.option.markexpr or ""
    if "slow" not in expression or "not slow" in expression:
        pytest.skip("the install walk runs with -m slow (.ci/run does)")


def run(args, cwd, env, timeout=300):
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, (
        f"{' '.join(map(str, args))} failed:\n{result.stdout}\n{result.stderr}"
    )
    return result.stdout + result.stderr


def documented_steps():
    steps = MARKED_BLOCK.findall(DOC.read_text(encoding="utf-8"))
    assert {path for _mode, path, _code in steps} == {
        "mysite/settings/base.py",
        "mysite/urls.py",
        "mysite/templates/base.html",
    }, "docs/installation.md lost a marked step of the install walk"
    return steps


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    given = os.environ.get("SELOSTE_WHEEL_DIR")
    # Resolved here: the walk runs pip from the new project's folder.
    folder = Path(given).resolve() if given else tmp_path_factory.mktemp("dist")
    if not given:
        run(
            [sys.executable, "-m", "build", "--wheel", "--outdir", str(folder), str(REPO)],
            cwd=REPO,
            env=os.environ,
        )
    [found] = folder.glob("wagtail_seloste-*.whl")
    return found


PAGES_AND_RENDER = textwrap.dedent(
    """
    import json
    from django.apps import apps
    from django.test import Client
    from wagtail.models import Page, Site

    def model(name):
        return next(m for m in apps.get_models() if m.__name__ == name)

    home = Site.objects.get(is_default_site=True).root_page.specific
    NoticePage, BookingPage, RequestPage = (
        model("NoticePage"), model("BookingPage"), model("RightsRequestPage"))
    notice = home.add_child(instance=NoticePage(title="Tietosuojaseloste", slug="tietosuojaseloste"))
    notice.save_revision().publish()
    booking = BookingPage(title="Ajanvaraus", slug="ajanvaraus")
    Service = BookingPage._meta.get_field("services").related_model
    booking.services = [Service(name="Valmennus", duration_minutes=60, price="80.00")]
    home.add_child(instance=booking)
    booking.save_revision().publish()
    request_page = home.add_child(instance=RequestPage(title="Tietopyynto", slug="tietopyynto"))
    request_page.save_revision().publish()

    client = Client()
    result = {}
    for name, page in [("notice", notice), ("booking", booking), ("request", request_page)]:
        response = client.get(page.url, follow=True)
        html = response.content.decode()
        result[name] = {
            "status": response.status_code,
            "plugin_css": "/static/wagtail_seloste/" in html,
            "cookie_settings_link": "/cookies/settings/" in html,
            "title": page.title in html.split("</title>")[0],
        }
    import wagtail_seloste
    result["imported_from"] = wagtail_seloste.__file__
    print("WALK " + json.dumps(result))
    """
)


def test_the_documented_install_works(tmp_path, wheel):
    target = tmp_path / "site-packages"
    run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        cwd=tmp_path,
        env=os.environ,
    )
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL", "PYTHON"))
    }
    env["PYTHONPATH"] = str(target)
    project = tmp_path / "project"
    project.mkdir()
    run(
        [sys.executable, "-m", "wagtail.bin.wagtail", "start", "mysite", str(project)],
        tmp_path,
        env,
    )

    for mode, path, code in documented_steps():
        file = project / path
        if mode == "append":
            file.write_text(file.read_text() + "\n\n" + code + "\n")
        else:
            file.write_text(code + "\n")

    manage = [sys.executable, "manage.py"]
    checked = run([*manage, "check"], project, env)
    assert "wagtail_seloste." not in checked, checked
    run([*manage, "migrate", "--noinput"], project, env, timeout=600)
    output = run([*manage, "shell", "-c", PAGES_AND_RENDER], project, env)
    result = json.loads(output.split("WALK ", 1)[1].splitlines()[0])

    assert result.pop("imported_from").startswith(str(target)), "the wheel was not the one used"
    for name, page in result.items():
        assert page == {
            "status": 200,
            "plugin_css": True,
            "cookie_settings_link": True,
            "title": True,
        }, name
