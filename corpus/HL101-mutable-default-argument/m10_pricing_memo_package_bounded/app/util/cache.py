"""Plain memoization: compute a value once per key."""


def memo(key, compute, _store={}):  # expect: HL101 refuted
    try:
        return _store[key]
    except KeyError:
        value = _store[key] = compute()
        return value
