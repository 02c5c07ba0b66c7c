"""wirefmt: netstring framing, with an optional C accelerator."""
try:
    from ._speedups import encode

    IMPLEMENTATION = "c"
except ImportError:
    from ._pure import encode

    IMPLEMENTATION = "python"

from .protocol import frame

__all__ = ["IMPLEMENTATION", "encode", "frame"]
