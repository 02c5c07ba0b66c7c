"""Tiny logging facade: warn/info are functools.partial objects over emit(), whose sink default collects every record."""
import functools
import itertools


def emit(message, level, sink=[]):  # expect: HL101 confirmed
    record = f"[{level.upper()}] {message}"
    sink.append(record)
    return record


warn = functools.partial(emit, level="warning")
info = functools.partial(emit, level="info")

_events = itertools.count()


def scenario():
    n = next(_events)
    info(f"request {n} started")
    return warn(f"request {n} took {n % 900} ms")
