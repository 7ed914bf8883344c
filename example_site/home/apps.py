from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "example_site.home"
    label = "home"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # The navigation's cached links are forgotten when a page changes, in every process
        # (the admin's too), not only in those that have rendered a page.
        from .templatetags import demo_tags  # noqa: F401
