"""Process-local page cache with a tiny get/set API."""


def _entries(store={}):  # expect: HL101 confirmed
    return store


def get(key, default=None):
    return _entries().get(key, default)


def set(key, value):
    _entries()[key] = value
    return value


def clear(prefix=""):
    store = _entries()
    for key in [k for k in store if k.startswith(prefix)]:
        del store[key]


def stats():
    return {"entries": len(_entries())}
