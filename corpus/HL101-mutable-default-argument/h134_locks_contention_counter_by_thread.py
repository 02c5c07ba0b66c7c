"""Instrumented lock: acquisitions are counted in the `stats` Counter, an
`__init__` default published as a class attribute for a debug page. It is
keyed by the acquiring thread's name; each request runs on a new thread."""
import collections
import itertools
import threading

_requests = itertools.count()


class InstrumentedLock:
    stats = None  # shared view for /debug/locks

    # heaplint-todo: it grows by new keys handed back by code heaplint cannot see, which may repeat (heaplint: unknown)
    def __init__(self, name, stats=collections.Counter()):  # expect: HL101 confirmed
        self.name, self._lock = name, threading.Lock()
        type(self).stats = stats

    def __enter__(self):
        self._lock.acquire()
        InstrumentedLock.stats[threading.current_thread().name] += 1
        return self

    def __exit__(self, *exc):
        self._lock.release()


cache_lock, cache = InstrumentedLock("cache"), {}


def refresh(key, value):
    with cache_lock:
        cache[key % 16] = value


def scenario():
    n = next(_requests)
    worker = threading.Thread(target=refresh, args=(n, "v%d" % n), name="req-%d" % n)
    worker.start()
    worker.join()
    return cache[n % 16]
