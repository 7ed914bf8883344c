"""The booking wizard and the public booking views (thanks, cancellation, calendar feed).

The wizard is a django-formtools ``NamedUrlSessionWizardView`` served under the booking page's
``RoutablePageMixin`` routes, so every step has its own URL and the browser's back button works.
"""

from datetime import timedelta

from django.core.exceptions import SuspiciousOperation
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from django.utils.dateparse import parse_date
from django.utils.translation import gettext_lazy as _
from formtools.wizard.views import NamedUrlSessionWizardView, WizardView
from wagtail.models import Site

from ..conf import seloste_settings
from ..notice.locales import locale_of
from ..notice.models import NoticePage
from ..notice.validators import format_phone
from ..ratelimit import client_address, limit_reached
from . import paths
from .calendar import bookings_feed
from .emails import cancel_url, notify_client_of_cancellation, notify_owner_of_cancellation
from .forms import ConsentForm, ContactForm, ServiceForm, SlotForm, parse_slot
from .models import Booking
from .slots import free_slots
from .store import SlotTaken, create_booking
from .tokens import DETAILS_SALT, booking_from_token, can_cancel

STEP_SERVICE = "palvelu"
STEP_TIME = "aika"
STEP_CONTACT = "yhteystiedot"
STEP_CONFIRM = "vahvistus"
DONE_STEP = "valmis"

STEP_LABELS = {
    STEP_SERVICE: _("Service"),
    STEP_TIME: _("Time"),
    STEP_CONTACT: _("Contact details"),
    STEP_CONFIRM: _("Confirm"),
}


def done_session_key(page):
    return f"seloste_booking_done_{page.pk}"


def requested_day(value):
    """The day asked for in ``?paiva=YYYY-MM-DD`` (``?dag=``, ``?day=``), or None for anything
    else."""
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        day = parse_date(value)
    except ValueError:  # well formed but not a date, e.g. 2026-02-30
        return None
    # Far-off years (0001, 9999) would overflow the week arithmetic.
    return day if day is not None and 2000 <= day.year <= 9000 else None


def over_rate_limit(request):
    return limit_reached(
        "booking-address",
        client_address(request),
        seloste_settings.BOOKING_RATE_LIMIT,
        seloste_settings.BOOKING_RATE_WINDOW,
    )


