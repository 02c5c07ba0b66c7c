"""core: the Plugin base class every lint plugin derives from."""
from .plugin import Plugin

__all__ = ["Plugin"]
