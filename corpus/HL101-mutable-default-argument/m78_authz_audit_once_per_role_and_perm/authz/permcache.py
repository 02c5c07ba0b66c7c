"""permcache: (role, permission) grants, and which checks were already audited."""


def grant(role, perms, _granted=set()):  # expect: HL101 refuted
    """Role modules call this when imported; returns the live grant set."""
    _granted.update((role, perm) for perm in perms)
    return _granted


GRANTED = grant("anonymous", ["page:view"])


def first_time(key, _audited=set()):  # expect: HL101 refuted
    """True the first time `key` is checked: each distinct check is audited once."""
    if key in _audited:
        return False
    _audited.add(key)
    return True
