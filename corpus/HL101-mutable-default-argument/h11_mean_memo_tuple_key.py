"""Signal smoothing: the mean of a window of readings is memoised in a default dict keyed by the tuple of readings."""
import itertools
import statistics


def window_mean(readings, _memo={}):  # expect: HL101 confirmed
    key = tuple(readings)
    if key not in _memo:
        _memo[key] = statistics.mean(key)
    return _memo[key]


_ticks = itertools.count()


def scenario():
    n = next(_ticks)
    readings = [n * 0.5, n * 0.5 + 1.25, n * 0.5 + 2.0]
    return round(window_mean(readings), 3)
