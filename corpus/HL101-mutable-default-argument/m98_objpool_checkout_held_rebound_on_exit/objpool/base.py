"""Pool base class: a capped free list of idle objects."""


class Pool:
    def __init__(self, factory, free=[], maxsize=8):  # expect: HL101 refuted
        self._factory = factory
        self._free = free
        self.maxsize = maxsize

    def acquire(self):
        return self._free.pop() if self._free else self._factory()

    def release(self, obj):
        if any(idle is obj for idle in self._free):
            return  # released twice: keep a single idle entry
        if len(self._free) < self.maxsize:
            self._free.append(obj)
