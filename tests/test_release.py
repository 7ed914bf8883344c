"""What a release needs: the version in the changelog, a README that reads right on PyPI (no
link relative to the repository) and check hints that point at the published docs, not at
files a wheel does not hold."""

import re
from pathlib import Path

from django.core import checks
from django.urls import reverse

import wagtail_seloste

REPO = Path(__file__).resolve().parents[1]


def test_version_has_its_changelog_section():
    changelog = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    released = re.findall(r"^## (\d+\.\d+\.\d+)", changelog, re.MULTILINE)
    assert released[0] == wagtail_seloste.__version__


def test_readme_links_are_absolute():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)]+)\)", readme)
    assert targets
    assert [t for t in targets if not t.startswith(("https://", "http://"))] == []


def test_check_hints_point_at_the_published_docs(settings, monkeypatch):
    from wagtail_seloste.checks import setup as seloste_checks

    # The URLconf loaded first with the app installed, as in a running site.
    reverse("wagtail_seloste_cookies:cookie_settings")
    installed = seloste_checks.apps.is_installed
    monkeypatch.setattr(
        seloste_checks.apps,
        "is_installed",
        lambda name: name not in ("formtools", "wagtail_seloste.cookies") and installed(name),
    )
    hints = [m.hint or "" for m in checks.run_checks() if m.id.startswith("wagtail_seloste.E00")]
    assert hints
    assert all("docs/" not in h or "https://" in h for h in hints)
