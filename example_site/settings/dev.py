"""The demo: `make demo`. SQLite, emails as files under example_site/var/mail/."""

from .base import *  # noqa: F403
from .base import VAR_DIR

DEBUG = True
SECRET_KEY = "demo-only-not-secret"  # noqa: S105 - the demo is never deployed
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]

EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = VAR_DIR / "mail"
DEFAULT_FROM_EMAIL = "ajanvaraus@lempeakosketus.example"
