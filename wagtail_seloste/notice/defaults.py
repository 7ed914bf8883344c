"""The content a new notice starts with, in the editor's language.

A new owner should see a notice that is nearly complete for a small service business and passes
most of the completeness check once the controller's details are filled in. It describes only
what the installed apps do: no cookie settings or consent cookie without the cookies app, no
request form without the rights app (the site check ``missing-feature-*`` flags a notice that
promises them anyway; GDPR Art 12(1), 13: the information must be accurate).
"""

from django.apps import apps
from django.utils.html import escape
from django.utils.translation import gettext as _


def _p(text):
    return f"<p>{escape(text)}</p>"


def _installed(feature):
    # By name: the core never imports a feature app.
    return apps.is_installed(f"wagtail_seloste.{feature}")


def necessary_cookies():
    """The cookies every site with this plugin sets; declared as necessary by default. The
    consent cookie only where the cookies app sets it."""
    this_site = _("this site")
    cookies = [
        {
            "name": "sessionid",
            "provider": this_site,
            "purpose": _(
                "Keeps the progress of a form you are filling in and a logged-in session."
            ),
            "duration": _("2 weeks"),
        },
        {
            "name": "csrftoken",
            "provider": this_site,
            "purpose": _("Protects the forms of the site against cross-site request forgery."),
            "duration": _("1 year"),
        },
        {
            "name": "cookie_consent",
            "provider": this_site,
            "purpose": _("Remembers which cookies you accepted or declined."),
            "duration": _("1 year"),
        },
    ]
    if not _installed("cookies"):
        cookies = [cookie for cookie in cookies if cookie["name"] != "cookie_consent"]
    return cookies


def default_rights():
    if _installed("rights"):
        how = _(
            "Send your request to the controller's email address above or use the data request "
            "form on this site. We answer within one month."
        )
    else:
        how = _(
            "Send your request to the controller's email address above. We answer within one month."
        )
    return [
        {"right": "access", "how": how},
        {"right": "rectification", "how": how},
        {"right": "erasure", "how": how},
        {"right": "restriction", "how": how},
        {"right": "portability", "how": how},
        {"right": "objection", "how": how},
        {
            "right": "withdraw_consent",
            "how": _(
                "Where processing is based on your consent you may withdraw it at any time. "
                "Withdrawal does not affect the lawfulness of processing before it."
            ),
        },
        {
            "right": "complaint",
            "how": _(
                "You may lodge a complaint with the Office of the Data Protection Ombudsman "
                "(Tietosuojavaltuutetun toimisto, www.tietosuoja.fi)."
            ),
        },
    ]


def default_sections():
    """Raw stream data of a new notice's sections."""
    return [
        {"type": "controller", "value": {"heading": "", "text": ""}},
        {
            "type": "contact_person",
            "value": {
                "heading": "",
                "text": "",
                "person": {"name": "", "email": "", "phone": "", "address": ""},
            },
        },
        {"type": "register_name", "value": {"heading": "", "text": _p(_("Client register"))}},
        {
            "type": "data_subjects",
            "value": {
                "heading": "",
                "text": _p(_("Clients who book or buy our services and people who contact us.")),
            },
        },
        {
            "type": "purposes",
            "value": {
                "heading": "",
                "text": "",
                "purposes": [
                    {
                        "purpose": _("Booking appointments and providing the services booked."),
                        "legal_basis": "b",
                        "legitimate_interest": "",
                    },
                    {
                        "purpose": _("Invoicing and bookkeeping."),
                        "legal_basis": "c",
                        "legitimate_interest": "",
                    },
                ],
            },
        },
        {"type": "legal_basis", "value": {"heading": "", "text": ""}},
        {
            "type": "data_content",
            "value": {
                "heading": "",
                "text": "",
                "categories": [
                    {
                        "name": _("Name"),
                        "description": "",
                        "required": True,
                        "special_category": False,
                    },
                    {
                        "name": _("Email address and phone number"),
                        "description": "",
                        "required": True,
                        "special_category": False,
                    },
                    {
                        "name": _("Bookings"),
                        "description": _("Service, time and status of your bookings."),
                        "required": True,
                        "special_category": False,
                    },
                    {
                        "name": _("Message"),
                        "description": _("What you choose to tell us when booking."),
                        "required": False,
                        "special_category": False,
                    },
                ],
                "requirement": _(
                    "Giving the data marked with an asterisk is a requirement for booking: "
                    "without it we cannot confirm or change your appointment. Other data is "
                    "voluntary."
                ),
            },
        },
        {
            "type": "sources",
            "value": {
                "heading": "",
                "text": _p(
                    _("We receive the data from you when you book an appointment or contact us.")
                ),
            },
        },
        {
            "type": "recipients",
            "value": {
                "heading": "",
                "text": _p(
                    _(
                        "We do not disclose personal data to third parties unless the law requires it."
                    )
                ),
                "recipients": [],
            },
        },
        # The lists of these two sections come from the processors register (providers.py).
        {"type": "processors", "value": {"heading": "", "text": ""}},
        {
            "type": "transfers",
            "value": {
                "heading": "",
                "text": _p(_("We do not transfer personal data outside the EU or EEA.")),
            },
        },
        {
            "type": "retention",
            "value": {
                "heading": "",
                "text": "",
                "rules": [
                    {
                        "data": _("Client and booking data"),
                        "applies_to": "clients",
                        "period": 3,
                        "unit": "years",
                        "until": "",
                        "counted_from": "last_booking",
                    },
                    {
                        # Kirjanpitolaki 1336/1997, 2 luku 10 §: vouchers at least 6 years.
                        "data": _("Bookkeeping material such as invoices and receipts"),
                        "applies_to": "other",
                        "period": 6,
                        "unit": "years",
                        "until": "",
                        "counted_from": "fiscal_year_end_year",
                    },
                ],
            },
        },
        {
            "type": "security",
            "value": {
                "heading": "",
                "text": _p(
                    _(
                        "The data is kept in password-protected systems that only the controller "
                        "can use. Paper documents are kept in a locked cabinet."
                    )
                ),
            },
        },
        {"type": "rights", "value": {"heading": "", "text": "", "rights": default_rights()}},
        {
            "type": "automated_decisions",
            "value": {
                "heading": "",
                "text": _p(_("We do not make automated decisions or profile you.")),
            },
        },
        {
            "type": "cookies",
            "value": {
                "heading": "",
                "text": _p(
                    _(
                        "We use cookies that the site needs to work. Other cookies are set only "
                        "with your consent, which you can change at any time from the cookie "
                        "settings."
                    )
                    if _installed("cookies")
                    # Without the banner there is no consent to ask: only necessary cookies
                    # (917/2014 §205(3)).
                    else _("We use only cookies that the site needs to work. They need no consent.")
                ),
                "categories": [
                    {
                        "key": "necessary",
                        "name": _("Necessary"),
                        "description": _(
                            "Cookies that the site needs to work. They cannot be declined."
                        ),
                        "necessary": True,
                        "cookies": necessary_cookies(),
                    }
                ],
            },
        },
        {
            "type": "legislation",
            "value": {
                "heading": "",
                "text": _p(
                    _(
                        "The EU General Data Protection Regulation (2016/679) and the Finnish "
                        "Data Protection Act (Tietosuojalaki 1050/2018)."
                    )
                ),
            },
        },
        {
            "type": "changes",
            "value": {
                "heading": "",
                "text": _p(
                    _(
                        "We update this notice when our processing changes. The date of the latest change is shown at the top."
                    )
                ),
                "changes": [],
            },
        },
    ]
