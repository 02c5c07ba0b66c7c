"""Built-in plugins; importing them registers their handlers."""
from . import audit, notify  # noqa: F401
