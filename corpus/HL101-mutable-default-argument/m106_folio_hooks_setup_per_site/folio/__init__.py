"""folio: a static-site builder whose features are hook plugins."""
from .hooks import HookBus, bus
from .builder import Site

__all__ = ["HookBus", "Site", "bus"]
