"""Catalogs contributed by plugins."""
from .catalog import Catalog


class PluginCatalog(Catalog):
    def export(self, target={}):  # expect: HL101 confirmed
        return self.merge_into(target)
