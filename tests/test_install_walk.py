"""The install walk: docs/installation.md followed on a fresh `wagtail start` project.

The built wheel (SELOSTE_WHEEL_DIR, or one built here) is installed without dependencies into a
temporary folder that is put first on the project's PYTHONPATH, so the project imports the
wheel's files, not this checkout. The settings, URLs and base template are taken from the code
blocks of docs/installation.md marked ``<!-- install-walk: append|write PATH -->``, so the docs
and this test cannot drift apart. Then `check`, `migrate`, the three pages, and each rendered
through Django's test client, for each of the five combinations the page gives (core; core and
cookies; core and booking; core and rights; all four): a booking through the wizard, a request
through the form, and every link in the emails on the Site's real address.

Slow (about a minute per combination): it runs in .ci/run after the wheel is built, or with ``pytest -m slow``.
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
    r"<!-- install-walk: (append|write) (\S+)(?: only=(\S+))? -->\s*\n```\w*\n(.*?)\n```", re.DOTALL
)
# The five combinations installation.md gives the lines of, and the apps each installs.
COMBINATIONS = {
    "core": set(),
    "cookies": {"cookies"},
    "booking": {"booking"},
    "rights": {"rights"},
    "all": {"cookies", "booking", "rights"},
}
# docs/installation.md step 7: the Site's real address, on which every client link is built.
HOST = "www.yritys.example"


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


def documented_steps(combination):
    """The marked blocks of docs/installation.md for one combination, in the page's order."""
    steps = [
        (mode, path, code)
        for mode, path, only, code in MARKED_BLOCK.findall(DOC.read_text(encoding="utf-8"))
        if not only or combination in only.split(",")
    ]
    paths = [path for _mode, path, _code in steps]
    assert paths.count("mysite/settings/base.py") == 2, (
        f"docs/installation.md lost the settings of {combination!r} (its apps, then the rest)"
    )
    assert paths.count("mysite/templates/base.html") == 1, (
        f"docs/installation.md lost the base template of {combination!r}"
    )
    # Only the cookies app has URLs of its own.
    assert ("mysite/urls.py" in paths) == ("cookies" in COMBINATIONS[combination]), combination
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


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory):
    """The wheel unpacked once into a folder the five projects put first on PYTHONPATH."""
    target = tmp_path_factory.mktemp("site-packages")
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
        cwd=target,
        env=os.environ,
    )
    return target


WALK = textwrap.dedent(
    """
    import json, re
    from datetime import time, timedelta
    from django.apps import apps
    from django.core import mail
    from django.core.cache import cache
    from django.test import Client
    from django.test.utils import setup_test_environment
    from django.utils import timezone
    from wagtail.models import Site

    setup_test_environment()  # emails into mail.outbox, the test client's host allowed

    HOST = %(host)r
    # installation.md step 7: Settings -> Sites, the site's real hostname and port 443.
    Site.objects.filter(is_default_site=True).update(hostname=HOST, port=443)

    def model(name):
        return next(m for m in apps.get_models() if m.__name__ == name)

    def links_in(text):
        return re.findall(r"https?://[^\\s<>']+", text)

    home = Site.objects.get(is_default_site=True).root_page.specific
    result = {"pages": {}}
    pages = []
    NoticePage = model("NoticePage")
    notice = home.add_child(instance=NoticePage(title="Tietosuojaseloste", slug="tietosuojaseloste"))
    notice.save_revision().publish()
    pages.append(("notice", notice))
    client = Client()

    if apps.is_installed("wagtail_seloste.booking"):
        BookingPage = model("BookingPage")
        Service = BookingPage._meta.get_field("services").related_model
        Hours = BookingPage._meta.get_field("opening_hours").related_model
        booking = BookingPage(
            title="Ajanvaraus", slug="ajanvaraus", min_notice_hours=0, days_ahead=14,
            cancellation_cutoff_hours=24, close_public_holidays=False,
            owner_email="omistaja@yritys.example",
        )
        booking.services = [Service(name="Valmennus", duration_minutes=60, price="80.00")]
        booking.opening_hours = [Hours(weekday=d, opens=time(9), closes=time(17)) for d in range(7)]
        home.add_child(instance=booking)
        booking.save_revision().publish()
        pages.append(("booking", booking))

        # Book through the wizard, as a client would.
        from wagtail_seloste.booking.slots import free_slots
        service = booking.services.get()
        limit = timezone.now() + timedelta(hours=25)
        slots = free_slots(booking, service)
        start = [s for day in sorted(slots) for s in slots[day] if s > limit][0]
        prefix = f"seloste_booking_{booking.pk}"
        def step(name, data):
            payload = {f"{prefix}-current_step": name}
            payload.update({f"{name}-{k}": v for k, v in data.items()})
            return client.post(f"{booking.url}varaa/{name}/", payload)
        client.get(booking.url)
        step("palvelu", {"service": service.pk})
        step("aika", {"slot": start.isoformat()})
        step("yhteystiedot", {"first_name": "Maija", "last_name": "Meikäläinen",
                              "email": "maija@example.com", "phone": "040 123 4567", "message": ""})
        response = step("vahvistus", {})
        while response.status_code == 302:
            response = client.get(response["Location"])
        to_client = [m for m in mail.outbox if m.to == ["maija@example.com"]]
        result["booked"] = {
            "status": response.status_code,
            "emails": len(to_client),
            "links": sorted({l for m in to_client for l in links_in(m.body)}),
            "ics": [a[1] for m in to_client for a in m.attachments][:1],
        }
        mail.outbox.clear()

    if apps.is_installed("wagtail_seloste.rights"):
        RequestPage = model("RightsRequestPage")
        request_page = home.add_child(instance=RequestPage(title="Tietopyynto", slug="tietopyynto"))
        request_page.save_revision().publish()
        pages.append(("request", request_page))
        cache.clear()
        response = client.post(request_page.url, {
            "types": ["access"], "name": "Maija Meikäläinen", "email": "maija@example.com",
            "phone": "040 123 4567", "message": ""})
        result["requested"] = {
            "status": response.status_code,
            "emails": len(mail.outbox),
            "links": sorted({l for m in mail.outbox for l in links_in(m.body)}),
        }

    for name, page in pages:
        response = client.get(page.url, follow=True)
        html = response.content.decode()
        result["pages"][name] = {
            "status": response.status_code,
            "plugin_css": "/static/wagtail_seloste/" in html,
            "cookie_settings_link": "/cookies/settings/" in html,
            "title": page.title in html.split("</title>")[0],
            "lang": '<html lang="fi">' in html,
            "main": "<main" in html,
        }
    notice_html = client.get(notice.url).content.decode()
    # A new notice describes only what the installed apps do.
    result["notice_says"] = {
        "consent_cookie": "cookie_consent" in notice_html,
        "request_form": "tietopyyntölomak" in notice_html,
    }
    if apps.is_installed("wagtail_seloste.cookies"):
        result["cookie_settings"] = client.get("/cookies/settings/").status_code
        # installation.md step 9: no banner while only necessary cookies are declared; a first
        # optional category, published, shows it.
        result["banner_before"] = "seloste-cookie-banner" in notice_html
        notice = NoticePage.objects.get(pk=notice.pk)
        raw = list(notice.sections.raw_data)
        for block in raw:
            if block["type"] == "cookies":
                category = {"key": "analytics", "name": "Analytiikka", "description": "",
                            "necessary": False, "cookies": [{"name": "_ga",
                            "provider": "Google Ireland Ltd", "purpose": "Tilastointi",
                            "duration": "2 vuotta"}]}
                items = block["value"]["categories"]
                wrapped = bool(items) and isinstance(items[0], dict) and items[0].get("type") == "item"
                items.append({"type": "item", "value": category} if wrapped else category)
        notice.sections = raw
        notice.save_revision().publish()
        html = Client().get(notice.url).content.decode()
        result["banner_after"] = "seloste-cookie-banner" in html
    import wagtail_seloste
    result["imported_from"] = wagtail_seloste.__file__
    print("WALK " + json.dumps(result))
    """
)


