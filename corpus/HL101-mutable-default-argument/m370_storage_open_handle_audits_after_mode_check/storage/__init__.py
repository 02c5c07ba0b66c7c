"""storage: file-like handles over an in-memory blob store, and the exporters built on them."""
from .handles import Handle, open_handle
from .modes import MODES
from . import exports

__all__ = ["Handle", "open_handle", "MODES", "exports"]
