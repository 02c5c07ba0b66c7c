"""Buffers shared by the exporters."""


def pending_lines():
    """A queue of formatted lines waiting for the agent."""
    return []


def format_line(name, value, kind):
    if kind not in ("c", "g", "ms", "s"):
        raise ValueError(f"unknown statsd metric type {kind!r}")
    return f"{name}:{value}|{kind}"
