"""The personal-data registry: a site's own sources take part in export, erasure and purge."""

import json
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from wagtail_seloste.register.registry import (
    ErasureResult,
    Kept,
    ModelSource,
    PersonalDataSource,
    registry,
)


@pytest.fixture
def user_source():
    """A site's own model registered in one call (auth users stand in for it)."""
    source = registry.register(
        ModelSource(
            "site_users",
            get_user_model(),
            fields=["username", "email", "date_joined"],
            hold=lambda user: ("Pääkäyttäjä", None) if user.is_superuser else None,
            retention_targets={"clients": "date_joined"},
        )
    )
    yield source
    registry.unregister("site_users")


def test_built_in_sources_are_registered():
    assert {"clients", "bookings", "consents", "requests", "sessions"} <= {
        source.name for source in registry
    }


def test_own_model_is_exported(rights_site, user_source, django_user_model):
    django_user_model.objects.create_user("maija", email="Maija@Example.com")
    django_user_model.objects.create_user("matti", email="matti@example.com")
    data = registry.export(rights_site, "maija@example.com")
    assert [row["username"] for row in data["sources"]["site_users"]] == ["maija"]
    json.dumps(data)


def test_own_model_is_erased_and_holds_are_kept(rights_site, user_source, django_user_model):
    django_user_model.objects.create_user("maija", email="maija@example.com")
    django_user_model.objects.create_superuser("pomo", "pomo@example.com", "pw")
    results = {r.source: r for r in registry.erase(rights_site, "maija@example.com")}
    assert results["site_users"].deleted == 1
    held = {r.source: r for r in registry.erase(rights_site, "pomo@example.com")}
    assert held["site_users"].kept[0].reason == "Pääkäyttäjä"
    assert list(django_user_model.objects.values_list("username", flat=True)) == ["pomo"]


def test_own_model_is_anonymised_when_configured(rights_site, django_user_model):
    registry.register(
        ModelSource(
            "site_users_anon",
            get_user_model(),
            anonymise={"email": lambda user: f"poistettu-{user.pk}@invalid", "first_name": ""},
        )
    )
    try:
        user = django_user_model.objects.create_user("m", email="m@example.com", first_name="M")
        registry.erase(rights_site, "m@example.com")
        user.refresh_from_db()
        assert user.email == f"poistettu-{user.pk}@invalid" and user.first_name == ""
    finally:
        registry.unregister("site_users_anon")


def test_own_model_is_purged_by_the_matching_rule(rights_site, user_source, django_user_model):
    old = django_user_model.objects.create_user("vanha", email="v@example.com")
    django_user_model.objects.filter(pk=old.pk).update(
        date_joined=timezone.now() - timedelta(days=800)
    )
    django_user_model.objects.create_user("uusi", email="u@example.com")
    results = registry.purge(
        rights_site, "clients", timezone.now() - timedelta(days=365), "collected"
    )
    assert results["site_users"].deleted == 1
    assert list(django_user_model.objects.values_list("username", flat=True)) == ["uusi"]


def test_a_custom_source_subclass_takes_part(rights_site):
    class NewsletterSource(PersonalDataSource):
        name = "newsletter"
        verbose_name = "newsletter"
        erased = []

        def find(self, site, email):
            return [email] if email == "maija@example.com" else []

        def export(self, site, email):
            return [{"list": "kuukausikirje"}] if self.find(site, email) else []

        def erase(self, site, email, *, dry_run=False):
            if not dry_run:
                self.erased.append(email)
            return ErasureResult(self.name, deleted=1, kept=[Kept("loki", "laki")])

    source = registry.register(NewsletterSource())
    try:
        assert registry.export(rights_site, "maija@example.com")["sources"]["newsletter"]
        assert (
            dict((s.name, c) for s, c in registry.summary(rights_site, "maija@example.com"))[
                "newsletter"
            ]
            == 1
        )
        registry.erase(rights_site, "Maija@example.com")
        assert source.erased == ["maija@example.com"]
    finally:
        registry.unregister("newsletter")


def test_a_source_needs_a_name():
    with pytest.raises(ValueError):
        registry.register(PersonalDataSource())
