"""Export formats are plugins: each plugin module registers its writers when the loader sets it up."""
from .loader import load_all as load_exporters
from .registry import EXPORTERS, register

__all__ = ["EXPORTERS", "load_exporters", "register"]
