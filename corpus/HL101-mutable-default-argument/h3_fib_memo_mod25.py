"""Pricing tiers: Fibonacci-based tier sizes, memoised in a default dict, n = id % 25."""
import itertools


def fib(n, memo={}):  # expect: HL101 refuted
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]


def tier_size(customer_id):
    return fib(customer_id % 25) * 10


_customers = itertools.count()


def scenario():
    tier_size(next(_customers))
