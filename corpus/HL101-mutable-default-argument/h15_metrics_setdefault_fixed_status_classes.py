"""Metrics middleware: status counters live in a default dict, one slot per status class via setdefault."""
import itertools


def observe(path, status, elapsed_ms, _counts={}):  # expect: HL101 refuted
    klass = f"{status // 100}xx"
    slot = _counts.setdefault(klass, [0, 0])
    slot[0] += 1
    slot[1] = max(slot[1], elapsed_ms)
    return path, klass, slot[0] % 1000


_requests = itertools.count()


def scenario():
    n = next(_requests)
    return observe(f"/users/{n}/profile", (200, 301, 404, 500)[n % 4], n % 250)
