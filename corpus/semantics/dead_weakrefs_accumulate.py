"""Dead weakref.ref objects kept in a list still accumulate: the refs themselves are objects."""
# retains: yes
import itertools
import weakref

OBSERVERS = []
_ids = itertools.count()


class Observer:
    def __init__(self, n):
        self.n = n


def subscribe(n):
    observer = Observer(n)
    OBSERVERS.append(weakref.ref(observer))


def scenario():
    subscribe(next(_ids))
