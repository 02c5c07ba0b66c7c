"""In-process advisory locks: lock key -> the operation holding it."""


class Busy(RuntimeError):
    pass


def acquire(key, owner, _held={}):  # expect: HL101 refuted
    """Mark `key` held by `owner`; returns the lock table, the caller pops its key."""
    if key in _held:
        raise Busy(f"{key} is held by {_held[key]}")
    _held[key] = owner
    return _held