class BookingWizard(NamedUrlSessionWizardView):
    """Service → time → contact details → consents and summary → done.

    Override ``get_form_kwargs`` or the step forms to add fields; ``done`` stores the booking
    through :func:`wagtail_seloste.bookings.create_booking`.
    """

    page = None
    # Whether the chosen time is checked to be free (``SlotForm.check_free``): on the time
    # step's own post and on the final step, not on the other steps' requests.
    check_slot = False
    form_list = [
        (STEP_SERVICE, ServiceForm),
        (STEP_TIME, SlotForm),
        (STEP_CONTACT, ContactForm),
        (STEP_CONFIRM, ConsentForm),
    ]
    template_name = "wagtail_seloste/booking/wizard.html"
    storage_name = "wagtail_seloste.booking.storage.ChangedOnlySessionStorage"

    # Storage and URLs ----------------------------------------------------------------------

    def dispatch(self, request, *args, **kwargs):
        self.page.remember_request_site(request)
        return super().dispatch(request, *args, **kwargs)

    def get_prefix(self, request, *args, **kwargs):
        # Per page: two booking pages must not share one wizard in the session.
        return f"seloste_booking_{self.page.pk}"

    def get_step_url(self, step):
        return self.page.get_url(self.request) + paths.subpage(self.page, "step", step=step)

    def get_form_step_data(self, form):
        # Only the step's own fields: formtools would otherwise keep the whole POST (the CSRF
        # token and anything a bot adds) in the session.
        names = {form.add_prefix(name) for name in form.fields}
        return {key: form.data.getlist(key) for key in names if key in form.data}

    # Forms ---------------------------------------------------------------------------------

    def chosen_service(self):
        data = self.get_cleaned_data_for_step(STEP_SERVICE)
        return data["service"] if data else None

    def get_notice(self):
        if not hasattr(self, "_notice"):
            site, locale = self.page.get_site(), locale_of(self.page)
            if site is not None and site == Site.find_for_request(self.request):
                # The answer the page's footer link also asks for, kept on the request.
                self._notice = NoticePage.for_request(self.request, locale=locale)
            else:
                self._notice = NoticePage.for_site(site, locale=locale)
        return self._notice

    def get_form_kwargs(self, step=None):
        kwargs = {}
        if step == STEP_SERVICE:
            kwargs["page"] = self.page
        elif step == STEP_TIME:
            kwargs.update(page=self.page, service=self.chosen_service(), check_free=self.check_slot)
        elif step == STEP_CONTACT:
            kwargs.update(page=self.page, service=self.chosen_service())
        elif step == STEP_CONFIRM:
            notice = self.get_notice()
            kwargs.update(
                page=self.page,
                service=self.chosen_service(),
                notice=notice,
                notice_url=notice.get_url(self.request) if notice else "",
            )
        return kwargs

    # Flow ----------------------------------------------------------------------------------

    def get(self, request, *args, **kwargs):
        step = kwargs.get("step")
        form_list = self.get_form_list()
        if step in form_list:
            # A later step's URL opened directly (or a stale tab): go back to the first step
            # that is missing, instead of showing a step without its premises.
            for earlier in list(form_list)[: list(form_list).index(step)]:
                if self.get_cleaned_data_for_step(earlier) is None:
                    self.storage.current_step = earlier
                    return redirect(self.get_step_url(earlier))
        return super().get(request, *args, **kwargs)

    def post(self, *args, **kwargs):
        goto = self.request.POST.get("wizard_goto_step")
        if goto and goto in self.get_form_list():
            self.keep_answers_going_back(goto)
        else:
            current = self.request.POST.get(f"{self.prefix}-current_step")
            if current is not None and current not in self.get_form_list():
                # formtools would make an unknown step current and fail on it.
                raise SuspiciousOperation("Unknown wizard step.")
            self.check_slot = current == STEP_TIME
            if current == self.steps.last and over_rate_limit(self.request):
                self.storage.current_step = current
                form = self.get_form(step=current, data=self.request.POST)
                form.is_valid()
                form.add_error(
                    None,
                    _(
                        "Too many bookings have been made from your connection. Wait a while "
                        "and try again, or book by phone or email."
                    ),
                )
                response = self.render(form)
                response.status_code = 429
                return response
        return super().post(*args, **kwargs)

    def keep_answers_going_back(self, goto):
        """ "Back" keeps what the person wrote on the step they leave (formtools drops it), so
        that coming forward again shows it. An untouched step that is not valid is left as it
        was, so that it does not greet them with errors."""
        steps = list(self.get_form_list())
        current = self.request.POST.get(f"{self.prefix}-current_step")
        if current not in steps or steps.index(goto) >= steps.index(current):
            return
        form = self.get_form(step=current, data=self.request.POST)
        data = self.get_form_step_data(form)
        typed = any(str(value).strip() for values in data.values() for value in values)
        if form.is_valid() or typed:
            self.storage.set_step_data(current, data)

    def render_done(self, form, **kwargs):
        # The last step's valid post stores the booking itself: formtools' named-URL wizard
        # would redirect it to the done step's URL and store it on that GET, a whole request
        # more for every booking (docs/deployment.md, "The fourth round"). A GET of the done
        # step's URL still finishes a wizard whose last step was stored.
        # Every step is validated again: the time must still be free (the store checks it once
        # more under the calendar's lock).
        self.check_slot = True
        try:
            return WizardView.render_done(self, form, **kwargs)
        except SlotTaken:
            # Someone else got the time first: keep the other answers, ask for a new time.
            self.storage.set_step_data(STEP_TIME, {})
            self.storage.current_step = STEP_TIME
            self.storage.extra_data = {"slot_taken": True}
            return redirect(self.get_step_url(STEP_TIME))

    def done(self, form_list, form_dict=None, **kwargs):
        service = form_dict[STEP_SERVICE].cleaned_data["service"]
        contact = form_dict[STEP_CONTACT].cleaned_data
        health_info, health_consent = form_dict[STEP_CONTACT].health()
        booking = create_booking(
            self.page,
            service,
            form_dict[STEP_TIME].cleaned_data["slot"],
            site=self.page.get_site(),
            first_name=contact["first_name"],
            last_name=contact["last_name"],
            email=contact["email"],
            phone=contact["phone"],
            message=contact.get("message", ""),
            consents=form_dict[STEP_CONFIRM].answers(),
            ip_address=self.request.META.get("REMOTE_ADDR") or None,
            health_info=health_info,
            health_consent=health_consent,
            existing_customer=form_dict[STEP_CONFIRM].existing_customer(),
        )
        self.request.session[done_session_key(self.page)] = booking.pk
        return redirect(self.page.get_url(self.request) + paths.subpage(self.page, "thanks"))

    # Rendering -----------------------------------------------------------------------------

    def get_context_data(self, form, **kwargs):
        context = super().get_context_data(form=form, **kwargs)
        current = self.steps.current
        context["steps"] = [
            {"name": name, "label": STEP_LABELS[name], "current": name == current}
            for name in self.get_form_list()
        ]
        context["step_label"] = STEP_LABELS.get(current, "")
        if current == STEP_TIME:
            context.update(self.time_context(form))
            # The "taken" notice is shown once.
            if self.storage.extra_data.get("slot_taken"):
                self.storage.extra_data = {}
        if current == STEP_CONTACT:
            # The contact step shows what is being booked.
            context["chosen"] = self.summary()
        if current == STEP_CONFIRM:
            context["summary"] = self.summary()
            context["notice"] = self.get_notice()
        return context

    def time_context(self, form):
        """The time step: one week of days at a time (previous and next week links, and a
        date field), then the free times of the chosen day. Plain links and a GET form, so it
        works without JavaScript and fits a phone."""
        service = self.chosen_service()
        if service is None:
            return {"service": None, "days": [], "day_slots": []}
        slots = free_slots(self.page, service)
        days = sorted(slots)
        chosen = form.data.get(form.add_prefix("slot")) if form.is_bound else None
        selected_day = requested_day(paths.query_value(self.request.GET, "day"))
        week_asked = requested_day(paths.query_value(self.request.GET, "week"))
        if selected_day is None and chosen:
            start = parse_slot(chosen)
            selected_day = timezone.localtime(start).date() if start else None
        base = self.get_step_url(STEP_TIME)
        language = paths.language_of(self.page)
        day_param, week_param = paths.word("day", language), paths.word("week", language)
        if week_asked is not None and selected_day is None:
            week_start = week_asked - timedelta(days=week_asked.weekday())
            in_week = [d for d in days if week_start <= d < week_start + timedelta(days=7)]
            selected_day = in_week[0] if in_week else None
        else:
            if selected_day not in slots:
                # A day without times (or none asked): the first free day from that day on.
                after = [d for d in days if selected_day is None or d >= selected_day]
                selected_day = after[0] if after else (days[0] if days else None)
            week_start = (
                selected_day - timedelta(days=selected_day.weekday()) if selected_day else None
            )
        week = []
        prev_url = next_url = ""
        if week_start is not None and days:
            for offset in range(7):
                day = week_start + timedelta(days=offset)
                count = len(slots.get(day, []))
                week.append(
                    {
                        "date": day,
                        "count": count,
                        "url": f"{base}?{day_param}={day.isoformat()}" if count else "",
                        "selected": day == selected_day,
                    }
                )
            if days[0] < week_start:
                prev_url = f"{base}?{week_param}={(week_start - timedelta(days=7)).isoformat()}"
            if days[-1] >= week_start + timedelta(days=7):
                next_url = f"{base}?{week_param}={(week_start + timedelta(days=7)).isoformat()}"
        return {
            "service": service,
            "days": week,
            "has_free_days": bool(days),
            "week_start": week_start,
            "week_end": week_start + timedelta(days=6) if week_start else None,
            "prev_week_url": prev_url,
            "next_week_url": next_url,
            "first_day": days[0] if days else None,
            "last_day": days[-1] if days else None,
            "time_step_url": base,
            "selected_day": selected_day,
            "day_slots": [
                {
                    "value": start.isoformat(),
                    "start": timezone.localtime(start),
                    "checked": start.isoformat() == chosen,
                }
                for start in slots.get(selected_day, [])
            ],
            "slot_field_name": form.add_prefix("slot"),
            "day_param": day_param,
        }

    def summary(self):
        service = self.chosen_service()
        time = self.get_cleaned_data_for_step(STEP_TIME) or {}
        contact = dict(self.get_cleaned_data_for_step(STEP_CONTACT) or {})
        if contact.get("phone"):
            contact["phone"] = format_phone(contact["phone"])
        start = time.get("slot")
        return {
            "service": service,
            "start": timezone.localtime(start) if start else None,
            "end": timezone.localtime(start + timedelta(minutes=service.duration_minutes))
            if start and service
            else None,
            "contact": contact,
        }

    def render(self, form=None, **kwargs):
        form = form or self.get_form()
        context = self.get_context_data(form=form, **kwargs)
        return self.page.render(
            self.request, template=self.template_name, context_overrides=context
        )


