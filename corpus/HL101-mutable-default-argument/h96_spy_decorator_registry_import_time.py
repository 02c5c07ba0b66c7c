"""Test spy: @spy wraps a collaborator so tests can assert how it was last called; the decorator lists spied names in a default registry when the module is imported."""
import functools
import itertools


def spy(fn, registry=[]):  # expect: HL101 refuted
    registry.append(fn.__qualname__)

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.call_count += 1
        wrapper.last_call = (args, kwargs)
        return fn(*args, **kwargs)
    wrapper.call_count, wrapper.last_call, wrapper.spied = 0, None, registry
    return wrapper


@spy
def charge(card, amount, currency="EUR"):
    return {"card": card[-4:], "amount": amount, "currency": currency}


@spy
def refund(card, amount):
    return {"card": card[-4:], "amount": -amount}


_tests = itertools.count()


def scenario():
    n = next(_tests)
    receipt = charge(f"4111-1111-1111-{n:04d}", n % 50 + 1, currency="USD")
    assert charge.last_call[0][1] == n % 50 + 1 and "refund" in charge.spied
    return receipt
