"""Pool base class: a free list of idle objects plus a factory for misses."""


class Pool:
    def __init__(self, factory, free=[], reserve=0):  # expect: HL101 confirmed
        self._factory = factory
        self._free = free
        self.created = 0
        for _ in range(reserve):
            self._free.append(self._make())

    def _make(self):
        self.created += 1
        return self._factory()

    def acquire(self):
        return self._free.pop() if self._free else self._make()

    def release(self, obj):
        self._free.append(obj)

    def __len__(self):
        return len(self._free)
