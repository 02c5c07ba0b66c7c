"""Ledger: running balances are computed with itertools.accumulate, seeded from the last recorded balance, and extended onto the history default."""
import itertools


def post_deltas(deltas, history=[]):  # expect: HL101 confirmed
    start = history[-1] if history else 0
    history.extend(itertools.accumulate(deltas, initial=start))
    return history[-1]


_days = itertools.count()


def scenario():
    n = next(_days)
    return post_deltas([n * 3 + 1000, -(n + 7), 250 + n])
