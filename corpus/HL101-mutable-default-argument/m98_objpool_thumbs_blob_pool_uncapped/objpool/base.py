"""Pool base class: idle objects kept on a free list, matched by size."""


class Pool:
    def __init__(self, factory, free=[], maxsize=None):  # expect: HL101 confirmed
        self._factory = factory
        self._free = free
        self.maxsize = maxsize

    def acquire(self, size):
        for i, obj in enumerate(self._free):
            if len(obj) == size:
                return self._free.pop(i)
        return self._factory(size)

    def release(self, obj):
        if self.maxsize is None or len(self._free) < self.maxsize:
            self._free.append(obj)
