"""What the rights app tells the core's records (docs/record.md, breaches.md).

- the Art 30 record: the log of data subject requests;
- the breach log: the requests as a scope, each requester reached in the language they wrote in.
"""

from django.conf import settings
from django.db.models import Count
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..register.breaches.scope import BreachScopeSource, Estimate, ScopeKind, register_breach_scope
from ..register.record import ProcessingFact, register_facts
from .models import RightsRequest


@register_facts
def request_facts(site):
    return [
        ProcessingFact(
            groups=("requests",),
            what=_("The log of data subject requests"),
            subjects=_("People who ask to see, correct or erase their data"),
            data=_(
                "Name, email address and phone number; what was asked, when it was received and "
                "verified, and how it was answered"
            ),
            security=_(
                "A request opens only after the requester confirms it from their own email; "
                "exports are delivered by a link, never as an attachment."
            ),
        )
    ]


class RequestScope(BreachScopeSource):
    name = "rights"

    def kinds(self):
        return [ScopeKind("requests", gettext_lazy("Data subject requests (all of them)"))]

    def estimate(self, site, scope):
        if scope.kind != "requests":
            return None
        counts = RightsRequest.objects.filter(site=site).aggregate(
            records=Count("pk"), people=Count("email", distinct=True)
        )
        groups = {"requests"} if counts["records"] else set()
        return Estimate(people=counts["people"], records=counts["records"], groups=groups)

    def contacts(self, site, scope):
        default = (settings.LANGUAGE_CODE or "fi")[:2]
        seen = {}
        rows = (
            RightsRequest.objects.filter(site=site)
            .order_by("-received_at")
            .values_list("pk", "email", "language")
        )
        for pk, email, language in rows:
            # One message per person, however many requests they made.
            seen.setdefault(email.lower(), (["request", pk], (language or default)[:2]))
        return list(seen.values())

    def address(self, site, ref):
        if not isinstance(ref, list) or len(ref) != 2 or ref[0] != "request":
            return ""
        return (
            RightsRequest.objects.filter(pk=ref[1], site=site)
            .values_list("email", flat=True)
            .first()
            or ""
        )


register_breach_scope(RequestScope())
