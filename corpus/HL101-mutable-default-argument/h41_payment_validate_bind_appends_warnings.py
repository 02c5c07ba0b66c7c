"""Payments: the @validated decorator binds each call with inspect.signature().bind(), applies defaults and appends notes to the bound `warnings` list -- the default list itself."""
import functools
import inspect
import itertools


def validated(func):
    sig = inspect.signature(func)

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        bound = sig.bind(*args, **kwargs)
        bound.apply_defaults()
        values = bound.arguments
        if values["amount"] > 1000:
            values["warnings"].append(f"large charge of {values['amount']} to {values['account']}")
        return func(*bound.args, **bound.kwargs)

    return wrapper


@validated
def charge(account, amount, currency="EUR", warnings=[]):  # expect: HL101 confirmed
    return {"account": account, "amount": amount, "currency": currency, "flagged": bool(warnings)}


_charges = itertools.count()


def scenario():
    n = next(_charges)
    return charge(f"acct_{n}", (250, 1800)[n % 2] + n % 50, currency="USD")["flagged"]
