"""StreamField blocks of the Tietosuojaseloste.

Each section kind of the notice vocabulary is one block type; its name in the stream is the
section's ``kind`` in the JSON format (docs/json-format.md). Structured fields live here where
other features read them: purposes and their legal bases, data categories, processors,
transfers, retention rules, rights and cookie declarations.
"""

from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import blocks

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link"]

# GDPR Art 6(1): the legal bases of processing, (a)–(f).
LEGAL_BASES = [
    ("a", _("Consent (GDPR Art 6(1)(a))")),
    ("b", _("Contract or steps before entering into one (GDPR Art 6(1)(b))")),
    ("c", _("Legal obligation (GDPR Art 6(1)(c))")),
    ("d", _("Vital interests (GDPR Art 6(1)(d))")),
    ("e", _("Public interest or official authority (GDPR Art 6(1)(e))")),
    ("f", _("Legitimate interest (GDPR Art 6(1)(f))")),
]

# GDPR Chapter V: what a transfer outside the EU/EEA rests on. Adequacy (Art 45; for a US
# company, its certification under the EU–US Data Privacy Framework, the Commission's adequacy
# decision of 10.7.2023) and the standard contractual clauses (Art 46(2)(c)) are the routine
# safeguards. An Art 49 derogation is an exception for occasional transfers, never the basis of
# a service used every day (EDPB Guidelines 2/2018): the processors register flags it.
TRANSFER_SAFEGUARDS = [
    ("adequacy", _("Adequacy decision of the European Commission (GDPR Art 45)")),
    ("dpf", _("EU–US Data Privacy Framework (adequacy decision of 10.7.2023, GDPR Art 45)")),
    ("scc", _("Standard contractual clauses (GDPR Art 46(2)(c))")),
    ("other", _("Other safeguard, described in the text")),
    ("derogation", _("Derogation for a specific situation (GDPR Art 49)")),
]

# The data a retention rule applies to. The register's retention purge reads these keys.
RETENTION_TARGETS = [
    ("clients", _("Client register: clients")),
    ("bookings", _("Bookings")),
    ("consents", _("Consent records")),
    ("requests", _("Data subject requests")),
    ("sessions", _("Unfinished forms (sessions)")),
    # GDPR Art 9: the health information of bookings, with a retention of its own.
    ("health", _("Health information of bookings")),
    ("other", _("Other data (not deleted automatically)")),
]

RETENTION_UNITS = [
    ("days", _("days")),
    ("months", _("months")),
    ("years", _("years")),
]

RETENTION_EVENTS = [
    ("relationship_end", _("end of the customer relationship")),
    ("last_booking", _("last booking or visit")),
    ("fiscal_year_end", _("end of the financial year")),
    # Kirjanpitolaki 1336/1997, 2:10 §: vouchers are kept from the end of this year.
    ("fiscal_year_end_year", _("end of the year in which the financial year ended")),
    ("request_completed", _("completion of the request")),
    ("collected", _("collection of the data")),
    # "Until withdrawn" (GDPR Art 7(3)): the evidence is kept for the period after withdrawal.
    ("consent_withdrawn", _("withdrawal of the consent")),
]

# GDPR Art 13(2)(b)–(d): the rights a notice states.
RIGHTS = [
    ("access", _("Right of access (GDPR Art 15)")),
    ("rectification", _("Right to rectification (GDPR Art 16)")),
    ("erasure", _("Right to erasure (GDPR Art 17)")),
    ("restriction", _("Right to restriction of processing (GDPR Art 18)")),
    ("portability", _("Right to data portability (GDPR Art 20)")),
    ("objection", _("Right to object (GDPR Art 21)")),
    ("withdraw_consent", _("Right to withdraw consent (GDPR Art 7(3))")),
    ("complaint", _("Right to lodge a complaint with a supervisory authority (GDPR Art 77)")),
]


def _label(choices, key):
    return dict(choices).get(key, "")


class PurposeValue(blocks.StructValue):
    def legal_basis_label(self):
        return _label(LEGAL_BASES, self.get("legal_basis"))


