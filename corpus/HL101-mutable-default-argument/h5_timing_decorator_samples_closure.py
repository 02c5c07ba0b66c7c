"""Observability: a timing decorator keeps latency samples in a list default captured by the wrapper."""
import functools
import itertools
import time


def timed(fn, samples: list[float] = []):  # expect: HL101 confirmed
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            samples.append(time.perf_counter() - start)

    wrapper.samples = samples
    return wrapper


def p95(values):
    ordered = sorted(values)
    return ordered[int(len(ordered) * 0.95)] if ordered else 0.0


@timed
def price_with_tax(cents: int, rate: float) -> int:
    return round(cents * (1 + rate))


_carts = itertools.count()


def scenario():
    n = next(_carts)
    total = price_with_tax(1000 + n, 0.2)
    return total, len(price_with_tax.samples) > 0
