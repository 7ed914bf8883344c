"""Check that the built wheel and sdist ship what a site needs: templates, static files,
migrations, compiled translations, the licence, and (in the sdist) the documentation; and that
neither carries the example site or the test suite."""

import sys
import tarfile
import zipfile
from pathlib import Path

REQUIRED = [
    "wagtail_seloste/templates/wagtail_seloste/notice/notice_page.html",
    "wagtail_seloste/static/wagtail_seloste/css/notice.css",
    "wagtail_seloste/migrations/0001_initial.py",
    "wagtail_seloste/register/breaches/admin.py",
    "wagtail_seloste/templates/wagtail_seloste/register/breach_inspect.html",
    "wagtail_seloste/templates/wagtail_seloste/register/record_print.html",
    "wagtail_seloste/static/wagtail_seloste/js/breach_clock.js",
    "wagtail_seloste/static/wagtail_seloste/css/records_admin.css",
    "wagtail_seloste/static/wagtail_seloste/css/records_print.css",
    "wagtail_seloste/cookies/templates/wagtail_seloste/cookies/banner.html",
    "wagtail_seloste/cookies/static/wagtail_seloste/js/cookies.js",
    "wagtail_seloste/cookies/static/wagtail_seloste/css/cookies.css",
    "wagtail_seloste/cookies/migrations/0001_initial.py",
    "wagtail_seloste/booking/templates/wagtail_seloste/booking/wizard.html",
    "wagtail_seloste/booking/migrations/0001_initial.py",
    "wagtail_seloste/rights/migrations/0001_initial.py",
    "wagtail_seloste/locale/fi/LC_MESSAGES/django.mo",
    "wagtail_seloste/locale/sv/LC_MESSAGES/django.mo",
    "wagtail_seloste/locale/en/LC_MESSAGES/django.mo",
]
SDIST_ONLY = ["LICENSE", "CHANGELOG.md", "README.md", "docs/installation.md", "docs/deployment.md"]
NEVER = ("example_site/", "tests/", ".ci/")


def main(dist):
    dist = Path(dist)
    problems = []
    wheels = list(dist.glob("*.whl"))
    sdists = list(dist.glob("*.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        sys.exit(f"Expected one wheel and one sdist in {dist}, found {wheels + sdists}")
    names = set(zipfile.ZipFile(wheels[0]).namelist())
    problems += [f"wheel lacks {n}" for n in REQUIRED if n not in names]
    problems += [f"wheel ships {n}" for n in names if n.startswith(NEVER)]
    if not any(n.endswith(".dist-info/licenses/LICENSE") for n in names):
        problems.append("wheel lacks the LICENSE in its .dist-info")
    with tarfile.open(sdists[0]) as sdist:
        members = {m.name.split("/", 1)[1] for m in sdist.getmembers() if "/" in m.name}
    problems += [f"sdist lacks {n}" for n in REQUIRED + SDIST_ONLY if n not in members]
    problems += [f"sdist ships {n}" for n in members if n.startswith(NEVER)]
    if problems:
        sys.exit("\n".join(problems))
    print(
        f"{wheels[0].name} and {sdists[0].name} ship templates, static, migrations, "
        "translations, the licence and the docs, and no tests."
    )


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "dist")