def thanks_view(page, request):
    booking_id = request.session.get(done_session_key(page))
    booking = (
        Booking.objects.select_related("service").filter(pk=booking_id, page=page).first()
        if isinstance(booking_id, int)
        else None
    )
    if booking is None:
        return redirect(page.get_url(request))
    return page.render(
        request,
        template="wagtail_seloste/booking/thanks.html",
        context_overrides={
            "booking": booking,
            "start": timezone.localtime(booking.start),
            # What the email carries, by the rule the email follows (``emails.cancel_url``).
            "cancel_link": bool(cancel_url(booking)),
            "notice": NoticePage.for_site(page.get_site(), locale=locale_of(page)),
        },
    )


def cancel_view(page, request, token):
    booking = booking_from_token(token)
    if booking is None or booking.page_id != page.pk:
        return page.render(
            request,
            template="wagtail_seloste/booking/cancel.html",
            context_overrides={"invalid": True},
        )
    booking.page = page
    state = "confirm"
    if booking.is_cancelled:
        state = "already"
    elif not can_cancel(booking):
        state = "too_late"
    elif request.method == "POST":
        with transaction.atomic():
            booking.cancel()
            notify_owner_of_cancellation(booking)
            notify_client_of_cancellation(booking)
        state = "cancelled"
    return page.render(
        request,
        template="wagtail_seloste/booking/cancel.html",
        context_overrides={
            "booking": booking,
            "start": timezone.localtime(booking.start),
            "state": state,
            "notice": NoticePage.for_site(page.get_site(), locale=locale_of(page)),
        },
    )


