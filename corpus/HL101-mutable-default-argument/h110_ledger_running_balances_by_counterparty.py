"""Accounting: `post_batch` applies a batch of journal lines to running
balances kept in a `defaultdict(Decimal)` default and reports the largest
open position. Balances are keyed by account and counterparty, and every
batch books a new customer, so the default gains keys on every batch."""
import collections
import itertools
from decimal import Decimal

_batches = itertools.count()


def to_decimal(amount):
    if isinstance(amount, Decimal):
        return amount
    if isinstance(amount, float):
        return Decimal(repr(amount))
    return Decimal(amount)


def post_batch(lines, balances=collections.defaultdict(Decimal)):  # expect: HL101 confirmed
    for account, counterparty, amount in lines:
        amount = to_decimal(amount)
        if not amount:
            continue
        balances[account, counterparty] += amount
    largest = max(balances.items(), key=lambda item: abs(item[1]))
    return "%s/%s" % largest[0], sum(balances.values())


def scenario():
    n = next(_batches)
    customer = "CUST-%04d" % n
    lines = [("1200", customer, "%d.25" % n), ("4000", customer, -(n + 0.25)), ("2200", "TAX", Decimal("0.00"))]
    return post_batch(lines)
