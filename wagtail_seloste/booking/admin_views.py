"""Small admin views of the booking page."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.auth import require_admin_access
from wagtail.log_actions import log

from .pages import BookingPage


@require_admin_access
@require_POST
def reset_feed_secret(request, page_id):
    """Give the calendar feed a new secret address; the old address stops working at once."""
    page = get_object_or_404(BookingPage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        # Like a page that does not exist: another site's owner learns nothing of its pages.
        raise Http404(f"No {BookingPage._meta.object_name} matches the given query.")
    page.reset_feed_secret()
    log(page, "wagtail_seloste.feed.reset", user=request.user)
    messages.success(
        request,
        _(
            "The calendar feed has a new address. Subscribe to the new address in your calendar; "
            "the old one no longer works."
        ),
    )
    return redirect("wagtailadmin_pages:edit", page.pk)
