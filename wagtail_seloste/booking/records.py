"""What the booking app tells the core's records (docs/processors.md, record.md, breaches.md).

- the Art 30 record: the client register and bookings, and the health information each
  booking page asks (its basis);
- the processors register: the calendar service that may read a booking page's private feed
  (proposed), and the pages' notification addresses (checked for consumer email accounts);
- the breach log: scopes over the client register (all clients, bookings made or taking place
  in a time range, one booking page), each person reached in their booking's language.
"""

from django.conf import settings
from django.db.models import Count, Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..register.breaches.scope import BreachScopeSource, Estimate, ScopeKind, register_breach_scope
from ..register.processors import Proposal, register_addresses, register_proposer
from ..register.record import ProcessingFact, register_facts
from .models import Booking, Client, ConsentRecord
from .pages import BookingPage, HealthDataBasis


def _pages(site):
    return BookingPage.objects.live().in_site(site).specific()


# The record -----------------------------------------------------------------------------------


@register_facts
def booking_facts(site):
    pages = list(_pages(site))
    if not pages:
        return []
    found = [
        ProcessingFact(
            groups=("clients", "bookings"),
            what=_("The client register and bookings of the booking page"),
            subjects=_("Clients who book a time on the website"),
            data=_(
                "Name, email address and phone number; the booked service and time, its status "
                "and messages; consents and their withdrawals"
            ),
            security=_(
                "Confirmations and reminders by email carry no health information; a booking's "
                "cancel link is signed and expires."
            ),
        )
    ]
    for page in pages:
        if page.health_data_basis == HealthDataBasis.NONE:
            continue
        if not page.services.filter(needs_health_info=True).exists():
            continue
        found.append(
            ProcessingFact(
                groups=("health",),
                what=_("Health information asked on the booking page “%(page)s”")
                % {"page": page.title},
                subjects=_("Clients who book a service that asks about their health"),
                data=_("Health information given when booking on “%(page)s” (%(basis)s)")
                % {"page": page.title, "basis": page.get_health_data_basis_display()},
                security=_(
                    "Health information is shown only to users with its own permission, every "
                    "viewing is written to the audit log, and it is never sent by email."
                ),
            )
        )
    return found


# The processors register -----------------------------------------------------------------------


@register_proposer
def calendar_feed(site):
    pages = [p for p in _pages(site) if p.feed_secret]
    if not pages:
        return []
    return [
        Proposal(
            "calendar-feed",
            _("Calendar service reading the booking feed"),
            _("Shows your bookings in your calendar app"),
            _(
                "The booking page “%(page)s” has a private calendar feed. If you subscribed to "
                "it in Google Calendar, Outlook or another calendar service, that service "
                "fetches your bookings' times and numbers: add it with its name and country, "
                "or mark this not used."
            )
            % {"page": pages[0].title},
            groups=("bookings",),
        )
    ]


@register_addresses
def notification_addresses(site):
    return [
        (page.owner_email, _("The booking page “%(page)s”") % {"page": page.title})
        for page in _pages(site)
        if page.owner_email
    ]


# The breach log ------------------------------------------------------------------------------


class BookingScope(BreachScopeSource):
    """Breach scopes over the client register."""

    name = "booking"

    def kinds(self):
        return [
            ScopeKind("all_clients", gettext_lazy("All clients (the whole client register)")),
            ScopeKind(
                "bookings_made",
                gettext_lazy("Bookings made in a time range (for example through a faulty form)"),
                needs_range=True,
            ),
            ScopeKind(
                "appointments",
                gettext_lazy("Appointments in a time range (for example a lost day's list)"),
                needs_range=True,
            ),
            ScopeKind(
                "booking_page",
                gettext_lazy("Bookings of one booking page"),
                needs_page=True,
            ),
        ]

    def pages(self, site):
        if site is None:
            return []
        return [(page.pk, page.title) for page in _pages(site)]

    def _bookings(self, site, scope):
        bookings = Booking.objects.filter(client__site=site)
        if scope.kind == "bookings_made":
            return bookings.filter(created_at__gte=scope.start, created_at__lte=scope.end)
        if scope.kind == "appointments":
            return bookings.filter(start__lte=scope.end, end__gte=scope.start)
        if scope.kind == "booking_page":
            # The page and its translations: a Swedish visitor books on the Swedish page.
            page = BookingPage.objects.filter(pk=scope.page_id).first()
            if page is None:
                return bookings.none()
            return bookings.filter(page__translation_key=page.translation_key)
        return bookings

    def estimate(self, site, scope):
        if scope.kind not in {k.key for k in self.kinds()}:
            return None
        bookings = self._bookings(site, scope)
        counts = bookings.aggregate(
            records=Count("pk"),
            people=Count("client", distinct=True),
            health=Count("pk", filter=~Q(health_info="")),
        )
        groups = {"clients"} if counts["people"] else set()
        if counts["records"]:
            groups.add("bookings")
        if counts["health"]:
            groups.add("health")
        people, records = counts["people"], counts["records"]
        if scope.kind == "all_clients":
            clients = Client.objects.filter(site=site)
            people = clients.count()
            consents = ConsentRecord.objects.filter(site=site).count()
            records += people + consents
            if people:
                groups.add("clients")
            if consents:
                groups.add("consents")
            if clients.filter(Q(marketing_email=True) | Q(marketing_sms=True)).exists():
                groups.add("marketing")
        return Estimate(
            people=people, records=records, groups=groups, health_records=counts["health"]
        )

    def contacts(self, site, scope):
        if scope.kind == "all_clients":
            client_ids = list(Client.objects.filter(site=site).values_list("pk", flat=True))
        else:
            client_ids = list(
                self._bookings(site, scope).values_list("client_id", flat=True).distinct()
            )
        # Each person in the language of their latest booking's page.
        languages = {}
        rows = (
            Booking.objects.filter(client_id__in=client_ids)
            .order_by("client_id", "-start")
            .values_list("client_id", "page__locale__language_code")
        )
        for client_id, language in rows:
            languages.setdefault(client_id, language)
        default = (settings.LANGUAGE_CODE or "fi")[:2]
        return [(["client", pk], (languages.get(pk) or default)[:2]) for pk in client_ids]

    def address(self, site, ref):
        if not isinstance(ref, list) or len(ref) != 2 or ref[0] != "client":
            return ""
        return (
            Client.objects.filter(pk=ref[1], site=site).values_list("email", flat=True).first()
            or ""
        )


register_breach_scope(BookingScope())
