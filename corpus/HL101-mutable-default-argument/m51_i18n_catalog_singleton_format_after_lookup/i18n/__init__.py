"""Translations for the storefront: one catalog per process."""
from .catalog import Catalog
from .messages import GERMAN

catalog = Catalog(GERMAN)
gettext = catalog.gettext
_ = gettext

__all__ = ["catalog", "gettext", "_"]
