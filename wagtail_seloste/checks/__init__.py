"""System checks of the core: ``setup.py`` (apps, middleware and context processors each part
needs, i18n) and ``deploy.py`` (settings that break silently in production, W2xx/E2xx).
Importing this package registers both."""

from . import deploy, links, setup  # noqa: F401  (registers the checks)
