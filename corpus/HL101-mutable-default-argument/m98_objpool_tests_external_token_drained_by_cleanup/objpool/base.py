"""Pool base class: a free list of idle objects plus a factory for misses."""


class Pool:
    def __init__(self, factory, free=[]):  # expect: HL101 refuted
        self._factory = factory
        self._free = free

    def acquire(self):
        return self._free.pop() if self._free else self._factory()

    def release(self, obj):
        self._free.append(obj)

    def idle(self, obj):
        return any(o is obj for o in self._free)

    def drain(self):
        self._free.clear()
