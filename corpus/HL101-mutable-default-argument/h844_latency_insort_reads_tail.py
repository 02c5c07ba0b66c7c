"""Tail-latency probe: each request's (latency, trace id) pair is
bisect.insort-ed into a default sorted list; the p95 is read from the slowest WINDOW samples only,
but nothing is ever removed from the list."""
import bisect
import itertools

WINDOW = 32
_requests = itertools.count()


def observe(latency_ms, trace_id, _samples=[]):  # expect: HL101 confirmed
    """Record one sample; return the p95 latency and the trace to inspect."""
    bisect.insort(_samples, (latency_ms, trace_id))
    tail = _samples[-WINDOW:]
    return tail[int(len(tail) * 0.95) - 1] if len(tail) > 1 else tail[0]


def scenario():
    n = next(_requests)
    return observe(12.5 + (n * 37 % 251) / 10.0, "trace-%08d" % n)
