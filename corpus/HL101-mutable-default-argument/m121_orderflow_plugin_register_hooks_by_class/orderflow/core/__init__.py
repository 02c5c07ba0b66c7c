"""Plugin base class and the hook table it registers into."""
from .plugin import Plugin

__all__ = ["Plugin"]
