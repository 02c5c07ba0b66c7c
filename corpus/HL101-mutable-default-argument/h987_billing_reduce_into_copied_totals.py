"""Billing: invoice lines are folded into per-account totals with
functools.reduce. The dict default only provides opening balances: reduce
starts from a copy of it, so the default is never written."""
import functools
import itertools

_runs = itertools.count()


def _add_line(totals, line):
    account, cents = line
    totals[account] = totals.get(account, 0) + cents
    return totals


def account_totals(lines, totals={}):  # expect: HL101 refuted
    result = functools.reduce(_add_line, lines, dict(totals))
    return sorted(result.items())[:3]


def scenario():
    n = next(_runs)
    lines = [("acct-%d" % n, 1250), ("acct-%d" % (n + 10**6), 990), ("acct-%d" % n, 75)]
    return account_totals(lines)
