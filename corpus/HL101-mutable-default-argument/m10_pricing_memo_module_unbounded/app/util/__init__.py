"""Shared helpers. The package-level memo bounds the store to the most recent keys."""
from collections import OrderedDict

from .cache import memo as _memo

_RECENT = OrderedDict()


def memo(key, compute):
    value = _memo(key, compute, _store=_RECENT)
    _RECENT.move_to_end(key)
    while len(_RECENT) > 32:
        _RECENT.popitem(last=False)
    return value
