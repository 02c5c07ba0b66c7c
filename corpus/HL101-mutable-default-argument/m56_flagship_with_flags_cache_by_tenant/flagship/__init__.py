"""Feature flags with per-tenant overrides."""
from .flags import FlagSet, load_defaults

__all__ = ["FlagSet", "load_defaults"]
