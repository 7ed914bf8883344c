"""What we know of common third-party services and cookies, for the check and the importer.

Two small tables, kept here once so that the completeness check and the importer agree:

- ``SERVICES``: services Finnish small businesses name in their notices that process personal
  data outside the EU/EEA (GDPR Chapter V, Art 44–49), or set tracking cookies. A notice that
  names one needs a transfer safeguard (adequacy decision / EU–US Data Privacy Framework,
  standard contractual clauses, or an Art 49 derogation).
- ``TRACKER_COOKIES``: cookie names (exact or prefix) of analytics and marketing tools. Under
  917/2014 §205 they need consent, so they never belong in the "necessary" category.

Extend either table in a site's settings: ``WAGTAIL_SELOSTE_EXTRA_SERVICES`` (a list of dicts
with the keys of :class:`Service`) and ``WAGTAIL_SELOSTE_EXTRA_TRACKER_COOKIES`` (a list of
``(pattern, category, provider)`` tuples; a pattern ending in ``*`` is a prefix).
"""

import re
from dataclasses import dataclass

from django.conf import settings


@dataclass(frozen=True)
class Service:
    name: str
    # Words that name the service in a notice, matched as whole words, case-insensitively.
    aliases: tuple
    # Whether the provider processes data outside the EU/EEA by default (and in which country).
    outside_eea: bool = True
    country: str = "US"


SERVICES = [
    Service("Mailchimp", ("mailchimp", "intuit mailchimp", "mail-chimp", "mail chimp")),
    Service("Google", ("google", "google analytics", "google workspace", "gmail", "youtube")),
    Service("Meta", ("meta", "meta platforms", "facebook", "instagram", "whatsapp", "messenger")),
    Service("Microsoft", ("microsoft", "microsoft 365", "office 365", "outlook", "teams")),
    Service("Zoom", ("zoom",)),
    Service("Calendly", ("calendly",)),
    Service("Stripe", ("stripe",)),
    Service("PayPal", ("paypal",)),
    Service("Shopify", ("shopify",)),
    Service("Squarespace", ("squarespace",)),
    Service("Wix", ("wix", "wix.com")),
    Service("Hotjar", ("hotjar",), outside_eea=False, country="MT"),
    Service("HubSpot", ("hubspot",)),
    Service("Dropbox", ("dropbox",)),
    Service("Apple", ("icloud",)),
    Service("Amazon Web Services", ("amazon web services", "aws")),
    Service("Cloudflare", ("cloudflare",)),
    Service("LinkedIn", ("linkedin",)),
    Service("TikTok", ("tiktok",), country="CN"),
    Service("Slack", ("slack",)),
    Service("Typeform", ("typeform",), outside_eea=False, country="ES"),
    Service("SurveyMonkey", ("surveymonkey",)),
    Service("Vimeo", ("vimeo",)),
    Service("Twilio", ("twilio", "sendgrid")),
    # Added for the completeness check: spellings and services seen in real Finnish notices.
    Service("Mailmunch", ("mailmunch",)),
    Service("Vercel", ("vercel",)),
    Service("Netlify", ("netlify",)),
    Service("Acuity Scheduling", ("acuity scheduling",)),
    Service("Setmore", ("setmore",)),
    Service("WordPress.com", ("wordpress.com",)),
    Service("Jotform", ("jotform",)),
    Service("ActiveCampaign", ("activecampaign",)),
    Service("Klaviyo", ("klaviyo",)),
    Service("Brevo", ("brevo", "sendinblue"), outside_eea=False, country="FR"),
    Service("MailerLite", ("mailerlite",), outside_eea=False, country="LT"),
    # Round 15: services small businesses use for courses, forms, files, payments and chat,
    # each processing outside the EU/EEA by default (their providers' own terms)
    Service("Canva", ("canva",), country="AU"),
    Service("Trello", ("trello",)),
    Service("Notion", ("notion.so",)),
    Service("Airtable", ("airtable",)),
    Service("Zapier", ("zapier",)),
    Service("Square", ("squareup", "square appointments")),
    Service("Pinterest", ("pinterest",)),
    Service("Microsoft OneDrive", ("onedrive", "skype")),
    Service("Apple FaceTime", ("facetime",)),
    Service("Telegram", ("telegram",), country="AE"),
    Service("Discord", ("discord",)),
    Service("Substack", ("substack",)),
    Service("Kit", ("convertkit",)),
    Service("Kajabi", ("kajabi",)),
    Service("Teachable", ("teachable",)),
    Service("Thinkific", ("thinkific",), country="CA"),
    Service("Gumroad", ("gumroad",)),
    Service("Eventbrite", ("eventbrite",)),
    Service("OpenAI", ("openai", "chatgpt")),
    Service("Grammarly", ("grammarly",)),
    Service("Evernote", ("evernote",)),
    Service("SimplePractice", ("simplepractice",)),
    Service("Cliniko", ("cliniko",), country="AU"),
    Service("Vagaro", ("vagaro",)),
    Service("Mindbody", ("mindbody",)),
    Service("ShootProof", ("shootproof",)),
]

