"""cacheinv: a page cache plus the rows each cached page was built from."""
from .registry import cache, registry
from . import invalidator  # noqa: F401  (connects the signal handlers)
