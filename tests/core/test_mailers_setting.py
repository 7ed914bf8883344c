"""The processors register reads the site's mail server from Django 6.1's MAILERS as well as
from the old EMAIL_* settings."""

from wagtail_seloste.register.processors import mail_setting, proposals

SMTP = "django.core.mail.backends.smtp.EmailBackend"


def test_the_mail_server_in_mailers_is_proposed_as_a_processor(notice, site, settings):
    settings.MAILERS = {"default": {"BACKEND": SMTP, "OPTIONS": {"host": "smtp.yritys.example"}}}
    assert "email:smtp.yritys.example" in {p.key for p in proposals(site)}


def test_mailers_options_are_read_by_their_old_names(settings):
    settings.MAILERS = {
        "default": {"BACKEND": SMTP, "OPTIONS": {"host": "smtp.x.example", "username": "u"}}
    }
    assert mail_setting("EMAIL_BACKEND") == SMTP
    assert mail_setting("EMAIL_HOST") == "smtp.x.example"
    assert mail_setting("EMAIL_HOST_USER") == "u"