class TransferValue(blocks.StructValue):
    def safeguard_label(self):
        return _label(TRANSFER_SAFEGUARDS, self.get("safeguard"))


class RightValue(blocks.StructValue):
    def right_label(self):
        return _label(RIGHTS, self.get("right"))


class RetentionRuleValue(blocks.StructValue):
    def period_label(self):
        """“3 years from the last booking or visit”, or the “until …” text."""
        if self.get("until") and not self.get("period"):
            return self["until"]
        period = self.get("period")
        if not period:
            return ""
        unit = self.get("unit") or "years"
        forms = {
            "days": ngettext("%(count)s day", "%(count)s days", period),
            "months": ngettext("%(count)s month", "%(count)s months", period),
            "years": ngettext("%(count)s year", "%(count)s years", period),
        }
        text = forms[unit] % {"count": period}
        event = _label(RETENTION_EVENTS, self.get("counted_from"))
        if event:
            text = _("%(period)s from the %(event)s") % {"period": text, "event": event}
        return text


class SectionBlock(blocks.StructBlock):
    """A section of the notice: an optional heading override and rich text.

    Subclasses add the structured fields of their kind. ``kind`` is the block's name in the
    notice's stream; the default heading and the anchor come from ``wagtail_seloste.sections``.
    """

    heading = blocks.CharBlock(
        required=False,
        label=_("Heading"),
        help_text=_("Leave empty to use the standard heading of this section."),
    )
    text = blocks.RichTextBlock(required=False, features=RICH_TEXT_FEATURES, label=_("Text"))

    class Meta:
        icon = "doc-full"
        form_classname = "seloste-section"
        template = "wagtail_seloste/notice/sections/text.html"


class OtherSectionBlock(SectionBlock):
    heading = blocks.CharBlock(required=True, label=_("Heading"))


class PhoneBlock(blocks.CharBlock):
    """A phone number: one number in every language of the notice.

    wagtail-localize offers a CharBlock's text for translation; a number is not text to
    translate, and a translator's copy would drift from the contact the Finnish page gives
    (GDPR Art 13(1)(a)). Like the notice's own phone field, the translation keeps the source's.
    """

    def get_translatable_segments(self, value):
        return []

    def restore_translated_segments(self, value, segments):
        return value


class PersonBlock(blocks.StructBlock):
    name = blocks.CharBlock(required=False, label=_("Name"))
    email = blocks.EmailBlock(required=False, label=_("Email"))
    phone = PhoneBlock(required=False, label=_("Phone"))
    address = blocks.CharBlock(required=False, label=_("Address"))


class PersonSectionBlock(SectionBlock):
    person = PersonBlock(label=_("Contact details"))

    class Meta:
        template = "wagtail_seloste/notice/sections/person.html"


class PurposeBlock(blocks.StructBlock):
    purpose = blocks.TextBlock(label=_("Purpose"))
    legal_basis = blocks.ChoiceBlock(
        choices=LEGAL_BASES, required=False, label=_("Legal basis (GDPR Art 6(1))")
    )
    legitimate_interest = blocks.TextBlock(
        required=False,
        label=_("Legitimate interest"),
        help_text=_("Required when the legal basis is legitimate interest (GDPR Art 13(1)(d))."),
    )

    class Meta:
        icon = "list-ul"
        value_class = PurposeValue


class PurposesSectionBlock(SectionBlock):
    purposes = blocks.ListBlock(PurposeBlock(), label=_("Purposes"), default=[])

    class Meta:
        template = "wagtail_seloste/notice/sections/purposes.html"


class DataCategoryBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Data"))
    description = blocks.TextBlock(required=False, label=_("Description"))
    required = blocks.BooleanBlock(
        required=False,
        label=_("Required for the service"),
        help_text=_("Shown with an asterisk: the service cannot be provided without it."),
    )
    special_category = blocks.BooleanBlock(
        required=False,
        label=_("Special category (GDPR Art 9)"),
        help_text=_("For example health information."),
    )


