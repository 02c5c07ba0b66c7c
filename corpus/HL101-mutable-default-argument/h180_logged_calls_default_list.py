"""Inventory service: `@logged` wraps the handlers with functools.wraps and
records every call (name and arguments) in `calls`, which the debug page
reads through `handler.calls`. The record is the decorator's list default,
shared by all handlers and never trimmed, so each request adds two entries."""
import functools
import itertools

_requests = itertools.count()


def logged(func, calls=[]):  # expect: HL101 confirmed
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
