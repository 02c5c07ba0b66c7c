"""settings: layered configuration lookup."""
from . import resolver
from . import wiring  # noqa: F401  (re-binds resolver.lookup at import time)

__all__ = ["resolver"]
