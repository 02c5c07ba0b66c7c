"""hooks: the process-wide registry, re-exported under its public name."""
from .registry import REGISTRY as default_registry, Registry

__all__ = ["Registry", "default_registry"]
