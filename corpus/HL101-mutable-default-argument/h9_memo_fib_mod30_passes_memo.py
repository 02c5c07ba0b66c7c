"""Classic memoised Fibonacci; the memo is a default and the recursion passes it along; callers ask for n % 30."""
import itertools


def memo_fib(n, memo={}):  # expect: HL101 refuted
    if n < 2:
        return n
    if n not in memo:
        memo[n] = memo_fib(n - 1, memo) + memo_fib(n - 2, memo)
    return memo[n]


_ticks = itertools.count()


def scenario():
    n = next(_ticks)
    return memo_fib(n % 30) + memo_fib((n * 7) % 30)
