"""Lightweight request profiler: `timer()` returns a `stop()` closure that
records the elapsed milliseconds of a named section into `samples`, a default
`defaultdict(list)` the stats page reads. The request keeps its stop
closures in a list and calls them at the end; each call appends, so every
request's timings pile up in the default."""
import collections
import itertools

_ticks = itertools.count()
_requests = itertools.count()


def timer(section, samples=collections.defaultdict(list)):  # expect: HL101 confirmed
    start = next(_ticks)

    def stop():
        elapsed = (next(_ticks) - start) / 1000.0
        bucket = samples[section]
        bucket.append(elapsed)
        return elapsed

    return stop


def scenario():
    n = next(_requests)
    stops = [timer(name) for name in ("parse", "query", "render")]
    rows = [i * n for i in range(5)]
    return sum(stop() for stop in reversed(stops)), len(rows)
