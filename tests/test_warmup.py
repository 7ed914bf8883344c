"""Warming an app process before it serves (wagtail_seloste/warmup.py): what the first
requests of a fresh process would pay for, without touching the database or the cache."""

import pytest

from wagtail_seloste.booking import slots
from wagtail_seloste.warmup import warm_up


@pytest.mark.django_db
def test_warming_up_reads_nothing_from_the_database(django_assert_num_queries):
    with django_assert_num_queries(0):
        warm_up()


@pytest.mark.django_db
def test_warming_up_builds_the_public_holidays_the_time_step_reads():
    slots._finnish_holidays.cache_clear()

    warm_up()

    assert slots._finnish_holidays.cache_info().currsize >= 1


@pytest.mark.django_db
def test_warming_up_compiles_the_plugins_templates():
    from django.template import engines

    warm_up()

    loader = engines["django"].engine.template_loaders[0]
    names = {key.split("-")[0] for key in getattr(loader, "get_template_cache", {})}
    assert "wagtail_seloste/booking/wizard.html" in names


@pytest.mark.django_db
def test_a_failing_warm_up_is_logged_and_the_process_serves_anyway(monkeypatch, caplog):
    from django.apps import apps

    def broken():
        raise RuntimeError("no holidays today")

    monkeypatch.setattr(apps.get_app_config("wagtail_seloste_booking"), "warm_up", broken)

    warm_up()

    assert "Warming up the app process failed" in caplog.text
