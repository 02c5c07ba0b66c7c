"""Tuning service: score one freshly requested ridge preset on a small sample."""
import itertools

from estimators import *

_requests = itertools.count(1)


def scenario():
    n = next(_requests)
    preset = Ridge.with_params(alpha=n / 10)
    xs = [0.5 * i for i in range(8)]
    ys = [2.0 * x + (n % 3) for x in xs]
    return round(preset().score(xs, ys), 4), preset.__name__
