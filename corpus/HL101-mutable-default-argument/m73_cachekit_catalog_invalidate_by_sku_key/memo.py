"""memo: cache the results of slow, pure service lookups."""
import functools


def memoize(fn):
    """Cache fn's results by its positional arguments; `cache` exposes the table."""

    @functools.wraps(fn)
    def cached(*key, _memo={}):  # expect: HL101 confirmed
        try:
            return _memo[key]
        except KeyError:
            value = _memo[key] = fn(*key)
            return value

    cached.cache = cached.__kwdefaults__["_memo"]
    return cached
