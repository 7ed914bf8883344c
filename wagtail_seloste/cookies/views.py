"""The visitor's cookie settings: one view for the banner's buttons and the settings form."""

import json

from django.http import HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.functional import SimpleLazyObject
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.cache import never_cache

from ..conf import seloste_settings
from .consent import (
    categories_in_language,
    consent_states,
    group_state,
    notice_link,
    optional_groups,
    record_choices,
    source_notice,
)

ACCEPT_ALL, REJECT_ALL, SAVE = "accept_all", "reject_all", "save"


def safe_next(request, default="/"):
    """The ``next`` the visitor came from, if it is on this site (no open redirects)."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default


def wants_json(request):
    return "application/json" in request.headers.get("Accept", "") or (
        request.headers.get("X-Requested-With") == "XMLHttpRequest"
    )


@method_decorator(never_cache, name="dispatch")
class CookieSettingsView(View):
    """GET: the settings page. POST: accept all, reject all, or save the toggles.

    Works as a plain form without JavaScript (redirects back to a safe ``next``); the banner's
    script posts the same form with ``Accept: application/json`` and gets the new state.
    The groups a POST applies to are all optional groups, or the ``group`` values sent (the
    banner sends the undecided ones, so that a re-ask touches only those).
    """

    template_name = "wagtail_seloste/cookies/settings.html"

    def get(self, request):
        return render(request, self.template_name, self.get_context_data())

    def get_context_data(self, **kwargs):
        from wagtail.models import Site

        states = consent_states(self.request)
        site = Site.find_for_request(self.request)
        # Read only if a template asks (the settings page itself does not).
        notice = SimpleLazyObject(lambda: source_notice(site))
        # Names, purposes and durations in the language the visitor reads; every cookie the
        # canonical notice declares is listed (``categories_in_language``).
        categories = categories_in_language(site) if site is not None else []
        groups = optional_groups(self.request)
        for category in categories:
            category["choosable"] = not category["necessary"] and category["key"] in groups
            category["accepted"] = states.get(category["key"]) is True
        url, anchor = notice_link(self.request)
        return {
            "base_template": seloste_settings.BASE_TEMPLATE,
            "categories": categories,
            "notice": notice,
            "notice_url": f"{url}#{anchor}" if url and anchor else url,
            "next": safe_next(self.request, default=""),
            # The page is the second layer of the banner: no banner on top of it.
            "seloste_hide_cookie_banner": True,
            **kwargs,
        }

    def post(self, request):
        groups = optional_groups(request)
        action = request.POST.get("action", SAVE)
        if action not in (ACCEPT_ALL, REJECT_ALL, SAVE):
            return HttpResponseBadRequest(_("Unknown action. Use the buttons of the form."))
        scope = request.POST.getlist("group")
        in_scope = [group for key, group in groups.items() if not scope or key in scope]
        if action == ACCEPT_ALL:
            accept, decline = in_scope, []
        elif action == REJECT_ALL:
            accept, decline = [], in_scope
        else:
            chosen = set(request.POST.getlist("accept"))
            accept = [group for key, group in groups.items() if group in in_scope and key in chosen]
            decline = [g for key, g in groups.items() if g in in_scope and key not in chosen]

        if wants_json(request):
            response = JsonResponse({})
        else:
            response = HttpResponseRedirect(
                safe_next(request, default=reverse("wagtail_seloste_cookies:cookie_settings"))
            )
        choices = record_choices(request, response, accept=accept, decline=decline)
        if isinstance(response, JsonResponse):
            states = {
                key: group_state(choices.get(group.varname), group) for key, group in groups.items()
            }
            response.content = json.dumps(
                {
                    "accepted": [key for key, state in states.items() if state is True],
                    "declined": [key for key, state in states.items() if state is False],
                    "undecided": [key for key, state in states.items() if state is None],
                }
            )
        return response
