"""Ledger: running balances of a statement are computed with
itertools.accumulate and kept in the list default as 'history' so the last
balance can be read back. Slice assignment replaces the previous contents,
so the list only ever holds the current statement."""
import itertools

_statements = itertools.count()


def running_balance(amounts, history=[]):  # expect: HL101 refuted
    history[:] = itertools.accumulate(amounts)
    lowest = min(history[-len(amounts):])
    return history[-1], lowest


def scenario():
    n = next(_statements)
    amounts = [1000 + n, -250 - n % 13, -(n % 400), 75 * (n % 3)]
    return running_balance(amounts)
