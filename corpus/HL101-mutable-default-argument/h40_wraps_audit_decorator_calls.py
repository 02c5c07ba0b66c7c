"""Billing: the audited() decorator closes over its default `_calls` list and its functools.wraps wrapper appends every call's arguments to it."""
import functools
import itertools


def audited(func, _calls=[]):  # expect: HL101 confirmed
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        _calls.append((func.__qualname__, args))
        return func(*args, **kwargs)

    wrapper.calls = _calls
    return wrapper


@audited
def price_with_tax(net_cents, rate_pct):
    return net_cents + net_cents * rate_pct // 100


_invoices = itertools.count()


def scenario():
    n = next(_invoices)
    return price_with_tax(1000 + n, 20), price_with_tax.__name__
