"""Memo helper: caller-owned store, optional size cap."""


def remember(store, key, compute, maxsize=None):
    try:
        return store[key]
    except KeyError:
        pass
    if maxsize is not None and len(store) >= maxsize:
        store.pop(next(iter(store)))
    value = store[key] = compute()
    return value
