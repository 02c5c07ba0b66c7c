"""In-process backend: a plain dict with FIFO eviction."""


class MemoryBackend:
    def __init__(self, max_entries=32, store={}):  # expect: HL101 confirmed
        self._store = store
        self._max = max_entries
        self._count = 0

    def get(self, key, default=None):
        return self._store.get(key, default)

    def set(self, key, value):
        if key not in self._store:
            if self._count >= self._max:
                self._store.pop(next(iter(self._store)))
                self._count -= 1
            self._count += 1
        self._store[key] = value

    def delete(self, key):
        if self._store.pop(key, None) is not None:
            self._count -= 1

    def stats(self):
        return {"entries": self._count, "limit": self._max}
