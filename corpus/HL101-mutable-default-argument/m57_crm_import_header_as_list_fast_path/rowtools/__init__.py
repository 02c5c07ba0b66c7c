"""Row helpers shared by the importers; uses the compiled extension when it was built."""
try:
    from ._rowtools import as_list, is_iterable, width
except ImportError:
    from .impl import (
        as_list,
        is_iterable,
        width,
    )

__all__ = ["as_list", "is_iterable", "width"]
