"""Combinatorics helpers: binomial() is the textbook recursive Pascal
recurrence memoised in a dict default. The recursive calls leave the memo
out, so they all use the default, and each new (n, k) the sampler asks for
adds its entries, and the large integers they hold, for good."""
import itertools

_draws = itertools.count()


def binomial(n, k, _memo={}):  # expect: HL101 confirmed
    if k < 0 or k > n:
        return 0
    if k == 0 or k == n:
        return 1
    if k > n - k:
        return binomial(n, n - k)
    key = (n, k)
    if key in _memo:
        return _memo[key]
    value = _memo[key] = binomial(n - 1, k - 1) + binomial(n - 1, k)
    return value


def hypergeometric_pmf(population, successes, draws, hits):
    return binomial(successes, hits) * binomial(population - successes, draws - hits) / binomial(population, draws)


def scenario():
    n = next(_draws)
    population = 40 + n
    return round(sum(hypergeometric_pmf(population, 12, 4, h) for h in range(5)), 9)
