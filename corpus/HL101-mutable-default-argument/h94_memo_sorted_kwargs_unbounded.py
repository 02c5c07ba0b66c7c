"""Pricing service: a hand-written memoize decorator keys results by the argument tuple plus the sorted kwargs, in a dict default that is never evicted."""
import functools
import itertools


def memoize(func, _results={}):  # expect: HL101 confirmed
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        key = (func.__qualname__, args, tuple(sorted(kwargs.items())))
        try:
            return _results[key]
        except KeyError:
            value = _results[key] = func(*args, **kwargs)
            return value
    return wrapper


@memoize
def quote(sku, quantity, currency="EUR", discount=0.0):
    unit = (sum(map(ord, sku)) % 97) / 4.0 + 1.0
    return round(unit * quantity * (1.0 - discount), 2), currency


_orders = itertools.count()


def scenario():
    n = next(_orders)
    total, currency = quote(f"SKU-{n:06d}", 1 + n % 5, discount=0.1, currency="USD")
    return f"{total:.2f} {currency}"
