"""Per-kind shortcuts that all write into the reporter's pending batch."""
from functools import partial

from .core import record, render

__all__ = ["counter", "gauge", "timer", "drain"]

_pending = []

counter = partial(record, "c", sink=_pending)
gauge = partial(record, "g", sink=_pending)
timer = partial(record, "ms", sink=_pending)


def drain():
    batch = [render(sample) for sample in _pending]
    _pending.clear()
    return "\n".join(batch)
