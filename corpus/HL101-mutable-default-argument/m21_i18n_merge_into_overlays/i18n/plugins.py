"""Catalogs contributed by plugins."""
from .catalog import Catalog


class PluginCatalog(Catalog):
    def export(self, target={}):  # expect: HL101 refuted
        return self.merge_into(target)
