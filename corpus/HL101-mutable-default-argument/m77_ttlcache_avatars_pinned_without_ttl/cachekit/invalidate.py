"""invalidate: drop expired entries, or everything under one key prefix."""
from . import store


def prune(now):
    """Delete entries whose deadline has passed; pinned entries (None) stay."""
    entries = store.table()
    stale = [key for key, (expires, _) in entries.items() if expires is not None and expires <= now]
    for key in stale:
        del entries[key]
    return len(stale)


def forget(kind, ident):
    store.table().pop((kind, ident), None)