@pytest.mark.parametrize("combination", list(COMBINATIONS))
def test_the_documented_install_works(combination, tmp_path, installed):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL", "PYTHON"))
    }
    env["PYTHONPATH"] = str(installed)
    project = tmp_path / "project"
    project.mkdir()
    run(
        [sys.executable, "-m", "wagtail.bin.wagtail", "start", "mysite", str(project)],
        tmp_path,
        env,
    )

    for mode, path, code in documented_steps(combination):
        file = project / path
        if mode == "append":
            file.write_text(file.read_text() + "\n\n" + code + "\n")
        else:
            file.write_text(code + "\n")

    manage = [sys.executable, "manage.py"]
    checked = run([*manage, "check"], project, env)
    assert "wagtail_seloste." not in checked, checked
    run([*manage, "migrate", "--noinput"], project, env, timeout=600)
    output = run([*manage, "shell", "-c", WALK % {"host": HOST}], project, env)
    result = json.loads(output.split("WALK ", 1)[1].splitlines()[0])

    assert result.pop("imported_from").startswith(str(installed)), "the wheel was not the one used"
    apps = COMBINATIONS[combination]
    expected_pages = (
        {"notice"} | ({"booking"} & apps) | ({"request"} if "rights" in apps else set())
    )
    assert set(result["pages"]) == expected_pages
    for name, page in result["pages"].items():
        assert page == {
            "status": 200,
            "plugin_css": True,
            "cookie_settings_link": "cookies" in apps,
            "title": True,
            "lang": True,
            "main": True,
        }, name
    assert result["notice_says"] == {
        "consent_cookie": "cookies" in apps,
        "request_form": "rights" in apps,
    }
    if "cookies" in apps:
        assert result["cookie_settings"] == 200
        assert (result["banner_before"], result["banner_after"]) == (False, True)
    if "booking" in apps:
        booked = result["booked"]
        assert booked["status"] == 200 and booked["emails"] >= 1, booked
        assert booked["links"], booked
        assert all(link.startswith(f"https://{HOST}/") for link in booked["links"]), booked
        assert f"@{HOST}" in booked["ics"][0] and "localhost" not in booked["ics"][0]
    else:
        assert "booked" not in result
    if "rights" in apps:
        requested = result["requested"]
        assert requested["status"] == 302 and requested["emails"] == 1, requested
        assert any("/tietopyynto/" in link for link in requested["links"]), requested
        assert all(link.startswith(f"https://{HOST}/") for link in requested["links"]), requested
    else:
        assert "requested" not in result
