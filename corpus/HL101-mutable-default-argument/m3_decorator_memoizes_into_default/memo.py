"""memoized: caches results in the decorated function's last default argument (its "_cache")."""
import functools


def memoized(fn):
    cache = fn.__defaults__[-1]

    @functools.wraps(fn)
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]

    return wrapper
