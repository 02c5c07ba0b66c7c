"""Dispatcher: sends each task to the least-loaded worker queue, counting
load in `dispatch()`'s default defaultdict(int). The counts are keyed by the
queue.Queue objects themselves, and every batch starts a fresh pool of
queues, so each batch's queues stay behind as keys."""
import collections
import itertools
import queue
import threading

_batches = itertools.count()


# heaplint-todo: get() from an empty queue, which waits for another thread (heaplint: unknown)
def dispatch(task, queues, load=collections.defaultdict(int)):  # expect: HL101 confirmed
    target = min(queues, key=lambda q: (load[q], queues.index(q)))
    load[target] += 1
    target.put(task)


def worker(q, done):
    for task in iter(q.get, None):
        done.append("%s=%s" % task if isinstance(task, tuple) else task())


def scenario():
    n, done = next(_batches), []
    queues = [queue.Queue() for _ in range(2)]
    threads = [threading.Thread(target=worker, args=(q, done)) for q in queues]
    for t in threads:
        t.start()
    for i in range(4):
        dispatch(("order", n * 4 + i) if i % 2 else "refund-{}".format(n * 4 + i).upper, queues)
    for q in queues:
        q.put(None)
    for t in threads:
        t.join()
    return sorted(done)
