"""Helpers of the booking tests: a driver for the wizard and a free-slot finder."""

from django.core.cache import cache

from wagtail_seloste.booking.slots import free_slots

CONTACT = {
    "first_name": "Maija",
    "last_name": "Meikäläinen",
    "email": "Maija.Meikalainen@Example.com",
    "phone": "040 123 4567",
    "message": "",
}


def first_free(page, service, index=0):
    slots = free_slots(page, service)
    return [start for day in sorted(slots) for start in slots[day]][index]


def free_beyond_cutoff(page, service, index=0):
    """A free start beyond the page's cancellation cut-off, whatever the hour the test runs:
    a booking at that time gets a working cancellation link."""
    from datetime import timedelta

    from django.utils import timezone

    limit = timezone.now() + timedelta(hours=page.cancellation_cutoff_hours + 1)
    slots = free_slots(page, service)
    return [s for day in sorted(slots) for s in slots[day] if s > limit][index]


class WizardDriver:
    def __init__(self, client, page):
        self.client = client
        self.page = page
        self.prefix = f"seloste_booking_{page.pk}"

    def url(self, step):
        return f"/ajanvaraus/varaa/{step}/"

    def post(self, step, data, **extra):
        payload = {f"{self.prefix}-current_step": step}
        payload.update({f"{step}-{key}": value for key, value in data.items()})
        return self.client.post(self.url(step), payload, **extra)

    def service(self, name="Klassinen hieronta"):
        return self.page.services.get(name=name)

    def choose_service(self, name="Klassinen hieronta"):
        return self.post("palvelu", {"service": self.service(name).pk})

    def choose_time(self, start):
        return self.post("aika", {"slot": start.isoformat()})

    def contact(self, **overrides):
        return self.post("yhteystiedot", {**CONTACT, **overrides})

    def confirm(self, ticked=None, **extra):
        """Tick the boxes of the ``ticked`` kinds on the last step (none is required)."""
        ticked = set(ticked or ())
        data = {}
        for box in self.page.consent_checkboxes.all():
            if box.kind in ticked:
                data[f"consent_{box.pk}"] = "on"
        return self.post("vahvistus", data, **extra)

    def book(self, service_name="Klassinen hieronta", start=None, ticked=None, **contact):
        """Run every step and follow the redirects; returns the final response."""
        cache.clear()
        self.client.get("/ajanvaraus/")
        self.choose_service(service_name)
        service = self.service(service_name)
        start = start or first_free(self.page, service)
        self.choose_time(start)
        self.contact(**contact)
        response = self.confirm(ticked)
        while response.status_code == 302:
            response = self.client.get(response["Location"])
        return response
