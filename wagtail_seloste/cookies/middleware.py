"""Expiring the cookies of categories the visitor has not accepted, per site.

Use instead of django-cookie-consent's ``CleanCookiesMiddleware``, which walks every site's
groups on every request: this one reads only the requesting site's groups from its cache
entry, so its cost does not grow with the number of sites on the install.

Nothing is imported at module level: Django's admin checks import every middleware at
``check``, and a settings file that lists this middleware without the cookies app must get the
check ``wagtail_seloste.E003`` with its fix, not a RuntimeError from the models' import.
"""


class CleanCookiesMiddleware:
    """Delete the cookies of optional categories this site's visitor declined or has not
    accepted (917/2014 §205: no non-essential cookie without consent)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from cookie_consent.util import is_cookie_consent_enabled

        response = self.get_response(request)
        if is_cookie_consent_enabled(request) and request.COOKIES:
            self.process_response(request, response)
        return response

    def process_response(self, request, response):
        from cookie_consent.middleware import _should_delete_cookie
        from cookie_consent.util import get_cookie_dict_from_request

        from .consent import optional_groups

        choices = get_cookie_dict_from_request(request)
        for group in optional_groups(request).values():
            if not group.is_deletable:
                continue
            version = choices.get(group.varname)
            for cookie in group.cookie_set.all():
                if cookie.name in request.COOKIES and _should_delete_cookie(version):
                    response.delete_cookie(cookie.name, cookie.path, cookie.domain)
        return response
