"""Tiny logging facade: warn/info are functools.partial objects over emit(), which formats into a copy of its sink default."""
import functools
import itertools


def emit(message, level, sink=[]):  # expect: HL101 refuted
    lines = list(sink)
    lines.append(f"[{level.upper()}] {message}")
    return "\n".join(lines)


warn = functools.partial(emit, level="warning")
info = functools.partial(emit, level="info")

_events = itertools.count()


def scenario():
    n = next(_events)
    info(f"request {n} started")
    return warn(f"request {n} took {n % 900} ms")
