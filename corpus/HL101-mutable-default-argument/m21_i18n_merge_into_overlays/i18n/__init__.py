"""Message catalogs for the app and its plugins."""
from .catalog import Catalog
from .plugins import PluginCatalog

__all__ = ["Catalog", "PluginCatalog"]
