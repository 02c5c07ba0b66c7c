"""Request tracing: a decorator samples one call in ten and keeps its trace for the debug page."""
import functools
import itertools
import time

SAMPLE_EVERY = 10


def keep_trace(trace, _traces=[]):  # expect: HL101 confirmed
    _traces.append(trace)
    return len(_traces)


def traced(fn):
    counter = itertools.count()

    @functools.wraps(fn)
    def wrapper(*args):
        started = time.perf_counter()
        result = fn(*args)
        if next(counter) % SAMPLE_EVERY == 0:
            keep_trace({"fn": fn.__name__, "args": repr(args), "ms": time.perf_counter() - started})
        return result
    return wrapper


@traced
def price_quote(sku, qty):
    return f"{sku}: {qty * 9.99:.2f}"


_seq = itertools.count()


def scenario():
    n = next(_seq)
    return price_quote(f"SKU-{n:06d}", n % 12 + 1)