class DataContentSectionBlock(SectionBlock):
    categories = blocks.ListBlock(DataCategoryBlock(), label=_("Data categories"), default=[])
    requirement = blocks.TextBlock(
        required=False,
        label=_("Is giving the data a requirement?"),
        help_text=_(
            "Whether giving the data is a statutory or contractual requirement and what "
            "follows from not giving it (GDPR Art 13(2)(e))."
        ),
    )

    class Meta:
        template = "wagtail_seloste/notice/sections/data_content.html"


class RecipientBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Recipient or category of recipients"))
    description = blocks.TextBlock(required=False, label=_("What and why"))


class RecipientsSectionBlock(SectionBlock):
    recipients = blocks.ListBlock(RecipientBlock(), label=_("Recipients"), default=[])

    class Meta:
        template = "wagtail_seloste/notice/sections/recipients.html"


class ProcessorBlock(blocks.StructBlock):
    """One processor as the JSON format writes it. The rows live in the processors register
    (``notice/providers.py``); this block describes and validates their JSON shape."""

    name = blocks.CharBlock(label=_("Processor"))
    service = blocks.CharBlock(required=False, label=_("Service"))
    country = blocks.CharBlock(required=False, label=_("Country"))


class TransferBlock(blocks.StructBlock):
    """One transfer outside the EU/EEA as the JSON format writes it (from the register)."""

    recipient = blocks.CharBlock(label=_("Recipient"))
    country = blocks.CharBlock(label=_("Country"))
    safeguard = blocks.ChoiceBlock(choices=TRANSFER_SAFEGUARDS, label=_("Safeguard"))

    class Meta:
        value_class = TransferValue


class ProvidedListBlock(blocks.StaticBlock):
    """Where a section's list comes from, shown read-only in the editor with a link: the
    processors and transfers sections list the processors register's rows (one source)."""

    def __init__(self, kind, **kwargs):
        self.kind = kind
        super().__init__(**kwargs)

    def get_admin_text(self):
        from .providers import provider_for

        provider = provider_for(self.kind)
        if provider is None:
            return _("The list of this section is not kept anywhere on this site.")
        url = provider.admin_url()
        text = _(
            "The list of this section comes from %(register)s and is shown here as it is there. "
            "Add, change or remove rows there."
        ) % {"register": provider.label}
        if not url:
            return text
        return format_html(
            '{} <a href="{}">{}</a>',
            text,
            url,
            _("Open %(register)s") % {"register": provider.label},
        )


class ProcessorsSectionBlock(SectionBlock):
    processors_list = ProvidedListBlock("processors", label=_("Processors"))

    class Meta:
        template = "wagtail_seloste/notice/sections/processors.html"


class TransfersSectionBlock(SectionBlock):
    transfers_list = ProvidedListBlock("transfers", label=_("Transfers outside the EU/EEA"))

    class Meta:
        template = "wagtail_seloste/notice/sections/transfers.html"


# The sections whose list a provider keeps (notice/providers.py): kind → (JSON key, item block).
PROVIDED_LISTS = {
    "processors": ("processors", ProcessorBlock),
    "transfers": ("transfers", TransferBlock),
}


class RetentionRuleBlock(blocks.StructBlock):
    """One retention rule: which data, how long, counted from which event.

    These are data, not prose: the retention purge applies the rules of the site's canonical
    notice to the client register, so the notice says exactly what happens (GDPR Art 13(2)(a)).
    """

    data = blocks.CharBlock(label=_("Data"))
    applies_to = blocks.ChoiceBlock(
        choices=RETENTION_TARGETS, default="other", label=_("Applies to")
    )
    period = blocks.IntegerBlock(required=False, min_value=1, label=_("How long"))
    unit = blocks.ChoiceBlock(choices=RETENTION_UNITS, default="years", label=_("Unit"))
    until = blocks.CharBlock(
        required=False,
        label=_("Or until"),
        help_text=_("Instead of a period, for example “until the consent is withdrawn”."),
    )
    counted_from = blocks.ChoiceBlock(
        choices=RETENTION_EVENTS, required=False, label=_("Counted from")
    )

    class Meta:
        value_class = RetentionRuleValue


