"""The demo: `make demo`. SQLite, emails as files under example_site/var/mail/."""

import django

from .base import *  # noqa: F403
from .base import VAR_DIR

DEBUG = True
SECRET_KEY = "demo-only-not-secret"  # noqa: S105 - the demo is never deployed
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]

# Django 6.1 configures email in MAILERS (EMAIL_BACKEND and EMAIL_FILE_PATH are deprecated
# there and may not be set beside it); 5.2 and 6.0 know only the old settings.
if django.VERSION >= (6, 1):
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "OPTIONS": {"file_path": VAR_DIR / "mail"},
        }
    }
else:
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = VAR_DIR / "mail"
DEFAULT_FROM_EMAIL = "ajanvaraus@lempeakosketus.example"
