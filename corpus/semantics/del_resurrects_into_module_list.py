"""A __del__ that stores self in a module list resurrects the object: it is never freed."""
# retains: yes
# survives-refcount: yes
# survives-gc: yes
import itertools

GRAVEYARD = []
_ids = itertools.count()


class PooledBuffer:
    def __init__(self, n):
        self.data = [n] * 4

    def __del__(self):
        GRAVEYARD.append(self)


def probe():
    return PooledBuffer(0)


def scenario():
    PooledBuffer(next(_ids))
