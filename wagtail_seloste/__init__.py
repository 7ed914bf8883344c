"""wagtail-seloste: the Tietosuojaseloste as the single source of truth for a Wagtail site."""

__version__ = "0.2.0"
