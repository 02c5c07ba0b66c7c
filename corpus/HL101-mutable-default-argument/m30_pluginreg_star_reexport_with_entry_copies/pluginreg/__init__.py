"""Tiny plugin registry: codecs and exporters register factories by name."""
from . import core
from .core import *
from .store import Registry

__all__ = core.__all__ + ["Registry"]
