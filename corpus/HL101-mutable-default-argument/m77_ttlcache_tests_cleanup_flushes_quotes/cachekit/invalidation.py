"""invalidation: empty stores outright, or drop only their expired entries."""


def flush(*stores):
    for store in stores:
        store.entries.clear()


def expire(store, now):
    stale = [key for key, (expires, _) in store.entries.items() if expires <= now]
    for key in stale:
        del store.entries[key]
