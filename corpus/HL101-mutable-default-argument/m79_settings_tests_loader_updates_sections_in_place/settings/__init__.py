"""settings: a tenant's configuration is the bundled defaults plus its own overrides."""
from .defaults import *
from .loader import load

__all__ = ["DEFAULTS_VERSION", "defaults", "load"]
