"""Parse uploaded payloads by content type; parsers register with @handles(...)."""
from .registry import handles, parse
from . import builtin  # noqa: F401  registers the bundled parsers

__all__ = ["handles", "parse"]