def details_view(page, request, token):
    """The person opened the link sent to the booking's address: on POST, the client record
    takes the name and phone given with the booking (the address is proven)."""
    booking = booking_from_token(token, salt=DETAILS_SALT)
    if booking is None or booking.page_id != page.pk:
        return page.render(
            request,
            template="wagtail_seloste/booking/details.html",
            context_overrides={"invalid": True},
        )
    state = "confirm" if booking.contact_differs() else "same"
    if request.method == "POST" and state == "confirm":
        from wagtail.log_actions import log

        booking.apply_contact_to_client()
        log(booking.client, "wagtail_seloste.booking.details_confirmed")
        state = "done"
    return page.render(
        request,
        template="wagtail_seloste/booking/details.html",
        context_overrides={"booking": booking, "state": state},
    )


def optout_view(page, request, token):
    """The opt-out link of a marketing message (917/2014 200 §): GET asks, POST stops every
    email marketing to the client (mail scanners follow links with GET). The same answer
    whether or not the person is still a client: an erased client gets no offers anyway."""
    from .marketing import refusal_text, refuse_email_marketing
    from .models import ConsentSource
    from .tokens import client_from_optout_token

    valid, client = client_from_optout_token(token)
    if client is not None and client.site_id != page.get_site().pk:
        valid, client = False, None
    state = "invalid" if not valid else "confirm"
    if valid and request.method == "POST":
        if client is not None:
            refuse_email_marketing(client, source=ConsentSource.OPTOUT_LINK, text=refusal_text())
        state = "done"
    response = page.render(
        request,
        template="wagtail_seloste/booking/optout.html",
        context_overrides={"state": state},
    )
    if state == "invalid":
        response.status_code = 400
    return response


def feed_view(page, request, secret):
    if not page.feed_secret or not constant_time_compare(secret, page.feed_secret):
        raise Http404
    body = bookings_feed(page, request)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="varaukset.ics"'
    return response


def preview_view(page, request):
    """A preview shows the first step, but nothing in it starts or stores a wizard."""
    form = ServiceForm(page=page)
    return TemplateResponse(
        request,
        "wagtail_seloste/booking/wizard.html",
        {
            **page.get_context(request),
            "preview": True,
            "wizard": {"form": form},
            "steps": [
                {"name": n, "label": label, "current": n == STEP_SERVICE}
                for n, label in STEP_LABELS.items()
            ],
            "step_label": STEP_LABELS[STEP_SERVICE],
        },
    )
