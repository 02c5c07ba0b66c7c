"""Escaping: the compiled extension when it is built, the pure-Python fallback otherwise."""
try:
    from ._speedups import *  # noqa: F403
except ImportError:
    from ._native import *  # noqa: F403
