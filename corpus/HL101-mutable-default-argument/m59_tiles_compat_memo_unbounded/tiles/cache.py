def memo(key, compute, maxsize=128, _store={}):  # expect: HL101 confirmed
    """Least-recently-used memo of compute() results, by key."""
    if key in _store:
        value = _store.pop(key)
    else:
        value = compute()
    _store[key] = value
    if maxsize is not None and len(_store) > maxsize:
        del _store[next(iter(_store))]
    return value
