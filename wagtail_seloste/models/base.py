"""What the plugin's models share."""

from django.db import models


class RegisterModel(models.Model):
    """Base of the models that hold the register's data: personal data, not content.

    They stay out of Wagtail's reference index (the "usage" of pages and sites), which would
    list people's records there and turn every bulk delete of the purge into per-row deletes.
    """

    wagtail_reference_index_ignore = True

    class Meta:
        abstract = True
