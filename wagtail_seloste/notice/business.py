"""The business's field (toimiala): what kind of business a site's notice speaks for.

The field decides what a notice must say beyond Art 13: a health-care professional
(terveydenhuollon ammattihenkilö, laki 559/1994: a trained masseur, a physiotherapist, a
psychotherapist) keeps patient records (laki potilaan asemasta ja oikeuksista 785/1992 12 §,
STM asetus potilasasiakirjoista 94/2022) and processes health data under GDPR Art 9(2)(h), so
the notice must declare health data with that condition and the records' retention. A coach, a
beautician or a personal trainer is not health care, even when they ask about health.

The owner chooses the field in *Settings → Privacy notice settings* (``SelosteSettings.field``),
on the import page or with ``seloste_import --field``. Until the owner has chosen, a feature app
may say what its own configuration implies: the booking app registers a default that reads the
booking pages' health basis (a page that keeps patient records means health care). The core
never imports a feature app; apps register their defaults here from ``AppConfig.ready``::

    from wagtail_seloste.notice.business import register_field_default

    def field_from_my_pages(site):
        return "other_health_care" if ... else None

    register_field_default(field_from_my_pages)

The notice dict carries the site's field as its top-level ``"field"`` (docs/json-format.md);
the completeness check reads ``notice.get("field")`` and infers the field from the text when
it is absent.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class BusinessField(models.TextChoices):
    """The fields a notice's rules tell apart. The keys are stable: JSON files, the command
    line and the completeness check use them."""

    MASSAGE = "massage", _("Massage")
    PHYSIOTHERAPY = "physiotherapy", _("Physiotherapy")
    PSYCHOTHERAPY = "psychotherapy", _("Psychotherapy")
    OTHER_HEALTH_CARE = "other_health_care", _("Other health care")
    COACHING = "coaching", _("Coaching and counselling")
    BEAUTY = "beauty", _("Beauty and hair")
    FITNESS = "fitness", _("Fitness and exercise")
    OTHER = "other", _("Other field")


FIELD_KEYS = tuple(BusinessField.values)

# The fields whose practitioners are health-care professionals with the patient-record duty
# (laki 559/1994; 785/1992 12 §; asetus 94/2022).
HEALTH_CARE_FIELDS = frozenset(
    {
        BusinessField.MASSAGE,
        BusinessField.PHYSIOTHERAPY,
        BusinessField.PSYCHOTHERAPY,
        BusinessField.OTHER_HEALTH_CARE,
    }
)


def field_choices(blank_label=None):
    """The fields for a <select>, health care as a group of its own (the field that changes
    what the notice must say), with a blank "not chosen" first when ``blank_label`` is given."""
    labels = dict(BusinessField.choices)
    health = [(key, labels[key]) for key in FIELD_KEYS if key in HEALTH_CARE_FIELDS]
    others = [(key, labels[key]) for key in FIELD_KEYS if key not in HEALTH_CARE_FIELDS]
    choices = [(_("Health care (patient records)"), health), (_("Other fields"), others)]
    return ([("", blank_label)] if blank_label else []) + choices


_defaults = []


def register_field_default(func):
    """Register ``func(site) -> field key or None``: the field the site's own configuration
    implies while the owner has chosen none. The first registered default that answers wins.
    Registering the same function twice keeps one; usable as a decorator."""
    if func not in _defaults:
        _defaults.append(func)
    return func


def is_health_care(field):
    return field in HEALTH_CARE_FIELDS


def default_field(site):
    """The field the site's configuration implies (``register_field_default``), or ""."""
    if site is None:
        return ""
    for func in _defaults:
        value = func(site)
        if value in FIELD_KEYS:
            return value
    return ""


def site_field(site):
    """The site's field: the owner's choice, else the registered default, else ""."""
    from .models import SelosteSettings

    if site is None:
        return ""
    chosen = SelosteSettings.for_site(site).field
    return chosen or default_field(site)


def set_site_field(site, field):
    """Store the owner's choice of field for ``site`` (an import page's choice, ``--field``)."""
    from .models import SelosteSettings

    if field not in FIELD_KEYS:
        raise ValueError(f"Unknown field {field!r}; use one of {', '.join(FIELD_KEYS)}.")
    settings = SelosteSettings.for_site(site)
    if settings.field != field:
        settings.field = field
        settings.save(update_fields=["field"])
