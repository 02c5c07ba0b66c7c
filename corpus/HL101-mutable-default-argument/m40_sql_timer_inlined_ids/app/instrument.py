import contextlib
import time


@contextlib.contextmanager
def timed(label, totals={}):  # expect: HL101 confirmed
    """Accumulate call count and wall time per ``label`` (read by /debug/timings)."""
    stats = totals.setdefault(label, [0, 0.0])
    start = time.perf_counter()
    try:
        yield stats
    finally:
        stats[0] += 1
        stats[1] += time.perf_counter() - start


def report(totals=None):
    rows = sorted((totals or {}).items(), key=lambda item: -item[1][1])
    return ["%-40s %6d %8.3fms" % (label[:40], n, secs * 1e3) for label, (n, secs) in rows]
