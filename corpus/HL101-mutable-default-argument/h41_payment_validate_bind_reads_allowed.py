"""Payments: the @validated decorator binds each call with inspect.signature().bind(), applies defaults and only tests membership in the bound `allowed` set."""
import functools
import inspect
import itertools


def validated(func):
    sig = inspect.signature(func)

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        bound = sig.bind(*args, **kwargs)
        bound.apply_defaults()
        if bound.arguments["currency"] not in bound.arguments["allowed"]:
            raise ValueError(f"currency {bound.arguments['currency']} not accepted")
        return func(*bound.args, **bound.kwargs)

    return wrapper


@validated
def charge(account, amount, currency="EUR", allowed={"EUR", "USD", "GBP"}):  # expect: HL101 refuted
    return {"account": account, "amount": amount, "currency": currency}


_charges = itertools.count()


def scenario():
    n = next(_charges)
    return charge(f"acct_{n}", (250, 1800)[n % 2] + n % 50, currency=("USD", "EUR")[n % 2])["amount"]
