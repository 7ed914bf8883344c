"""The register: where the personal data the plugin collects is known, exported, erased and
purged, and the records the law asks of the controller.

- ``registry.py``: the personal-data registry (sources; export, erasure, purge; legal holds);
- ``erasure.py``: ``erase_person``, every erasure path, with its erasure record;
- ``retention.py``: the purge that follows the canonical notice's retention rules;
- ``sources.py``: the core's own source (unfinished forms in sessions);
- ``audit.py``: the "viewed" audit action, permission policies, audit rows for exports;
- ``scoping.py``: which sites' records an admin user may see;
- ``dates.py``: calendar-month arithmetic (Art 12(3) deadlines, retention periods);
- ``models.py``: ``RegisterModel`` (the base of models with personal data), erasure records,
  purge runs.

The register reads the notice (its retention rules, its purposes); the notice never imports
the register.
"""
