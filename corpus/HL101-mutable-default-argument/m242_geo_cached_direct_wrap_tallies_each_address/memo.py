"""@cached: a small LRU in front of a one-argument lookup, with hit tallies."""
import functools

from stats import is_hot, tally

MAXSIZE = 32


def cached(fn):
    lookup = functools.lru_cache(maxsize=MAXSIZE)(fn)

    @functools.wraps(fn)
    def wrapper(key):
        if is_hot(tally(fn.__name__, key)):
            wrapper.hot_hits += 1
        return lookup(key)

    wrapper.hot_hits = 0
    wrapper.cache_clear = lookup.cache_clear
    return wrapper
