"""Exporters: importing the formats module registers the built-in handlers once."""
from . import formats

loaded = len(formats.BUILTIN)
