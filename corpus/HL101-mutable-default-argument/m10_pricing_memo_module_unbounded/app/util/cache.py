"""Plain memoization: compute a value once per key."""


def memo(key, compute, _store={}):  # expect: HL101 confirmed
    try:
        return _store[key]
    except KeyError:
        value = _store[key] = compute()
        return value
