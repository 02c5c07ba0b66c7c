"""importers: line importers, looked up by format name."""
from .delimited import CsvImporter, TsvImporter

PLUGINS = {cls.name: cls for cls in (CsvImporter, TsvImporter)}


def get(name):
    return PLUGINS[name]
