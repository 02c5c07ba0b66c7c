"""Buffers shared by the exporters."""
import collections

MAX_PENDING = 32


def pending_lines():
    """A queue of formatted lines waiting for the agent; old lines drop off."""
    return collections.deque(maxlen=MAX_PENDING)


def format_line(name, value, kind):
    if kind not in ("c", "g", "ms", "s"):
        raise ValueError(f"unknown statsd metric type {kind!r}")
    return f"{name}:{value}|{kind}"
