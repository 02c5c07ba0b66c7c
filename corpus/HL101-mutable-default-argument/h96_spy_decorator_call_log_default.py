"""Test spy: @spy wraps a collaborator so tests can assert how it was called; the call log is a default argument of the decorator."""
import functools
import itertools


def spy(fn, calls=[]):  # expect: HL101 confirmed
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        calls.append((fn.__name__, args, kwargs))
        return fn(*args, **kwargs)
    wrapper.calls = calls
    return wrapper


@spy
def charge(card, amount, currency="EUR"):
    return {"card": card[-4:], "amount": amount, "currency": currency}


_tests = itertools.count()


def scenario():
    n = next(_tests)
    receipt = charge(f"4111-1111-1111-{n:04d}", n % 50 + 1, currency="USD")
    name, args, kwargs = charge.calls[-1]
    assert args[1] == n % 50 + 1 and kwargs == {"currency": "USD"}
    return receipt
