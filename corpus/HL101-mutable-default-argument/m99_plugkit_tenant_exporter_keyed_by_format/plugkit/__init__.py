"""plugkit: named plugin tables and the decorators that fill them."""
from .decorators import *  # noqa: F401,F403
from .tables import *  # noqa: F401,F403

__all__ = ["exporter", "lookup", "registry"]
