"""Counters: increments are summed per (metric, tags) and flushed in batches."""
from .agent import flush

__all__ = ["incr", "FLUSH_EVERY"]

FLUSH_EVERY = 30


def incr(metric, value=1, tags=(), _pending={}):  # expect: HL101 refuted
    key = (metric,) + tuple(sorted(tags))
    total = _pending.get(key, 0) + value
    _pending[key] = total
    if len(_pending) >= FLUSH_EVERY:
        flush(_pending)
    return total
