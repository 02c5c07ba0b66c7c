"""Usage counters: operation counts per owner, for the admin usage dashboard."""


def bump(owner, op, _usage={}):  # expect: HL101 confirmed
    """Count one `op` by `owner`; returns that owner's count for `op`."""
    per_owner = _usage.setdefault(owner, {})
    per_owner[op] = per_owner.get(op, 0) + 1
    return per_owner[op]


def is_noisy(count, limit=1000):
    return count > limit
