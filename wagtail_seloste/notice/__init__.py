"""The tietosuojaseloste: how a notice is stored, edited, rendered, checked and imported.

- ``models.py``: ``NoticePage`` and its form, ``SelosteSettings`` (the canonical notice per site);
- ``sections.py``, ``blocks.py``, ``defaults.py``: the section kinds, their blocks, a new
  notice's content;
- ``json_format.py``: the ``wagtail-seloste/1`` JSON format (page ⇄ dict, ``create_notice``);
- ``validators.py``: Y-tunnus and phone numbers;
- ``check/``: the completeness check of the notice's text;
- ``site_checks.py``: the site held against its notice (feature apps register checks here);
- ``translations_check.py``: where a notice's translations differ in structure;
- ``locales.py``: Wagtail's content locales kept in the shared cache (every page view, the
  notice's in each language, the booking's addresses, the language switcher);
- ``known_services.py``: services that transfer data outside the EU/EEA, tracker cookies;
- ``business.py``: the business's field (health care or not) and the defaults apps register;
- ``panels.py``: the editor's findings panel;
- ``review.py``, ``review_view.py``: the owner confirms what the check read, and it becomes
  the notice's structured fields;
- ``importer/``, ``import_view.py``: an old plain-text notice into the structured notice;
- ``tasks.py``: a newly published notice rendered once in the background.

The notice is the bottom of the core: it imports neither the register nor the outbox.
"""
