"""store: one TTL table for the process; an entry is (expires_at or None, value)."""


def remember(key, compute, now, ttl=60.0, _entries={}):  # expect: HL101 refuted
    """The cached value for `key`, computing it when absent or expired.

    ttl=None pins the entry: invalidate.prune() never drops it.
    """
    hit = _entries.get(key)
    if hit is not None and (hit[0] is None or hit[0] > now):
        return hit[1]
    value = compute()
    _entries[key] = (None if ttl is None else now + ttl, value)
    return value


def table():
    """The live table, for maintenance code (cachekit.invalidate)."""
    return remember.__defaults__[-1]
