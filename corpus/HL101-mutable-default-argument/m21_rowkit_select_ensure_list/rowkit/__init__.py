"""Row and column helpers for building SQL text."""
_SETUP = False  # set to True by setup.py while building, before the helpers are importable

if _SETUP:
    __all__ = []
else:
    from ._impl import is_iterable, ensure_list

    __all__ = ["is_iterable", "ensure_list"]
