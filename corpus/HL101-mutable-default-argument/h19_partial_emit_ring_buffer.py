"""Structured logging helpers: module-level shortcuts built with functools.partial for each level."""
import collections
import functools
import itertools

_RING = collections.deque(maxlen=50)


# heaplint-todo: every use of emit is a functools.partial that binds `buffer`, so the default is latent: heaplint says unknown, not refuted (heaplint: unknown)
def emit(level, message, buffer=[], **fields):  # expect: HL101 refuted
    record = {"level": level, "message": message, **fields}
    buffer.append(record)
    return record


warn = functools.partial(emit, "WARN", buffer=_RING)
debug = functools.partial(emit, "DEBUG", buffer=_RING)

_requests = itertools.count()


def scenario():
    n = next(_requests)
    debug(f"GET /orders/{n}", request_id=n)
    return warn(f"slow response for order {n}", elapsed_ms=250 + n % 100)
