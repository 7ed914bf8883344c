from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "example_site.home"
    label = "home"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .templatetags import demo_tags  # noqa: F401  (forgets the cached navigation)
