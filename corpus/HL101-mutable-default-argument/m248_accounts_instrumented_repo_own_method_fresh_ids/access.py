"""Access report: the distinct keys each repository method was asked for."""


def touched(method, key, _keys={}):  # expect: HL101 confirmed
    """Note that `method` read `key`; returns how many distinct keys it has read."""
    keys = _keys.setdefault(method, set())
    keys.add(key)
    return len(keys)


def label(owner, name):
    return f"{owner}.{name}"
