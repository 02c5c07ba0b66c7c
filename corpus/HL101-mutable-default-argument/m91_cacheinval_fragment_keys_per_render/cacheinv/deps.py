"""Which cache keys belong to which model (by model label)."""


def keys_for(label, key=None, _keys={}):  # expect: HL101 confirmed
    """Return the keys recorded for `label`, recording `key` first if given."""
    keys = _keys.setdefault(label, set())
    if key is not None:
        keys.add(key)
    return keys
