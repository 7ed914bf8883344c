"""Section providers: sections of the notice whose list is kept elsewhere in the core.

The processors and transfers sections of a notice list what the business's processors
register holds (GDPR Art 13(1)(e)–(f), Art 28, 44–46): one source, so the notice and the
register cannot drift. The notice does not know the register (docs/development.md: the notice
is the bottom of the core); the register fills this registration point instead, from its own
module when the core's AppConfig loads it:

    from wagtail_seloste.notice.providers import SectionProvider, register_section_provider

    class ProcessorsProvider(SectionProvider):
        kind = key = "processors"

        def items(self, site):
            return [{"name": …, "service": …, "country": …} for row in …]

    register_section_provider(ProcessorsProvider())

A provided section keeps its heading and text in the notice; its list (``processors`` or
``transfers`` in the JSON format) comes from the provider: the page renders it, the notice
dict carries it (so the completeness check and ``seloste_export`` see it), and a notice dict's
list is handed to the provider when a notice is created from JSON.
"""

_providers = {}


class SectionProvider:
    """Supplies the list of one section kind of the notice. Subclass and register an instance.

    ``kind`` is the section kind (``notice/sections.py``) and ``key`` the list's key in the
    section's JSON. Items are dicts in the JSON format's shape for that list, with texts in
    the active language.
    """

    kind = ""
    key = ""
    #: What the editor calls the place where the list is edited ("the processors register").
    label = ""

    def items(self, site):
        """The section's list for ``site`` (a Wagtail Site, never None)."""
        return []

    def version(self, site):
        """A value that changes whenever :meth:`items` would change for ``site``: part of the
        key of the notice's cached rendering. Must be cheap (a cache read, not a query)."""
        return ""

    def receive(self, site, items, *, page=None, user=None):
        """A notice dict's list, from notice ``page`` created from JSON on ``site``: keep what
        the provider does not know yet. Returns how many items were taken."""
        return 0

    def admin_url(self):
        """Where the list is edited in the admin, or ""."""
        return ""

    def updated(self, site):
        """When the list last changed for ``site`` (a datetime), or None."""
        return None


def register_section_provider(provider):
    """Register ``provider`` (an instance) for its section kind; a later one replaces it."""
    if not provider.kind or not provider.key:
        raise ValueError("A section provider needs a kind and a key.")
    _providers[provider.kind] = provider
    return provider


def unregister_section_provider(kind):
    _providers.pop(kind, None)


def provider_for(kind):
    """The provider of section ``kind``, or None when the notice keeps that section alone."""
    return _providers.get(kind)


def providers():
    return list(_providers.values())


def site_of(page):
    """The Wagtail site of a saved notice page, or None (a new page, or one outside sites)."""
    if page is None or not getattr(page, "pk", None) or not getattr(page, "path", ""):
        return None
    try:
        return page.get_site()
    except Exception:  # noqa: BLE001 - a page outside every site has no provided lists
        return None


def versions(site):
    """The providers' versions for ``site``, joined: part of the notice's cache key."""
    if site is None:
        return ""
    return "-".join(str(p.version(site)) for p in providers())


def receive(page, data, *, user=None):
    """Hand each provided list of notice dict ``data`` to its provider, for ``page``'s site.
    Returns ``{kind: count taken}``."""
    site = site_of(page)
    taken = {}
    if site is None:
        return taken
    for provider in providers():
        items = []
        for section in data.get("sections") or []:
            if isinstance(section, dict) and section.get("kind") == provider.kind:
                items.extend(item for item in section.get(provider.key) or [] if item)
        if items:
            taken[provider.kind] = provider.receive(site, items, page=page, user=user)
    return taken
