"""Search frontend: `@cached` memoizes query normalisation (lowercasing,
stop-word stripping, term sorting) keyed by the function name and the raw
query. The decorator keeps the results in a dict default shared by every
decorated function, and evicts the oldest entry past 32 entries."""
import functools
import itertools

_queries = itertools.count()
STOP = frozenset({"the", "a", "an", "of", "for", "in"})


def cached(func, _store={}, limit=32):  # expect: HL101 refuted
    @functools.wraps(func)
    def wrapper(*args):
        key = (func.__qualname__,) + args
        if key not in _store:
            if len(_store) >= limit:
                del _store[next(iter(_store))]
            _store[key] = func(*args)
        return _store[key]
    return wrapper


@cached
def normalize(query):
    return tuple(sorted(term for term in query.lower().split() if term not in STOP))


def scenario():
    n = next(_queries)
    return normalize(f"Invoices for the customer {n} in region {n % 7}")
