"""System checks that catch a misconfigured host project."""

from django.core import checks
from django.test import override_settings


def check_ids():
    return {message.id for message in checks.run_checks()}


def test_configured_project_passes_the_checks():
    assert not {i for i in check_ids() if i.startswith("wagtail_seloste.")}


def test_missing_request_context_processor_is_an_error(settings):
    templates = [dict(settings.TEMPLATES[0], OPTIONS={"context_processors": []})]

    with override_settings(TEMPLATES=templates):
        assert "wagtail_seloste.E002" in check_ids()


def test_disabled_i18n_is_a_warning():
    with override_settings(USE_I18N=False):
        assert "wagtail_seloste.W001" in check_ids()


def test_missing_required_app_is_an_error(monkeypatch):
    from wagtail_seloste.checks import setup as seloste_checks

    installed = seloste_checks.apps.is_installed
    monkeypatch.setattr(
        seloste_checks.apps, "is_installed", lambda name: name != "formtools" and installed(name)
    )

    assert "wagtail_seloste.E001" in check_ids()


def test_translated_site_without_locale_middleware_is_a_warning(settings):
    middleware = [
        m for m in settings.MIDDLEWARE if m != "django.middleware.locale.LocaleMiddleware"
    ]

    with override_settings(MIDDLEWARE=middleware, WAGTAIL_I18N_ENABLED=True):
        assert "wagtail_seloste.W002" in check_ids()
