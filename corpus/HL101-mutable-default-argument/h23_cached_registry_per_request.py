"""Memoising decorator factory that keeps every wrapper it makes so `cache_clear_all()` can reset them."""
import functools
import itertools


def cached(maxsize=128, _wrappers=[]):  # expect: HL101 confirmed
    def decorator(fn):
        memo = {}

        @functools.wraps(fn)
        def wrapper(*args):
            if args not in memo:
                if len(memo) >= maxsize:
                    memo.pop(next(iter(memo)))
                memo[args] = fn(*args)
            return memo[args]
        wrapper.cache_clear = memo.clear
        _wrappers.append(wrapper)
        return wrapper
    return decorator


def quote(cart):
    @cached(maxsize=32)
    def price_with_tax(cents):
        return cents + cents * cart["rate"] // 100
    return sum(price_with_tax(cents) for cents in cart["lines"])


_carts = itertools.count()


def scenario():
    n = next(_carts)
    return quote({"rate": 20, "lines": (n, n * 3 + 1, 250)})
