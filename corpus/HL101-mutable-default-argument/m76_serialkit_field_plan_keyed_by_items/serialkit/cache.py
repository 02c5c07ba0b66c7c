"""cache: remember expensive lookups (codec resolution, field plans) by key."""


def cached(key, build, _store={}):  # expect: HL101 confirmed
    """Return the value stored under `key`, building and storing it on first use."""
    try:
        return _store[key]
    except KeyError:
        value = _store[key] = build()
        return value
