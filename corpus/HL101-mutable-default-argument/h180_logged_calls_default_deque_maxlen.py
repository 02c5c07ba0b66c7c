"""Inventory service: `@logged` wraps the handlers with functools.wraps and
records every call (name and arguments) in `calls`, which the debug page
reads through `handler.calls`. The record is the decorator's default, shared
by all handlers, but it is a deque with maxlen=64: once full, each new entry
pushes the oldest one out, so it keeps only the last 64 calls."""
import collections
import functools
import itertools

_requests = itertools.count()


def logged(func, calls=collections.deque(maxlen=64)):  # expect: HL101 refuted
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        calls.append((func.__name__, args, kwargs))
        return func(*args, **kwargs)
    wrapper.calls = calls
    return wrapper


@logged
def reserve(sku, qty, warehouse="main"):
    return {"sku": sku, "reserved": qty, "warehouse": warehouse}


@logged
def release(reservation):
    return dict(reservation, reserved=0)


def scenario():
    n = next(_requests)
    held = reserve(f"SKU-{n:05d}", 1 + n % 3, warehouse=f"wh-{n % 4}")
    return release(held)["reserved"]
