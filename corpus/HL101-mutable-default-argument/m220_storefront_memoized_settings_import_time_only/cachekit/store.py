"""The result table behind @memoized: (function, args) -> result."""


def fetch(key, compute, _table={}):  # expect: HL101 refuted
    """Return the cached value for `key`, computing and storing it on a miss."""
    try:
        return _table[key]
    except KeyError:
        value = _table[key] = compute()
        return value
