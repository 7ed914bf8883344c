"""Tests of sites that install only some of the feature apps.

Each module here runs under its own settings (``make test`` runs them:
``pytest --ds=tests.settings_core_cookies tests/combinations/test_core_cookies.py``). Under any
other settings module they are not collected, because the apps they leave out are installed.
"""

from django.conf import settings

combination = getattr(settings, "SELOSTE_COMBINATION", None)
collect_ignore = [
    name
    for name in ("test_core_cookies.py", "test_core_rights.py", "test_localize.py")
    if name != f"test_{combination}.py"
]
