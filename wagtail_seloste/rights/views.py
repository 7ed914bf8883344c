"""Public views of the data subject request page: the form, the thanks page, verification."""

from django.http import HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect

from . import actions as rights


def _render(request, page, template, context=None, status=200):
    ctx = page.get_context(request)
    ctx.update(context or {})
    return TemplateResponse(
        request, f"wagtail_seloste/rights/{template}.html", ctx, status=status
    ).render()


@never_cache
@csrf_protect
def request_form_view(request, page):
    form_class = page.get_form_class()
    if request.method == "POST":
        # Every POST counts against the address, valid or not (guessing and flooding alike).
        form = form_class(request.POST)
        if rights.address_limited(request):
            # Refused for now, but what the person wrote is not lost: the form comes back
            # filled in, to be sent again later or copied into an email.
            return _render(
                request, page, "request_page", {"form": form, "rate_limited": True}, status=429
            )
        if form.is_valid():
            # The same answer whatever happens next: whether the email is in the register, or
            # is over its daily limit, is not revealed (no way to learn who is a client). The
            # request is kept either way (rights.create_request).
            page.create_request(form, request)
            return HttpResponseRedirect(page.subpage_url(request, "thanks_view"))
        return _render(request, page, "request_page", {"form": form}, status=400)
    if request.method not in ("GET", "HEAD"):
        return _render(request, page, "request_page", {"form": form_class()}, status=405)
    return _render(request, page, "request_page", {"form": form_class()})


@never_cache
def thanks_view(request, page):
    from ..conf import seloste_settings

    return _render(request, page, "thanks", {"days": seloste_settings.RIGHTS_VERIFICATION_DAYS})


TOKEN_STATUS = {"invalid": 400, "expired": 410, "used": 409}


@never_cache
@csrf_protect
def verify_view(request, page, token):
    """GET shows a confirm button; POST verifies. Link scanners in mail services fetch links
    with GET, so a GET alone never uses up the link."""
    site = page.get_site()
    try:
        rights_request = rights.request_for_token(token, site)
        if request.method == "POST":
            rights_request = rights.verify(rights_request, request)
            return _render(request, page, "verified", {"rights_request": rights_request})
    except rights.TokenError as error:
        return _render(
            request,
            page,
            "verify_failed",
            {"reason": error.reason},
            status=TOKEN_STATUS[error.reason],
        )
    return _render(request, page, "verify_confirm", {"rights_request": rights_request})


DOWNLOAD_STATUS = {"invalid": 404, "expired": 410, "used": 410}


@never_cache
@csrf_protect
def download_view(request, page, token):
    """GET shows what the link gives and a download button; POST downloads the ZIP and counts
    it. Mail services' link scanners fetch with GET, so a GET never uses up a download."""
    from .export import LinkError, download, link_for_token

    try:
        link = link_for_token(token, page.get_site())
        if request.method == "POST":
            filename, content = download(link)
            response = HttpResponse(content, content_type="application/zip")
            response["Content-Disposition"] = f'attachment; filename="{filename}"'
            response["Cache-Control"] = "no-store"
            return response
    except LinkError as error:
        return _render(
            request,
            page,
            "download",
            {"reason": error.reason},
            status=DOWNLOAD_STATUS[error.reason],
        )
    return _render(request, page, "download", {"link": link})
