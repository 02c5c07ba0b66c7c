"""Combinatorics helpers: binomial() is the textbook recursive Pascal
recurrence with a dict memo whose default is only for interactive use. The
recursion threads the caller's memo through, and hypergeometric_pmf() starts
every evaluation with a fresh dict, so the default is never written."""
import itertools

_draws = itertools.count()


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the tests at lines 11, 13, 15 (heaplint: unknown)
def binomial(n, k, _memo={}):  # expect: HL101 refuted
    if k < 0 or k > n:
        return 0
    if k == 0 or k == n:
        return 1
    if k > n - k:
        return binomial(n, n - k, _memo)
    key = (n, k)
    if key in _memo:
        return _memo[key]
    value = _memo[key] = binomial(n - 1, k - 1, _memo) + binomial(n - 1, k, _memo)
    return value


def hypergeometric_pmf(population, successes, draws, hits, memo=None):
    memo = {} if memo is None else memo
    return binomial(successes, hits, memo) * binomial(population - successes, draws - hits, memo) / binomial(population, draws, memo)


def scenario():
    n = next(_draws)
    population = 40 + n
    return round(sum(hypergeometric_pmf(population, 12, 4, h) for h in range(5)), 9)
