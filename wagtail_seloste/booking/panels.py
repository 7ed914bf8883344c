"""Admin panels of the booking page editor."""

from wagtail.admin.panels import Panel


class CalendarFeedPanel(Panel):
    """The booking page's private calendar feed address and a button that resets it.

    The reset button submits to its own admin URL with ``formaction``, so it works without
    JavaScript inside the page editor's form.
    """

    class BoundPanel(Panel.BoundPanel):
        template_name = "wagtail_seloste/admin/feed_panel.html"

        def get_context_data(self, parent_context=None):
            from django.urls import reverse

            context = super().get_context_data(parent_context)
            page = self.instance
            context["feed_url"] = ""
            if page.pk and page.live and page.feed_secret:
                from .. import links

                context["feed_url"] = links.page_url(
                    page, page.reverse_subpage("feed", kwargs={"secret": page.feed_secret})
                )
            if page.pk:
                context["reset_url"] = reverse("wagtail_seloste_reset_feed", args=[page.pk])
            return context


class BookingSummaryPanel(Panel):
    """What is being edited: the booking's service and time, in the site's time zone (the
    edit form itself has no time field)."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "wagtail_seloste/admin/booking_summary_panel.html"

        def get_context_data(self, parent_context=None):
            from ..register.local_time import local

            context = super().get_context_data(parent_context)
            booking = self.instance
            context["booking"] = booking
            context["start"] = local(booking.start) if booking.start else None
            context["end"] = local(booking.end) if booking.end else None
            return context