class RetentionSectionBlock(SectionBlock):
    rules = blocks.ListBlock(RetentionRuleBlock(), label=_("Retention rules"), default=[])

    class Meta:
        template = "wagtail_seloste/notice/sections/retention.html"


class RightBlock(blocks.StructBlock):
    right = blocks.ChoiceBlock(choices=RIGHTS, label=_("Right"))
    how = blocks.TextBlock(required=False, label=_("How to exercise it"))

    class Meta:
        value_class = RightValue


class RightsSectionBlock(SectionBlock):
    rights = blocks.ListBlock(RightBlock(), label=_("Rights"), default=[])

    class Meta:
        template = "wagtail_seloste/notice/sections/rights.html"


class CookieBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Cookie name"))
    provider = blocks.CharBlock(required=False, label=_("Provider or domain"))
    purpose = blocks.TextBlock(required=False, label=_("Purpose"))
    duration = blocks.CharBlock(required=False, label=_("Duration"))


class CookieCategoryBlock(blocks.StructBlock):
    key = blocks.RegexBlock(
        regex=r"^[-_a-zA-Z0-9]{1,32}$",
        error_messages={
            "invalid": _("Use at most 32 letters a–z, digits, hyphens or underscores.")
        },
        label=_("Key"),
        help_text=_("A short technical name, for example “analytics”."),
    )
    name = blocks.CharBlock(label=_("Name"))
    description = blocks.TextBlock(required=False, label=_("Description"))
    necessary = blocks.BooleanBlock(
        required=False,
        label=_("Necessary category"),
        help_text=_("Necessary cookies are always on and cannot be declined."),
    )
    cookies = blocks.ListBlock(CookieBlock(), label=_("Cookies"), default=[])


class CookiesSectionBlock(SectionBlock):
    categories = blocks.ListBlock(CookieCategoryBlock(), label=_("Cookie categories"), default=[])

    class Meta:
        template = "wagtail_seloste/notice/sections/cookies.html"


class ChangeBlock(blocks.StructBlock):
    date = blocks.DateBlock(label=_("Date"))
    description = blocks.TextBlock(label=_("What changed"))


class ChangesSectionBlock(SectionBlock):
    changes = blocks.ListBlock(
        ChangeBlock(),
        label=_("Change list"),
        default=[],
        help_text=_("Shown publicly. Editors' names are never shown."),
    )

    class Meta:
        template = "wagtail_seloste/notice/sections/changes.html"


def section_blocks():
    """The (kind, block) pairs of the notice's sections, in the standard order."""
    return [
        (
            "controller",
            SectionBlock(
                label=_("Controller"), template="wagtail_seloste/notice/sections/controller.html"
            ),
        ),
        ("contact_person", PersonSectionBlock(label=_("Contact person"))),
        ("dpo", PersonSectionBlock(label=_("Data protection officer"))),
        ("register_name", SectionBlock(label=_("Name of the register"))),
        ("data_subjects", SectionBlock(label=_("Data subjects"))),
        ("purposes", PurposesSectionBlock(label=_("Purposes"))),
        (
            "legal_basis",
            SectionBlock(
                label=_("Legal basis"), template="wagtail_seloste/notice/sections/legal_basis.html"
            ),
        ),
        ("data_content", DataContentSectionBlock(label=_("Data content"))),
        ("sources", SectionBlock(label=_("Sources"))),
        ("recipients", RecipientsSectionBlock(label=_("Recipients"))),
        ("processors", ProcessorsSectionBlock(label=_("Processors"))),
        ("transfers", TransfersSectionBlock(label=_("Transfers"))),
        ("retention", RetentionSectionBlock(label=_("Retention"))),
        ("security", SectionBlock(label=_("Security"))),
        ("rights", RightsSectionBlock(label=_("Rights"))),
        ("automated_decisions", SectionBlock(label=_("Automated decisions"))),
        ("cookies", CookiesSectionBlock(label=_("Cookies"))),
        ("logs", SectionBlock(label=_("Log data"))),
        ("legislation", SectionBlock(label=_("Legislation"))),
        ("changes", ChangesSectionBlock(label=_("Changes"))),
        ("other", OtherSectionBlock(label=_("Other section"))),
    ]
