class IdentityMap:
    """One object per (model, primary key) within a session."""

    def __init__(self, store):
        self._store = store

    def get(self, key):
        return self._store.get(key)

    def add(self, key, obj):
        self._store[key] = obj

    def clear(self):
        self._store.clear()
