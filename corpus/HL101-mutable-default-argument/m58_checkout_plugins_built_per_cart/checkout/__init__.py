"""checkout: cart pricing with pluggable adjustments."""
from .plugin import Plugin, registered

__all__ = ["Plugin", "registered"]
