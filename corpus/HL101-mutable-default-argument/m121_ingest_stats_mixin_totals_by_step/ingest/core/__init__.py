"""Plugin base class for pipeline steps."""
from .step import Plugin

__all__ = ["Plugin"]
