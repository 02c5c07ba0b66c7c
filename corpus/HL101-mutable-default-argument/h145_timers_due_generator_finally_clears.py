"""Timer wheel for a job scheduler: the generator `due()` pushes the tick's
new timers onto a heapq list default and yields those whose deadline has
passed. The dispatcher returns after the first due timer, dropping the
generator; CPython closes it at once, and its `finally` empties the heap
(periodic jobs re-arm their timers every tick), so nothing is carried over."""
import heapq
import itertools

_ticks = itertools.count()


def due(new_timers, now, heap=[]):  # expect: HL101 refuted
    for timer in new_timers:
        heapq.heappush(heap, timer)
    try:
        while heap and heap[0][0] <= now:
            yield heapq.heappop(heap)
    finally:
        del heap[:]


def dispatch(now, timers):
    for deadline, name in due(timers, now):
        return "%s (late by %ds)" % (name, now - deadline)
    return None


def scenario():
    n = next(_ticks)
    now = 1000 + 10 * n
    timers = [(now - 5, "flush-%d" % n), (now - 2, "rotate-%d" % n), (now - 1, "ping-%d" % n)]
    return dispatch(now, timers)