# (pattern, category, provider). Category is "analytics" or "marketing".
TRACKER_COOKIES = [
    ("_ga", "analytics", "Google Analytics"),
    ("_ga_*", "analytics", "Google Analytics"),
    ("_gid", "analytics", "Google Analytics"),
    ("_gat*", "analytics", "Google Analytics"),
    ("__utm*", "analytics", "Google Analytics"),
    ("_hj*", "analytics", "Hotjar"),
    ("_pk_*", "analytics", "Matomo"),
    ("_clck", "analytics", "Microsoft Clarity"),
    ("_clsk", "analytics", "Microsoft Clarity"),
    ("ajs_*", "analytics", "Segment"),
    ("mp_*", "analytics", "Mixpanel"),
    ("_fbp", "marketing", "Meta"),
    ("_fbc", "marketing", "Meta"),
    ("fr", "marketing", "Meta"),
    ("_gcl_*", "marketing", "Google Ads"),
    ("ide", "marketing", "Google"),
    ("nid", "marketing", "Google"),
    ("test_cookie", "marketing", "Google"),
    ("_uetsid", "marketing", "Microsoft Advertising"),
    ("_uetvid", "marketing", "Microsoft Advertising"),
    ("muid", "marketing", "Microsoft"),
    ("li_sugr", "marketing", "LinkedIn"),
    ("bcookie", "marketing", "LinkedIn"),
    ("lidc", "marketing", "LinkedIn"),
    ("_ttp", "marketing", "TikTok"),
    ("_pin_unauth", "marketing", "Pinterest"),
    ("visitor_info1_live", "marketing", "YouTube"),
    ("ysc", "marketing", "YouTube"),
    ("hubspotutk", "marketing", "HubSpot"),
    ("__hs*", "marketing", "HubSpot"),
    ("_mcid", "marketing", "Mailchimp"),
    # Added for the completeness check (tracker-in-necessary).
    ("_gac_*", "marketing", "Google Ads"),
    ("__gads", "marketing", "Google AdSense"),
    ("__gpi", "marketing", "Google AdSense"),
    ("_dc_gtm_*", "analytics", "Google Tag Manager"),
    ("li_fat_id", "marketing", "LinkedIn"),
    ("_tt_enable_cookie", "marketing", "TikTok"),
    ("_rdt_uuid", "marketing", "Reddit"),
    ("_scid", "marketing", "Snapchat"),
    ("_ym_*", "analytics", "Yandex Metrica"),
    ("_vwo_*", "analytics", "VWO"),
    ("amp_*", "analytics", "Amplitude"),
    ("_hp2_*", "analytics", "Heap"),
]


def services():
    extra = getattr(settings, "WAGTAIL_SELOSTE_EXTRA_SERVICES", [])
    return SERVICES + [Service(**item) for item in extra]


def tracker_cookies():
    extra = getattr(settings, "WAGTAIL_SELOSTE_EXTRA_TRACKER_COOKIES", [])
    return TRACKER_COOKIES + [tuple(item) for item in extra]


def tracker(cookie_name):
    """``(category, provider)`` for a known analytics or marketing cookie, else ``None``."""
    name = (cookie_name or "").strip().lower()
    for pattern, category, provider in tracker_cookies():
        pattern = pattern.lower()
        if pattern.endswith("*"):
            if name.startswith(pattern[:-1]):
                return category, provider
        elif name == pattern:
            return category, provider
    return None


def services_named_in(text):
    """The known non-EU/EEA services that ``text`` names, in the order of the table."""
    found = []
    for service in services():
        if not service.outside_eea:
            continue
        for alias in service.aliases:
            if re.search(rf"(?<![\w.-]){re.escape(alias)}(?![\w-])", text, re.IGNORECASE):
                found.append(service)
                break
    return found
