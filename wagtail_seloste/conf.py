"""Every ``WAGTAIL_SELOSTE_*`` setting with its default, in one place.

Read a setting as ``from wagtail_seloste.conf import seloste_settings`` and
``seloste_settings.BASE_TEMPLATE``; the value is looked up on each access so that
``override_settings`` in tests and per-environment settings files both work.
"""

from django.conf import settings as django_settings

DEFAULTS = {
    # The template that the plugin's public pages extend. A site sets its own base
    # template here; it must define the blocks ``title``, ``extra_head`` and ``content``.
    "BASE_TEMPLATE": "wagtail_seloste/base.html",
    # How long a visitor's cookie choices last, in seconds: the max-age of the consent cookie
    # that wagtail-seloste's banner and settings view write. After it the banner asks again.
    # 12 months (365 days) by default; set COOKIE_CONSENT_MAX_AGE to the same value so that
    # django-cookie-consent's own views agree (system check wagtail_seloste.W101).
    "CONSENT_MAX_AGE": 60 * 60 * 24 * 365,
    # Cache timeout of the banner's cached data (the notice link and the tracking snippets),
    # in seconds. Both are cleared when the notice is synced or a snippet changes.
    "COOKIE_CACHE_TIMEOUT": 60 * 60,
    # Rights requests (docs/rights.md). Days a verification link stays valid; an unverified
    # request is deleted when its link expires.
    "RIGHTS_VERIFICATION_DAYS": 7,
    # Request form posts per client address per hour (the address is only counted in the
    # cache under a keyed hash, never stored).
    "RIGHTS_RATE_LIMIT_PER_ADDRESS": 5,
    # Verified requests per email per day. A request over it is kept, marked for the owner,
    # and its verification link is sent once the limit allows; attempts in someone's name
    # (never verified) do not count.
    "RIGHTS_RATE_LIMIT_PER_EMAIL": 3,
    # Unconfirmed verification links sent to one email per day: more wait (kept, marked), so
    # the form cannot flood an inbox.
    "RIGHTS_UNCONFIRMED_LINKS_PER_EMAIL": 10,
    # Days before a due date when the owner is reminded by email.
    "RIGHTS_REMINDER_DAYS": 7,
    # Where the owner's notifications go when the canonical notice has no email address.
    "RIGHTS_NOTIFY_EMAIL": "",
    # The copy of a person's data (GDPR Art 15) is never attached to an email: the requester
    # gets a download link to their verified address, valid this many days and downloads.
    "RIGHTS_EXPORT_LINK_DAYS": 7,
    "RIGHTS_EXPORT_LINK_DOWNLOADS": 3,
    # The key of the hash that erasure records keep of an email (defaults to SECRET_KEY). Set a
    # key of its own so that rotating SECRET_KEY does not orphan the records.
    "ERASURE_HASH_KEY": "",
    # Years an invoiced booking is kept as bookkeeping material after the end of the year in
    # which its financial year ended (Kirjanpitolaki 1336/1997, 2 luku 10 §: vouchers at least
    # 6 years). The financial year's end is a per-site setting (Privacy notice settings).
    "BOOKKEEPING_RETENTION_YEARS": 6,
    # (A health-care professional's patient records are kept as asetus 94/2022 requires, from
    # the client's dates of birth and death: no setting, see booking/sources.py.)
    # Rows deleted per transaction by the retention purge.
    "PURGE_BATCH_SIZE": 1000,
    # Booking: store the booker's IP address with each booking. Off by default (data
    # minimisation, GDPR Art 5(1)(c)); if you turn it on, declare it in the notice.
    "STORE_IP_ADDRESS": False,
    # Booking: `seloste_send_reminders` reminds clients this many hours before the start.
    "REMINDER_HOURS": 24,
    # Booking: at most this many confirmations per client address per window (seconds) on
    # the wizard's last step. The address is hashed into a cache key and never stored.
    "BOOKING_RATE_LIMIT": 5,
    "BOOKING_RATE_WINDOW": 3600,
    # Booking: the sender of booking emails; None uses DEFAULT_FROM_EMAIL.
    "FROM_EMAIL": None,
    # The email outbox (docs/deployment.md): seconds before the first retry of a failed email,
    # doubling with each attempt (capped at 6 hours), and the attempts before it is marked
    # failed for the owner to see (8 attempts: about 4 hours from the first).
    "OUTBOX_RETRY_DELAY": 60,
    "OUTBOX_MAX_ATTEMPTS": 8,
    # Seconds after which an email claimed by a sender that died is taken up again; keep it
    # well above EMAIL_TIMEOUT.
    "OUTBOX_CLAIM_TIMEOUT": 300,
    # Publishing a notice whose completeness check finds errors is refused (drafts always
    # save). Superusers may publish anyway with a reason, which is written to the page's log.
    "BLOCK_PUBLISH_ON_ERRORS": True,
    # After a canonical notice is published, run the site checks (which render every public
    # page to read the cookies it sets) in the background, for the editor's checklist.
    "SITE_CHECKS_ON_PUBLISH": True,
    # The processors register's check (docs/processors.md): more email domains of free consumer
    # services, beside the built-in list (gmail.com, hotmail.fi, luukku.com …). A consumer
    # account gives no processor agreement (GDPR Art 28(3)).
    "CONSUMER_EMAIL_DOMAINS": [],
}


class AppSettings:
    """The plugin's settings as attributes, with their defaults."""

    def __getattr__(self, name):
        if name not in DEFAULTS:
            raise AttributeError(f"Unknown wagtail-seloste setting {name!r}")
        return getattr(django_settings, f"WAGTAIL_SELOSTE_{name}", DEFAULTS[name])


seloste_settings = AppSettings()
