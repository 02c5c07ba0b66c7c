"""Rebuild one account's read models from its freshly loaded event stream."""
import itertools

import ledger
from ledger import balances, overdrafts

_accounts = itertools.count()


def load_stream(account, n):
    return [
        {"kind": "Opened", "account": account, "owner": "owner-%d" % n},
        {"kind": "Deposited", "account": account, "amount": 100 + n % 40},
        {"kind": "Withdrawn", "account": account, "amount": 120 + n % 30},
        {"kind": "Deposited", "account": account, "amount": 5},
    ]


def scenario():
    n = next(_accounts)
    events = load_stream("acc-%06d" % n, n)
    views = ledger.rebuild(events, (balances, overdrafts))
    return views["balances"]["balance"], views["overdrafts"]["count"]
