"""Billing: invoice lines are folded into per-account totals with
functools.reduce. The dict default is handed to reduce as the initial
accumulator, so every account ever billed stays in it."""
import functools
import itertools

_runs = itertools.count()


def _add_line(totals, line):
    account, cents = line
    totals[account] = totals.get(account, 0) + cents
    return totals


def account_totals(lines, totals={}):  # expect: HL101 confirmed
    result = functools.reduce(_add_line, lines, totals)
    return sorted(result.items())[:3]


def scenario():
    n = next(_runs)
    lines = [("acct-%d" % n, 1250), ("acct-%d" % (n + 10**6), 990), ("acct-%d" % n, 75)]
    return account_totals(lines)
