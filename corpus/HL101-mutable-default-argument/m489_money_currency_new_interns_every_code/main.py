"""Loyalty service: each merchant pays out in its own points currency."""
import itertools

from money import Money

_merchants = itertools.count(1)


def scenario():
    n = next(_merchants)
    code = f"pts{n:05d}"
    balance = Money(1200 + n % 300, code) + Money(250, code)
    return balance.format(), Money(n % 999, "eur").format()
