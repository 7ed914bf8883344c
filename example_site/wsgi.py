import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "example_site.settings.production")
application = get_wsgi_application()

# Warm before serving (docs/deployment.md, "App processes: gunicorn"): with gunicorn's
# --preload once in the master, so that every worker starts warm.
from wagtail_seloste.warmup import warm_up  # noqa: E402

warm_up()
