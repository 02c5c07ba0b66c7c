"""Pricing service: the memoize decorator keys by args plus sorted kwargs and evicts the oldest entry once the dict default holds MAX_ENTRIES."""
import functools
import itertools

MAX_ENTRIES = 32


def memoize(func, _results={}):  # expect: HL101 refuted
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        key = (func.__qualname__, args, tuple(sorted(kwargs.items())))
        if key in _results:
            return _results[key]
        if len(_results) >= MAX_ENTRIES:
            _results.pop(next(iter(_results)))
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
