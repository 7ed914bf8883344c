"""Declarations for wagtail-localize, which a site may install instead of simple_translation.

wagtail-localize reads a model's ``override_translatable_fields``; without it installed the
declarations are not needed, so they are empty and the package is never imported.
"""

try:
    from wagtail_localize.fields import SynchronizedField
except ImportError:  # wagtail-localize is optional
    SynchronizedField = None


def synchronised(*field_names, overridable=True):
    """``SynchronizedField`` declarations for ``field_names``: copied from the source page on
    every sync instead of being translated (``overridable``: a translator may still change
    the copy). [] without wagtail-localize."""
    if SynchronizedField is None:
        return []
    return [SynchronizedField(name, overridable=overridable) for name in field_names]
