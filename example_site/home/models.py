from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class HomePage(Page):
    """The demo business's front page."""

    intro = RichTextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("home page")


class ContentPage(Page):
    """A plain page, used by `make bench` as the baseline for rendering the notice."""

    body = RichTextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("body")]
