"""Event source: observers are tracked by weak reference so they can die; the dead refs are never pruned."""
import itertools
import weakref


class PriceWatcher:
    def __init__(self, symbol):
        self.symbol = symbol
        self.seen = []

    def notify(self, price):
        self.seen.append(price)


def subscribe(watcher, _observers=[]):  # expect: HL101 confirmed
    _observers.append(weakref.ref(watcher))
    for ref in _observers:
        alive = ref()
        if alive is not None:
            alive.notify(len(_observers))
    return watcher


_symbols = itertools.count()


def scenario():
    # the watcher dies at the end of the call; its weakref object stays in the list
    subscribe(PriceWatcher(f"SYM{next(_symbols)}"))
