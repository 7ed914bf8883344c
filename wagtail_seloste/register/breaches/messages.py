"""The message to the people a breach affects (GDPR Art 34(2)), drafted and sent.

Art 34(2): in clear and plain language, the nature of the breach, a contact point, the likely
consequences and the measures taken or proposed. The draft is written in Finnish, Swedish and
English from the breach's details; the owner reads and edits each before sending (the parts
they wrote themselves are in their own language and need translating). Each person gets the
version in their own language (the language they booked or wrote in), through the outbox.

The message never carries health information, nor anyone's own data: the same text goes to
everyone, and the draft does not name health data even as a category (an email is read on
shared screens and forwarded). The outbox row holds only ids; the address is looked up when
the email is sent, so a person erased in between gets nothing.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ... import outbox
from ..groups import label as group_label
from . import scope as scopes
from .assessment import helsinki_text

LANGUAGES = ("fi", "sv", "en")
# Groups the draft names; health information is never named in an email (see above).
NAMED_GROUPS = ("clients", "bookings", "marketing", "consents", "invoices", "requests")


def _controller(site):
    from ...notice.models import NoticePage

    return NoticePage.for_site(site)


def draft(breach, language):
    """``{"subject", "body"}`` of the message in ``language``, from the breach's details."""
    notice = _controller(breach.site)
    with translation.override(language):
        name = (notice.controller_name if notice else "") or breach.site.site_name or ""
        contact = ", ".join(
            part for part in ((notice.email, notice.phone) if notice else ()) if part
        )
        groups = [
            str(group_label(key)).lower() for key in NAMED_GROUPS if key in breach.data_groups
        ]
        when = helsinki_text(breach.occurred_at or breach.aware_at)
        parts = [
            _("Hello,"),
            _(
                "We are writing to tell you about a personal data breach at %(name)s that "
                "concerns your data."
            )
            % {"name": name},
            _("What happened: %(what)s") % {"what": breach.description.strip()},
            _("When: %(when)s") % {"when": when},
        ]
        if groups:
            parts.append(_("Data concerned: %(groups)s.") % {"groups": ", ".join(groups)})
        if breach.consequences.strip():
            parts.append(
                _("What this may mean for you: %(text)s") % {"text": breach.consequences.strip()}
            )
        if breach.measures_taken.strip():
            parts.append(_("What we have done: %(text)s") % {"text": breach.measures_taken.strip()})
        parts.append(
            _(
                "What you can do: be careful with emails, text messages and calls that ask for "
                "your details, passwords or money, even if they seem to come from us. We never "
                "ask for passwords."
            )
        )
        if contact:
            parts.append(
                _("If you have questions, contact us: %(contact)s.") % {"contact": contact}
            )
        parts.append(
            _(
                "You also have the right to lodge a complaint with the Data Protection "
                "Ombudsman (tietosuoja.fi)."
            )
        )
        parts.append(name)
        return {
            "subject": _("A personal data breach that concerns your data (%(name)s)")
            % {"name": name},
            "body": "\n\n".join(p for p in parts if p),
        }


def drafts(breach):
    return {language: draft(breach, language) for language in LANGUAGES}


def send(breach, texts, user):
    """Queue the message to every person in ``breach``'s scope, in their language; returns
    the ``BreachMessage``. One outbox email per person, in one transaction with the step."""
    from ..models import BreachMessage, BreachStep
    from .steps import MESSAGE_ACTION, record_step

    people = scopes.contacts(breach)
    with transaction.atomic():
        message = BreachMessage.objects.create(
            breach=breach, texts=texts, recipients=len(people), created_by=user
        )
        for source_name, ref, language in people:
            outbox.send_later(
                person_message,
                message.pk,
                source_name,
                ref,
                language if language in texts else LANGUAGES[0],
                label=f"breach #{breach.pk}: message to a person affected",
                site=breach.site_id,
            )
        record_step(
            breach,
            BreachStep.MESSAGE,
            user,
            text=ngettext(
                "Message sent to %(count)s person.",
                "Message sent to %(count)s people.",
                len(people),
            )
            % {"count": len(people)},
            action=MESSAGE_ACTION,
            data={"message": message.pk, "recipients": len(people)},
        )
        if breach.people_notified_at is None:
            breach.people_notified_at = timezone.now()
            breach.save(update_fields=["people_notified_at"])
    return message


def person_message(message_id, source_name, ref, language):
    """The outbox's builder: one person's email, or None when they are gone (erased)."""
    from ..models import BreachMessage

    message = BreachMessage.objects.select_related("breach__site").filter(pk=message_id).first()
    src = scopes.source(source_name)
    if message is None or src is None:
        return None
    address = src.address(message.breach.site, ref)
    if not address:
        return None
    text = message.texts.get(language) or message.texts.get(LANGUAGES[0]) or {}
    if not text.get("body"):
        return None
    sender = getattr(settings, "WAGTAIL_SELOSTE_FROM_EMAIL", None) or settings.DEFAULT_FROM_EMAIL
    return EmailMessage(text.get("subject", ""), text["body"], sender, [address])
